package normalize

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
)

type lineKind int

const (
	kBlank lineKind = iota
	kText
	kHeading // "# Heading" (Markdown) or a detected heading line
	kBullet  // "- item", "• item", ...
	kNumber  // "1. item", "Step 1: item", ...
	kTable   // tab-separated or pipe table row
	kFence   // ``` code fence
	kRule    // --- *** ___
	kQuote   // > quote
)

// line is one input line after lexing.
type line struct {
	n      int    // 1-based line number in the (body of the) input
	raw    string // the line as found, without the newline
	text   string // trimmed
	indent int    // leading spaces (tabs count 4)
	kind   lineKind
	code   bool   // inside a fenced code block
	level  int    // heading level (Markdown) or 0
	num    int    // number of a numbered item
	body   string // text after the marker
	neg    bool   // a bullet marked ❌, ✗, 🚫 or ⚠️ (a pitfall)
	pos    bool   // a bullet marked ✅, ✔, ✓ or ☑ (a thing done or to do)
	cells  []string

	// what the passes read of every line, worked out once by lex (record)
	rec       bool   // the fields below are set
	words     int    // wordCount(text)
	plain     string // metaText: text (body for a heading) without inline markup, trimmed
	plainHead bool   // plain was worked out for a heading
}

var (
	reNumbered = []*prefilter.Regexp{
		prefilter.MustCompile(`^(?:[-*•]\s+)?(\d{1,3})[.)]\s+(\S.*)$`), // 1. x, 1) x, - 1. x
		prefilter.MustCompile(`^\((\d{1,3})\)\s+(\S.*)$`),              // (1) x
		prefilter.MustCompile(`^(?i:step|rule|tip|tactic|strategy|reason|mistake|pitfall|lesson|way|habit|myth|no\.)\s*[-#]?\s*(\d{1,3})\s*[:.)\-–—]\s*(\S.*)$`), // Step 1: x
		prefilter.MustCompile(`^#(\d{1,3})[:.)]?\s+(\S.*)$`),      // #1 x
		prefilter.MustCompile(`^(\d)\x{FE0F}?\x{20E3}\s*(\S.*)$`), // 1️⃣ x (a keycap emoji, as social posts number)
	}
	reBullet     = prefilter.MustCompile(`^([-*+•·–—▪◦●►▸▶✓✔☐☑■□◆◇○➢➤→⁃‣∙✅❌👉➡✗✘✕✖❎🚫⛔⚠])\x{FE0F}?\s*(\S.*)$`)
	reNegBody    = prefilter.MustCompile(`^[❌✗✘✕✖❎🚫⛔⚠]\x{FE0F}?\s*(\S.*)$`)
	reHeading    = prefilter.MustCompile(`^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$`)
	reRule       = prefilter.MustCompile(`^(?:[-*_]\s*){3,}$`)
	reLetterItem = prefilter.MustCompile(`^\([a-h]\)\s+(\S.*)$`)
)

// lex splits text into lines and classifies each one. first is the line
// number of the first line (front matter shifts it).
func lex(text string, first int, markdown bool) []line {
	out := lexKinds(text, first, markdown)
	for i := range out {
		out[i].record()
	}
	return out
}

// lexKinds is lex without the features the passes read (record): for a
// caller that only asks what kind of line a text would be.
func lexKinds(text string, first int, markdown bool) []line {
	raw := strings.Split(text, "\n")
	out := make([]line, 0, len(raw))
	inFence := false
	for i, r := range raw {
		r = strings.TrimRight(cleanLine(r), " \t\r")
		l := line{n: first + i, raw: r}
		l.indent, l.text = indentOf(r)
		l.text = strings.TrimSpace(l.text) // (a part of r: clean already)
		switch {
		case strings.HasPrefix(l.text, "```") || strings.HasPrefix(l.text, "~~~"):
			l.kind = kFence
			inFence = !inFence
		case inFence:
			l.kind = kText
			l.body = r
			l.code = true
		case l.text == "":
			l.kind = kBlank
		default:
			classifyLine(&l, markdown)
			if l.kind == kText {
				// a tab inside running text is a space (a tab-separated
				// row is a table)
				l.text = strings.ReplaceAll(l.text, "\t", " ")
			}
		}
		out = append(out, l)
	}
	unquoteDashes(out)
	emojiBullets(out) // "✨ Ask …" lines (emojibullets.go)
	return out
}

// record works out the features of l that the passes read many times.
func (l *line) record() {
	l.rec, l.words, l.plainHead = true, wordCount(l.text), l.kind == kHeading
	t := l.text
	if l.plainHead {
		t = l.body
	}
	l.plain = strings.TrimSpace(stripInline(t))
}

// unquoteDashes turns back into text the dash-opened lines that stand alone
// as prose: "– Quoted speech, a long sentence." between blank lines is a
// paragraph opened by a quotation dash (as news in many languages writes
// it), not a one-entry list; the dash is the page's own text. A dash line
// next to another list line stays an entry.
func unquoteDashes(out []line) {
	listy := func(k int) bool {
		return k >= 0 && k < len(out) && (out[k].kind == kBullet || out[k].kind == kNumber)
	}
	for i := range out {
		l := &out[i]
		if l.kind != kBullet || listy(i-1) || listy(i+1) {
			continue
		}
		if g, _ := utf8.DecodeRuneInString(l.text); (g == '–' || g == '—') && quoteDashed(l.body) {
			l.kind, l.body = kText, ""
			l.text = strings.ReplaceAll(l.text, "\t", " ")
		}
	}
}

