package normalize

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/leadingup/leadingup/tools/internal/vocab"
)

// DefaultMaxBytes is the default input size limit (10 MB).
const DefaultMaxBytes = 10 << 20

// DefaultCommand is the command named in the generated comment.
const DefaultCommand = "go run ./tools/leadup normalize"

// Options configure Normalize.
type Options struct {
	// Name is the input file name, used in errors and to detect the format
	// from its extension (.txt, .md, .markdown, .html, .htm); the content
	// is sniffed when the extension is missing or does not fit.
	Name string
	// SourcePath is the path printed in the generated comment (default Name).
	SourcePath string
	// Vocab maps items onto terms; without it every item is a candidate.
	Vocab *vocab.Vocabulary
	// MaxBytes limits the input size (default DefaultMaxBytes).
	MaxBytes int
	// Command is named in the generated comment (default DefaultCommand).
	Command string
}

// Result is the outcome of Normalize.
type Result struct {
	// Markdown is the rendered essay: TOML front matter and body.
	Markdown []byte
	// Report says what was found, kept and dropped.
	Report Report
}

// Report describes one normalised essay. Its JSON shape is a contract read
// by other tooling; arrays are never null.
type Report struct {
	Source     string      `json:"source"`
	Output     string      `json:"output"` // filled by the caller
	Title      string      `json:"title"`
	Authors    []string    `json:"authors"`
	Date       string      `json:"date"`
	Reasons    []ItemRef   `json:"reasons"`
	Steps      []ItemRef   `json:"steps"`
	Pitfalls   []ItemRef   `json:"pitfalls"`
	Dropped    []Dropped   `json:"dropped"`
	Candidates []Candidate `json:"candidates"`
	Warnings   []string    `json:"warnings"`
}

// Reports wraps the reports of a run: {"essays": [...]}.
type Reports struct {
	Essays []Report `json:"essays"`
}

// ItemRef is an extracted item in the report; Term is "" for a candidate.
type ItemRef struct {
	Label string `json:"label"`
	Term  string `json:"term"`
	Line  int    `json:"line"`
}

// Dropped is an input line left out of the body, with the reason. Line is
// 0 for parts of an HTML page removed as elements.
type Dropped struct {
	Line int    `json:"line"`
	Text string `json:"text"`
	Why  string `json:"why"`
}

// Candidate is an item that maps onto no vocabulary term.
type Candidate struct {
	Label    string `json:"label"`
	Taxonomy string `json:"taxonomy"`
}

// Input formats.
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
)

// DetectFormat guesses the format of src from the file name and content.
func DetectFormat(name string, src []byte) string {
	ext := strings.ToLower(filepath.Ext(name))
	head := bytes.ToLower(bytes.TrimSpace(src))
	if len(head) > 1024 {
		head = head[:1024]
	}
	looksHTML := bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		bytes.HasPrefix(head, []byte("<?xml")) && bytes.Contains(head, []byte("<html")) ||
		bytes.HasPrefix(head, []byte("<head")) || bytes.HasPrefix(head, []byte("<body")) ||
		bytes.HasPrefix(head, []byte("<meta")) || bytes.HasPrefix(head, []byte("<article")) ||
		bytes.HasPrefix(head, []byte("<!--")) && bytes.Contains(head, []byte("<html"))
	looksMD := bytes.HasPrefix(head, []byte("+++\n")) || bytes.HasPrefix(head, []byte("---\n")) ||
		bytes.HasPrefix(head, []byte("# ")) || bytes.Contains(head, []byte("\n## ")) || bytes.Contains(head, []byte("\n# "))
	switch ext {
	case ".html", ".htm", ".xhtml":
		if looksHTML || bytes.Count(head, []byte("<")) > 3 {
			return FormatHTML
		}
		if looksMD {
			return FormatMarkdown
		}
		return FormatText
	case ".md", ".markdown", ".mdown", ".mkd":
		if looksHTML {
			return FormatHTML
		}
		return FormatMarkdown
	case ".txt", ".text":
		if looksHTML {
			return FormatHTML
		}
		if bytes.HasPrefix(head, []byte("+++\n")) || bytes.HasPrefix(head, []byte("---\n")) && bytes.Contains(head[4:], []byte("\n---")) {
			return FormatMarkdown
		}
		return FormatText
	}
	switch {
	case looksHTML:
		return FormatHTML
	case looksMD:
		return FormatMarkdown
	}
	return FormatText
}

// doc is the state of one normalisation.
type doc struct {
	name      string
	opts      Options
	markdown  bool
	lines     []line
	skip      map[int]bool // dropped or consumed lines
	report    Report
	meta      meta
	fm        FrontMatter
	winEnd    int
	dateRank  int             // rank of the date found (see dateRank)
	crumbs    map[string]bool // last steps of breadcrumbs, normalised
	titleLine int             // index of the line taken as the title, or -1
}

func (d *doc) drop(n int, text, why string) {
	d.report.Dropped = append(d.report.Dropped, Dropped{Line: n, Text: text, Why: why})
}

func (d *doc) warn(format string, args ...any) {
	d.report.Warnings = append(d.report.Warnings, fmt.Sprintf(format, args...))
}

func (d *doc) dropLine(i int, why string) {
	if d.skip[i] {
		return
	}
	d.skip[i] = true
	d.drop(d.lines[i].n, d.lines[i].raw, why)
}

