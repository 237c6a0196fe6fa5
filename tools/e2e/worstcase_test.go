package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"
)

// worstCases are essays that fill the cheat sheet budgets of config.toml
// to the brim, one per print size of an essay sheet (see the theme's
// sheet/essay-items.html): the largest size at the most text it allows, the
// middle size likewise, and the smallest size at the full budget. The e2e
// build adds them to its copy of the project, so the print test proves that
// anything `leadup check` lets through still prints on one page.
//
// Each size is tried with its text spread evenly over the most items, and
// with items just over one printed line long (the tallest shape: every item
// wraps onto a second line), as many as the text allows.
var worstCases = []struct {
	slug       string
	totalChars int // label and gist characters on the sheet, at most
	itemChars  int // characters per item; 0 spreads the text evenly
}{
	{"zz-worst-case-large-print", 1300, 0},
	{"zz-worst-case-large-print-wrapping", 1300, 100},
	{"zz-worst-case-medium-print", 1650, 0},
	{"zz-worst-case-medium-print-wrapping", 1650, 112},
	{"zz-worst-case-full-budget", 1 << 30, 0},
}

// budgets are the cheat sheet budgets of config.toml.
type budgets struct {
	MaxItems              int `toml:"maxItems"`
	MaxGistChars          int `toml:"maxGistChars"`
	MaxLabelChars         int `toml:"maxLabelChars"`
	MaxTaxonomySheetChars int `toml:"maxTaxonomySheetChars"`
	MaxOnePageChars       int `toml:"maxOnePageChars"`
	MaxChecklistItems     int `toml:"maxChecklistItems"`
}

// readBudgets reads the cheat sheet budgets from root's config.toml.
func readBudgets(root string) (budgets, error) {
	var cfg struct {
		Params struct {
			Cheatsheets budgets `toml:"cheatsheets"`
		} `toml:"params"`
	}
	if _, err := toml.DecodeFile(filepath.Join(root, "config.toml"), &cfg); err != nil {
		return budgets{}, err
	}
	b := cfg.Params.Cheatsheets
	if b.MaxItems == 0 || b.MaxGistChars == 0 || b.MaxLabelChars == 0 || b.MaxTaxonomySheetChars == 0 || b.MaxOnePageChars == 0 || b.MaxChecklistItems == 0 {
		return b, fmt.Errorf("config.toml lacks one of the [params.cheatsheets] budgets")
	}
	return b, nil
}

// padVocabulary adds made-up terms to root's data/vocabulary.toml until the
// steps sheet holds maxTaxonomySheetChars characters of titles and
// descriptions and the one-page sheet of all terms holds maxOnePageChars:
// the most that `leadup check` lets through. The terms are as long as the
// budgets allow (70-character titles would be unusual; 40 is long), so the
// sheets are at their fullest.
func padVocabulary(root string, b budgets) error {
	file := filepath.Join(root, "data", "vocabulary.toml")
	src, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	var v map[string][]struct{ Title, Description string }
	if _, err := toml.Decode(string(src), &v); err != nil {
		return err
	}
	size := map[string]int{}
	total := 0
	for tax, terms := range v {
		for _, t := range terms {
			size[tax] += len(t.Title) + len(t.Description)
		}
		total += size[tax]
	}
	var pad strings.Builder
	add := func(tax string, chars int) {
		for i := 0; chars > 0; i++ {
			n := min(chars, 40+90)
			title := max(5, min(40, n/3))
			desc := max(5, n-title)
			fmt.Fprintf(&pad, "\n[[%s]]\nslug = \"zz-pad-%s-%d\"\ntitle = %q\ndescription = %q\naliases = []\n", tax, tax, i, filler("Padding ", title), filler("", desc))
			chars -= title + desc
			size[tax] += title + desc
			total += title + desc
		}
	}
	add("steps", b.MaxTaxonomySheetChars-size["steps"])
	for _, tax := range []string{"reasons", "pitfalls"} {
		add(tax, min(b.MaxTaxonomySheetChars-size[tax], b.MaxOnePageChars-total))
	}
	return os.WriteFile(file, append(src, pad.String()...), 0o644)
}

