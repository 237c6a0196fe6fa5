package check

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/leadingup/leadingup/tools/internal/vocab"
)

// taxonomies are the three taxonomies of the site, in display order.
var taxonomies = []string{"reasons", "steps", "pitfalls"}

// isTaxonomy reports whether s names one of the three taxonomies.
func isTaxonomy(s string) bool {
	for _, t := range taxonomies {
		if s == t {
			return true
		}
	}
	return false
}

// term is one entry of the controlled vocabulary.
type term struct {
	taxonomy, slug, title, description string
	line                               int // line of the [[taxonomy]] header
	descLine                           int
}

// vocabulary is data/vocabulary.toml, decoded.
type vocabulary struct {
	file  string
	terms map[string]map[string]*term // taxonomy → slug → term
	order []*term                     // in file order
}

// lookup returns the term of a taxonomy, or nil.
func (v *vocabulary) lookup(taxonomy, slug string) *term {
	if v == nil {
		return nil
	}
	return v.terms[taxonomy][slug]
}

// loadVocabulary reads the vocabulary file, reporting what is wrong with it.
// It returns nil when the file cannot be read or parsed.
func (c *checker) loadVocabulary() *vocabulary {
	file := filepath.ToSlash(c.opts.Vocabulary)
	src, err := os.ReadFile(filepath.Join(c.root, c.opts.Vocabulary))
	if err != nil {
		c.report(file, 0, "cannot read the vocabulary: %v", err)
		return nil
	}
	// The loader the normaliser uses decodes strictly (unknown keys,
	// duplicate slugs, over-long descriptions): what it rejects, the build
	// rejects too.
	if _, err := vocab.Parse(src, file); err != nil {
		var ve *vocab.Error
		if errors.As(err, &ve) {
			c.report(file, ve.Line, "%s", ve.Msg)
		} else {
			c.report(file, 0, "%v", err)
		}
		return nil
	}
	p := tomlFile(file, src)
	if p.fmErr != nil {
		c.report(file, p.fmErr.line, "%s", strings.Replace(p.fmErr.msg, "front matter is", "vocabulary is", 1))
		return nil
	}
	v := &vocabulary{file: file, terms: map[string]map[string]*term{}}
	for _, tax := range taxonomies {
		v.terms[tax] = map[string]*term{}
		for i := range tables(p.data[tax]) {
			key := fmt.Sprintf("%s[%d]", tax, i)
			t := &term{taxonomy: tax, line: p.line(key), descLine: p.line(key + ".description")}
			t.slug, _ = p.str(key + ".slug")
			t.title, _ = p.str(key + ".title")
			t.description, _ = p.str(key + ".description")
			switch {
			case t.slug == "":
				c.report(file, t.line, "%s term has no slug: add slug = \"...\"", tax)
				continue
			case v.terms[tax][t.slug] != nil:
				c.report(file, t.line, "%s term %q is defined twice (first at line %d): remove one", tax, t.slug, v.terms[tax][t.slug].line)
				continue
			}
			if strings.TrimSpace(t.title) == "" {
				c.report(file, t.line, "%s term %q has no title: add title = \"...\"", tax, t.slug)
			}
			if strings.TrimSpace(t.description) == "" {
				c.report(file, t.line, "%s term %q has no description: add a one-line description = \"...\"", tax, t.slug)
			}
			v.terms[tax][t.slug] = t
			v.order = append(v.order, t)
		}
	}
	return v
}

// tomlFile decodes a whole TOML file as if it were front matter starting
// before line 1, so that line numbers are file lines.
func tomlFile(file string, src []byte) *page {
	p := &page{file: file, data: map[string]any{}, lines: map[string]int{}, cols: map[string]int{}}
	text := strings.TrimPrefix(strings.ReplaceAll(string(src), "\r\n", "\n"), "\ufeff")
	p.decodeTOML(strings.Split(text, "\n"))
	return p
}

// termPageFile is where a term's page lives.
func termPageFile(taxonomy, slug string) string {
	return "content/" + taxonomy + "/" + slug + "/_index.md"
}

// checkVocabulary checks that every term is used and has a page with the
// same title, and that every term page has a term.
func (c *checker) checkVocabulary() {
	v := c.vocab
	if v == nil {
		return
	}
	used := map[string]bool{} // "taxonomy/slug"
	users := c.essays
	if p := c.page("content/overview.md"); p != nil {
		users = append(users[:len(users):len(users)], &essay{p: p})
	}
	for _, e := range users {
		for _, tax := range taxonomies {
			list, _ := e.p.list(tax)
			for _, s := range list {
				used[tax+"/"+s] = true
			}
		}
	}
	// An essay whose front matter is broken may use any term: say nothing.
	broken := false
	for _, e := range users {
		broken = broken || e.p.fmErr != nil
	}
	for _, t := range v.order {
		if !broken && !used[t.taxonomy+"/"+t.slug] {
			c.report(v.file, t.line, "%s term %q is used by no essay and not by content/overview.md: use it in a source essay or list it in the overview's front matter %s array, or remove it", t.taxonomy, t.slug, t.taxonomy)
		}
		pf := termPageFile(t.taxonomy, t.slug)
		p := c.page(pf)
		if p == nil {
			c.report(v.file, t.line, "%s term %q has no page: create %s with title %q", t.taxonomy, t.slug, pf, t.title)
			continue
		}
		if title, _ := p.str("title"); title != t.title && p.fmErr == nil {
			c.report(p.file, p.line("title"), "title %q differs from the vocabulary title %q (%s:%d): make them equal", title, t.title, v.file, t.line)
		}
		if desc, ok := p.str("description"); ok && desc != t.description && p.fmErr == nil {
			c.report(p.file, p.line("description"), "description differs from the vocabulary's (%s:%d): make them equal, the cheat sheets print the vocabulary's", v.file, t.descLine)
		}
	}
	for _, p := range c.pages {
		parts := strings.Split(p.file, "/")
		if len(parts) < 3 || parts[0] != "content" || !isTaxonomy(parts[1]) {
			continue
		}
		var slug string
		switch {
		case len(parts) == 3 && parts[2] != "_index.md":
			slug = strings.TrimSuffix(parts[2], ".md")
		case len(parts) == 4 && (parts[3] == "_index.md" || parts[3] == "index.md"):
			slug = parts[2]
		default:
			continue
		}
		if v.lookup(parts[1], slug) == nil {
			c.report(p.file, 0, "page for %s term %q, but %s has no such term: add the term there or delete this page", parts[1], slug, v.file)
		}
	}
}

// hintTerm adds "did you mean `slug`?" to the last problem when slug is a
// likely typo of a term of the taxonomy.
func (c *checker) hintTerm(taxonomy, slug string) {
	if c.vocab == nil || len(c.problems) == 0 {
		return
	}
	var slugs []string
	for _, t := range c.vocab.order {
		if t.taxonomy == taxonomy {
			slugs = append(slugs, t.slug)
		}
	}
	if guess := closest(slug, slugs, 6); guess != "" {
		c.problems[len(c.problems)-1].Hint = fmt.Sprintf("did you mean `%s`?", guess)
	}
}