// Normalize turns one essay (plain text, Markdown or HTML) into a Markdown
// file with the contract's TOML front matter, and reports what it found.
// Bad input (empty, binary, invalid UTF-8, too large, broken front matter)
// gives a *Error.
func Normalize(src []byte, opts Options) (Result, error) {
	name := opts.Name
	if name == "" {
		name = "input"
	}
	max := opts.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	if len(src) > max {
		return Result{}, errorf(name, 0, 0, "file is %d bytes, more than the limit of %d", len(src), max)
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return Result{}, errorf(name, 0, 0, "empty file")
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		ln, col := position(src, i)
		return Result{}, errorf(name, ln, col, "binary file (NUL byte)")
	}
	if !utf8.Valid(src) {
		i := 0
		for i < len(src) {
			r, size := utf8.DecodeRune(src[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			i += size
		}
		ln, col := position(src, i)
		return Result{}, errorf(name, ln, col, "invalid UTF-8")
	}
	s := string(src)
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")

	d := &doc{name: name, opts: opts, skip: map[int]bool{}, titleLine: -1}
	d.report.Source = name
	format := DetectFormat(name, []byte(s))
	var hm htmlMeta
	if format == FormatHTML {
		md, m, err := htmlToMarkdown(s, d)
		if err != nil {
			return Result{}, errorf(name, 0, 0, "html: %v", err)
		}
		s, hm = md, m
		format = FormatMarkdown
		if strings.TrimSpace(s) == "" {
			return Result{}, errorf(name, 0, 0, "no article text found in the html page")
		}
	}
	first := 1
	if format == FormatMarkdown {
		d.markdown = true
		fm, body, line, err := ParseFrontMatter([]byte(s), name)
		if err != nil {
			return Result{}, err
		}
		d.fm, s, first = fm, string(body), line
	}
	d.lines = lex(s, first, d.markdown)
	d.stripHTML()
	d.extractMeta(hm)
	d.markJunk()
	d.signOff()
	d.dropRepeatedTitle()
	d.dropPullQuotes()
	d.dropTrailingNav()
	d.dropAfterEnd()
	blocks := buildBlocks(d.lines, d.skip, d.markdown)
	blocks = expandRuns(blocks)
	d.checkKept()

	c := &classifier{v: opts.Vocab, titleCue: cueOf(d.meta.title), warn: d.warn}
	if d.titleLine >= 0 && d.skip[d.titleLine] {
		if j := d.nextNonBlank(d.titleLine); j >= 0 && j < d.winEnd && d.lines[j].kind == kText && wordCount(d.lines[j].text) <= 40 {
			c.subtitle = d.lines[j].n
		}
	}
	if d.settled() && len(blocks) > 0 && blocks[0].kind == bPara {
		// normalised before: the standfirst, if any, opens the body (an
		// item there would have been written as a list item)
		c.subtitle = blocks[0].n
	}
	if c.titleCue == "none" {
		c.titleCue = ""
	}
	c.run(blocks)
	return d.finish(blocks, c.items), nil
}

// position converts a byte offset to a 1-based line and column (in runes).
func position(src []byte, off int) (int, int) {
	ln := 1 + bytes.Count(src[:off], []byte("\n"))
	start := bytes.LastIndexByte(src[:off], '\n') + 1
	return ln, utf8.RuneCount(src[start:off]) + 1
}

// expandRuns splits paragraphs of several labelled items run together into
// lists.
func expandRuns(blocks []*block) []*block {
	for _, b := range blocks {
		if b.kind != bPara {
			continue
		}
		run := splitRun(b.text)
		if run == nil {
			continue
		}
		b.kind = bList
		for _, r := range run {
			b.items = append(b.items, &listItem{n: b.n, text: r[0] + ": " + r[1], labelled: true, label: r[0], expl: r[1]})
		}
	}
	return blocks
}

// checkKept warns about nothing; it exists so that lines in skip that are
// not recorded as dropped are noticed in tests (see nothing-lost test).
func (d *doc) checkKept() {}

var reOnlyURL = regexp.MustCompile(`^<?(https?://\S+?)>?$`)

// extractMeta finds the title, bylines, date and source credit.
func (d *doc) extractMeta(hm htmlMeta) {
	m := &d.meta
	m.title = d.fm.Title
	m.authors = append(m.authors, d.fm.Authors...)
	m.date = d.fm.Date
	if m.title == "" {
		m.title = hm.h1
	}
	if m.title == "" {
		m.title = cleanSiteTitle(hm.title)
	}
	if len(m.authors) == 0 {
		m.authors = append(m.authors, hm.authors...)
	}
	if m.date == "" {
		m.date = hm.date
	}
	if d.fm.Source.URL == "" && validURL(hm.url) {
		m.srcURL = hm.url
	}
	// the top window: until the second long line or the first list after
	// a long line, at most 25 non-blank lines
	long, nonblank := 0, 0
	d.winEnd = len(d.lines)
	for i, l := range d.lines {
		if l.kind == kBlank {
			continue
		}
		nonblank++
		if wordCount(l.text) >= 20 {
			long++
		}
		if long >= 2 || nonblank > 25 || long >= 1 && (l.kind == kBullet || l.kind == kNumber) {
			d.winEnd = i
			break
		}
	}
	// a Markdown file whose front matter names the title was normalised
	// before (or written by hand): its body holds no title or byline lines
	if d.settled() {
		d.winEnd = 0
	}
	// the byline/date block anchors the title: long lines before it (a
	// disclosure, a tagline) do not end the search for the title
	anchor := d.metaAnchor()
	if anchor >= d.winEnd {
		d.winEnd = anchor + 1
	}
	// first pass: meta lines and junk; the rest are title candidates
	var cands []int
	firstPara := d.winEnd
	for i := 0; i < d.winEnd; i++ {
		l := d.lines[i]
		if l.kind == kBlank || l.kind == kFence || l.kind == kTable || l.code || d.skip[i] {
			continue
		}
		if l.kind == kNumber {
			// "8. Juni 2019" reads like a numbered item
			if iso, mo, ok := dateLine(l.text); ok {
				d.setDate(iso, mo, l.text)
				d.dropLine(i, whyDate)
				continue
			}
		}
		if l.kind == kBullet || l.kind == kNumber {
			if d.linkMenu(i) {
				d.dropLine(i, whyNav)
				continue
			}
			if why := junkLine(metaText(l)); why != "" {
				d.dropLine(i, why)
				continue
			}
			firstPara = i
			break
		}
		t := metaText(l)
		if names := nameList(t); names != nil && len(m.authors) == 0 && l.kind == kText {
			d.addAuthors(names)
			d.dropLine(i, whyByline)
			continue
		}
		if names := parseByline(t, false); names != nil && l.kind != kHeading {
			d.addAuthors(names)
			if iso, mo, _, ok := findDate(t); ok {
				d.setDate(iso, mo, t)
			}
			d.dropLine(i, whyByline)
			d.dropRole(i)
			continue
		}
		// "Alice Chen and Bob Ode" next to a date line
		if names := namePair(t); names != nil && len(m.authors) == 0 && l.kind == kText && d.nextToDate(i) {
			d.addAuthors(names)
			d.dropLine(i, whyByline)
			continue
		}
		if iso, mo, ok := dateLine(t); ok && l.kind != kHeading {
			d.setDate(iso, mo, t)
			d.dropLine(i, whyDate)
			continue
		}
		if d.credit(i, t) {
			continue
		}
		if u := reOnlyURL.FindStringSubmatch(t); u != nil {
			if m.srcURL == "" {
				m.srcURL = u[1]
			}
			d.dropLine(i, whyURL)
			continue
		}
		if why := junkLine(t); why != "" {
			if why == whyNav {
				d.noteCrumb(t)
			}
			d.dropLine(i, why)
			continue
		}
		if !hasAlnum(t) {
			d.dropLine(i, whyNav)
			continue
		}
		if len(m.authors) > 0 && containsFold(m.authors, t) {
			d.dropLine(i, whyByline)
			continue
		}
		// LinkedIn style: a name on its own line, then "Follow", a role,
		// or a date
		if nt := reHonorific.ReplaceAllString(reCreds.ReplaceAllString(t, ""), ""); len(m.authors) == 0 && nameLike(nt) && plainName(nt) && wordCount(nt) >= 2 && wordCount(nt) <= 4 && l.kind == kText && (d.nameContext(i) || d.afterMeta(i)) {
			d.addAuthors([]string{nt})
			d.dropLine(i, whyByline)
			d.dropRole(i)
			continue
		}
		// a kicker or section link above the article ("[Leadership](/leadership/)")
		if l.kind == kText && reLinkOnly.MatchString(l.text) && wordCount(t) <= 3 {
			d.dropLine(i, whyNav)
			continue
		}
		if wordCount(t) >= 20 || l.kind == kBullet || l.kind == kNumber {
			if i < anchor {
				continue
			}
			firstPara = i
			break
		}
		if (l.kind == kHeading || l.kind == kText) && wordCount(t) <= 20 && len(t) <= 160 && !(strings.HasSuffix(t, ".") && wordCount(t) > 3 && !strings.ContainsAny(t, "?!") && !isTitleCase(t)) {
			cands = append(cands, i)
		}
	}
	_ = firstPara
	if m.title == "" && len(cands) > 0 {
		best, bestScore := -1, -100
		isCand := map[int]bool{}
		for _, i := range cands {
			isCand[i] = true
		}
		// with no byline or date to anchor on, the title is the headline
		// nearest the body (a site name comes first, a tagline after it)
		nearest := -1
		if anchor < 0 {
			prose := len(d.lines) // the first line of prose (hard-wrapped or not)
			for i, l := range d.lines {
				if l.kind == kText && !d.skip[i] && wordCount(l.text) >= 10 {
					prose = i
					break
				}
			}
			for k := len(cands) - 1; k >= 0; k-- {
				if cands[k] >= prose {
					continue
				}
				if t := metaText(d.lines[cands[k]]); wordCount(t) >= 3 && !d.inMenuRun(cands[k]) {
					nearest = k
					break
				}
			}
		}
		for k, i := range cands {
			sc := d.titleScore(i, isCand)
			if k == nearest {
				sc += 2
			}
			if sc > bestScore {
				best, bestScore = k, sc
			}
		}
		// a subtitle sits between the title and the byline: the longer,
		// sentence-case line of two adjacent headline lines (a kicker such as
		// "Career Development" above a Title Case headline is not a title)
		if best > 0 {
			p, c := cands[best-1], cands[best]
			tp, tc := metaText(d.lines[p]), metaText(d.lines[c])
			adjacent := true
			for k := p + 1; k < c; k++ {
				if d.lines[k].kind != kBlank {
					adjacent = false
				}
			}
			lp, lc := d.lines[p], d.lines[c]
			prominent := lc.kind == kHeading && (lp.kind != kHeading || lc.level < lp.level)
			if adjacent && !prominent && wordCount(tp) >= 2 && (wordCount(tc) > wordCount(tp) || wordCount(tp) >= 3 && isTitleCase(tp)) && !isTitleCase(tc) && !d.inMenuRun(p) &&
				!labelLine(tp) && !strings.Contains(tp, "|") && strings.Count(tp, "·") == 0 {
				best--
			}
		}
		i := cands[best]
		d.titleLine = i
		m.title = cleanHeading(metaText(d.lines[i]))
		if k := strings.Index(m.title, " | "); k > 0 && wordCount(m.title[:k]) >= 2 {
			m.title = strings.TrimSpace(m.title[:k])
		}
		d.dropLine(i, whyTitleLine)
		// a lone name just under the title is the byline
		if len(m.authors) == 0 && best+1 < len(cands) {
			j := cands[best+1]
			t := metaText(d.lines[j])
			if nameLike(t) && plainName(t) && wordCount(t) >= 2 && wordCount(t) <= 4 && d.nextNonBlank(i) == j {
				d.addAuthors([]string{t})
				d.dropLine(j, whyByline)
			}
		}
		chrome := false // a junk line between the candidate and the title
		for k := cands[0]; k < i; k++ {
			if d.skip[k] && d.whyDropped(k) != whyByline && d.whyDropped(k) != whyDate {
				chrome = true
			}
		}
		for _, j := range cands[:best] {
			if t := d.lines[j].text; wordCount(t) <= 6 || strings.Contains(t, " | ") || strings.Contains(t, " · ") || chrome && d.chromeBetween(j, i) {
				d.dropLine(j, whyNav)
			}
		}
	}
	// a date line further down ("Last reviewed: 14 September 2023")
	if m.date == "" && !d.settled() {
		for i := d.winEnd; i < len(d.lines); i++ {
			l := d.lines[i]
			if l.kind != kText || l.code || d.skip[i] || wordCount(l.text) > 8 || !reDateLabel.MatchString(l.text) {
				continue
			}
			if iso, mo, ok := dateLine(l.text); ok {
				m.date, m.dateMonth = iso, mo
				d.dropLine(i, whyDate)
				break
			}
		}
	}
	// a byline at the end of the post ("Posted by Jane Roe at 9:14 AM")
	if len(m.authors) == 0 && !d.settled() {
		for i := d.winEnd; i < len(d.lines); i++ {
			l := d.lines[i]
			if l.kind != kText || l.code || d.skip[i] || wordCount(l.text) > 12 || !rePostedBy.MatchString(l.text) {
				continue
			}
			if names := parseByline(metaText(l), false); names != nil {
				d.addAuthors(names)
				d.dropLine(i, whyByline)
			}
			break
		}
	}
	// credits anywhere ("Originally published at ...")
	for i := 0; i < len(d.lines) && !d.settled(); i++ {
		l := d.lines[i]
		if l.kind == kBlank || l.code || d.skip[i] || wordCount(l.text) > 30 {
			continue
		}
		t := strings.TrimSpace(stripInline(l.text))
		if reOrig.MatchString(t) || (reCredit.MatchString(t) || reSource.MatchString(t)) && (reQuoted.MatchString(t) || reURL.MatchString(t)) {
			d.credit(i, t)
		}
	}
	if m.title == "" {
		m.title = m.srcTitle
	}
	// a page that names no author of its own but credits an essay by title
	// is about that essay (a handout, a summary): it takes the essay's
	// title and author, and its own heading stays in the body
	if len(m.authors) == 0 && m.srcTitle != "" && m.srcAuthor != "" && !d.settled() {
		if d.titleLine >= 0 {
			d.undrop(d.titleLine)
		}
		m.title = m.srcTitle
		d.addAuthors([]string{m.srcAuthor})
	}
	m.title = fixCaps(m.title)
	if m.title == "" {
		m.title = titleFromName(d.name)
		d.warn("no title found; using the file name")
	}
	if m.dateMonth {
		d.warn("date %s: only the month is known; using its first day", m.date)
	}
	if len(m.authors) == 0 {
		d.warn("no byline found")
	}
}

func (d *doc) addAuthors(names []string) {
	for _, n := range names {
		n = strings.TrimPrefix(n, "the ")
		if wordCount(n) >= 2 {
			n = fixCaps(n)
		}
		d.meta.authors = appendUnique(d.meta.authors, n)
	}
}

var reLinkOnly = regexp.MustCompile(`^\[[^\]]{1,40}\]\([^)\s]+\)$`)

var reLinkBullet = regexp.MustCompile(`^[-*+]\s+\[[^\]]{1,60}\]\([^)\s]+\)$`)

// linkMenu reports whether line i is a bullet that is nothing but a link,
// in a run of two or more such bullets (a Markdown menu or a link list).
func (d *doc) linkMenu(i int) bool {
	ok := func(j int) bool {
		l := d.lines[j]
		return l.kind == kBullet && !l.code && reLinkBullet.MatchString(l.text)
	}
	if !ok(i) {
		return false
	}
	return i > 0 && ok(i-1) || i+1 < len(d.lines) && ok(i+1)
}

var reAnchorLink = regexp.MustCompile(`^(?:[-*+]\s+|\d+[.)]\s+)?\[[^\]]+\]\(#[^)\s]*\)$`)

var rePostedBy = rx(`^posted by\s+\p{Lu}`)

var reDateLabel = rx(`^(?:last )?(?:reviewed|updated|modified|published|posted|revised)\b`)

var reCrumbSep = regexp.MustCompile(`\s(?:>|»|›|/|→)\s`)

// noteCrumb remembers the last step of a breadcrumb line.
func (d *doc) noteCrumb(t string) {
	parts := reCrumbSep.Split(t, -1)
	if len(parts) < 2 {
		return
	}
	if d.crumbs == nil {
		d.crumbs = map[string]bool{}
	}
	d.crumbs[normTitle(parts[len(parts)-1])] = true
}

// settled reports whether the input is Markdown with a title in its front
// matter; position-dependent guesses (title and byline lines at the top,
// author bios at the end) are then left alone, which keeps Normalize
// idempotent.
func (d *doc) settled() bool {
	return d.markdown && d.fm.Title != ""
}

// chromeBetween reports whether a junk line lies between lines j and i.
func (d *doc) chromeBetween(j, i int) bool {
	for k := j + 1; k < i; k++ {
		if d.skip[k] {
			switch d.whyDropped(k) {
			case whyByline, whyDate, whyCredit, whyTitleLine:
			default:
				return true
			}
		}
	}
	return false
}

// undrop puts a dropped line back.
func (d *doc) undrop(i int) {
	delete(d.skip, i)
	n := d.lines[i].n
	for k := len(d.report.Dropped) - 1; k >= 0; k-- {
		if d.report.Dropped[k].Line == n {
			d.report.Dropped = append(d.report.Dropped[:k], d.report.Dropped[k+1:]...)
			return
		}
	}
}

func (d *doc) nextNonBlankAny(i int) int {
	for j := i + 1; j < len(d.lines); j++ {
		if d.lines[j].kind != kBlank {
			return j
		}
	}
	return -1
}

func (d *doc) nextNonBlank(i int) int {
	for j := i + 1; j < len(d.lines); j++ {
		if d.lines[j].kind != kBlank && !d.skip[j] {
			return j
		}
	}
	return -1
}

// plainName rejects title-like phrases ("A Field Guide", "How We Work").
func plainName(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch w {
		case "a", "an", "the", "how", "why", "what", "when", "your", "my", "our", "to", "of", "in", "for", "with",
			"and", "up", "on", "is", "are", "we", "you", "it", "this", "that", "lead", "leading", "leader", "leaders",
			"manager", "managers", "boss", "teams", "work", "article", "magazine", "story", "news", "blog", "post",
			"opinion", "feature", "review", "interview", "column", "series", "podcast", "newsletter", "issue", "edition", "development", "resources", "advice", "insights", "library", "center", "centre", "guide", "notes", "tips", "ways":
			return false
		}
	}
	return true
}

// fixCaps turns an ALL CAPS title into Title Case.
func fixCaps(s string) string {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 4 || strings.ToUpper(s) != s || strings.ToLower(s) == s {
		return s
	}
	small := map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true, "to": true,
		"in": true, "on": true, "at": true, "for": true, "by": true, "with": true, "from": true, "as": true, "vs": true}
	f := strings.Fields(strings.ToLower(s))
	for i, w := range f {
		if i > 0 && small[w] {
			continue
		}
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		f[i] = string(r)
	}
	return strings.Join(f, " ")
}