// writeWorstCaseEssays writes the worst-case essays into root's
// content/essays, sized by the budgets in root's config.toml.
func writeWorstCaseEssays(root string) error {
	b, err := readBudgets(root)
	if err != nil {
		return err
	}
	taxonomies := []string{"reasons", "steps", "pitfalls"}
	for _, wc := range worstCases {
		// Spread the text evenly over the most items allowed, each item as
		// long as the budgets and the total allow: long items wrap onto
		// more lines, which is the worst case for the page's height.
		per := min(wc.totalChars/b.MaxItems, b.MaxLabelChars+b.MaxGistChars)
		long := b.MaxItems // items of length per; the rest are short
		if wc.itemChars > 0 {
			short := 12
			per = min(wc.itemChars, b.MaxLabelChars+b.MaxGistChars)
			long = min(b.MaxItems, (wc.totalChars-short*b.MaxItems)/(per-short))
		}
		var fm strings.Builder
		fmt.Fprintf(&fm, "+++\ntitle = %q\nsummary = \"An essay that fills the cheat sheet budgets.\"\n\n[params]\nauthors = [\"Test Writer\"]\n\n[params.source]\ntitle = %q\nauthor = \"\"\nurl = \"\"\n", "Worst case "+wc.slug, wc.slug)
		for i := range b.MaxItems {
			n := per
			if i >= long {
				n = 12
			}
			label := min(b.MaxLabelChars, n/3)
			gist := min(b.MaxGistChars, n-label)
			fmt.Fprintf(&fm, "\n[[params.items]]\ntaxonomy = %q\nlabel = %q\ngist = %q\n",
				taxonomies[i*3/b.MaxItems], filler(fmt.Sprintf("Item %d ", i+1), label), filler("", gist))
		}
		fm.WriteString("+++\nAn essay that fills the cheat sheet budgets.\n")
		if err := os.WriteFile(filepath.Join(root, "content", "essays", wc.slug+".md"), []byte(fm.String()), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// filler returns prefix followed by ordinary words, exactly n characters
// long, ending in a full stop when there is room.
func filler(prefix string, n int) string {
	words := strings.Fields("manager budget deadline customer project meeting priority update risk plan review schedule quality report")
	var b strings.Builder
	b.WriteString(prefix)
	for i := 0; b.Len() < n; i++ {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[i%len(words)])
	}
	s := strings.TrimSpace(b.String()[:n])
	if len(s) > 1 {
		s = s[:len(s)-1] + "."
	}
	return s
}

// writeWorstCases fills root's copy of the project up to the cheat sheet
// budgets: worst-case essays, and a vocabulary padded to the term sheets'
// budgets.
func writeWorstCases(root string) error {
	b, err := readBudgets(root)
	if err != nil {
		return err
	}
	if err := padVocabulary(root, b); err != nil {
		return err
	}
	if err := fillChecklist(root, b); err != nil {
		return err
	}
	return writeWorstCaseEssays(root)
}

// fillChecklist replaces the self-assessment checklist in root's copy with
// the most `leadup check` allows: maxChecklistItems items of maxGistChars
// characters, in groups of four.
func fillChecklist(root string, b budgets) error {
	file := filepath.Join(root, "content", "workshop", "self-assessment.md")
	src, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	parts := strings.SplitN(string(src), "+++\n", 3)
	if len(parts) != 3 {
		return fmt.Errorf("%s: no TOML front matter", file)
	}
	var fm map[string]any
	if _, err := toml.Decode(parts[1], &fm); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	params, _ := fm["params"].(map[string]any)
	if params == nil {
		params = map[string]any{}
		fm["params"] = params
	}
	// The real checklist's terms are given to the filler items in turn, so
	// that the scored form still has statements of every taxonomy.
	var terms []string
	if old, ok := params["checklist"].([]map[string]any); ok {
		for _, g := range old {
			if ts, ok := g["terms"].([]any); ok {
				for _, t := range ts {
					if s, ok := t.(string); ok {
						terms = append(terms, s)
					}
				}
			}
		}
	}
	var groups []map[string]any
	for i := 0; i < b.MaxChecklistItems; i += 4 {
		var items, its []string
		for j := i; j < min(i+4, b.MaxChecklistItems); j++ {
			items = append(items, filler(fmt.Sprintf("I check habit %d: ", j+1), b.MaxGistChars))
			if len(terms) > 0 {
				its = append(its, terms[j%len(terms)])
			}
		}
		g := map[string]any{"group": fmt.Sprintf("Group %d of habits", i/4+1), "items": items}
		if its != nil {
			g["terms"] = its
		}
		groups = append(groups, g)
	}
	params["checklist"] = groups
	var out strings.Builder
	out.WriteString("+++\n")
	if err := toml.NewEncoder(&out).Encode(fm); err != nil {
		return err
	}
	out.WriteString("+++\n" + parts[2])
	return os.WriteFile(file, []byte(out.String()), 0o644)
}
