package normalize

import (
	"slices"
	"strings"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
	"github.com/leadingup/leadingup/tools/internal/prefilter"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlMeta is what the page's head and article header say about the essay.
type htmlMeta struct {
	title   string
	h1      string
	authors []string
	date    string
	url     string
	summary string
	// site is the site's name (og:site_name, JSON-LD publisher).
	site string
	// ext is what go-trafilatura read from the meta tags, JSON-LD and
	// DOM: strong candidates for the meta stage.
	ext extractedMeta
}

// dropper records a dropped piece of the input.
type dropper interface {
	drop(line int, text, why string)
	warn(format string, args ...any)
}

// htmlToMarkdown extracts the article of an HTML page and converts it to
// Markdown. go-trafilatura finds the main content and the metadata; when
// it finds too little, the page's own <article>, <main> or body is used.
// Script, style, navigation, header, footer, aside, form and comment
// sections are removed; every piece of visible text left out is recorded
// in d with its source line and why; script elements and on* event
// handlers are reported as warnings with their line.
func htmlToMarkdown(src string, d dropper) (string, htmlMeta, error) {
	warnScripts(src, d)
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return "", htmlMeta{}, err
	}
	var hm htmlMeta
	readHead(root, &hm)
	art := findArticle(root)
	// the article header holds the title, the byline and the date
	if h := find(art, func(n *html.Node) bool { return n.DataAtom == atom.H1 }); h != nil {
		hm.h1 = collapse(textOf(h))
	}
	if hm.h1 == "" {
		if h := find(root, func(n *html.Node) bool { return n.DataAtom == atom.H1 }); h != nil {
			hm.h1 = collapse(textOf(h))
		}
	}
	if len(hm.authors) == 0 {
		if a := find(root, isAuthorNode); a != nil {
			if names := parseByline(collapse(textOf(a)), true); names != nil {
				hm.authors = names
			}
		}
	}
	if hm.date == "" {
		if t := find(art, func(n *html.Node) bool { return n.DataAtom == atom.Time }); t != nil {
			if iso, _, _, ok := findDate(attr(t, "datetime") + " " + textOf(t)); ok {
				hm.date = iso
			}
		}
	}
	main, em := extractMain(root)
	hm.ext = em
	mergeExtracted(&hm)

	body, keepHeader := chooseBody(art, main)
	var drops []Dropped
	rec := &dropRecorder{d: d, drops: &drops}
	clean(body, rec, keepHeader)
	conv := converter.NewConverter(converter.WithPlugins(
		base.NewBasePlugin(),
		commonmark.NewCommonmarkPlugin(commonmark.WithBulletListMarker("-"), commonmark.WithHeadingStyle("atx")),
		table.NewTablePlugin(),
	))
	md, err := conv.ConvertNode(body)
	if err != nil {
		return "", hm, err
	}
	// account for the text left out, with source lines
	blocks := sourceBlocks(src)
	kept := foldForMatch(textOf(body))
	if len(drops) > 0 {
		lines := newBlockLines(blocks)
		for _, dr := range drops {
			d.drop(lines.lineOf(dr.Text), dr.Text, dr.Why)
		}
	}
	byline, date := reportLeftOut(blocks, kept+" "+foldForMatch(joinDropped(drops)), hm.h1, d)
	if len(hm.authors) == 0 {
		hm.authors = byline
	}
	if hm.date == "" {
		hm.date = date
	}
	return string(md), hm, nil
}

// mergeExtracted fills what the head and article header did not say from
// the extractor's metadata.
func mergeExtracted(hm *htmlMeta) {
	e := hm.ext
	if len(hm.authors) == 0 {
		for _, a := range e.authors {
			if names := parseByline(a, true); names != nil {
				hm.authors = append(hm.authors, names...)
			}
		}
	}
	if hm.date == "" {
		hm.date = e.date
	}
	if hm.title == "" {
		hm.title = e.title
	}
	if hm.url == "" {
		hm.url = e.url
	}
	if hm.summary == "" {
		hm.summary = e.description
	}
	hm.site = e.site
}

// dropRecorder collects the drops of the tree cleaner so that they can be
// given source lines once the page's blocks are known.
type dropRecorder struct {
	d     dropper
	drops *[]Dropped
}

func (r *dropRecorder) drop(line int, text, why string) {
	*r.drops = append(*r.drops, Dropped{Line: line, Text: text, Why: why})
}

func (r *dropRecorder) warn(format string, args ...any) { r.d.warn(format, args...) }

func joinDropped(ds []Dropped) string {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString(d.Text)
		b.WriteByte(' ')
	}
	return b.String()
}

