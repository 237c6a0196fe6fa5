package normalize

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
)

type blockKind int

const (
	bHeading blockKind = iota
	bPara
	bList
	bTable
	bCode
	bQuote
	bRule
)

// block is a unit of the body: a heading, a paragraph, a list, a table...
type block struct {
	kind  blockKind
	n     int // line of the first source line
	level int // heading level as found (0 for a detected heading)
	text  string
	items []*listItem
	rows  [][]string
	code  []string

	// a labelled paragraph ("Label - Explanation")
	labelled    bool
	label, expl string

	// a heading's decoration as written in the source, which text (the
	// heading used for matching) leaves out and the output writes back:
	// leading symbols ("✅ ") and a trailing colon
	lead, tail string
}

// listItem is one entry of a list.
type listItem struct {
	n        int
	num      int // 0 for a bullet
	depth    int
	text     string
	jb       joiner
	labelled bool
	label    string
	expl     string
	neg      bool // marked ❌, ✗, 🚫, ⚠️: a pitfall
	pos      bool // marked ✅, ✔, ✓, ☑: a thing done or to do
}

// buildBlocks groups the kept lines into blocks. Lines whose index is in
// skip are treated as blank.
func buildBlocks(lines []line, skip map[int]bool, markdown bool) []*block {
	var out []*block
	get := func(i int) *line {
		if i < 0 || i >= len(lines) {
			return nil
		}
		if skip[i] {
			return &line{kind: kBlank, n: lines[i].n}
		}
		return &lines[i]
	}
	blankAt := func(i int) bool {
		l := get(i)
		return l == nil || l.kind == kBlank
	}
	// a wrap width: the longest text line, when the input looks hard-wrapped
	wrap := wrapWidth(lines, skip)
	dense := !markdown && wrap == 0 && isDense(lines, skip)
	slides := slideRuns(lines) // carousel and thread transcripts (slides.go)
	for i := 0; i < len(lines); i++ {
		if r, ok := slides[i]; ok {
			if b := r.block(lines, get); b != nil {
				out = append(out, b)
				i = r.end - 1
				continue
			}
		}
		l := get(i)
		switch l.kind {
		case kBlank:
			continue
		case kFence:
			b := &block{kind: bCode, n: l.n, text: l.text}
			j := i + 1
			for ; j < len(lines); j++ {
				if lines[j].kind == kFence {
					break
				}
				b.code = append(b.code, lines[j].raw)
			}
			out = append(out, b)
			i = j
			continue
		case kRule:
			if markdown && len(out) > 0 && out[len(out)-1].kind == bPara && !blankAt(i-1) && strings.Trim(l.text, "- ") == "" {
				// setext heading
				p := out[len(out)-1]
				p.kind, p.level = bHeading, 2
				p.setHeading(p.text)
				continue
			}
			out = append(out, &block{kind: bRule, n: l.n})
			continue
		case kHeading:
			out = append(out, newHeading(l.n, l.level, l.body))
			continue
		case kTable:
			b := &block{kind: bTable, n: l.n}
			j := i
			for ; j < len(lines); j++ {
				t := get(j)
				if t.kind != kTable {
					break
				}
				if isSeparatorRow(t.cells) {
					continue
				}
				b.rows = append(b.rows, t.cells)
			}
			i = j - 1
			if len(b.rows) == 1 && len(lines[i].cells) < 3 && !strings.HasPrefix(lines[i].text, "|") {
				// a single tab-separated line is text
				out = append(out, &block{kind: bPara, n: l.n, text: strings.Join(b.rows[0], " ")})
				continue
			}
			out = append(out, b)
			continue
		case kQuote:
			b := &block{kind: bQuote, n: l.n}
			parts := []string{l.body}
			j := i + 1
			for ; j < len(lines); j++ {
				t := get(j)
				if t.kind != kQuote {
					break
				}
				parts = append(parts, t.body)
			}
			b.text = strings.Join(parts, " ")
			i = j - 1
			out = append(out, b)
			continue
		case kBullet, kNumber:
			b, next := buildList(lines, i, get, markdown)
			out = append(out, b)
			i = next - 1
			continue
		}
		// text: a heading line, or a paragraph
		if _, ok := counterLabel(l.text); !markdown && ok {
			out = append(out, newHeading(l.n, 0, l.text)) // "Step one — Ask …" (itemprefix.go)
			continue
		}
		if !markdown && isHeadingLine(lines, i, get, wrap, dense) {
			out = append(out, newHeading(l.n, 0, l.text))
			continue
		}
		if markdown && isBoldHeading(l.text) && blankAt(i+1) {
			out = append(out, newHeading(l.n, 0, l.text))
			continue
		}
		if !markdown && !dense {
			if n := slides.cut(i, lineListRun(lines, i, get, wrap)); n >= 3 || n == 2 && wrap == 0 {
				// short lines copied from an HTML list lose their bullets
				b := &block{kind: bList, n: l.n}
				for k := i; k < i+n; k++ {
					b.items = append(b.items, &listItem{n: lines[k].n, text: lines[k].text})
				}
				out = append(out, b)
				i += n - 1
				continue
			}
		}
		b := &block{kind: bPara, n: l.n}
		var jb joiner
		jb.add(l.text)
		prev := l.text
		j := i + 1
		for ; j < len(lines); j++ {
			t := get(j)
			if t.kind != kText {
				break
			}
			if markdown && strings.HasPrefix(t.text, "=") && strings.Trim(t.text, "=") == "" {
				b.kind, b.level = bHeading, 1
				j++
				break
			}
			if _, ok := slides[j]; ok || !markdown && (!joins(prev, t.text, wrap) || dense && !startsLower(t.text)) {
				break
			}
			if _, ok := counterLabel(t.text); !markdown && (ok || isHeadingLine(lines, j, get, wrap, dense)) {
				break
			}
			jb.add(t.text)
			prev = t.text
		}
		b.text = jb.String()
		i = j - 1
		if b.kind == bHeading {
			b.setHeading(b.text)
		}
		out = append(out, b)
	}
	return out
}

