package normalize

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
)

// renderBody writes the blocks as clean Markdown: "##" headings, reflowed
// paragraphs, "-" bullets, "1." numbered lists, labelled items as
// "- **Label.** Explanation" and tables as Markdown tables. Raw HTML is
// escaped.
func renderBody(blocks []*block) string {
	var b strings.Builder
	var prev *block
	prevListKind := -1
	// "#" is the title's level: when the body uses it, every heading moves
	// down one level, keeping the outline (and reading it back gives the
	// same levels)
	shift := 0
	for _, bl := range blocks {
		if bl.kind == bHeading && bl.level == 1 {
			shift = 1
		}
	}
	for _, bl := range blocks {
		kind := -1
		if bl.kind == bList && len(bl.items) > 0 {
			kind = 0
			if bl.items[0].num > 0 {
				kind = 1
			}
		}
		if bl.kind == bPara && bl.labelled {
			kind = 0
		}
		if prev != nil {
			if kind >= 0 && kind == prevListKind {
				// adjacent lists of the same kind would merge when read
				// back; write them as one list
			} else {
				b.WriteString("\n")
			}
		}
		switch bl.kind {
		case bHeading:
			lv := bl.level + shift
			if bl.level == 0 {
				lv = 2
			}
			if lv > 6 {
				lv = 6
			}
			b.WriteString(strings.Repeat("#", lv) + " " + escapeText(bl.lead+bl.text+bl.tail) + "\n")
		case bPara:
			if bl.labelled {
				b.WriteString("- " + labelledText(bl.text, bl.label, bl.expl) + "\n")
			} else {
				b.WriteString(escapeBlockStart(escapeText(bl.text)) + "\n")
			}
		case bQuote:
			b.WriteString("> " + escapeText(bl.text) + "\n")
		case bRule:
			b.WriteString("---\n")
		case bCode:
			fence := "```"
			for _, l := range bl.code {
				if strings.HasPrefix(strings.TrimSpace(l), "```") {
					fence = "~~~"
				}
			}
			info := strings.TrimLeft(bl.text, "`~")
			b.WriteString(fence + info + "\n")
			for _, l := range bl.code {
				b.WriteString(l + "\n")
			}
			b.WriteString(fence + "\n")
		case bList:
			for _, it := range bl.items {
				b.WriteString(strings.Repeat("    ", it.depth))
				if it.num > 0 {
					b.WriteString(strconv.Itoa(it.num) + ". ")
				} else {
					b.WriteString("- ")
				}
				if it.neg {
					b.WriteString("❌ ")
				}
				if it.labelled {
					b.WriteString(labelledText(it.text, it.label, it.expl))
				} else {
					b.WriteString(escapeBlockStart(escapeText(it.text)))
				}
				b.WriteString("\n")
			}
		case bTable:
			renderTable(&b, bl.rows)
		}
		prev = bl
		prevListKind = kind
	}
	// no trailing blanks: the lexer trims them when it reads the output back;
	// a lone "\" at the end of a line would read back as a hard line break
	lines := strings.Split(b.String(), "\n")
	fence := false
	for i, l := range lines {
		l = strings.TrimRight(l, " \t")
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = !fence
		}
		if !fence && (len(l)-len(strings.TrimRight(l, `\`)))%2 == 1 {
			l += `\`
		}
		lines[i] = l
	}
	return strings.Join(lines, "\n")
}

// labelledText writes a labelled item as its source text with the label in
// bold: "Label: text" is "**Label:** text", "Label - text" is "**Label** -
// text"; a label already in bold stays as written. Only markup is added: the
// words and punctuation are the page's own. A text that does not open with
// its label (an item put together from several lines) is written by
// labelled.
func labelledText(text, label, expl string) string {
	t := strings.TrimSpace(text)
	l := strings.TrimSpace(label)
	switch {
	case strings.HasPrefix(t, "**") || strings.HasPrefix(t, "__"):
		// "**Label.**Text" (as some HTML gives it) gets its space back
		if m := strings.Index(t[2:], t[:2]); m > 0 {
			end := m + 4
			if r, _ := utf8.DecodeRuneInString(t[end:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				t = t[:end] + " " + t[end:]
			}
		}
		return escapeText(t)
	case l == "" || !strings.HasPrefix(t, l) || strings.ContainsAny(l, "*_`\\[") || strings.HasSuffix(l, " "):
		if t != "" && !strings.HasPrefix(t, l) {
			return labelled(label, expl)
		}
		return escapeBlockStart(escapeText(t))
	}
	rest := t[len(l):]
	// the label's own closing punctuation goes inside the bold
	p := len(rest) - len(strings.TrimLeft(rest, ":.?!"))
	return "**" + escapeText(l+rest[:p]) + "**" + escapeText(rest[p:])
}

// labelled renders "**Label.** Explanation" for an item that is not one
// line of the source.
func labelled(label, expl string) string {
	l := strings.TrimSpace(escapeText(sanitizeLabel(label)))
	l = strings.TrimRight(l, " :-–—")
	if !strings.HasSuffix(l, ".") && !strings.HasSuffix(l, "?") && !strings.HasSuffix(l, "!") {
		l += "."
	}
	s := "**" + l + "**"
	if expl != "" {
		s += " " + escapeText(expl)
	}
	return s
}

func renderTable(b *strings.Builder, rows [][]string) {
	cols := 0
	for _, r := range rows {
		if len(r) > cols {
			cols = len(r)
		}
	}
	for i, r := range rows {
		b.WriteString("|")
		for c := 0; c < cols; c++ {
			cell := ""
			if c < len(r) {
				cell = escapeCell(r[c])
			}
			b.WriteString(" " + cell + " |")
		}
		b.WriteString("\n")
		if i == 0 {
			b.WriteString("|")
			for c := 0; c < cols; c++ {
				b.WriteString(" --- |")
			}
			b.WriteString("\n")
		}
	}
}

func escapeCell(s string) string {
	s = escapeText(s)
	var out strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			out.WriteByte(s[i])
			out.WriteByte(s[i+1])
			i++
			continue
		}
		if s[i] == '|' {
			out.WriteString(`\|`)
			continue
		}
		out.WriteByte(s[i])
	}
	if out.Len() == 0 {
		return ""
	}
	return out.String()
}

// escapeText escapes characters that would let raw HTML through: every "<"
// not already escaped becomes "\<". Text inside backticks is left alone only
// when it holds no "<".
func escapeText(s string) string {
	if !strings.ContainsRune(s, '<') {
		return s
	}
	var out strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' && i+1 < len(s) {
			out.WriteByte(c)
			out.WriteByte(s[i+1])
			i++
			continue
		}
		if c == '<' {
			out.WriteString(`\<`)
			continue
		}
		out.WriteByte(c)
	}
	return out.String()
}