// blockLines finds the source line of a piece of text among a page's
// blocks: their folded texts joined by a byte folded text never holds, and
// indexed, with the offset where each block starts.
type blockLines struct {
	blocks []srcBlock
	starts []int
	idx    *foldedIndex
}

func newBlockLines(blocks []srcBlock) *blockLines {
	var b strings.Builder
	starts := make([]int, len(blocks))
	for i, bl := range blocks {
		starts[i] = b.Len()
		b.WriteString(bl.folded)
		b.WriteByte(0)
	}
	return &blockLines{blocks: blocks, starts: starts, idx: newFoldedIndex(b.String())}
}

// lineOf is the source line of the first block that holds the start of
// text (its first 40 folded bytes, cut at a word), or 0.
func (l *blockLines) lineOf(text string) int {
	f := foldForMatch(text)
	if len(f) > 40 {
		f = f[:strings.LastIndexByte(f[:40], ' ')+1]
	}
	f = strings.TrimSpace(f)
	if f == "" {
		return 0
	}
	at := l.idx.first(f)
	if at < 0 {
		return 0
	}
	i, found := slices.BinarySearch(l.starts, at)
	if !found {
		i--
	}
	return l.blocks[i].line
}

// warnScripts reports <script> elements and on* handlers with their line.
func warnScripts(src string, d dropper) {
	z := html.NewTokenizer(strings.NewReader(src))
	line := 1
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		raw := string(z.Raw())
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			name, hasAttr := z.TagName()
			if string(name) == "script" {
				d.warn("line %d: removed <script> element", line)
			}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				key := strings.ToLower(string(k))
				if strings.HasPrefix(key, "on") {
					d.warn("line %d: removed %s event handler on <%s>", line, key, name)
				}
				if (key == "href" || key == "src") && strings.HasPrefix(strings.ToLower(strings.TrimSpace(string(v))), "javascript:") {
					d.warn("line %d: removed javascript: link on <%s>", line, name)
				}
			}
		}
		line += strings.Count(raw, "\n")
	}
}

func readHead(root *html.Node, hm *htmlMeta) {
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Title:
			if hm.title == "" {
				hm.title = collapse(textOf(n))
			}
		case atom.Meta:
			k := strings.ToLower(attr(n, "name") + attr(n, "property") + attr(n, "itemprop"))
			v := strings.TrimSpace(attr(n, "content"))
			switch k {
			case "author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "twitter:creator":
				if len(hm.authors) == 0 && !strings.HasPrefix(v, "http") && !strings.HasPrefix(v, "@") {
					if names := parseByline(v, true); names != nil {
						hm.authors = names
					}
				}
			case "og:title", "twitter:title":
				if hm.title == "" || k == "og:title" {
					hm.title = v
				}
			case "article:published_time", "date", "dc.date", "datepublished", "publish-date", "pubdate", "parsely-pub-date", "og:published_time":
				if iso, _, _, ok := findDate(v); ok && hm.date == "" {
					hm.date = iso
				}
			case "og:url":
				if hm.url == "" {
					hm.url = v
				}
			case "description", "og:description":
				if hm.summary == "" {
					hm.summary = v
				}
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") {
				hm.url = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Body:
			return n.DataAtom != atom.Body || true
		}
		return true
	})
}

func isAuthorNode(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if strings.EqualFold(attr(n, "rel"), "author") || strings.EqualFold(attr(n, "itemprop"), "author") {
		return true
	}
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if c == "author" || c == "byline" || c == "author-name" || c == "post-author" || c == "entry-author" {
			return true
		}
	}
	return false
}

// findArticle prefers <article>, then <main>, then [role=main], then <body>.
func findArticle(root *html.Node) *html.Node {
	var best *html.Node
	bestLen := -1
	walk(root, func(n *html.Node) bool {
		if n.DataAtom == atom.Article {
			if l := len(textOf(n)); l > bestLen {
				best, bestLen = n, l
			}
		}
		return true
	})
	if best != nil {
		return best
	}
	for _, pred := range []func(*html.Node) bool{
		func(n *html.Node) bool { return n.DataAtom == atom.Main },
		func(n *html.Node) bool { return strings.EqualFold(attr(n, "role"), "main") },
		func(n *html.Node) bool { return n.DataAtom == atom.Body },
	} {
		if n := find(root, pred); n != nil {
			return n
		}
	}
	return root
}