// joiner joins lines into a paragraph in linear time.
type joiner struct {
	b    strings.Builder
	last string
}

func (j *joiner) add(s string) {
	if j.b.Len() > 0 {
		if joinsHyphen(j.last, s) {
			// keep the hyphen, no space
		} else {
			j.b.WriteByte(' ')
		}
	}
	j.last = s
	if strings.HasSuffix(s, "\\") && !strings.HasSuffix(s, "\\\\") {
		// a Markdown hard line break ("\" at the end) joins like a space
		s = strings.TrimSuffix(s, "\\")
	}
	j.b.WriteString(s)
}

// String returns the joined paragraph.
func (j *joiner) String() string { return j.b.String() }

func joinsHyphen(a, b string) bool {
	return strings.HasSuffix(a, "-") && !strings.HasSuffix(a, " -") && !strings.HasSuffix(a, "--") && len(a) > 1 && startsLower(b)
}

// isDense reports a paste with (almost) no blank lines, where every line is
// a block of its own: a line break is then a paragraph break.
func isDense(lines []line, skip map[int]bool) bool {
	text, blank := 0, 0
	for i, l := range lines {
		switch {
		case skip[i]:
		case l.kind == kBlank:
			blank++
		default:
			text++
		}
	}
	return text >= 12 && blank*10 < text
}

// lineListRun counts the short lines starting at i that look like the
// items of a list pasted without its bullets.
func lineListRun(lines []line, i int, get func(int) *line, wrap int) int {
	n := 0
	for k := i; k < len(lines); k++ {
		l := get(k)
		if l.kind != kText {
			break
		}
		t := l.text
		if !startsUpper(t) || strings.HasSuffix(t, ",") || strings.HasSuffix(t, ";") || strings.HasSuffix(t, ":") || wrap > 0 && len(t) >= wrap*3/4 {
			break
		}
		if moreWordsThan(t, 12) || len(t) > 100 {
			// a longer line counts when it is a labelled item, or a single
			// sentence in text that is not hard-wrapped
			single := wrap == 0 && wordCount(t) <= 25 && endsSentence(t) && len(firstSentence(t)) == len(t)
			if _, _, ok := sentenceLabel(t); !ok && !single {
				if _, _, ok := splitLabel(t, false); !ok {
					break
				}
			}
		}
		n++
	}
	return n
}

