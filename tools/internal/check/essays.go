package check

import (
	"fmt"
	"strings"
)

// essay is a page under content/essays/ other than the section's _index.md.
type essay struct {
	p    *page
	slug string
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

// checkEssay checks one essay's front matter.
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
	for _, key := range []string{"title", "summary", "params.source.title"} {
		s, ok := p.str(key)
		if p.get(key) != nil && !ok {
			c.report(p.file, p.line(key), "%s is not a string: %s", key, fix)
		} else if strings.TrimSpace(s) == "" {
			c.report(p.file, p.line(key), "%s is missing or empty: %s", key, fix)
		}
	}
	authors, ok := p.list("params.authors")
	switch {
	case p.get("params.authors") != nil && !ok:
		c.report(p.file, p.line("params.authors"), "params.authors is not a list of names: %s", fix)
	case len(authors) == 0:
		c.report(p.file, p.line("params.authors"), "params.authors is missing or empty: give the essay a By line; %s", fix)
	default:
		for _, a := range authors {
			if strings.TrimSpace(a) == "" {
				c.report(p.file, p.line("params.authors"), "params.authors has an empty name: %s", fix)
			}
		}
	}

	// Terms of the items, per taxonomy, in order, with the first item line.
	itemTerms := map[string][]string{}
	itemLine := map[string]int{}
	for i, it := range tables(p.get("params.items")) {
		key := fmt.Sprintf("params.items[%d]", i)
		tax, _ := it["taxonomy"].(string)
		label, _ := it["label"].(string)
		gist, _ := it["gist"].(string)
		name := fmt.Sprintf("item %d", i+1)
		if label != "" {
			name = fmt.Sprintf("item %q", label)
		}
		if !isTaxonomy(tax) {
			c.report(p.file, p.line(key+".taxonomy"), "%s has taxonomy %q: it must be reasons, steps or pitfalls; %s", name, tax, fix)
		}
		if strings.TrimSpace(label) == "" {
			c.report(p.file, p.line(key+".label"), "%s has no label: %s", name, fix)
		}
		if strings.TrimSpace(gist) == "" {
			c.report(p.file, p.line(key+".gist"), "%s has no gist: %s", name, fix)
		}
		t, hasTerm := it["term"].(string)
		if !hasTerm || !isTaxonomy(tax) {
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

	for _, tax := range taxonomies {
		line := p.line(tax)
		list, ok := p.list(tax)
		if p.get(tax) != nil && !ok {
			c.report(p.file, line, "%s is not a list of term slugs: %s", tax, fix)
			continue
		}
		inList := map[string]bool{}
		for _, t := range list {
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
