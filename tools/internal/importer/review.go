package importer

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/alecthomas/chroma/v2/quick"

	"github.com/leadingup/leadingup/tools/internal/normalize"
)

// ReviewOptions configure Review.
type ReviewOptions struct {
	// Color marks up the review with ANSI colours and highlights the
	// Markdown preview with Chroma; use it when stdout is a terminal.
	Color bool
	// PreviewLines is how many lines of the essay body are shown; zero
	// means 12, negative means none.
	PreviewLines int
	// Samples is how many dropped lines are quoted per reason; zero means 2.
	Samples int
}

// ANSI styles of the coloured review.
const (
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
	ansiRed    = "\x1b[31m"
	ansiReset  = "\x1b[0m"
)

// taxonomyLabel is the short name of a taxonomy in the review, as printed
// beside every item group on the cheat sheets.
var taxonomyLabel = map[string]string{"reasons": "why", "steps": "how", "pitfalls": "avoid"}

// Review writes what importing the article gives: where it goes and whether
// that file exists, the title, byline, date and credited original, the
// items with the term each maps to, the candidates that map to no term, the
// lines dropped as junk counted by reason with samples, warnings, the start
// of the body, and what to run next.
func (a *Article) Review(w io.Writer, opts ReviewOptions) error {
	if opts.PreviewLines == 0 {
		opts.PreviewLines = 12
	}
	if opts.Samples == 0 {
		opts.Samples = 2
	}
	r := &reviewer{w: w, color: opts.Color}
	fm, rep := a.FrontMatter, a.Report

	state := "new file"
	switch {
	case a.Exists() && !a.Changed():
		state = "exists, unchanged"
	case a.Exists():
		state = "exists and differs"
	}
	r.line(r.style(ansiBold, a.Origin) + " → " + r.style(ansiBold, a.Target) + " (" + state + ")")
	r.field("title", orNone(fm.Title))
	r.field("byline", orNone(joinNames(fm.Authors)))
	r.field("date", orNone(fm.Date))
	if c := creditLine(fm); c != "" {
		r.field("original", strings.TrimPrefix(c, "Adapted from "))
	}

	groups := []struct {
		tax   string
		items []normalize.ItemRef
	}{{"reasons", rep.Reasons}, {"steps", rep.Steps}, {"pitfalls", rep.Pitfalls}}
	total := len(rep.Reasons) + len(rep.Steps) + len(rep.Pitfalls)
	r.line("")
	r.field("items", fmt.Sprintf("%d (%s, %s, %s)", total, count(len(rep.Reasons), "reason"), count(len(rep.Steps), "step"), count(len(rep.Pitfalls), "pitfall")))
	width := 0
	for _, g := range groups {
		for _, it := range g.items {
			width = max(width, len([]rune(it.Label)))
		}
	}
	width = min(width, 48)
	for _, g := range groups {
		for _, it := range g.items {
			label := it.Label
			pad := strings.Repeat(" ", max(0, width-len([]rune(label))))
			term := r.style(ansiGreen, "→ "+it.Term)
			if it.Term == "" {
				term = r.style(ansiYellow, "? no term (candidate)")
			}
			r.line(fmt.Sprintf("    %-5s  %s%s  %s", taxonomyLabel[g.tax], label, pad, term))
		}
	}
	if n := len(rep.Candidates); n > 0 {
		r.field("candidates", fmt.Sprintf("%d map to no term: add one with `go run ./tools/leadup new term TAXONOMY \"Title\"`, add the label as an alias in data/vocabulary.toml, or reword the label", n))
		for _, c := range rep.Candidates {
			r.line(fmt.Sprintf("    %-8s  %s", c.Taxonomy, r.style(ansiYellow, c.Label)))
		}
	}

	r.line("")
	r.field("dropped", dropSummary(len(rep.Dropped)))
	for _, g := range groupDropped(rep.Dropped) {
		var samples []string
		for _, d := range g.lines[:min(len(g.lines), opts.Samples)] {
			s := fmt.Sprintf("%q", clip(d.Text, 50))
			if d.Line > 0 {
				s = fmt.Sprintf("line %d %s", d.Line, s)
			}
			samples = append(samples, s)
		}
		more := ""
		if len(g.lines) > opts.Samples {
			more = fmt.Sprintf("; %d more", len(g.lines)-opts.Samples)
		}
		r.line(fmt.Sprintf("    %3d  %s: %s", len(g.lines), g.why, r.style(ansiDim, strings.Join(samples, "; ")+more)))
	}

	warnings := append(slices.Clone(rep.Warnings), a.Warnings...)
	if len(warnings) > 0 {
		r.line("")
		r.field("warnings", fmt.Sprint(len(warnings)))
		for _, wn := range warnings {
			r.line("    " + r.style(ansiRed, wn))
		}
	}

	if opts.PreviewLines > 0 {
		r.line("")
		lines := strings.Split(strings.TrimRight(a.Body, "\n"), "\n")
		shown := lines[:min(len(lines), opts.PreviewLines)]
		r.field("preview", fmt.Sprintf("first %d of %d lines of the essay body", len(shown), len(lines)))
		r.markdown(strings.Join(shown, "\n") + "\n")
	}

	r.line("")
	switch {
	case a.Exists() && !a.Changed():
		r.line(a.Target + " is up to date: nothing to write")
	case a.Exists():
		r.line(r.style(ansiYellow, a.Target+" already exists and differs: not overwritten") + "; run again with -w to replace it (-d shows the changes)")
	default:
		r.line("not written: run again with -w to write " + a.Target + " (-d shows the diff)")
	}
	return r.err
}