// joins decides whether a text line continues the paragraph of prev.
func joins(prev, next string, wrap int) bool {
	if reFootnoteLine.MatchString(next) {
		return false
	}
	if !endsSentence(prev) || startsLower(next) {
		return true
	}
	// A hard-wrapped paragraph: prev is about as long as the wrap width.
	if wrap > 0 && len(prev) >= wrap*3/4 && len(prev) <= wrap {
		if _, _, ok := splitLabel(next, false); ok {
			return false
		}
		return true
	}
	return false
}

// wrapWidth guesses the width at which a plain text file was hard-wrapped,
// or 0 when it was not.
func wrapWidth(lines []line, skip map[int]bool) int {
	var lens []int
	runs := 0
	for i := range lines {
		if skip[i] || lines[i].kind != kText {
			continue
		}
		lens = append(lens, len(lines[i].text))
		if i+1 < len(lines) && lines[i+1].kind == kText && !skip[i+1] {
			runs++
		}
	}
	if len(lens) == 0 || runs*3 < len(lens) {
		return 0
	}
	// the width most wrapped lines stay within (a stray long line, such as
	// a URL, does not count)
	sort.Ints(lens)
	w := lens[len(lens)*9/10]
	if w > 100 || w < 30 {
		return 0
	}
	return w
}