func metaText(l line) string {
	t := l.text
	if l.kind == kHeading {
		t = l.body
	}
	return strings.TrimSpace(stripInline(t))
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// titleScore rates a title candidate: a title sits just above the byline
// or date, has a few words, and is often repeated further down.
func (d *doc) titleScore(i int, isCand map[int]bool) int {
	l := d.lines[i]
	t := metaText(l)
	w := wordCount(t)
	sc := 0
	switch {
	case w <= 1:
		sc -= 3
	case w == 2:
		sc--
	default:
		sc++
	}
	if l.kind == kHeading && l.level == 1 {
		sc += 2
	}
	if strings.Contains(t, " | ") || strings.Count(t, "|") >= 2 {
		sc -= 2
	}
	if w > 16 {
		sc -= 2
	}
	// the last step of a breadcrumb ("Home > Guides > Working with your
	// manager") names the page
	if nt := normTitle(t); nt != "" && d.crumbs[nt] {
		sc += 4
	}
	if isTitleCase(t) {
		sc++
	}
	if strings.HasSuffix(t, "?") && w >= 5 {
		sc++ // forum and Q&A titles are questions
	}
	// the nearest headline before the byline/date block is the title; a
	// standfirst sentence may sit between them, another candidate may not
	between := 0
	for j := i + 1; j < len(d.lines) && between < 2; j++ {
		if d.lines[j].kind == kBlank {
			continue
		}
		why := d.whyDropped(j)
		if why == whyByline || why == whyDate || why == whyCredit || why == whyReadTime {
			sc += 4 - 2*between
			break
		}
		if why == "" {
			if isCand[j] {
				break
			}
			between++
		}
	}
	// Blogger style: the date header above the post title, prose after it
	if p := d.prevNonBlankAny(i); p >= 0 && d.whyDropped(p) == whyDate && w >= 3 {
		if j := d.nextNonBlankAny(i); j >= 0 && d.lines[j].kind == kText && wordCount(d.lines[j].text) >= 20 {
			sc += 5
		}
	}
	if d.inMenuRun(i) {
		sc -= 4
	}
	if labelLine(t) || reNofM.MatchString(t) || len(reCrumbSep.FindAllString(t, -1)) >= 1 || strings.Contains(t, " · ") {
		sc -= 3
	}
	// site chrome: a name followed by navigation or prompts
	if j := d.nextNonBlankAny(i); j >= 0 {
		switch d.whyDropped(j) {
		case whyNav, whyLogin, whyNewsletter, whyShare, whyCookie, whyTags:
			sc -= 3
		}
	}
	nt := normTitle(t)
	for j := i + 1; j < len(d.lines); j++ {
		if l := d.lines[j]; l.kind != kBlank && len(l.text) < 2*len(t)+10 && normTitle(metaText(l)) == nt {
			sc++
			break
		}
	}
	return sc
}

var (
	reLabelLine = regexp.MustCompile(`^[\p{L}][\p{L}&'’\-]*(?:\s+[\p{L}&'’\-]+){0,2}\s*:\s+\S`)
	reNofM      = rx(`\b\d+\s*(?:of|/|von|de|sur|di)\s*\d+\b`)
)

// labelLine: "Category: Leadership", "Photo: Jane Roe" (a one-word label,
// or a short value after the colon), not "Leading up: a guide for new staff".
func labelLine(t string) bool {
	if !reLabelLine.MatchString(t) {
		return false
	}
	i := strings.Index(t, ":")
	return wordCount(t[:i]) == 1 || wordCount(t[i+1:]) <= 3
}

// shortLine: one to four words, no final punctuation (a menu entry).
func shortLine(t string) bool {
	w := wordCount(t)
	return w >= 1 && w <= 4 && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "!") && !strings.HasSuffix(t, ":")
}