var reJunkClass = prefilter.MustCompile(`(?:^|[-_ ])(comments?|comment-(?:list|form|respond|area)|respond|share|sharing|sharedaddy|social|related|newsletter|subscribe|subscription|cookies?|consent|breadcrumbs?|sidebar|author-?bio|bio|promo|advert|ads?|advertisement|popup|modal|signup|tags|tag-list|post-tags|categories|nav|navbar|menu|site-header|site-footer|footer|masthead|widget|jp-relatedposts|wp-caption-text|caption|skip-link|screen-reader-text)(?:$|[-_ ])`)

var junkWhy = map[string]string{
	"comment": whyComments, "comments": whyComments, "respond": whyComments, "share": whyShare, "sharing": whyShare,
	"sharedaddy": whyShare, "social": whyShare, "related": whyRelated, "jp-relatedposts": whyRelated,
	"newsletter": whyNewsletter, "subscribe": whyNewsletter, "subscription": whyNewsletter, "signup": whyNewsletter,
	"cookie": whyCookie, "cookies": whyCookie, "consent": whyCookie, "breadcrumb": whyNav, "breadcrumbs": whyNav,
	"author-bio": whyBio, "authorbio": whyBio, "bio": whyBio, "tags": whyTags, "tag-list": whyTags, "post-tags": whyTags,
	"categories": whyTags, "caption": whyPhoto, "wp-caption-text": whyPhoto,
}

// clean removes chrome from the article in place.
// In an <article> or <main>, a <header> holds the article's own title,
// standfirst, byline and date: it is kept (keepHeader) and the text stages
// sort it out.
func clean(n *html.Node, d dropper, keepHeader bool) {
	var next *html.Node
	for c := n.FirstChild; c != nil; c = next {
		next = c.NextSibling
		why := ""
		switch c.Type {
		case html.CommentNode:
			n.RemoveChild(c)
			continue
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Object, atom.Embed,
				atom.Svg, atom.Canvas, atom.Button, atom.Input, atom.Select, atom.Textarea, atom.Link, atom.Meta, atom.Head:
				n.RemoveChild(c)
				continue
			case atom.Nav:
				why = whyNav
			case atom.Header:
				if !keepHeader {
					why = whyNav
				}
			case atom.Footer:
				why = whyNav
			case atom.Aside:
				why = whyRelated
			case atom.Form:
				why = whyForm
			case atom.Figure, atom.Img, atom.Picture, atom.Figcaption:
				why = whyImage
			case atom.H1:
				why = whyTitleLine
			}
			if why == "" {
				if m := reJunkClass.FindStringSubmatch(strings.ToLower(attr(c, "class") + " " + attr(c, "id"))); m != nil {
					why = junkWhy[m[1]]
					if why == "" {
						switch {
						case strings.HasPrefix(m[1], "comment"):
							why = whyComments
						case m[1] == "ad" || m[1] == "ads" || m[1] == "advert" || m[1] == "advertisement" || m[1] == "promo":
							why = whyAd
						default:
							why = whyNav
						}
					}
				}
			}
			if why != "" {
				if t := collapse(textOf(c)); t != "" {
					d.drop(0, clip(t, 200), why)
				}
				n.RemoveChild(c)
				continue
			}
			// strip event handlers, styles and javascript: links
			kept := c.Attr[:0]
			for _, a := range c.Attr {
				k := strings.ToLower(a.Key)
				if strings.HasPrefix(k, "on") || k == "style" {
					continue
				}
				if (k == "href" || k == "src") && strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.Val)), "javascript:") {
					continue
				}
				kept = append(kept, a)
			}
			c.Attr = kept
			clean(c, d, keepHeader)
			if c.DataAtom == atom.A && attr(c, "href") == "" {
				// a link to nowhere (or to javascript:) keeps only its text
				for g := c.FirstChild; g != nil; {
					ng := g.NextSibling
					c.RemoveChild(g)
					n.InsertBefore(g, c)
					g = ng
				}
				n.RemoveChild(c)
			}
		}
	}
}

func walk(n *html.Node, f func(*html.Node) bool) {
	if !f(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func find(n *html.Node, pred func(*html.Node) bool) *html.Node {
	var found *html.Node
	walk(n, func(x *html.Node) bool {
		if found != nil {
			return false
		}
		if pred(x) {
			found = x
			return false
		}
		return true
	})
	return found
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(x *html.Node) bool {
		if x.Type == html.ElementNode && (x.DataAtom == atom.Script || x.DataAtom == atom.Style) {
			return false
		}
		if x.Type == html.TextNode {
			b.WriteString(x.Data)
			b.WriteString(" ")
		}
		return true
	})
	return b.String()
}

// clip shortens s to about n bytes at a word boundary (see shorten).
func clip(s string, n int) string {
	r, _ := shorten(s, n)
	return r
}
