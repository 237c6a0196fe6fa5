package check

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"
)

// budgets are the limits of a printed cheat sheet, from config.toml
// [params.cheatsheets]. Missing keys take the contract's defaults.
type budgets struct {
	file                                   string // the config file, for messages
	maxItems, maxGist, maxLabel, maxChecks int
	// maxTaxonomySheet and maxOnePage limit the characters of term titles
	// and descriptions on the "Why lead up"-style sheet of one taxonomy and
	// on the "Leading up on one page" sheet of all three.
	maxTaxonomySheet, maxOnePage int
}

// loadBudgets reads the cheat sheet budgets from the site configuration.
func (c *checker) loadBudgets() budgets {
	b := budgets{file: filepath.ToSlash(c.opts.Config), maxItems: 16, maxGist: 120, maxLabel: 70, maxChecks: 24, maxTaxonomySheet: 2200, maxOnePage: 5200}
	src, err := os.ReadFile(filepath.Join(c.root, c.opts.Config))
	if err != nil {
		return b // the theme helper owns config.toml; defaults until it lands
	}
	p := tomlFile(b.file, src)
	if p.fmErr != nil {
		c.report(b.file, p.fmErr.line, "%s", strings.Replace(p.fmErr.msg, "front matter is", "site configuration is", 1))
		return b
	}
	for key, dst := range map[string]*int{"maxItems": &b.maxItems, "maxGistChars": &b.maxGist, "maxLabelChars": &b.maxLabel, "maxChecklistItems": &b.maxChecks,
		"maxTaxonomySheetChars": &b.maxTaxonomySheet, "maxOnePageChars": &b.maxOnePage} {
		switch v := p.get("params.cheatsheets." + key).(type) {
		case nil:
		case int64:
			if v > 0 {
				*dst = int(v)
				continue
			}
			c.report(b.file, p.line("params.cheatsheets."+key), "params.cheatsheets.%s must be a positive whole number", key)
		default:
			c.report(b.file, p.line("params.cheatsheets."+key), "params.cheatsheets.%s must be a positive whole number", key)
		}
	}
	return b
}

// over formats the budget part of a message.
func (b budgets) over(what string, n, budget int, key, todo string) string {
	return fmt.Sprintf("%s is %d characters; the cheat sheet budget is %d (params.cheatsheets.%s in %s): %s", what, n, budget, key, b.file, todo)
}

// checkBudgets checks that essays, vocabulary descriptions and the
// self-assessment checklist fit on their cheat sheets.
func (c *checker) checkBudgets() {
	b := c.budgets
	for _, e := range c.essays {
		p := e.p
		items := tables(p.get("params.items"))
		if len(items) > b.maxItems {
			c.report(p.file, p.line(fmt.Sprintf("params.items[%d]", b.maxItems)), "essay has %d items; the cheat sheet budget is %d (params.cheatsheets.maxItems in %s): cut or merge items in the source essay; item %d is the first that does not fit", len(items), b.maxItems, b.file, b.maxItems+1)
		}
		for i, it := range items {
			key := fmt.Sprintf("params.items[%d]", i)
			if s, _ := it["gist"].(string); utf8.RuneCountInString(s) > b.maxGist {
				c.report(p.file, p.line(key+".gist"), "%s", b.over("gist", utf8.RuneCountInString(s), b.maxGist, "maxGistChars", "shorten it in the source essay"))
			}
			if s, _ := it["label"].(string); utf8.RuneCountInString(s) > b.maxLabel {
				c.report(p.file, p.line(key+".label"), "%s", b.over("label", utf8.RuneCountInString(s), b.maxLabel, "maxLabelChars", "shorten it in the source essay"))
			}
		}
	}
	if c.vocab != nil {
		for _, t := range c.vocab.order {
			if n := utf8.RuneCountInString(t.description); n > b.maxGist {
				c.report(c.vocab.file, t.descLine, "%s", b.over(fmt.Sprintf("description of %s term %q", t.taxonomy, t.slug), n, b.maxGist, "maxGistChars", "shorten it"))
			}
		}
		c.checkTermSheets()
	}
	c.checkChecklist()
}