// inMenuRun reports whether line i belongs to a run of three or more
// consecutive short lines (blank lines end a run unless every line of the
// paste is separated by one) that are not bylines or dates.
func (d *doc) inMenuRun(i int) bool {
	ok := func(j int) bool {
		l := d.lines[j]
		if l.kind == kBlank || l.code {
			return false
		}
		switch d.whyDropped(j) {
		case whyByline, whyDate, whyCredit:
			return false
		}
		return shortLine(metaText(l))
	}
	if !ok(i) {
		return false
	}
	n := 1
	for j := i - 1; j >= 0 && ok(j); j-- {
		n++
	}
	for j := i + 1; j < len(d.lines) && ok(j); j++ {
		n++
	}
	return n >= 3
}

// metaAnchor finds the first byline or date line near the top: at most 40
// non-blank lines and two long lines in; -1 when there is none.
func (d *doc) metaAnchor() int {
	if d.settled() {
		return -1
	}
	nonblank, long := 0, 0
	for i, l := range d.lines {
		if l.kind == kBlank || l.code || d.skip[i] {
			continue
		}
		nonblank++
		t := metaText(l)
		if wordCount(t) >= 20 {
			long++
		}
		if nonblank > 40 || long > 2 {
			return -1
		}
		if l.kind != kText || wordCount(t) > 24 {
			continue
		}
		if parseByline(t, false) != nil {
			return i
		}
		if _, _, ok := dateLine(t); ok {
			return i
		}
	}
	return -1
}

