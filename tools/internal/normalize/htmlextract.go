// htmlextract.go: find the main content of a saved web page with
// go-trafilatura (main-content node and metadata from meta tags, JSON-LD
// and the page), and account for what it left out: every block of visible
// text that is not in the extract is reported as dropped, with its source
// line and a reason taken from the element it sat in.

package normalize

import (
	"bytes"
	"encoding/json"
	"index/suffixarray"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// extractedMeta is what the extractor read from the page's meta tags,
// JSON-LD and DOM. It is strong evidence for the meta stage: the page's
// publisher wrote it for machines.
type extractedMeta struct {
	title       string
	authors     []string
	date        string // ISO 8601 day, "" when unknown
	site        string
	description string
	url         string
	categories  []string
	tags        []string
}

// minExtractRunes is the length under which the extractor's result is
// distrusted and the page's own <article>/<main> is tried instead.
const minExtractRunes = 250

// whyOutside is the reason for page text the extractor left out of the
// main content when no element names a better one.
const whyOutside = "outside the main content"

// extractMain runs go-trafilatura on a copy of the page. It returns the
// main-content node (nil when nothing was found) and the metadata.
//
// The extractor walks JSON-LD objects as Go maps, whose order changes from
// run to run: the people and organisations it collects (a publisher's
// "employee" and "founder", when no article names its author) came in a
// different order each time. When every author (or every organisation of
// the site name) is named in the page's JSON-LD, they are put in the order
// the JSON-LD names them (see jsonLDOrder), so that the same page always
// gives the same authors in the same order; names read from elsewhere keep
// the extractor's order, which does not vary.
func extractMain(root *html.Node) (*html.Node, extractedMeta) {
	ld := jsonLDStrings(root) // (before the extractor works on the tree)
	res, err := trafilatura.ExtractDocument(root, trafilatura.Options{
		ExcludeComments: true,
		EnableFallback:  true,
		HtmlDateMode:    trafilatura.Fast,
		Focus:           htmlFocus,
	})
	if err != nil || res == nil {
		return nil, extractedMeta{}
	}
	m := res.Metadata
	em := extractedMeta{
		title:       collapse(m.Title),
		site:        collapse(m.Sitename),
		description: collapse(m.Description),
		url:         strings.TrimSpace(m.URL),
		categories:  m.Categories,
		tags:        m.Tags,
	}
	for _, a := range strings.Split(m.Author, ";") {
		if a = collapse(a); a != "" {
			em.authors = append(em.authors, a)
		}
	}
	parts := strings.Split(em.site, "; ") // the names of several organisations, joined
	if len(em.authors) > 1 || len(parts) > 1 {
		em.authors = jsonLDOrder(em.authors, ld)
		em.site = strings.Join(jsonLDOrder(parts, ld), "; ")
	}
	if !m.Date.IsZero() && m.Date.Year() > 1900 && m.Date.Before(time.Now().AddDate(1, 0, 0)) {
		em.date = m.Date.Format("2006-01-02")
	}
	return res.ContentNode, em
}

// jsonLDStrings returns the strings of the page's JSON-LD scripts (keys
// and values, unescaped), in the order the page holds them, one a line.
func jsonLDStrings(root *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Script && strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
			var text strings.Builder
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.TextNode {
					text.WriteString(c.Data)
				}
			}
			dec := json.NewDecoder(strings.NewReader(html.UnescapeString(text.String())))
			for {
				tok, err := dec.Token()
				if err != nil {
					break // the end, or broken JSON: what was read counts
				}
				if s, ok := tok.(string); ok {
					b.WriteString(s)
					b.WriteByte('\n')
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return b.String()
}

// jsonLDOrder sorts names (in place, and returns them) by where each first
// occurs in ld (see jsonLDStrings), ties in byte order, when ld holds every
// one of them: the result does not depend on the order they came in. When
// a name is not in ld, names is returned as it is.
func jsonLDOrder(names []string, ld string) []string {
	if len(names) < 2 {
		return names
	}
	pos := make(map[string]int, len(names))
	for _, n := range names {
		i := strings.Index(ld, n)
		if i < 0 {
			return names
		}
		pos[n] = i
	}
	slices.SortStableFunc(names, func(a, b string) int {
		if pos[a] != pos[b] {
			return pos[a] - pos[b]
		}
		return strings.Compare(a, b)
	})
	return names
}

// srcBlock is one block of visible text in the page source.
type srcBlock struct {
	line   int    // 1-based line of the source where the block starts
	text   string // collapsed text
	folded string // foldForMatch(text)
	why    string // the reason its container suggests, or whyOutside
}

// blockTags end a block of text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Caption: true,
	atom.Section: true, atom.Article: true, atom.Main: true, atom.Header: true, atom.Footer: true, atom.Nav: true, atom.Aside: true,
	atom.Blockquote: true, atom.Pre: true, atom.Br: true, atom.Hr: true, atom.Form: true, atom.Figure: true, atom.Figcaption: true,
	atom.Body: true, atom.Address: true, atom.Details: true, atom.Summary: true, atom.Option: true, atom.Label: true, atom.Button: true,
}

// skipTags hold no visible text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Template: true, atom.Head: true, atom.Title: true, atom.Svg: true, atom.Math: true,
	atom.Select: true, atom.Textarea: true, atom.Iframe: true, atom.Object: true,
}