// checkTermSheets checks that the vocabulary's titles and descriptions fit
// the sheet of each taxonomy and the sheet of all three. The message points
// at the first term that no longer fits.
func (c *checker) checkTermSheets() {
	b := c.budgets
	all, allOver := 0, (*term)(nil)
	for _, tax := range taxonomies {
		n, over := 0, (*term)(nil)
		for _, t := range c.vocab.order {
			if t.taxonomy != tax {
				continue
			}
			size := utf8.RuneCountInString(t.title) + utf8.RuneCountInString(t.description)
			n += size
			all += size
			if n > b.maxTaxonomySheet && over == nil {
				over = t
			}
			if all > b.maxOnePage && allOver == nil {
				allOver = t
			}
		}
		if over != nil {
			c.report(c.vocab.file, over.line, "the %s terms' titles and descriptions come to %d characters; their cheat sheet fits %d (params.cheatsheets.maxTaxonomySheetChars in %s), and %s term %q is the first that does not fit: shorten descriptions or merge terms", tax, n, b.maxTaxonomySheet, b.file, tax, over.slug)
		}
	}
	if allOver != nil {
		c.report(c.vocab.file, allOver.line, "the vocabulary's titles and descriptions come to %d characters; the \"Leading up on one page\" cheat sheet fits %d (params.cheatsheets.maxOnePageChars in %s), and %s term %q is the first that does not fit: shorten descriptions or merge terms", all, b.maxOnePage, b.file, allOver.taxonomy, allOver.slug)
	}
}

// checkChecklist checks the self-assessment checklist of the workshop.
func (c *checker) checkChecklist() {
	b := c.budgets
	p := c.page("content/workshop/self-assessment.md")
	if p == nil {
		p = c.page("content/workshop/self-assessment/index.md")
	}
	if p == nil || p.fmErr != nil {
		return
	}
	if p.format != '+' && p.get("params") == nil {
		if _, ok := p.lines["params"]; ok {
			c.report(p.file, p.lines["params"], "the checklist can only be checked in TOML front matter: write the front matter between +++ lines")
		}
		return
	}
	src, _ := os.ReadFile(filepath.Join(c.root, filepath.FromSlash(p.file)))
	srcLines := strings.Split(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n")
	total, firstOver := 0, 0
	for i, g := range tables(p.get("params.checklist")) {
		key := fmt.Sprintf("params.checklist[%d]", i)
		items, ok := stringList(g["items"])
		if !ok {
			c.report(p.file, p.line(key+".items"), "checklist group has no items list: add items = [\"...\"]")
			continue
		}
		c.checkChecklistTerms(p, key, g, len(items))
		from := p.line(key + ".items")
		for _, it := range items {
			line := findLine(srcLines, from, it)
			total++
			if total == b.maxChecks+1 {
				firstOver = line
			}
			if n := utf8.RuneCountInString(it); n > b.maxGist {
				c.report(p.file, line, "%s", b.over("checklist item", n, b.maxGist, "maxGistChars", "shorten it"))
			}
			if strings.TrimSpace(it) == "" {
				c.report(p.file, line, "checklist item is empty: write it or remove it")
			}
		}
	}
	if total > b.maxChecks {
		c.report(p.file, firstOver, "self-assessment checklist has %d items; the cheat sheet budget is %d (params.cheatsheets.maxChecklistItems in %s): cut or merge items; this is the first that does not fit", total, b.maxChecks, b.file)
	}
}

// checkChecklistTerms checks a checklist group's terms, if it has any: one
// term per statement, each taxonomy/slug of a vocabulary term. The
// self-assessment scores each statement for its term's taxonomy and links
// the term's page.
func (c *checker) checkChecklistTerms(p *page, key string, g map[string]any, items int) {
	raw, ok := g["terms"]
	if !ok {
		return
	}
	line := p.line(key + ".terms")
	terms, ok := stringList(raw)
	if !ok {
		c.report(p.file, line, "checklist terms is not a list of strings: write terms = [\"steps/give-context\", ...], one per statement")
		return
	}
	if len(terms) != items {
		c.report(p.file, line, "checklist group has %d statements and %d terms: give each statement one term (taxonomy/slug), in the same order", items, len(terms))
	}
	for _, ref := range terms {
		tax, slug, _ := strings.Cut(ref, "/")
		if !slices.Contains(taxonomies, tax) || c.vocab.lookup(tax, slug) == nil {
			if c.vocab == nil && slices.Contains(taxonomies, tax) {
				continue // the vocabulary's own problems are reported already
			}
			c.report(p.file, line, "checklist term %q is not a term of %s: write taxonomy/slug, such as steps/give-context", ref, c.opts.Vocabulary)
		}
	}
}

// findLine returns the file line, at or after from, that holds the start of
// text, or from when it is not found.
func findLine(lines []string, from int, text string) int {
	probe := text
	if r := []rune(probe); len(r) > 30 {
		probe = string(r[:30])
	}
	if probe == "" {
		return from
	}
	for i := from - 1; i >= 0 && i < len(lines); i++ {
		if strings.Contains(lines[i], probe) {
			return i + 1
		}
	}
	return from
}