func (d *doc) whyDropped(i int) string {
	n := d.lines[i].n
	for k := len(d.report.Dropped) - 1; k >= 0; k-- {
		if d.report.Dropped[k].Line == n {
			return d.report.Dropped[k].Why
		}
	}
	return ""
}

var reRole = rx(`\s(?:at|chez|bei|presso|bij|@)\s|\||^(?:senior |chief |former |lead |principal |staff )?(?:ceo|cto|coo|cfo|founder|co-founder|director|manager|head of|editor|author|writer|coach|consultant|speaker|mentor|vp|vice president|president|professor|engineer|partner|teamleiter\w*|directrice|directeur|gerente|responsable)\b`)

// dropRole drops the job title line just under a byline.
// reRoleOrg: "Senior Content Lead, Teamloop" (a job title, then the employer).
var reRoleOrg = rx(`^(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:lead|specialist|officer|strategist|marketer|writer|editor|manager|director|consultant|coach|partner|analyst|designer|engineer)\s*,\s*\p{Lu}[\p{L}&.'’ -]{1,40}$`)

func (d *doc) dropRole(i int) {
	for j := i + 1; j < len(d.lines) && j <= i+2; j++ {
		l := d.lines[j]
		if l.kind == kBlank || d.skip[j] || containsFold(d.meta.authors, l.text) {
			continue // a repeated name ("Jane Roe" twice on LinkedIn)
		}
		t := l.text
		if l.kind == kText && wordCount(t) <= 15 && !endsSentence(t) && (reRole.MatchString(t) || reRoleOrg.MatchString(t)) && junkLine(t) == "" {
			if _, _, ok := dateLine(t); !ok {
				d.dropLine(j, whyBio)
			}
		}
		return
	}
}

// reDateRank ranks labelled dates: the publication date wins over an update,
// and received/accepted/reviewed dates never date the essay.
var (
	reDatePub   = rx(`\b(?:published|posted|first published|originally published|publié|veröffentlicht|publicado|pubblicato|gepubliceerd|issued|released)\b`)
	reDateUpd   = rx(`\b(?:updated|modified|edited|revised|aktualisiert|mis à jour|actualizado|aggiornato|bijgewerkt)\b`)
	reDateNever = rx(`\b(?:received|accepted|reviewed|review date|next review|expires?|expiry|valid until|deadline|due)\b`)
)

var reDateLastRev = rx(`^(?:page )?last reviewed\b`)

func dateRank(t string) int {
	switch {
	case reDatePub.MatchString(t):
		return 1
	case reDateLastRev.MatchString(t):
		return 4 // "Last reviewed: 22/01/2024" dates a guide when nothing better does
	case reDateNever.MatchString(t):
		return 9
	case reDateUpd.MatchString(t):
		return 3
	}
	return 2
}

// setDate keeps the best-ranked date seen so far.
func (d *doc) setDate(iso string, monthOnly bool, t string) {
	r := dateRank(t)
	if r == 9 {
		return
	}
	if d.meta.date == "" || r < d.dateRank {
		d.meta.date, d.meta.dateMonth, d.dateRank = iso, monthOnly, r
	}
}

var reNameAnd = regexp.MustCompile(`\s+(?:and|&|und|et|y|e)\s+`)

// namePair reads "Alice Chen and Bob Ode" (two plain names).
func namePair(t string) []string {
	parts := reNameAnd.Split(t, -1)
	if len(parts) != 2 {
		return nil
	}
	for _, p := range parts {
		if !nameLike(p) || !plainName(p) || wordCount(p) < 2 || wordCount(p) > 4 {
			return nil
		}
	}
	return parts
}

// nextToDate reports whether the next or previous non-blank line is a date.
func (d *doc) nextToDate(i int) bool {
	for _, j := range []int{d.nextNonBlankAny(i), d.prevNonBlankAny(i)} {
		if j >= 0 {
			if _, _, ok := dateLine(d.lines[j].text); ok {
				return true
			}
		}
	}
	return false
}

func (d *doc) prevNonBlankAny(i int) int {
	for j := i - 1; j >= 0; j-- {
		if d.lines[j].kind != kBlank {
			return j
		}
	}
	return -1
}

// afterMeta reports whether the line before i is a byline or date line.
func (d *doc) afterMeta(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if d.lines[j].kind == kBlank {
			continue
		}
		why := d.whyDropped(j)
		return why == whyByline || why == whyDate
	}
	return false
}

// nameContext reports whether the lines after i look like a profile header.
func (d *doc) nameContext(i int) bool {
	seen := 0
	for j := i + 1; j < len(d.lines) && seen < 3; j++ {
		t := d.lines[j].text
		if t == "" {
			continue
		}
		seen++
		lt := strings.ToLower(t)
		if strings.HasSuffix(lt, "follow") || strings.Contains(lt, "min read") {
			return true
		}
		if _, _, ok := dateLine(t); ok {
			return true
		}
		if strings.HasPrefix(lt, "published") || strings.HasPrefix(lt, "posted") {
			return true
		}
	}
	return false
}

func (d *doc) credit(i int, t string) bool {
	title, author, url, unknown, ok := parseCredit(t)
	if !ok {
		return false
	}
	m := &d.meta
	if !m.credit || m.srcTitle == "" && title != "" {
		if title != "" {
			m.srcTitle = title
		}
		if author != "" {
			m.srcAuthor = author
		}
		if unknown {
			m.unknownAuthor = true
		}
	}
	if url != "" && m.srcURL == "" {
		m.srcURL = url
	}
	m.credit = true
	d.dropLine(i, whyCredit)
	return true
}

var reSiteSuffix = regexp.MustCompile(`\s+(?:\||–|—|-|::|·)\s+[^|–—]{1,60}$`)

func cleanSiteTitle(t string) string {
	t = collapse(t)
	if s := reSiteSuffix.ReplaceAllString(t, ""); s != "" && wordCount(s) >= 2 {
		return s
	}
	return t
}

