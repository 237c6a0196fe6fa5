package normalize

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
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

// Input formats.
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
)

// DetectFormat guesses the format of src from the file name and content.
func DetectFormat(name string, src []byte) string {
	ext := strings.ToLower(filepath.Ext(name))
	head := lowerHead(bytes.TrimSpace(src), 1024)
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

// lowerHead is bytes.ToLower(b) cut to n bytes, lower-casing only the
// start of b: ToLower maps each rune on its own, so the lower-cased text
// starts with the lower-cased start cut at a rune's first byte, and no
// rune lower-cases to less than a third of its bytes (the Kelvin sign's
// three make one "k"), so 3n bytes of b give at least n.
func lowerHead(b []byte, n int) []byte {
	if k := 3*n + utf8.UTFMax; len(b) > k {
		// no rune spans the cut: it is at a rune's first byte, or after
		// more continuation bytes than a rune has
		for j := k; j > k-utf8.UTFMax; j-- {
			if utf8.RuneStart(b[j]) {
				k = j
				break
			}
		}
		b = b[:k]
	}
	head := bytes.ToLower(b)
	if len(head) > n {
		head = head[:n]
	}
	return head
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
	headStart int             // first line of the header zone (see headerStart)
	dateRank  int             // rank of the date found (see dateRank)
	crumbs    map[string]bool // last steps of breadcrumbs, normalised
	titleLine int             // index of the line taken as the title, or -1
	fromHTML  bool            // the lines were converted from an HTML page
	forum     int8            // isForum's answer: 0 not known yet, 1 no, 2 yes

	// the main-content region (region.go): line indices, end exclusive
	regionStart, regionEnd int
	regionCoreStart        int          // the first line of running text of the article
	regionCoreEnd          int          // the last line of the article's heaviest cluster of running text
	regionFeats            []regionLine // the line features, when a region was found
	regionStop             int          // the first end marker after the article's core (region.go), or -1
	regionThread           int          // the first line of a comment thread after the article (region.go), or -1
	dataBox                map[int]bool // data rows beside the article (regiondata.go)

	dropIdx  map[int]int // input line -> its last entry in report.Dropped (see droppedWhy)
	dropIdxN int         // the entries of report.Dropped in dropIdx
}

func (d *doc) drop(n int, text, why string) {
	d.report.Dropped = append(d.report.Dropped, Dropped{Line: n, Text: text, Why: why})
}

// droppedWhy returns the reason of the last entry of Dropped for input
// line n, or "". The entries are indexed as they are added (dropIdx maps a
// line to its last entry; dropIdxN entries are in it), so that the passes
// asking about many lines do not search the list each time. Until finish
// sorts it, the list is only appended to (drop) and cut (undrop, which
// clears the index).
func (d *doc) droppedWhy(n int) string {
	if d.dropIdx == nil {
		d.dropIdx, d.dropIdxN = map[int]int{}, 0
	}
	for ; d.dropIdxN < len(d.report.Dropped); d.dropIdxN++ {
		d.dropIdx[d.report.Dropped[d.dropIdxN].Line] = d.dropIdxN
	}
	k, ok := d.dropIdx[n]
	if !ok {
		return ""
	}
	if d.report.Dropped[k].Line != n {
		// the list was changed in place: index it again
		d.dropIdx = nil
		return d.droppedWhy(n)
	}
	return d.report.Dropped[k].Why
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
	var charsetNotes []string
	if DetectFormat(name, src) == FormatHTML {
		// a saved page is read in the charset it declares (htmlcharset.go)
		src, charsetNotes = decodeHTML(src)
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
	s = foldLookalikes(s) // 𝐁𝐨𝐥𝐝 letters read, match and search as plain ones

	d := &doc{name: name, opts: opts, skip: map[int]bool{}, titleLine: -1}
	d.report.Source = name
	for _, n := range charsetNotes {
		d.warn("%s", n)
	}
	format := DetectFormat(name, []byte(s))
	var hm htmlMeta
	if format == FormatHTML {
		md, m, err := htmlToMarkdown(s, d)
		if err != nil {
			return Result{}, errorf(name, 0, 0, "html: %v", err)
		}
		s, hm = md, m
		format = FormatMarkdown
		d.fromHTML = true
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
	d.findRegion()
	d.extractMeta(hm)
	d.dropOutsideRegion()
	d.markJunk()
	d.signOff()
	d.dropRepeatedTitle()
	d.dropPullQuotes()
	d.dropTrailingNav()
	d.dropAfterEnd()
	d.scoreLines() // junkscore.go: the learned score decides the borderline lines
	blocks := buildBlocks(d.lines, d.skip, d.markdown)
	blocks = expandRuns(blocks)
	d.checkKept()

	c := &classifier{v: opts.Vocab, titleCue: cueOf(d.meta.title), title: d.meta.title, warn: d.warn}
	titleInBody := d.titleLine >= 0 && d.skip[d.titleLine]
	if titleInBody {
		if j := d.nextNonBlank(d.titleLine); j >= 0 && j < d.winEnd && d.lines[j].kind == kText && d.lines[j].words <= 40 && !numberedPost(d.lines[j].text) {
			c.subtitle = d.lines[j].n
		}
	}
	if (d.settled() || d.fromHTML && !titleInBody) && len(blocks) > 0 && blocks[0].kind == bPara && !numberedPost(blocks[0].text) {
		// the title is not in the body, so the standfirst, if any, opens
		// it: an essay normalised before (an item there would have been
		// written as a list item), or a page whose title came from its
		// head (read again, its output is the first case)
		c.subtitle = blocks[0].n
	}
	if c.titleCue == "none" {
		c.titleCue = ""
	}
	c.run(blocks)
	return d.finish(blocks, c.items)
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