// voidTags never have an end tag.
var voidTags = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true, atom.Img: true,
	atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true, atom.Track: true, atom.Wbr: true,
}

// sourceBlocks splits the visible text of a page into blocks with their
// source line. It reads tokens, not the tree, so that lines are exact; the
// container stack is approximate for badly nested pages, which only
// affects the reason given.
func sourceBlocks(src string) []srcBlock {
	type open struct {
		a   atom.Atom
		why string
	}
	var stack []open
	var out []srcBlock
	var cur strings.Builder
	curLine, line, skip := 0, 1, 0
	flush := func() {
		if t := collapse(cur.String()); t != "" {
			why := whyOutside
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i].why != "" {
					why = stack[i].why
					break
				}
			}
			out = append(out, srcBlock{line: curLine, text: t, folded: foldForMatch(t), why: why})
		}
		cur.Reset()
		curLine = 0
	}
	z := html.NewTokenizer(strings.NewReader(src))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		startLine := line
		line += bytes.Count(raw, []byte("\n"))
		switch tt {
		case html.TextToken:
			if skip > 0 {
				continue
			}
			txt := string(z.Text())
			if strings.TrimSpace(txt) == "" {
				cur.WriteString(" ")
				continue
			}
			if curLine == 0 {
				curLine = startLine + strings.Count(txt[:len(txt)-len(strings.TrimLeft(txt, " \t\r\n\f"))], "\n")
			}
			cur.WriteString(txt)
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipTags[a] {
				if tt == html.StartTagToken {
					skip++
					stack = append(stack, open{a: a})
				}
				continue
			}
			if blockTags[a] {
				flush()
			}
			if tt == html.SelfClosingTagToken || voidTags[a] {
				continue
			}
			stack = append(stack, open{a: a, why: containerWhy(a, z)})
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if blockTags[a] {
				flush()
			}
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i].a == a {
					for _, o := range stack[i:] {
						if skipTags[o.a] && skip > 0 {
							skip--
						}
					}
					stack = stack[:i]
					break
				}
			}
		}
	}
	flush()
	return out
}

// containerWhy is the reason an element's tag, class or id gives for
// leaving its text out, or "".
func containerWhy(a atom.Atom, z *html.Tokenizer) string {
	var class, id string
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "class":
			class = string(v)
		case "id":
			id = string(v)
		}
		if !more {
			break
		}
	}
	if why := tagWhy(a); why != "" {
		return why
	}
	return junkClassWhy(class + " " + id)
}