// markJunk drops junk lines and junk sections.
func (d *doc) markJunk() {
	nonblank := 0
	for i := range d.lines {
		if d.lines[i].kind != kBlank {
			nonblank++
		}
	}
	seen, longSeen := 0, 0
	for i := 0; i < len(d.lines); i++ {
		l := d.lines[i]
		if l.kind == kBlank {
			continue
		}
		seen++
		if d.skip[i] {
			continue
		}
		t := l.text
		if l.kind == kHeading {
			t = cleanHeading(l.body) // as it will be written
		}
		if l.kind == kBullet {
			t = l.body
		}
		if l.kind == kQuote {
			t = "> " + l.body // as it will be written
		}
		if strings.HasSuffix(t, `\`) && !strings.HasSuffix(t, `\\`) {
			t = strings.TrimSuffix(t, `\`) // a hard line break is not written back
		}
		t = strings.TrimSpace(strings.ReplaceAll(t, "\t", " ")) // a lone tab row is written as text
		if l.kind == kFence || l.code {
			continue
		}
		w := wordCount(t)
		afterContent := i >= d.winEnd && longSeen >= 1
		if w <= 6 && reTOC.MatchString(strings.Trim(t, "#*_: ")) {
			d.dropSection(i, whyNav)
			continue
		}
		// junk sections
		lineWhy := junkLine(stripInline(t))
		if lineWhy == "" && (l.kind == kText || l.kind == kTable) && strings.HasSuffix(t, ":") && w <= 12 {
			// "0:" may be written back as a heading without its colon
			lineWhy = junkLine(stripInline(strings.TrimSuffix(t, ":")))
		}
		if w <= 20 && afterContent {
			if why := sectionJunkWith(t, lineWhy); why != "" {
				if why == whyComments {
					d.dropRest(i, whyComments)
					return
				}
				d.dropSection(i, why)
				continue
			}
			if commentShaped(t) && longSeen >= 3 && d.commentCluster(i) {
				start := i
				// the commenter's name and title just above
				for k, back := i-1, 0; k >= 0 && back < 3; k-- {
					if d.lines[k].kind == kBlank {
						continue
					}
					pt := d.lines[k].text
					if d.skip[k] || wordCount(pt) > 12 || endsSentence(pt) || d.lines[k].kind == kHeading {
						break
					}
					start = k
					back++
				}
				d.dropRest(start, whyComments)
				return
			}
		}
		if w >= 20 {
			longSeen++
		}
		why := lineWhy
		if why == "" && reAnchorLink.MatchString(l.text) {
			why = whyNav // "- [Practices](#practices)": a table of contents
		}
		if why == "" && d.linkMenu(i) {
			why = whyNav // "* [Services](https://…)": a menu or a list of links
		}
		if why == "" && (l.kind == kText || l.kind == kTable && !isSeparatorRow(l.cells)) && !hasAlnum(t) && !strings.ContainsAny(t, "<>") {
			why = "separator"
		}
		if why == "" && (l.kind == kBullet || l.kind == kNumber) && strings.TrimSpace(strings.TrimSuffix(l.body, `\`)) == "" {
			why = "separator" // "* \": an empty list entry
		}
		if why != "" && (l.kind == kNumber && why == whyNav || (l.kind == kNumber || l.kind == kBullet) && (why == whyReadTime || why == whyComment || why == whyCookie)) &&
			!(w <= 4 && reRelTime.MatchString(t)) && !(w <= 2 && reFollowWord.MatchString(t)) { // "· 4 yr. ago", "+ Follow" are never list items
			why = ""
		}
		if why == whyComments && !afterContent {
			why = whyComment
		}
		if why != "" {
			d.dropLine(i, why)
			continue
		}
		// an author box mid-page: the author's name alone, then a bio
		if !d.settled() && l.kind == kText && containsFold(d.meta.authors, t) {
			if j := d.nextNonBlank(i); j >= 0 && d.lines[j].kind == kText && j == d.nextNonBlankAny(i) {
				if bt := d.lines[j].text; wordCount(bt) <= 60 && d.aboutAuthor(bt) && (reBio.MatchString(bt) || reBio2.MatchString(bt)) {
					d.dropLine(i, whyBio)
					d.dropLine(j, whyBio)
					continue
				}
			}
		}
		// author bio near the end
		if !d.settled() && seen*10 >= nonblank*7 && w <= 80 && l.kind == kText && (reBio.MatchString(t) && d.aboutAuthor(t) && (reBioCue.MatchString(t) || reBioAt.MatchString(t) || d.lastLines(i, 2)) || w <= 40 && containsAny(strings.ToLower(t), bio2Needs) && reBio2.MatchString(t)) {
			d.dropLine(i, whyBio)
			continue
		}
	}
}

var reBioCue = rx(`\b(?:covering|covers|reports on|specialis\w+ in|speciali[sz]es in|writes|writing|author of|founder of|co-founder of|lives (?:in|with)|her work|his work|their work|books?|podcast|newsletter|blog|follow|website|linkedin|twitter|speaker|consultant|coach|columnist|contributor)\b`)

// lastLines reports whether line i is among the last n non-blank lines
// that are not dropped.
func (d *doc) lastLines(i, n int) bool {
	k := 0
	for j := len(d.lines) - 1; j > i; j-- {
		if d.lines[j].kind != kBlank && !d.skip[j] {
			k++
			if k >= n {
				return false
			}
		}
	}
	return true
}

// aboutAuthor reports whether a bio line names one of the essay's authors
// (a guest's bio in an interview is content).
func (d *doc) aboutAuthor(t string) bool {
	if len(d.meta.authors) == 0 {
		return true
	}
	lt := strings.ToLower(t)
	for _, a := range d.meta.authors {
		for _, w := range strings.Fields(strings.ToLower(a)) {
			if len(w) > 2 && strings.Contains(lt, w) {
				return true
			}
		}
	}
	return false
}

var bio2Needs = []string{"writes", "lives", "follow", "find", "reach", "connect", "author of"}

// commentCluster: at least three comment-shaped lines among the next nine
// non-blank lines (counting line i).
func (d *doc) commentCluster(i int) bool {
	n, seen := 0, 0
	for j := i; j < len(d.lines) && seen < 9; j++ {
		if d.lines[j].kind == kBlank {
			continue
		}
		seen++
		if commentShaped(d.lines[j].text) {
			n++
		}
	}
	return n >= 3
}

func (d *doc) dropRest(i int, why string) {
	forum := why == whyComments && d.isForum()
	for j := i; j < len(d.lines); j++ {
		if d.lines[j].kind == kBlank || d.skip[j] {
			continue
		}
		if forum && wordCount(d.lines[j].text) >= 10 && junkLine(d.lines[j].text) == "" {
			// in a forum thread the replies are the content
			continue
		}
		d.dropLine(j, why)
	}
}

var reForum = rx(`^level \d+$|^u/[\w-]+$|\bposted by u/|^r/[\w-]+$|^\d+ (?:points|upvotes|votes)$|^(?:best|top|new|controversial|old) answers?$|^answered\b.{0,40}$|^\d+ answers?$`)

// isForum reports a pasted forum or Q&A thread, whose replies are content.
func (d *doc) isForum() bool {
	n := 0
	for _, l := range d.lines {
		if l.kind != kBlank && wordCount(l.text) <= 6 && reForum.MatchString(l.text) {
			n++
		}
	}
	return n >= 2
}

// dropSection drops a junk heading and what follows it, until a real
// heading or a long line.
func (d *doc) dropSection(i int, why string) {
	d.dropLine(i, why)
	limit := 15
	if why == whyBio {
		limit = 90
	}
	entries, lastKind := 0, kBlank
	for j := i + 1; j < len(d.lines); j++ {
		l := d.lines[j]
		if l.kind == kBlank {
			// a blank line after the entries ends the section, unless the
			// list goes on
			if entries > 0 {
				if k := d.nextNonBlank(j); k < 0 || !(lastKind == kBullet || lastKind == kNumber) || d.lines[k].kind != lastKind {
					return
				}
			}
			continue
		}
		if d.skip[j] {
			continue
		}
		if l.kind == kHeading && sectionJunk(l.body) == "" {
			return
		}
		entries++
		lastKind = l.kind
		if wordCount(l.text) > limit {
			return
		}
		t := metaText(l)
		if sj := sectionJunk(t); sj == whyComments {
			d.dropRest(j, whyComments)
			return
		} else if sj != "" {
			why = sj
		}
		if w := junkLine(t); w != "" {
			d.dropLine(j, w)
			continue
		}
		d.dropLine(j, why)
	}
}

// dropPullQuotes drops short lines that repeat, word for word, a sentence
// of a longer paragraph elsewhere (pull quotes pasted with the article).
func (d *doc) dropPullQuotes() {
	if d.settled() || len(d.lines) > 20000 {
		return
	}
	var long []string
	for i, l := range d.lines {
		if !d.skip[i] && (l.kind == kText || l.kind == kBullet || l.kind == kNumber) && wordCount(l.text) > 25 {
			long = append(long, normTitle(l.text))
		}
	}
	if len(long) == 0 {
		return
	}
	all := " " + strings.Join(long, " | ") + " "
	for i, l := range d.lines {
		if d.skip[i] || l.code || !(l.kind == kText || l.kind == kQuote) {
			continue
		}
		w := wordCount(l.text)
		if w < 6 || w > 25 {
			continue
		}
		// a pull quote is a sentence or a quotation, not a heading
		if t := strings.TrimSpace(l.text); l.kind == kText && !endsSentence(t) && !strings.ContainsRune("\"“«'‘", []rune(t)[0]) {
			continue
		}
		if n := normTitle(l.text); strings.Contains(all, " "+n+" ") {
			d.dropLine(i, "pull quote")
		}
	}
}

func normTitle(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(stripInline(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// dropRepeatedTitle drops later copies of the title.
func (d *doc) dropRepeatedTitle() {
	nt := normTitle(d.meta.title)
	if nt == "" {
		return
	}
	for i, l := range d.lines {
		if l.kind == kBlank || l.code || d.skip[i] {
			continue
		}
		t := l.text
		if l.kind == kHeading {
			t = l.body
		}
		if len(t) > 2*len(d.meta.title)+40 {
			continue
		}
		n := normTitle(t)
		if n == nt || strings.HasPrefix(n, nt+" ") && wordCount(n)-wordCount(nt) <= 4 && reSiteSuffix.MatchString(t) {
			why := whyTitle
			d.dropLine(i, why)
		}
	}
}

// finish builds the front matter, the body and the report.
func (d *doc) finish(blocks []*block, items []item) Result {
	m := d.meta
	fm := d.fm
	fm.Title = m.title
	fm.Date = m.date
	fm.Authors = m.authors
	if fm.Summary == "" {
		fm.Summary = d.summary(blocks)
	}
	if fm.Source.URL != "" && !validURL(fm.Source.URL) {
		d.warn("source url %q is not an http(s) URL; left out", fm.Source.URL)
		fm.Source.URL = ""
	}
	if fm.Source.Title == "" {
		// no credited title: the source is the essay itself
		if fm.Source.URL != "" && m.srcURL == "" {
			m.srcURL = fm.Source.URL
		}
		fm.Source = Source{}
		switch {
		case m.credit:
			fm.Source = Source{Title: m.srcTitle, Author: m.srcAuthor, URL: m.srcURL}
			if fm.Source.Title == "" {
				fm.Source.Title = m.title
			}
			if fm.Source.Author == "" && !m.unknownAuthor && m.srcTitle == "" && len(m.authors) > 0 {
				fm.Source.Author = m.authors[0]
			}
		default:
			fm.Source = Source{Title: m.title, URL: m.srcURL}
			if len(m.authors) > 0 {
				fm.Source.Author = m.authors[0]
			}
		}
	}
	if fm.Source.URL != "" && !validURL(fm.Source.URL) {
		d.warn("source url %q is not an http(s) URL; left out", fm.Source.URL)
		fm.Source.URL = ""
	}
	r := &d.report
	r.Title, r.Date = fm.Title, fm.Date
	r.Authors = append([]string{}, fm.Authors...)
	r.Reasons, r.Steps, r.Pitfalls = []ItemRef{}, []ItemRef{}, []ItemRef{}
	r.Candidates = []Candidate{}
	fm.Items = nil
	for _, it := range items {
		fm.Items = append(fm.Items, Item{Taxonomy: it.tax, Term: it.term, Label: it.label, Gist: it.gist})
		ref := ItemRef{Label: it.found, Term: it.term, Line: it.line}
		switch it.tax {
		case "reasons":
			r.Reasons = append(r.Reasons, ref)
			if it.term != "" {
				fm.Reasons = appendUnique(fm.Reasons, it.term)
			}
		case "steps":
			r.Steps = append(r.Steps, ref)
			if it.term != "" {
				fm.Steps = appendUnique(fm.Steps, it.term)
			}
		case "pitfalls":
			r.Pitfalls = append(r.Pitfalls, ref)
			if it.term != "" {
				fm.Pitfalls = appendUnique(fm.Pitfalls, it.term)
			}
		}
		if it.term == "" {
			r.Candidates = append(r.Candidates, Candidate{Label: it.found, Taxonomy: it.tax})
		}
	}
	if d.opts.Vocab == nil && len(items) > 0 {
		d.warn("no vocabulary given; every item is a candidate")
	}
	if r.Dropped == nil {
		r.Dropped = []Dropped{}
	}
	if r.Warnings == nil {
		r.Warnings = []string{}
	}
	sort.SliceStable(r.Dropped, func(i, j int) bool { return r.Dropped[i].Line < r.Dropped[j].Line })
	src := d.opts.SourcePath
	if src == "" {
		src = d.name
	}
	cmd := d.opts.Command
	if cmd == "" {
		cmd = DefaultCommand
	}
	comment := fmt.Sprintf("Generated by %q from %s. Edit the source and run it again.", cmd, filepath.ToSlash(src))
	var out strings.Builder
	out.WriteString(fm.Encode(comment))
	body := renderBody(blocks)
	if body != "" {
		out.WriteString(body)
	}
	return Result{Markdown: []byte(out.String()), Report: *r}
}

// summary: the first substantial paragraph's first one or two sentences.
func (d *doc) summary(blocks []*block) string {
	for _, b := range blocks {
		if b.kind != bPara || b.labelled || wordCount(b.text) < 12 {
			continue
		}
		t := cleanText(b.text)
		st := sentenceStarts(t)
		one := t
		if len(st) > 1 {
			one = strings.TrimSpace(t[:st[1]])
		}
		two := one
		if len(st) > 2 {
			two = strings.TrimSpace(t[:st[2]])
		} else if len(st) == 2 {
			two = t
		}
		if len([]rune(two)) <= 300 && len([]rune(one)) < 160 {
			return two
		}
		s, cut := shorten(one, 300)
		if cut {
			d.warn("summary shortened to 300 characters")
		}
		return s
	}
	return ""
}

// WriteFileAtomic writes data to path through a temporary file in the same
// directory and a rename, so readers never see a half-written file.
func WriteFileAtomic(path string, data []byte, perm os.FileMode) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, perm)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

var (
	reTag         = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)
	reHandler     = regexp.MustCompile(`(?i)\son[a-z]+\s*=`)
	reScriptOpen  = regexp.MustCompile(`(?i)<(script|style)\b`)
	reHTMLComment = regexp.MustCompile(`<!--.*?-->`)
)

// stripHTML removes raw HTML from a text or Markdown body: script and style
// elements with their content, comments and tags (their text is kept). Each
// removal is reported; nothing of it reaches the output.
func (d *doc) stripHTML() {
	inScript, inComment := "", false
	for i := range d.lines {
		l := &d.lines[i]
		if l.kind == kFence || l.kind == kBlank {
			continue
		}
		if l.code {
			continue
		}
		raw := l.raw
		if inScript != "" {
			d.dropLine(i, "script")
			if strings.Contains(strings.ToLower(raw), "</"+inScript) {
				inScript = ""
			}
			continue
		}
		if inComment {
			d.dropLine(i, "html comment")
			if strings.Contains(raw, "-->") {
				inComment = false
			}
			continue
		}
		if !strings.Contains(raw, "<") {
			continue
		}
		var removed []string
		if m := reScriptOpen.FindStringSubmatchIndex(raw); m != nil && !escapedAt(raw, m[0]) {
			name := strings.ToLower(raw[m[2]:m[3]])
			d.warn("line %d: removed <%s> element", l.n, name)
			rest := raw[m[0]:]
			if j := strings.Index(strings.ToLower(rest), "</"+name); j >= 0 {
				end := j + len(name) + 2
				if k := strings.Index(rest[end:], ">"); k >= 0 {
					end += k + 1
				}
				removed = append(removed, rest[:end])
				raw = raw[:m[0]] + rest[end:]
			} else {
				removed = append(removed, rest)
				raw = raw[:m[0]]
				inScript = name
			}
		}
		raw = reHTMLComment.ReplaceAllStringFunc(raw, func(c string) string {
			removed = append(removed, c)
			return ""
		})
		if k := strings.Index(raw, "<!--"); k >= 0 && !escapedAt(raw, k) {
			removed = append(removed, raw[k:])
			raw = raw[:k]
			inComment = true
		}
		raw = replaceUnescaped(reTag, raw, func(t string) string {
			if reHandler.MatchString(t) {
				d.warn("line %d: removed event handler in raw html", l.n)
			}
			removed = append(removed, t)
			return ""
		})
		if len(removed) == 0 {
			continue
		}
		d.drop(l.n, strings.Join(removed, " "), "raw html")
		nl := lex(raw, l.n, d.markdown)[0]
		if strings.TrimSpace(nl.text) == "" {
			d.skip[i] = true
		}
		*l = nl
	}
}

func escapedAt(s string, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && s[j] == '\\'; j-- {
		n++
	}
	return n%2 == 1
}

func replaceUnescaped(re *regexp.Regexp, s string, f func(string) string) string {
	var b strings.Builder
	last := 0
	for _, m := range re.FindAllStringIndex(s, -1) {
		if escapedAt(s, m[0]) {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(f(s[m[0]:m[1]]))
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// validURL accepts absolute http(s) URLs without spaces or markup.
func validURL(u string) bool {
	return reURL.FindString(u) == u && u != "" && !strings.ContainsAny(u, "<>\"'` \\")
}

// OutputPath is where the essay made from input goes: dir/<slug>.md, the
// slug being the input's file name without its extension.
func OutputPath(dir, input string) string {
	base := filepath.Base(input)
	if ext := filepath.Ext(base); ext != "" && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	return filepath.Join(dir, base+".md")
}

// MarshalReports encodes reports as indented JSON in the contract's shape,
// {"essays": [...]}, without HTML escaping, ending with a newline.
func MarshalReports(reports []Report) ([]byte, error) {
	if reports == nil {
		reports = []Report{}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(Reports{Essays: reports}); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

var reFollowWord = rx(`^\+?\s*(?:follow|folgen|suivre|seguir|segui|volgen)$`)

// dropTrailingNav drops, after the last line of prose, every run of three or
// more short lines (one to four words, no final punctuation): footer
// columns, menus and link lists outlive the article.
func (d *doc) dropTrailingNav() {
	if d.settled() {
		return
	}
	long, last := 0, -1
	for i, l := range d.lines {
		if l.kind == kBlank || l.code || d.skip[i] {
			continue
		}
		w := wordCount(l.text)
		if w >= 20 {
			long++
		}
		if w >= 12 && (l.kind == kText || l.kind == kBullet || l.kind == kNumber) {
			last = i
		}
	}
	if long < 2 || last < 0 {
		return
	}
	var run []int
	flush := func() {
		if len(run) >= 3 {
			for _, j := range run {
				d.dropLine(j, whyNav)
			}
		}
		run = run[:0]
	}
	for i := last + 1; i < len(d.lines); i++ {
		l := d.lines[i]
		if l.kind == kBlank || d.skip[i] {
			continue
		}
		if l.kind == kText && !l.code && shortLine(stripInline(l.text)) && hasAlnum(l.text) {
			run = append(run, i)
			continue
		}
		flush()
	}
	flush()
}

// dropAfterEnd drops what follows the end of the article: once a share row,
// tag line, subscribe prompt or footer line comes after the last line of
// prose (20 words or more), the short lines after it are page chrome (calls
// to action, contact boxes, form labels). Footnotes stay.
func (d *doc) dropAfterEnd() {
	if d.settled() {
		return
	}
	lastLong, long := -1, 0
	for i, l := range d.lines {
		if l.kind != kBlank && !l.code && !d.skip[i] && wordCount(l.text) >= 20 {
			lastLong, long = i, long+1
		}
	}
	if long < 2 {
		return
	}
	end := -1
	for i := lastLong + 1; i < len(d.lines); i++ {
		if d.skip[i] {
			switch d.whyDropped(i) {
			case whyShare, whyTags, whyNewsletter, whyFooter:
				end = i
			}
			if end >= 0 {
				break
			}
		}
	}
	if end < 0 {
		return
	}
	for i := end + 1; i < len(d.lines); i++ {
		l := d.lines[i]
		if l.kind == kBlank || l.code || d.skip[i] || l.kind == kFence || l.kind == kTable || reFootnoteLine.MatchString(l.text) {
			continue
		}
		if (l.kind == kBullet || l.kind == kNumber) && wordCount(l.body) >= 6 {
			continue // a list of substance is content
		}
		d.dropLine(i, whyFooter)
	}
}

var reEditedBy = rx(`^(?:page )?(?:created|last edited|last modified|last updated|last changed)\s+by\s+(.+)$`)

// signOff takes the author from a sign-off when no byline named one: a
// plain name in the last part of the page followed by a role line
// ("Imogen Castellane-Obi" / "Writer, The Upward Brief").
func (d *doc) signOff() {
	if d.settled() || len(d.meta.authors) > 0 {
		return
	}
	// a wiki or docs page: "Created by X, last modified on …",
	// "Last edited by X on 8 Feb 2024 · 14 min ago"
	for i, l := range d.lines {
		if l.kind == kBlank || l.code || wordCount(l.text) > 30 {
			continue
		}
		t := strings.TrimSpace(stripInline(l.text))
		if k := strings.Index(t, " · "); k > 0 {
			t = t[:k]
		}
		m := reEditedBy.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		if names := parseByline("By "+m[1], false); names != nil {
			d.addAuthors(names)
			if iso, mo, _, ok := findDate(m[1]); ok {
				d.setDate(iso, mo, "updated")
			}
			if !d.skip[i] {
				d.dropLine(i, whyByline)
			}
			return
		}
	}
	for i := len(d.lines) * 6 / 10; i < len(d.lines); i++ {
		l := d.lines[i]
		if l.kind != kText || l.code || d.skip[i] {
			continue
		}
		t := strings.TrimSpace(strings.TrimLeft(stripInline(l.text), "—–-~ "))
		if !nameLike(t) || !plainName(t) || wordCount(t) < 2 || wordCount(t) > 4 {
			continue
		}
		j := d.nextNonBlankAny(i)
		if j < 0 {
			continue
		}
		nt := d.lines[j].text
		if d.whyDropped(j) == whyBio || wordCount(nt) <= 8 && reRole.MatchString(nt) && !endsSentence(nt) {
			d.addAuthors([]string{t})
			d.dropLine(i, whyByline)
			if !d.skip[j] {
				d.dropLine(j, whyBio)
			}
			return
		}
	}
}
