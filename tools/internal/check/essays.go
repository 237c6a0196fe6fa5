package check

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/leadingup/leadingup/tools/internal/essayindex"
	"github.com/leadingup/leadingup/tools/internal/frontmatter"
)

// essay is a page under content/essays/ other than the section's _index.md.
type essay struct {
	p    *page
	slug string
	// title and decoded are set by checkEssay once the front matter
	// decodes under the contract.
	title   string
	decoded bool
}

// fix tells the author where to repair an essay: essays are generated from
// sources, so the fix goes into the source and the normaliser is run again.
func (c *checker) fix(e *essay) string {
	for _, s := range c.sources {
		if s == e.slug {
			return fmt.Sprintf("fix %s and run go run ./tools/leadup normalize sources", c.sourceFile[s])
		}
	}
	return "fix the front matter"
}

// checkEssays checks the front matter of every essay.
func (c *checker) checkEssays() {
	for _, p := range c.pages {
		rest, ok := strings.CutPrefix(p.file, "content/essays/")
		if !ok || strings.Contains(rest, "/") || rest == "_index.md" {
			continue
		}
		c.essays = append(c.essays, &essay{p: p, slug: strings.TrimSuffix(rest, ".md")})
	}
	have := map[string]bool{}
	for _, e := range c.essays {
		have[e.slug] = true
		c.checkEssay(e)
	}
	for _, s := range c.sources {
		if !have[s] {
			c.report(c.sourceFile[s], 0, "no essay content/essays/%s.md: run go run ./tools/leadup normalize sources (or build)", s)
		}
	}
	if len(c.sources) > 0 {
		for _, e := range c.essays {
			if c.fix(e) == "fix the front matter" {
				c.report(e.p.file, 0, "essay has no source in sources/ (such as sources/%s.txt): essays are generated, so add the source, or build to remove this file", e.slug)
			}
		}
	}
}

// checkEssayIndex reports data/essays.toml when it no longer lists the
// essays with their titles: the cheat-sheet pages are made from it, so a
// stale index means a missing or mistitled sheet. Essays whose front matter
// is broken are reported by checkEssay, so they are not repeated here; the
// index is rebuilt from what checkEssay decoded, as essayindex.Scan would.
func (c *checker) checkEssayIndex() {
	if len(c.essays) == 0 {
		return
	}
	var entries []essayindex.Entry
	for _, e := range c.essays {
		if !e.decoded {
			return
		}
		if !strings.HasPrefix(e.slug, "_") {
			entries = append(entries, essayindex.Entry{Slug: e.slug, Title: e.title})
		}
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Slug < entries[j].Slug })
	want, err := essayindex.Encode(entries)
	if err != nil {
		return
	}
	if have, err := os.ReadFile(filepath.Join(c.root, essayindex.Path)); err == nil && bytes.Equal(have, want) {
		return
	}
	c.report(essayindex.Path, 0, "out of date: it must list every essay in content/essays with its title, or their cheat sheets go missing; run go run ./tools/leadup build (or normalize) to rewrite it")
}

// checkEssay checks one essay's front matter: it must decode strictly into
// the shared contract (frontmatter.Decode: no unknown keys, the right
// types), then name a title, summary, source title and authors, and its
// taxonomy arrays must list exactly the terms of its items.
func (c *checker) checkEssay(e *essay) {
	p := e.p
	if p.fmErr != nil {
		return // already reported
	}
	if p.format != '+' {
		c.report(p.file, 1, "essay has no TOML front matter between +++ lines: run go run ./tools/leadup normalize sources")
		return
	}
	fix := c.fix(e)
	fm, _, err := frontmatter.Decode(p.file, p.src)
	if err != nil {
		var fe *frontmatter.Error
		if errors.As(err, &fe) {
			c.report(p.file, fe.Line, "%s: %s", fe.Msg, fix)
		} else {
			c.report(p.file, 1, "%v: %s", err, fix)
		}
		return
	}
	e.title, e.decoded = fm.Title, true
	for _, f := range []struct{ key, val string }{{"title", fm.Title}, {"summary", fm.Summary}, {"params.source.title", fm.Source.Title}} {
		if strings.TrimSpace(f.val) == "" {
			c.report(p.file, p.line(f.key), "%s is missing or empty: %s", f.key, fix)
		}
	}
	if len(fm.Authors) == 0 {
		c.report(p.file, p.line("params.authors"), "params.authors is missing or empty: give the essay a By line; %s", fix)
	}
	for _, a := range fm.Authors {
		if strings.TrimSpace(a) == "" {
			c.report(p.file, p.line("params.authors"), "params.authors has an empty name: %s", fix)
		}
	}

	// Terms of the items, per taxonomy, in order, with the first item line.
	itemTerms := map[string][]string{}
	itemLine := map[string]int{}
	for i, it := range fm.Items {
		key := fmt.Sprintf("params.items[%d]", i)
		name := fmt.Sprintf("item %d", i+1)
		if it.Label != "" {
			name = fmt.Sprintf("item %q", it.Label)
		}
		if !isTaxonomy(it.Taxonomy) {
			c.report(p.file, p.line(key+".taxonomy"), "%s has taxonomy %q: it must be reasons, steps or pitfalls; %s", name, it.Taxonomy, fix)
		}
		if strings.TrimSpace(it.Label) == "" {
			c.report(p.file, p.line(key+".label"), "%s has no label: %s", name, fix)
		}
		if strings.TrimSpace(it.Gist) == "" {
			c.report(p.file, p.line(key+".gist"), "%s has no gist: %s", name, fix)
		}
		tax, t := it.Taxonomy, it.Term
		if t == "" || !isTaxonomy(tax) {
			continue
		}
		if c.vocab != nil && c.vocab.lookup(tax, t) == nil {
			c.report(p.file, p.line(key+".term"), "%s has term %q, which is not a %s term in %s: add the term (with a page) or an alias that maps the item to an existing term, then run go run ./tools/leadup normalize sources", name, t, tax, c.vocab.file)
			c.hintTerm(tax, t)
		}
		k := tax + "/" + t
		if _, seen := itemLine[k]; !seen {
			itemLine[k] = p.line(key + ".term")
			itemTerms[tax] = append(itemTerms[tax], t)
		}
	}

	lists := map[string][]string{"reasons": fm.Reasons, "steps": fm.Steps, "pitfalls": fm.Pitfalls}
	for _, tax := range taxonomies {
		line := p.line(tax)
		inList := map[string]bool{}
		for _, t := range lists[tax] {
			if inList[t] {
				c.report(p.file, line, "%s lists %q twice: %s", tax, t, fix)
				continue
			}
			inList[t] = true
			if c.vocab != nil && c.vocab.lookup(tax, t) == nil {
				c.report(p.file, line, "%s lists %q, which is not a %s term in %s: use a term of the vocabulary or add it there with a page", tax, t, tax, c.vocab.file)
				c.hintTerm(tax, t)
			}
			if _, ok := itemLine[tax+"/"+t]; !ok {
				c.report(p.file, line, "%s lists %q but no item has that term: the array must list exactly the items' terms; run go run ./tools/leadup normalize sources", tax, t)
			}
		}
		for _, t := range itemTerms[tax] {
			if !inList[t] {
				c.report(p.file, itemLine[tax+"/"+t], "an item has %s term %q but the %s array does not list it: the array must list exactly the items' terms; run go run ./tools/leadup normalize sources", tax, t, tax)
			}
		}
	}
}