var (
	reBlockMarker = prefilter.MustCompile(`^(?:[-+*•]\s|#{1,6}(?:\s|$)|>|\||` + "```" + `|~~~|=+\s*$|(?:[-*_]\s*){3,}$)`)
	reOrderedMark = prefilter.MustCompile(`^(\d{1,9})([.)])(\s)`)
)

// escapeBlockStart keeps a paragraph a paragraph: text that starts like a
// list item, a heading, a quote or a table row gets a backslash.
func escapeBlockStart(s string) string {
	if m := reOrderedMark.FindStringSubmatchIndex(s); m != nil {
		return s[:m[3]] + "\\" + s[m[3]:]
	}
	if reBlockMarker.MatchString(s) {
		return "\\" + s
	}
	// anything else our own reader would take for a list item or heading
	// ("#1 …", "(2) …", "Step 3: …")
	if l := lexKinds(s, 1, true)[0]; l.kind != kText && l.kind != kBlank {
		if r := []rune(s)[0]; strings.ContainsRune("#(-*+>|", r) {
			return "\\" + s
		}
		// "Step 3: …": escape the separator after the number
		if m := reNumSep.FindStringSubmatchIndex(s); m != nil {
			return s[:m[2]] + "\\" + s[m[2]:]
		}
		return "\\" + s
	}
	return s
}

var reNumSep = prefilter.MustCompile(`^\D{0,20}?\d{1,3}\s*([:.)\-–—])`)