// tagWhy is the reason an element of kind a is page furniture by its tag
// alone (navigation, footer, aside, form, figure, noscript), or "".
func tagWhy(a atom.Atom) string {
	switch a {
	case atom.Nav, atom.Header:
		return whyNav
	case atom.Footer:
		return whyFooter
	case atom.Aside:
		return whyRelated
	case atom.Form:
		return whyForm
	case atom.Figure, atom.Figcaption:
		return whyImage
	case atom.Noscript:
		return whyNoscript
	}
	return ""
}

// whyNoscript is the reason for text shown only without JavaScript.
const whyNoscript = "script notice"

// junkClassWhy maps a class and id that name page chrome to a reason.
func junkClassWhy(classID string) string {
	m := reJunkClass.FindStringSubmatch(strings.ToLower(classID))
	if m == nil {
		return ""
	}
	if why := junkWhy[m[1]]; why != "" {
		return why
	}
	switch {
	case strings.HasPrefix(m[1], "comment"):
		return whyComments
	case m[1] == "ad" || m[1] == "ads" || m[1] == "advert" || m[1] == "advertisement" || m[1] == "promo":
		return whyAd
	case m[1] == "footer" || m[1] == "site-footer":
		return whyFooter
	}
	return whyNav
}

// reportLeftOut records every source block whose text is not in kept (the
// folded text of what goes on to the text stages) as dropped, one entry per
// run of neighbouring blocks with the same reason.
//
// It returns the first byline and date left out above the kept text: the
// extractor cuts an article's header, but the names and the day it gives
// still belong to the essay.
func reportLeftOut(blocks []srcBlock, kept, title string, d dropper) (byline []string, date string) {
	title = foldForMatch(title)
	keptIdx := newFoldedIndex(kept)
	seenKept := false
	var runText []string
	runLine, runWhy := 0, ""
	emit := func() {
		if len(runText) > 0 {
			d.drop(runLine, clip(strings.Join(runText, " | "), 200), runWhy)
		}
		runText, runLine, runWhy = nil, 0, ""
	}
	for _, b := range blocks {
		f := b.folded
		if f == "" || keptIdx.contains(f) {
			seenKept = seenKept || wordCount(f) >= minLeadWords
			emit()
			continue
		}
		why := metaWhy(b.text, f, title)
		switch {
		case why == whyByline && !seenKept && byline == nil:
			byline = parseByline(b.text, false)
		case why == whyDate && !seenKept && date == "":
			date, _, _ = dateLine(b.text)
		case why == "" && b.why == whyOutside:
			why = junkLine(stripInline(b.text))
		}
		if why == "" {
			why = b.why
		}
		if why != runWhy {
			emit()
		}
		if runLine == 0 {
			runLine, runWhy = b.line, why
		}
		runText = append(runText, b.text)
	}
	emit()
	return byline, date
}

// metaWhy names a left-out block that is the title, a byline or a date,
// or returns "". folded is the block's foldForMatch form.
func metaWhy(text, folded, title string) string {
	switch {
	case folded == title:
		return whyTitleLine
	case wordCount(text) > 12:
		return ""
	case parseByline(text, false) != nil:
		return whyByline
	}
	if _, _, ok := dateLine(text); ok {
		return whyDate
	}
	return ""
}

// foldedIndex finds strings in a long folded text in time that does not
// grow with the text (a suffix array), so that checking every block of a
// page against the whole extract stays linear in the page's size.
type foldedIndex struct {
	text string
	sa   *suffixarray.Index
}

func newFoldedIndex(text string) *foldedIndex {
	return &foldedIndex{text: text, sa: suffixarray.New([]byte(text))}
}

// contains is strings.Contains(text, f).
func (x *foldedIndex) contains(f string) bool {
	return f == "" || len(x.sa.Lookup([]byte(f), 1)) > 0
}

// first is strings.Index(text, f).
func (x *foldedIndex) first(f string) int {
	if f == "" {
		return 0
	}
	at := x.sa.Lookup([]byte(f), -1)
	if len(at) == 0 {
		return -1
	}
	return slices.Min(at)
}

