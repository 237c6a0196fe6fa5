package check

import (
	"bytes"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// cheatSheetSlugs are the fixed cheat sheets of the contract, besides one
// sheet per essay.
var cheatSheetSlugs = []string{"why-lead-up", "how-to-lead-up", "pitfalls-to-avoid", "leading-up-on-one-page", "self-assessment"}

// pageURL is the URL Hugo gives a content page: content/x.md → /x/,
// content/x/_index.md and content/x/index.md → /x/, content/_index.md → /.
// A front matter url replaces it; a slug replaces its last segment.
func pageURL(p *page) string {
	rel := strings.TrimSuffix(strings.TrimPrefix(p.file, "content/"), ".md")
	dir, base := path.Split(rel)
	var u string
	if base == "_index" || base == "index" {
		u = "/" + dir
	} else {
		if s, ok := p.str("slug"); ok && s != "" {
			base = s
		}
		u = "/" + dir + base + "/"
	}
	if s, ok := p.str("url"); ok && s != "" {
		u = "/" + strings.Trim(s, "/") + "/"
		if u == "//" {
			u = "/"
		}
	}
	return strings.ToLower(u)
}

// siteURLs returns every page URL the built site will have.
func (c *checker) siteURLs() map[string]bool {
	urls := map[string]bool{"/": true, "/search/": true, "/cheatsheets/": true, "/essays/": true}
	for _, tax := range taxonomies {
		urls["/"+tax+"/"] = true
	}
	for _, s := range cheatSheetSlugs {
		urls["/cheatsheets/"+s+"/"] = true
	}
	for _, p := range c.pages {
		u := pageURL(p)
		urls[u] = true
		// Every folder holding pages is a section with a list page.
		for d := path.Dir(strings.TrimPrefix(p.file, "content/")); d != "." && d != "/"; d = path.Dir(d) {
			urls["/"+strings.ToLower(d)+"/"] = true
		}
	}
	for _, e := range c.essays {
		urls["/cheatsheets/"+e.slug+"/"] = true
	}
	for _, s := range c.sources {
		urls["/essays/"+s+"/"] = true
		urls["/cheatsheets/"+s+"/"] = true
	}
	if c.vocab != nil {
		for _, t := range c.vocab.order {
			urls["/"+t.taxonomy+"/"+t.slug+"/"] = true
		}
	}
	return urls
}

// markdown parses page bodies as Hugo does: CommonMark with the GFM
// extensions (tables, strikethrough, autolinks, task lists), definition
// lists, footnotes and {#id} attributes after headings.
var markdown = goldmark.New(
	goldmark.WithExtensions(extension.GFM, extension.DefinitionList, extension.Footnote),
	goldmark.WithParserOptions(parser.WithAttribute()),
)

// hrefAttr finds internal href and src attributes in raw HTML.
var hrefAttr = regexp.MustCompile(`\b(?:href|src)\s*=\s*["'](/[^"']*)["']`)

// checkPages checks every Markdown page for empty sections, code blocks
// Hugo cannot highlight and internal links that lead nowhere.
func (c *checker) checkPages() {
	urls := c.siteURLs()
	for _, p := range c.pages {
		body := p.src[p.bodyOff:]
		doc := markdown.Parser().Parse(text.NewReader(body))
		c.checkSections(p, doc, body)
		err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			switch n := n.(type) {
			case *ast.FencedCodeBlock:
				if n.Info != nil {
					seg := n.Info.Segment
					c.checkCodeLanguage(p, p.bodyOff+seg.Start, string(seg.Value(body)))
				}
			case *ast.Link:
				c.checkLink(p, p.bodyOff+linkStart(n, body), string(n.Destination), urls)
			case *ast.Image:
				c.checkImage(p, p.bodyOff+linkStart(n, body), string(n.Destination))
			case *ast.RawHTML:
				for i := 0; i < n.Segments.Len(); i++ {
					c.checkHTMLLinks(p, n.Segments.At(i), body, urls)
				}
			case *ast.HTMLBlock:
				for i := 0; i < n.Lines().Len(); i++ {
					c.checkHTMLLinks(p, n.Lines().At(i), body, urls)
				}
			}
			return ast.WalkContinue, nil
		})
		if err != nil {
			c.report(p.file, 0, "cannot read the Markdown: %v", err)
		}
	}
}

// checkSections reports headings with nothing under them: the next block
// is a heading of the same or a higher level, or the end of the page. HTML
// comments do not count as text (Hugo does not show them).
func (c *checker) checkSections(p *page, doc ast.Node, body []byte) {
	var open *ast.Heading
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok {
			if open != nil && h.Level <= open.Level {
				c.emptySection(p, open, body)
			}
			open = nil
			if h.Level >= 2 {
				open = h
			}
			continue
		}
		if hb, ok := n.(*ast.HTMLBlock); ok && onlyComments(hb, body) {
			continue
		}
		open = nil
	}
	if open != nil {
		c.emptySection(p, open, body)
	}
}

// onlyComments reports whether an HTML block holds nothing but comments.
func onlyComments(hb *ast.HTMLBlock, body []byte) bool {
	var b strings.Builder
	for i := 0; i < hb.Lines().Len(); i++ {
		seg := hb.Lines().At(i)
		b.Write(seg.Value(body))
	}
	if hb.HasClosure() {
		cl := hb.ClosureLine
		b.Write(cl.Value(body))
	}
	rest := strings.TrimSpace(b.String())
	for strings.HasPrefix(rest, "<!--") {
		end := strings.Index(rest, "-->")
		if end < 0 {
			return true
		}
		rest = strings.TrimSpace(rest[end+3:])
	}
	return rest == ""
}