// isHeadingLine decides whether text line i of a plain text file is a heading.
func isHeadingLine(lines []line, i int, get func(int) *line, wrap int, dense bool) bool {
	l := get(i)
	t := l.text
	w := wordCount(t)
	if w == 0 || w > 12 || len(t) > 90 || startsLower(t) {
		return false
	}
	if strings.HasSuffix(t, ",") || strings.HasSuffix(t, ";") {
		return false
	}
	if strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "...") {
		return false
	}
	if strings.HasSuffix(t, ":") && w > 8 || len(sentenceStarts(t)) > 1 {
		return false
	}
	prevBlank := dense || get(i-1) == nil || get(i-1).kind == kBlank || get(i-1).kind == kHeading
	if !prevBlank {
		return false
	}
	nx := get(i + 1)
	if nx == nil || nx.kind == kBlank || nx.kind == kBullet || nx.kind == kNumber || nx.kind == kTable {
		return true
	}
	// a heading directly followed by a paragraph
	if nx.kind == kText && (w <= 8 || isTitleCase(t)) && startsUpper(nx.text) {
		if wordCount(nx.text) >= 12 && (!strings.HasSuffix(t, "?") || w <= 10) {
			return true
		}
		// a short line that does not look like the end of a wrapped line
		if (wrap == 0 || len(t) < wrap*3/5) && (!strings.HasSuffix(t, "?") || w <= 8) && (endsSentence(nx.text) || wordCount(nx.text) >= 5) {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	s = strings.TrimLeft(s, `"'“‘(*_[`)
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isTitleCase(s string) bool {
	f := strings.Fields(s)
	caps := 0
	for _, w := range f {
		r := []rune(w)
		if len(r) > 0 && r[0] >= 'A' && r[0] <= 'Z' {
			caps++
		}
	}
	return caps*2 > len(f)
}

var reFootnoteLine = prefilter.MustCompile(`^\[\^?\d{1,3}\]`)

var reBoldHeading = prefilter.MustCompile(`^\*\*([^*]+)\*\*:?$|^__([^_]+)__:?$`)

func isBoldHeading(t string) bool {
	m := reBoldHeading.FindStringSubmatch(t)
	return m != nil && wordCount(t) <= 12 && !endsSentence(strings.TrimRight(firstNonEmpty(m[1], m[2]), ":"))
}

// cleanHeading is a heading's text for matching: without leading symbols,
// bold markers or a trailing colon.
func cleanHeading(s string) string {
	_, t, _ := headingParts(s)
	return t
}

// headingParts splits a heading line into its leading symbols ("✅ "), its
// text (as cleanHeading) and its trailing colon, so that the output can
// write the decoration back: the page's own words and punctuation stay.
func headingParts(s string) (lead, text, tail string) {
	s = strings.TrimSpace(s)
	t := strings.TrimSpace(strings.TrimLeftFunc(s, func(r rune) bool {
		return unicode.Is(unicode.So, r) || r == '\ufe0f' || r == ' '
	}))
	lead = s[:len(s)-len(t)]
	if m := reBoldHeading.FindStringSubmatch(t); m != nil {
		t = firstNonEmpty(m[1], m[2])
	}
	t = strings.TrimSpace(t)
	text = strings.TrimSpace(strings.TrimRight(t, ":"))
	if len(text) < len(t) {
		tail = strings.TrimSpace(t[len(text):])
	}
	return lead, text, tail
}

// newHeading is the heading block of source line n.
func newHeading(n, level int, s string) *block {
	b := &block{kind: bHeading, n: n, level: level}
	b.setHeading(s)
	return b
}

// setHeading makes s the heading's text, keeping its decoration apart.
func (b *block) setHeading(s string) {
	b.lead, b.text, b.tail = headingParts(s)
}

// buildList collects a list starting at line i. It returns the block and the
// index of the first line after it.
func buildList(lines []line, i int, get func(int) *line, markdown bool) (*block, int) {
	b, next := buildList1(lines, i, get, markdown)
	for _, it := range b.items {
		it.text = it.jb.String()
		it.jb = joiner{}
	}
	return b, next
}

func buildList1(lines []line, i int, get func(int) *line, markdown bool) (*block, int) {
	first := get(i)
	b := &block{kind: bList, n: first.n}
	var indents []int
	firstKind := first.kind
	j := i
	var cur *listItem
	for j < len(lines) {
		l := get(j)
		switch l.kind {
		case kBullet, kNumber:
			depth := 0
			for len(indents) > 0 && l.indent < indents[len(indents)-1] {
				indents = indents[:len(indents)-1]
			}
			if len(indents) == 0 || l.indent > indents[len(indents)-1] {
				indents = append(indents, l.indent)
			}
			depth = len(indents) - 1
			if depth == 0 && l.indent == first.indent && firstKind == kNumber && l.kind == kBullet && cur != nil && !markdown {
				// unindented sub-bullets under a numbered item (a web paste
				// loses the indentation)
				depth = 1
			}
			if depth > 3 {
				depth = 3
			}
			it := &listItem{n: l.n, depth: depth, neg: l.neg, pos: l.pos}
			it.jb.add(l.body)
			it.text = l.body
			if l.kind == kNumber {
				it.num = l.num
				if it.num == 0 {
					it.num = 1
				}
			}
			b.items = append(b.items, it)
			cur = it
			j++
		case kText:
			if cur == nil {
				return b, j
			}
			if l.indent > 0 || startsLower(l.text) || !endsSentence(cur.text) && (len(cur.text) >= 50 || !startsUpper(l.text)) {
				cur.jb.add(l.text)
				cur.text = l.text // the last line decides what joins next
				j++
				continue
			}
			return b, j
		case kBlank:
			// the list goes on after blank lines when the next line is an
			// item of the same kind, or indented text (a continuation)
			k := j
			for k < len(lines) && get(k).kind == kBlank {
				k++
			}
			if k >= len(lines) {
				return b, k
			}
			nx := get(k)
			if (nx.kind == kBullet || nx.kind == kNumber) && (nx.kind == firstKind || nx.indent > first.indent) {
				j = k
				continue
			}
			if nx.kind == kText && nx.indent > first.indent && nx.indent >= 2 && cur != nil {
				j = k
				continue
			}
			return b, j
		default:
			return b, j
		}
	}
	return b, j
}