var htmlFocus = trafilatura.Balanced

// minInsideShare is the share of the extract's text that must lie in the
// page's own article element for the two to agree on where the article is.
const minInsideShare = 0.9

// chooseBody picks the node whose text goes on to the text stages: the
// extract, or the page's own <article>/<main> when the extract lies inside
// it (the two agree on where the article is, and the element keeps what
// the extractor cuts at the edges: a standfirst, a list, a table), or when
// the extract is missing or too short. keepHeader says whether a <header>
// inside holds the article's own title and byline.
func chooseBody(art, main *html.Node) (*html.Node, bool) {
	semantic := art.DataAtom == atom.Article || art.DataAtom == atom.Main || strings.EqualFold(attr(art, "role"), "main")
	artText := strings.TrimSpace(textOf(art))
	if main == nil {
		return art, semantic
	}
	mainRunes := utf8.RuneCountInString(strings.TrimSpace(textOf(main)))
	if mainRunes < min(minExtractRunes, utf8.RuneCountInString(artText)/2) {
		return art, semantic
	}
	if semantic {
		rescueLead(art, main)
	}
	return main, true
}

// minLeadWords is the length from which a paragraph above the extract is
// prose rather than a kicker, a byline or a date.
const minLeadWords = 8

// rescueLead puts back the lead of an article that the extractor cut: a
// standfirst in the article's <header>, an introduction before the first
// paragraph it kept. Only prose paragraphs (<p> of minLeadWords words or
// more, not a byline or a date) inside the page's own <article> or <main>
// and above the extract's first text are taken, and only when the extract
// lies in that element.
func rescueLead(art, main *html.Node) {
	first := firstText(main)
	if first == "" || main.FirstChild == nil {
		return
	}
	artFold := foldForMatch(textOf(art))
	if !strings.Contains(artFold, first) || insideShare(main, newFoldedIndex(artFold)) < minInsideShare {
		return
	}
	var lead []*html.Node
	done := false
	walk(art, func(n *html.Node) bool {
		if done || n.Type != html.ElementNode {
			return !done
		}
		if n != art && n.DataAtom != atom.Header && containerWhyNode(n) != "" {
			return false
		}
		t := collapse(textOf(n))
		if f := foldForMatch(t); f == first || n.DataAtom == atom.P && strings.Contains(f, first) {
			done = true // reached the extract
			return false
		}
		if n.DataAtom == atom.P && wordCount(t) >= minLeadWords && parseByline(t, false) == nil {
			if _, _, ok := dateLine(t); !ok {
				lead = append(lead, n)
			}
			return false
		}
		return true
	})
	if !done {
		return
	}
	ref := main.FirstChild
	for _, n := range lead {
		p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: collapse(textOf(n))})
		main.InsertBefore(p, ref)
	}
}

// firstText is the folded text of the first non-empty text node of n.
func firstText(n *html.Node) string {
	var f string
	walk(n, func(x *html.Node) bool {
		if f != "" {
			return false
		}
		if x.Type == html.TextNode {
			f = foldForMatch(x.Data)
		}
		return f == ""
	})
	return f
}

// containerWhyNode is containerWhy for a parsed element.
func containerWhyNode(n *html.Node) string {
	if why := tagWhy(n.DataAtom); why != "" {
		return why
	}
	return junkClassWhy(attr(n, "class") + " " + attr(n, "id"))
}

// insideShare is the share of n's text (by length) found in folded.
func insideShare(n *html.Node, folded *foldedIndex) float64 {
	in, all := 0, 0
	walk(n, func(x *html.Node) bool {
		if x.Type == html.TextNode {
			f := foldForMatch(x.Data)
			all += len(f)
			if folded.contains(f) {
				in += len(f)
			}
		}
		return true
	})
	if all == 0 {
		return 0
	}
	return float64(in) / float64(all)
}
