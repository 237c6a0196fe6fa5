package check

import (
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
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

var (
	// atxHeading matches an ATX heading; group 1 is the hashes.
	atxHeading = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*#*[ \t]*$`)
	// fence matches the opening or closing line of a fenced code block.
	fence = regexp.MustCompile("^ {0,3}(`{3,}|~{3,})")
	// codeSpan matches an inline code span, whose links are not links.
	codeSpan = regexp.MustCompile("`+[^`]*`+")
	// linkTargets match internal link targets: inline links, reference
	// definitions and raw HTML href attributes.
	linkTargets = []*regexp.Regexp{
		regexp.MustCompile(`\]\(\s*<?(/[^)\s>]*)`),
		regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s*<?(/[^\s>]*)`),
		regexp.MustCompile(`\bhref\s*=\s*["'](/[^"']*)["']`),
	}
)

// checkPages checks every Markdown page for empty sections and broken
// internal links.
func (c *checker) checkPages() {
	urls := c.siteURLs()
	for _, p := range c.pages {
		lines := strings.Split(p.body, "\n")
		inFence := ""
		type heading struct {
			level, line int
			text        string
		}
		var open *heading // the last heading, while nothing but blank lines follows it
		for i, l := range lines {
			line := p.bodyLine + i
			if inFence != "" {
				if m := fence.FindStringSubmatch(l); m != nil && strings.HasPrefix(m[1], inFence[:1]) && len(m[1]) >= len(inFence) {
					inFence = ""
				}
				continue
			}
			if m := fence.FindStringSubmatch(l); m != nil {
				inFence, open = m[1], nil
				c.checkCodeLanguage(p, line, l[strings.Index(l, m[1])+len(m[1]):])
				continue
			}
			if strings.TrimSpace(l) == "" {
				continue
			}
			if m := atxHeading.FindStringSubmatch(l); m != nil {
				level := len(m[1])
				if open != nil && level <= open.level {
					c.emptySection(p, open.line, open.text)
				}
				open = nil
				if level >= 2 {
					open = &heading{level, line, m[2]}
				}
				continue
			}
			open = nil
			c.checkLinks(p, line, l, urls)
		}
		if open != nil {
			c.emptySection(p, open.line, open.text)
		}
	}
}

// emptySection reports a heading with nothing under it.
func (c *checker) emptySection(p *page, line int, text string) {
	c.report(p.file, line, "section %q is empty: write its text or remove the heading", text)
}

// checkLinks reports internal links on one line that lead nowhere.
func (c *checker) checkLinks(p *page, line int, text string, urls map[string]bool) {
	text = codeSpan.ReplaceAllString(text, "")
	for _, re := range linkTargets {
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			target := m[1]
			if strings.HasPrefix(target, "//") {
				continue // another host; not ours to resolve
			}
			u := target
			if i := strings.IndexAny(u, "?#"); i >= 0 {
				u = u[:i]
			}
			if u == "" || urls[strings.ToLower(u)] || c.staticFile(u) {
				continue
			}
			if path.Ext(u) == "" && !strings.HasSuffix(u, "/") && urls[strings.ToLower(u)+"/"] {
				c.report(p.file, line, "link %s lacks its final slash: write %s/", target, u)
				continue
			}
			c.report(p.file, line, "link %s leads to no page of the site: fix the path (content/x.md is /x/, content/x/_index.md is /x/) or remove the link", target)
		}
	}
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