// cleanLine is strings.Map(cleanRune, s), without looking at each rune of
// a line of printable ASCII (most lines), which cleanRune keeps as it is.
func cleanLine(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' && c != '\t' || c >= '\u007f' {
			return strings.Map(cleanRune, s)
		}
	}
	return s
}

func cleanRune(r rune) rune {
	if r < utf8.RuneSelf { // the cases below, for ASCII
		if r < ' ' && r != '\t' || r == '\u007f' {
			return -1
		}
		return r
	}
	switch r {
	case '\u00a0', '\u2007', '\u202f', '\u2009', '\u200a', '\u3000':
		return ' '
	case '\u200b', '\u200c', '\u200d', '\ufeff', '\u2060':
		return -1
	}
	if r < ' ' && r != '\t' {
		return -1
	}
	if r == '\u007f' || unicode.Is(unicode.Co, r) {
		return -1
	}
	return r
}

func indentOf(s string) (int, string) {
	n := 0
	for i, r := range s {
		switch r {
		case ' ', '\u00a0':
			n++
		case '\t':
			n += 4
		default:
			return n, s[i:]
		}
	}
	return n, ""
}

func classifyLine(l *line, markdown bool) {
	t := l.text
	if strings.Contains(l.raw, "\t") && !strings.HasPrefix(strings.TrimLeft(l.raw, " "), "\t") {
		cells := splitTabs(l.raw)
		if len(cells) >= 2 {
			l.kind, l.cells = kTable, cells
			return
		}
	}
	if strings.HasPrefix(t, "|") && strings.HasSuffix(t, "|") && strings.Count(t, "|") >= 3 {
		l.kind = kTable
		l.cells = splitPipes(t)
		return
	}
	if m := reHeading.FindStringSubmatch(t); m != nil && m[2] != "" {
		l.kind, l.level, l.body = kHeading, len(m[1]), m[2]
		return
	}
	if reRule.MatchString(t) {
		l.kind = kRule
		return
	}
	if strings.HasPrefix(t, ">") {
		l.kind, l.body = kQuote, strings.TrimSpace(strings.TrimPrefix(t, ">"))
		if l.body == "" {
			l.kind = kBlank
		}
		return
	}
	for _, re := range reNumbered {
		if m := re.FindStringSubmatch(t); m != nil {
			n, _ := strconv.Atoi(m[1])
			l.kind, l.num, l.body = kNumber, n, m[2]
			return
		}
	}
	if m := reLetterItem.FindStringSubmatch(t); m != nil {
		// "(a) Confirm instructions in writing." (a lettered list)
		l.kind, l.body = kBullet, m[1]
		return
	}
	if m := reBullet.FindStringSubmatch(t); m != nil {
		// "- " needs a space in Markdown; "-word" or "--" is text.
		g, _ := utf8.DecodeRuneInString(m[1])
		if (g == '-' || g == '*' || g == '+') && !strings.HasPrefix(t[len(m[1]):], " ") {
			l.kind = kText
			return
		}
		// "*emphasis*" is not a bullet.
		if g == '*' && strings.HasSuffix(t, "*") && !strings.HasPrefix(t, "* ") {
			l.kind = kText
			return
		}
		l.kind, l.body = kBullet, m[2]
		if strings.ContainsRune(negMarkers, g) {
			l.neg = true
		} else if strings.ContainsRune(posMarkers, g) {
			l.pos = true
		} else if n := reNegBody.FindStringSubmatch(l.body); n != nil {
			l.neg, l.body = true, n[1] // "- ❌ Label" as written back
		}
		return
	}
	l.kind = kText
}

func splitTabs(s string) []string {
	var cells []string
	for _, c := range strings.Split(s, "\t") {
		c = strings.TrimSpace(c)
		if c != "" {
			cells = append(cells, c)
		}
	}
	return cells
}

func splitPipes(s string) []string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "|")
	s = strings.TrimSuffix(s, "|")
	var cells []string
	for _, c := range splitUnescaped(s, '|') {
		cells = append(cells, strings.TrimSpace(c))
	}
	return cells
}

func splitUnescaped(s string, sep byte) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if s[i] == sep {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func isSeparatorRow(cells []string) bool {
	if len(cells) == 0 {
		return false
	}
	for _, c := range cells {
		c = strings.Trim(c, " :")
		if c == "" || strings.Trim(c, "-") != "" {
			return false
		}
	}
	return true
}

// negMarkers open a pitfall: ❌ ✗ ✘ 🚫 ⛔ ⚠️.
const negMarkers = "❌✗✘✕✖❎🚫⛔⚠"

// posMarkers open a thing done or to do: ✅ ✔ ✓ ☑.
const posMarkers = "✅✔✓☑"

// minQuoteWords: a dash-opened line this long, with a sentence in it, is
// quoted speech rather than a list entry.
const minQuoteWords = 15

// quoteDashed reports whether the text after a leading en or em dash reads
// as prose: at least minQuoteWords words and a sentence end.
func quoteDashed(body string) bool {
	if len(body) < minQuoteWords*3 || wordCount(body) < minQuoteWords {
		return false
	}
	return strings.ContainsAny(body, ".!?")
}