// dropSummary says how many lines were dropped.
func dropSummary(n int) string {
	switch n {
	case 0:
		return "nothing: every line is in the essay"
	case 1:
		return "1 line left out of the essay body (title, byline, date or junk)"
	}
	return fmt.Sprintf("%d lines left out of the essay body (title, byline, date or junk)", n)
}

// droppedGroup is the dropped lines that share a reason.
type droppedGroup struct {
	why   string
	lines []normalize.Dropped
}

// groupDropped groups dropped lines by reason, the most frequent first,
// ties in order of first appearance.
func groupDropped(ds []normalize.Dropped) []droppedGroup {
	var out []droppedGroup
	index := map[string]int{}
	for _, d := range ds {
		i, ok := index[d.Why]
		if !ok {
			i = len(out)
			index[d.Why] = i
			out = append(out, droppedGroup{why: d.Why})
		}
		out[i].lines = append(out[i].lines, d)
	}
	slices.SortStableFunc(out, func(a, b droppedGroup) int { return len(b.lines) - len(a.lines) })
	return out
}

// clip shortens s to n runes on one line, marking the cut with "…".
func clip(s string, n int) string {
	s = oneLine(s)
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func orNone(s string) string {
	if s == "" {
		return "(none found)"
	}
	return s
}

// reviewer writes review lines and remembers the first write error.
type reviewer struct {
	w     io.Writer
	color bool
	err   error
}

func (r *reviewer) line(s string) {
	if r.err == nil {
		_, r.err = io.WriteString(r.w, s+"\n")
	}
}

func (r *reviewer) field(name, value string) {
	r.line(fmt.Sprintf("  %s %s", r.style(ansiBold, fmt.Sprintf("%-10s", name)), value))
}

func (r *reviewer) style(code, s string) string {
	if !r.color || s == "" {
		return s
	}
	return code + s + ansiReset
}

// markdown writes Markdown indented by four spaces, highlighted by Chroma
// when colour is on.
func (r *reviewer) markdown(src string) {
	if r.err != nil {
		return
	}
	if r.color {
		var b strings.Builder
		if err := quick.Highlight(&b, src, "markdown", "terminal256", "native"); err == nil {
			src = b.String()
		}
	}
	for _, l := range strings.Split(strings.TrimRight(src, "\n"), "\n") {
		r.line("    " + l)
	}
	if r.color {
		r.line(ansiReset)
	}
}

// creditLine names the original: `Adapted from "Title" by Author (URL)`,
// or "" when the essay credits none.
func creditLine(fm normalize.FrontMatter) string {
	s := fm.Source
	if s.Title == "" && s.URL == "" {
		return ""
	}
	title := s.Title
	if title == "" {
		title = fm.Title
	}
	line := fmt.Sprintf("Adapted from %q", oneLine(title))
	if s.Author != "" {
		line += " by " + oneLine(s.Author)
	}
	if s.URL != "" {
		line += " (" + s.URL + ")"
	}
	return line
}

// joinNames joins names as "A", "A and B" or "A, B and C".
func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// count returns "1 step" or "3 steps".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
