package check

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Severity says whether a problem blocks publishing.
type Severity int

const (
	// Error is a mistake the published site would show: a broken link, an
	// empty section, a sheet over its budget. `leadup check` exits 1.
	Error Severity = iota
	// Warning is worth fixing but does not break the site (a code block
	// Hugo cannot highlight, a link Hugo resolves but that is written oddly).
	Warning
)

// Diagnostic carries what a Problem needs beyond file, line and message to
// be shown the way compilers show errors: the column, the source line with
// a caret under it, and a hint.
type Diagnostic struct {
	Col      int      // 1-based byte column in the line; 0 when unknown
	Severity Severity // Error unless set
	Hint     string   // e.g. "did you mean `be-a-solution`?"; "" for none
	Source   string   // the source line, without its newline; "" for none
}

// position returns the 1-based line and byte column of offset off in src.
func position(src []byte, off int) (line, col int) {
	off = min(max(off, 0), len(src))
	line = 1 + strings.Count(string(src[:off]), "\n")
	start := strings.LastIndexByte(string(src[:off]), '\n') + 1
	return line, off - start + 1
}

// lineAt returns line n (1-based) of src without its newline.
func lineAt(src []byte, n int) string {
	lines := strings.Split(string(src), "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimRight(lines[n-1], "\r")
}

// Print writes the problem as compilers do: "file:line:col: message", then
// the source line and a caret under the column (the line alone when the
// column is unknown), then the hint. width caps
// the source line shown (long paragraphs are cut around the caret).
func (p Problem) Print(w io.Writer, width int) error {
	if _, err := fmt.Fprintln(w, p.String()); err != nil {
		return err
	}
	switch {
	case p.Source != "" && p.Col > 0:
		shown, caret := window(p.Source, p.Col, width)
		if _, err := fmt.Fprintf(w, "    %s\n    %s^\n", shown, caret); err != nil {
			return err
		}
	case strings.TrimSpace(p.Source) != "":
		shown, _ := window(p.Source, 1, width)
		if _, err := fmt.Fprintf(w, "    %s\n", shown); err != nil {
			return err
		}
	}
	if p.Hint != "" {
		if _, err := fmt.Fprintf(w, "    hint: %s\n", p.Hint); err != nil {
			return err
		}
	}
	return nil
}

// window returns the part of line around byte column col that fits width
// runes, marking cuts with "…", and the indent that puts a caret under col
// (tabs stay tabs so the caret lines up in a terminal).
func window(line string, col, width int) (shown, indent string) {
	if width <= 0 {
		width = 100
	}
	col = min(col, len(line)+1)
	before, after := line[:col-1], line[col-1:]
	for !utf8.ValidString(before) && len(before) > 0 { // a column inside a rune
		before, after = before[:len(before)-1], before[len(before)-1:]+after
	}
	b, a := []rune(before), []rune(after)
	keep := width / 3
	prefix := ""
	if len(b)+len(a) > width && len(b) > keep {
		b, prefix = b[len(b)-keep:], "…"
	}
	suffix := ""
	if rest := width - len(b); len(a) > rest && rest > 0 {
		a, suffix = a[:rest], "…"
	}
	var ind strings.Builder
	if prefix != "" {
		ind.WriteByte(' ')
	}
	for _, r := range b {
		if r == '\t' {
			ind.WriteByte('\t')
		} else {
			ind.WriteByte(' ')
		}
	}
	return prefix + string(b) + string(a) + suffix, ind.String()
}

// closest returns the candidate nearest to s by edit distance, if it is
// close enough to be a likely typo: at most a third of s's length and at
// most maxEdits edits away. It returns "" otherwise.
func closest(s string, candidates []string, maxEdits int) string {
	best, bestDist := "", maxEdits+1
	limit := max(1, len(s)/3)
	for _, c := range candidates {
		if c == s {
			continue
		}
		d := editDistance(strings.ToLower(s), strings.ToLower(c))
		if d < bestDist || d == bestDist && c < best {
			best, bestDist = c, d
		}
	}
	if bestDist > limit {
		return ""
	}
	return best
}