// emptySection reports a heading with nothing under it.
func (c *checker) emptySection(p *page, h *ast.Heading, body []byte) {
	title := string(nodeText(h, body))
	off := headingStart(h, body)
	c.reportAt(p, p.bodyOff+off, Error, "", "section %q is empty: write its text or remove the heading", title)
}

// headingStart returns the offset of a heading's first character: the
// first # of an ATX heading, the text of a setext heading.
func headingStart(h *ast.Heading, body []byte) int {
	if h.Lines().Len() == 0 {
		return 0
	}
	start := h.Lines().At(0).Start
	ls := bytes.LastIndexByte(body[:start], '\n') + 1
	if i := bytes.IndexByte(body[ls:start], '#'); i >= 0 {
		return ls + i
	}
	return start
}

// nodeText returns the plain text of an inline container.
func nodeText(n ast.Node, src []byte) []byte {
	var b bytes.Buffer
	_ = ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			switch t := n.(type) {
			case *ast.Text:
				b.Write(t.Segment.Value(src))
				if t.SoftLineBreak() || t.HardLineBreak() {
					b.WriteByte(' ')
				}
			case *ast.String:
				b.Write(t.Value)
			case *ast.CodeSpan:
				for c := t.FirstChild(); c != nil; c = c.NextSibling() {
					if tx, ok := c.(*ast.Text); ok {
						b.Write(tx.Segment.Value(src))
					}
				}
				return ast.WalkSkipChildren, nil
			}
		}
		return ast.WalkContinue, nil
	})
	return b.Bytes()
}

// linkStart returns the offset of the "[" (or "![") that opens a link or
// image: the first text segment of the link text, moved back over the
// bracket. Links without text segments fall back to their parent's start.
func linkStart(n ast.Node, body []byte) int {
	off := -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering && off < 0 {
			off = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	if off < 0 {
		// Empty link text ("[](/x/)"): search back from the next sibling.
		if next := n.NextSibling(); next != nil {
			if t, ok := next.(*ast.Text); ok {
				off = bytes.LastIndex(body[:t.Segment.Start], []byte("[]("))
				if off >= 0 {
					return off
				}
			}
		}
		return blockStart(n)
	}
	for off > 0 && body[off-1] != '[' && body[off-1] != '\n' {
		off-- // inline markup such as ** before the text
	}
	if off > 0 && body[off-1] == '[' {
		off--
		if off > 0 && body[off-1] == '!' {
			off--
		}
	}
	return off
}

// blockStart returns the start of the block holding n.
func blockStart(n ast.Node) int {
	for b := n; b != nil; b = b.Parent() {
		if b.Type() == ast.TypeBlock && b.Lines().Len() > 0 {
			return b.Lines().At(0).Start
		}
	}
	return 0
}

// checkHTMLLinks checks the internal href and src attributes in a segment
// of raw HTML.
func (c *checker) checkHTMLLinks(p *page, seg text.Segment, body []byte, urls map[string]bool) {
	raw := seg.Value(body)
	for _, m := range hrefAttr.FindAllSubmatchIndex(raw, -1) {
		c.checkLink(p, p.bodyOff+seg.Start+m[2], string(raw[m[2]:m[3]]), urls)
	}
}

// checkLink reports an internal link target that leads to no page. off is
// the offset of the link in the page's file.
func (c *checker) checkLink(p *page, off int, target string, urls map[string]bool) {
	if !strings.HasPrefix(target, "/") || strings.HasPrefix(target, "//") {
		return // another host, a fragment or a relative link: not ours to resolve
	}
	u := target
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	if u == "" || urls[strings.ToLower(u)] || c.staticFile(u) {
		return
	}
	if path.Ext(u) == "" && !strings.HasSuffix(u, "/") && urls[strings.ToLower(u)+"/"] {
		c.reportAt(p, off, Warning, fmt.Sprintf("write `%s/`", u), "link %s lacks its final slash (Hugo resolves it, other tools may not)", target)
		return
	}
	hint := "fix the path (content/x.md is /x/, content/x/_index.md is /x/) or remove the link; until then the site shows the link's text without a link"
	if path.Ext(u) == "" {
		var all []string
		for k := range urls {
			all = append(all, k)
		}
		slices.Sort(all)
		if guess := closest(strings.ToLower(strings.TrimSuffix(u, "/")+"/"), all, 6); guess != "" {
			hint = fmt.Sprintf("did you mean `%s`?", guess)
		}
	}
	c.reportAt(p, off, Error, hint, "link %s leads to no page of the site", target)
}

// checkImage reports an internal image that is no file of a static folder.
func (c *checker) checkImage(p *page, off int, target string) {
	if !strings.HasPrefix(target, "/") || strings.HasPrefix(target, "//") {
		return
	}
	u, _, _ := strings.Cut(target, "?")
	if c.staticFile(u) {
		return
	}
	c.reportAt(p, off, Error, "put the file in static/ (static/x.png is /x.png) or fix the path", "image %s is not a file of the site", target)
}

// staticFile reports whether a URL path names a file that Hugo copies from a
// static folder, or a feed of a known page.
func (c *checker) staticFile(u string) bool {
	if path.Ext(u) == "" {
		return false
	}
	dirs := []string{"static"}
	themes, _ := filepath.Glob(filepath.Join(c.root, "themes", "*", "static"))
	for _, t := range themes {
		rel, _ := filepath.Rel(c.root, t)
		dirs = append(dirs, rel)
	}
	for _, d := range dirs {
		if fi, err := os.Stat(filepath.Join(c.root, d, filepath.FromSlash(u))); err == nil && !fi.IsDir() {
			return true
		}
	}
	return false
}
