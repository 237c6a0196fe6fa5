package normalize

// TestEval measures how well Normalize generalises to realistic web pastes it
// was not tuned on. testdata/eval holds articles about leading up written for
// this purpose (listicles, advice columns, magazine essays, career sites,
// Medium, LinkedIn, WordPress, news sites, university pages, saved HTML,
// wiki Markdown, myth-busters, tables…), each with a <case>.expect.toml
// written by a human annotator:
//
//	title = "…"
//	authors = ["…"]          # [] when the page names none
//	date = "2023-03-03"      # "" when none
//	junk = ["Follow", "…"]   # every junk line, trimmed, as in the input
//	keep = ["…"]             # ≥ 1 distinctive phrase per real paragraph
//	[[items]]                # every reason, step and pitfall a human would list
//	taxonomy = "steps"       # reasons | steps | pitfalls
//	label = "Learn their communication style"
//
// (junk and keep come before the [[items]] tables, or TOML would read them
// as keys of the last item.)
//
// The test prints a per-case table and totals (run with -v to see them when it
// passes): item precision, recall and F1; title, author and date accuracy; the
// share of junk lines dropped; the share of real content kept. Then, per case,
// exactly which items, metadata, junk lines and phrases were missed.
//
// The bar is the product's acceptance bar for the held-out set: item F1 ≥ 0.8,
// title/author/date accuracy ≥ 0.9 each, junk dropped ≥ 0.95, content kept = 1.
//
// TestEval FAILS when the normaliser falls below that bar. To the
// normaliser's owner: this is our stand-in for the held-out set of real
// articles the product is scored on; make it pass by generalising the
// normaliser, never by editing the fixtures or lowering the bar. While you
// work, LEADUP_EVAL_STRICT=0 reports without failing. Broken fixtures (bad
// TOML, a junk line, label or phrase that is not in the input) always fail.
//
//	go test -run TestEval -v ./tools/internal/normalize
//
// Do not tune the normaliser to these exact strings: they stand in for
// articles nobody has seen. Fix the general shape a miss belongs to.

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/BurntSushi/toml"
	xhtml "golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"

	"github.com/leadingup/leadingup/tools/internal/vocab"
)

var (
	evalVerbose = flag.Bool("eval.v", false, "TestEval: also print each case's output body, extracted items and dropped lines")
	evalCase    = flag.String("eval.case", "", "TestEval: only run cases whose name matches this regular expression")
	evalDir     = flag.String("eval.dir", "testdata/eval", "TestEval: the folder of articles and their .expect.toml files (e.g. a fresh held-out set kept outside the repository)")
)

// The product's acceptance bar.
const (
	evalMinF1      = 0.8
	evalMinMeta    = 0.9
	evalMinJunk    = 0.95
	evalMinContent = 1.0
)

// evalExpect is the annotated truth for one eval article.
type evalExpect struct {
	Title   string     `toml:"title"`
	Authors []string   `toml:"authors"`
	Date    string     `toml:"date"`
	Items   []evalItem `toml:"items"`
	Junk    []string   `toml:"junk"`
	Keep    []string   `toml:"keep"`
}

// evalItem is one expected reason, step or pitfall.
type evalItem struct {
	Taxonomy string `toml:"taxonomy"`
	Label    string `toml:"label"`
}

// evalScore is the outcome for one case.
type evalScore struct {
	name                      string
	wantItems, gotItems, tp   int
	titleOK, authorOK, dateOK bool
	junk, junkDropped         int
	keep, kept                int
	misses                    []string
	// byTax counts want, got and right items per taxonomy.
	byTax map[string]*[3]int
}

func (s evalScore) prf() (p, r, f float64) { return evalPRF(s.tp, s.gotItems, s.wantItems) }

func evalPRF(tp, got, want int) (p, r, f float64) {
	p, r = 1, 1
	if got > 0 {
		p = float64(tp) / float64(got)
	}
	if want > 0 {
		r = float64(tp) / float64(want)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func TestEval(t *testing.T) {
	t.Log("general failure patterns found on a held-out batch kept out of the repository: read HELDOUT-FINDINGS.md in this package")
	inputs := evalInputs(t, *evalDir)
	if *evalDir == "testdata/eval" && len(inputs) < 16 {
		t.Errorf("%s has %d articles, want at least 16", *evalDir, len(inputs))
	}
	scores := evalScores(t, inputs)

	// Per-case table.
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-28s %5s %5s %5s %5s %5s %5s  %-5s %-6s %-4s %7s %7s\n",
		"case", "want", "got", "tp", "P", "R", "F1", "title", "author", "date", "junk", "kept")
	var tot evalScore
	var titles, authors, dates int
	for _, s := range scores {
		p, r, f := s.prf()
		fmt.Fprintf(&b, "%-28s %5d %5d %5d %5.2f %5.2f %5.2f  %-5s %-6s %-4s %3d/%-3d %3d/%-3d\n",
			s.name, s.wantItems, s.gotItems, s.tp, p, r, f, evalMark(s.titleOK), evalMark(s.authorOK), evalMark(s.dateOK),
			s.junkDropped, s.junk, s.kept, s.keep)
		tot.wantItems += s.wantItems
		tot.gotItems += s.gotItems
		tot.tp += s.tp
		tot.junk += s.junk
		tot.junkDropped += s.junkDropped
		tot.keep += s.keep
		tot.kept += s.kept
		titles += evalB2I(s.titleOK)
		authors += evalB2I(s.authorOK)
		dates += evalB2I(s.dateOK)
	}
	n := float64(len(scores))
	p, r, f := tot.prf()
	titleAcc, authorAcc, dateAcc := float64(titles)/n, float64(authors)/n, float64(dates)/n
	junkRate, keepRate := evalRatio(tot.junkDropped, tot.junk), evalRatio(tot.kept, tot.keep)
	fmt.Fprintf(&b, "%-28s %5d %5d %5d %5.2f %5.2f %5.2f  %2d/%-2d %2d/%-3d %2d/%-2d %3d/%-3d %3d/%-3d\n",
		"TOTAL", tot.wantItems, tot.gotItems, tot.tp, p, r, f, titles, len(scores), authors, len(scores), dates, len(scores),
		tot.junkDropped, tot.junk, tot.kept, tot.keep)
	t.Log(b.String())

	// What was missed, per case.
	for _, s := range scores {
		if len(s.misses) > 0 {
			t.Logf("%s:\n\t%s", s.name, strings.Join(s.misses, "\n\t"))
		}
	}

	var below []string
	bar := func(name string, got, min float64) {
		status := "ok"
		if got < min {
			status = "BELOW BAR"
			below = append(below, fmt.Sprintf("%s %.3f < %.2f", name, got, min))
		}
		t.Logf("%-16s %.3f (bar %.2f) %s", name, got, min, status)
	}
	t.Logf("totals over %d cases:", len(scores))
	t.Logf("%-16s %.3f", "item precision", p)
	t.Logf("%-16s %.3f", "item recall", r)
	for _, name := range []string{"reasons", "steps", "pitfalls"} {
		var c [3]int
		for _, s := range scores {
			if n := s.byTax[name]; n != nil {
				c[0], c[1], c[2] = c[0]+n[0], c[1]+n[1], c[2]+n[2]
			}
		}
		tp, tr, tf := evalPRF(c[2], c[1], c[0])
		t.Logf("  %-14s want %3d got %3d right %3d: P %.3f R %.3f F1 %.3f", name, c[0], c[1], c[2], tp, tr, tf)
	}
	bar("item F1", f, evalMinF1)
	bar("title accuracy", titleAcc, evalMinMeta)
	bar("author accuracy", authorAcc, evalMinMeta)
	bar("date accuracy", dateAcc, evalMinMeta)
	bar("junk dropped", junkRate, evalMinJunk)
	bar("content kept", keepRate, evalMinContent)
	if len(below) == 0 {
		return
	}
	// Not strict yet: the normaliser is still being brought up to the bar.
	// The lead flips this to always-strict once it passes.
	if os.Getenv("LEADUP_EVAL_STRICT") != "0" {
		t.Errorf("eval below the product bar: %s", strings.Join(below, "; "))
	} else {
		t.Logf("eval below the product bar (%s); not failing because LEADUP_EVAL_STRICT=0 is set", strings.Join(below, "; "))
	}
}

// TestEvalShapes scores items only (reasons, steps, pitfalls) on the two
// development sets the normaliser was tuned on:
//
//   - testdata/shapes: short articles written for the shapes real articles
//     take (benefits in prose, "First, … Second, …" paragraphs, a Q&A
//     column, ALL-CAPS headings, a do/don't list, mathematical bold letters,
//     a story with its lessons at the end);
//   - testdata/realistic: whole pages in the shapes of real published ones
//     (a Medium story, a newspaper advice column, a coaching blog's do's and
//     don'ts, a magazine article through an archive mirror, a personal
//     story with a sign-off, a LinkedIn post in a Spanish interface; later
//     a newsletter with benefits in a series, a story whose lessons close
//     it with no lead-in, a feed post of third-person habits).
//
// Their metadata is not scored here. Each has a twin set written at the
// same time and split off before any result was seen, for measuring only
// (testdata/heldout-shapes, testdata/heldout-realistic):
//
//	LEADUP_EVAL_STRICT=0 go test -run 'TestEval$' -v ./tools/internal/normalize -args -eval.dir testdata/heldout-realistic
func TestEvalShapes(t *testing.T) {
	for _, dir := range []string{"testdata/shapes", "testdata/realistic"} {
		scores := evalScores(t, evalInputs(t, dir))
		var tot evalScore
		for _, s := range scores {
			tot.wantItems += s.wantItems
			tot.gotItems += s.gotItems
			tot.tp += s.tp
			for _, m := range s.misses {
				if strings.HasPrefix(m, "missed item") || strings.HasPrefix(m, "spurious item") {
					t.Logf("%s: %s", s.name, m)
				}
			}
		}
		p, r, f := tot.prf()
		t.Logf("%s: items over %d cases: want %d, got %d, right %d: P %.3f R %.3f F1 %.3f", dir, len(scores), tot.wantItems, tot.gotItems, tot.tp, p, r, f)
		if f < evalMinF1 {
			t.Errorf("item F1 %.3f on %s is below the bar %.2f", f, dir, evalMinF1)
		}
	}
}

// evalScores scores every input (those matching -eval.case).
func evalScores(t *testing.T, inputs []string) []evalScore {
	t.Helper()
	v, err := vocab.Load("../../../data/vocabulary.toml")
	if err != nil {
		t.Fatal(err)
	}
	var filter *regexp.Regexp
	if *evalCase != "" {
		filter = regexp.MustCompile(*evalCase)
	}
	var scores []evalScore
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
		if filter != nil && !filter.MatchString(name) {
			continue
		}
		scores = append(scores, evalOne(t, v, in, name))
	}
	if len(scores) == 0 {
		t.Fatal("no eval cases ran")
	}
	return scores
}

// evalInputs lists the eval articles: every file in dir that is not an
// expectation.
func evalInputs(t *testing.T, dir string) []string {
	t.Helper()
	all, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range all {
		if strings.HasSuffix(f, ".expect.toml") {
			continue
		}
		if _, err := os.Stat(strings.TrimSuffix(f, filepath.Ext(f)) + ".expect.toml"); err != nil {
			t.Errorf("%s: no expectation file: %v", f, err)
			continue
		}
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

// evalOne normalises one article and scores it against its expectations.
func evalOne(t *testing.T, v *vocab.Vocabulary, path, name string) evalScore {
	t.Helper()
	s := evalScore{name: name}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want evalExpect
	expPath := strings.TrimSuffix(path, filepath.Ext(path)) + ".expect.toml"
	md, err := toml.DecodeFile(expPath, &want)
	if err != nil {
		t.Errorf("%s: %v", expPath, err)
		return s
	}
	if und := md.Undecoded(); len(und) > 0 {
		t.Errorf("%s: unknown keys %v", expPath, und)
	}
	evalCheckFixture(t, expPath, src, filepath.Ext(path) == ".html", want)

	res, err := Normalize(src, Options{Name: path, SourcePath: filepath.ToSlash(path), Vocab: v})
	if err != nil {
		s.misses = append(s.misses, fmt.Sprintf("Normalize failed: %v", err))
		s.wantItems, s.junk, s.keep = len(want.Items), len(want.Junk), len(want.Keep)
		return s
	}
	rep := res.Report
	body := evalBody(res.Markdown)

	// Items.
	type got struct {
		tax, label string
		used       bool
	}
	var gots []*got
	for _, g := range []struct {
		tax  string
		refs []ItemRef
	}{{"reasons", rep.Reasons}, {"steps", rep.Steps}, {"pitfalls", rep.Pitfalls}} {
		for _, ref := range g.refs {
			gots = append(gots, &got{tax: g.tax, label: ref.Label})
		}
	}
	s.wantItems, s.gotItems = len(want.Items), len(gots)
	s.byTax = map[string]*[3]int{}
	tax := func(name string) *[3]int {
		if s.byTax[name] == nil {
			s.byTax[name] = &[3]int{}
		}
		return s.byTax[name]
	}
	for _, w := range want.Items {
		tax(w.Taxonomy)[0]++
	}
	for _, g := range gots {
		tax(g.tax)[1]++
	}
	for _, w := range want.Items {
		var hit *got
		for _, g := range gots {
			if !g.used && g.tax == w.Taxonomy && evalLabelsMatch(g.label, w.Label) {
				hit = g
				break
			}
		}
		if hit != nil {
			hit.used = true
			s.tp++
			tax(w.Taxonomy)[2]++
			continue
		}
		msg := fmt.Sprintf("missed item   %-8s %q", w.Taxonomy, w.Label)
		for _, g := range gots {
			if !g.used && evalLabelsMatch(g.label, w.Label) {
				msg += fmt.Sprintf(" (found as %s %q)", g.tax, g.label)
				break
			}
		}
		s.misses = append(s.misses, msg)
	}
	for _, g := range gots {
		if !g.used {
			s.misses = append(s.misses, fmt.Sprintf("spurious item %-8s %q", g.tax, g.label))
		}
	}

	// Metadata.
	s.titleOK = evalKey(rep.Title) == evalKey(want.Title)
	if !s.titleOK {
		s.misses = append(s.misses, fmt.Sprintf("title  got %q, want %q", rep.Title, want.Title))
	}
	s.authorOK = evalSameAuthors(rep.Authors, want.Authors)
	if !s.authorOK {
		s.misses = append(s.misses, fmt.Sprintf("author got %q, want %q", rep.Authors, want.Authors))
	}
	s.dateOK = rep.Date == want.Date
	if !s.dateOK {
		s.misses = append(s.misses, fmt.Sprintf("date   got %q, want %q", rep.Date, want.Date))
	}

	// Junk: dropped when the report lists it (for text and Markdown, by its
	// input line), or when it is not in the body: not as a line of its own,
	// nor merged into a paragraph with the line before or after it.
	isHTML := filepath.Ext(path) == ".html" || filepath.Ext(path) == ".htm"
	droppedLine := map[int]bool{}
	droppedText := map[string]bool{}
	var droppedBlocks []string
	for _, d := range rep.Dropped {
		droppedLine[d.Line] = true
		droppedText[evalJunkKey(d.Text)] = true
		if d.Line == 0 {
			droppedBlocks = append(droppedBlocks, evalJunkKey(d.Text))
		}
	}
	inLines := strings.Split(string(src), "\n")
	inKeys := make([]string, len(inLines))
	for i, l := range inLines {
		inKeys[i] = evalJunkKey(l)
	}
	bodyLines := evalBodyLines(body)
	foldedBody := evalFold(evalStripMarkdown(body))
	s.junk = len(want.Junk)
	for _, j := range want.Junk {
		fj := evalJunkKey(j)
		var gone bool
		if isHTML {
			gone = droppedText[fj] || !evalJunkInBody(fj, bodyLines, foldedBody)
			for _, blk := range droppedBlocks {
				gone = gone || len(fj) >= 12 && strings.Contains(blk, fj)
			}
		} else {
			gone = true
			for i := range inLines {
				if inKeys[i] != fj || droppedLine[i+1] {
					continue
				}
				// An occurrence the report does not list: is it in the body?
				if evalJunkInBody(fj, bodyLines, foldedBody) ||
					evalMerged(fj, evalNeighbour(inKeys, i, -1), evalNeighbour(inKeys, i, +1), foldedBody) {
					gone = false
				}
			}
		}
		if gone {
			s.junkDropped++
		} else {
			s.misses = append(s.misses, fmt.Sprintf("junk kept     %q", j))
		}
	}

	// Content: every keep phrase must be in the body.
	s.keep = len(want.Keep)
	for _, k := range want.Keep {
		if strings.Contains(foldedBody, evalFold(k)) {
			s.kept++
			continue
		}
		why := "not in body"
		for _, d := range rep.Dropped {
			if strings.Contains(evalFold(d.Text), evalFold(k)) {
				why = fmt.Sprintf("dropped as %q", d.Why)
				break
			}
		}
		s.misses = append(s.misses, fmt.Sprintf("content lost  %q (%s)", k, why))
	}

	if *evalVerbose {
		var b strings.Builder
		fmt.Fprintf(&b, "%s: items:\n", name)
		for _, g := range gots {
			fmt.Fprintf(&b, "\t%-8s %q\n", g.tax, g.label)
		}
		fmt.Fprintf(&b, "%s: dropped:\n", name)
		for _, d := range rep.Dropped {
			fmt.Fprintf(&b, "\t%3d %-16s %q\n", d.Line, d.Why, d.Text)
		}
		fmt.Fprintf(&b, "%s: warnings: %q\n%s: output:\n%s", name, rep.Warnings, name, res.Markdown)
		t.Log(b.String())
	}
	return s
}

// evalCheckFixture makes sure the expectations refer to the input: junk
// lines, labels and keep phrases must all occur in it.
func evalCheckFixture(t *testing.T, name string, src []byte, isHTML bool, want evalExpect) {
	t.Helper()
	text := string(src)
	if isHTML {
		text = evalHTMLText(src)
	}
	folded := evalFold(evalStripMarkdown(text))
	if want.Authors == nil {
		t.Errorf("%s: authors missing (use [] when the page names none)", name)
	}
	if want.Date != "" && !regexp.MustCompile(`^\d{4}-\d\d-\d\d$`).MatchString(want.Date) {
		t.Errorf("%s: date %q is not YYYY-MM-DD", name, want.Date)
	}
	if len(want.Keep) == 0 {
		t.Errorf("%s: no keep phrases", name)
	}
	for _, it := range want.Items {
		switch it.Taxonomy {
		case "reasons", "steps", "pitfalls":
		default:
			t.Errorf("%s: item %q: bad taxonomy %q", name, it.Label, it.Taxonomy)
		}
		if !strings.Contains(folded, evalFold(it.Label)) {
			t.Errorf("%s: item label %q is not in the input", name, it.Label)
		}
	}
	for _, j := range want.Junk {
		if strings.TrimSpace(j) != j || j == "" {
			t.Errorf("%s: junk %q must be trimmed and non-empty", name, j)
		}
		if !strings.Contains(evalFold(text), evalFold(j)) {
			t.Errorf("%s: junk line %q is not in the input", name, j)
		}
	}
	for _, k := range want.Keep {
		if !strings.Contains(folded, evalFold(k)) {
			t.Errorf("%s: keep phrase %q is not in the input", name, k)
		}
		for _, j := range want.Junk {
			if strings.Contains(evalFold(j), evalFold(k)) {
				t.Errorf("%s: keep phrase %q is inside junk line %q", name, k, j)
			}
		}
	}
}

// evalBody returns the Markdown body after the TOML front matter.
func evalBody(md []byte) string {
	s := string(md)
	if !strings.HasPrefix(s, "+++\n") {
		return s
	}
	rest := s[4:]
	if i := strings.Index(rest, "\n+++\n"); i >= 0 {
		return rest[i+5:]
	}
	if strings.HasSuffix(rest, "\n+++") {
		return ""
	}
	return s
}

var (
	evalLinkRE    = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	evalLineMarks = regexp.MustCompile(`^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)*`)
	evalPrefixRE  = regexp.MustCompile(`^(?:(?:tip|step|rule|lesson|habit|way|no\.?|number)\s*#?\s*\d+|#?\d+)\s*[.):\-–—]*\s*`)
)

// evalStripMarkdown removes inline Markdown (links, emphasis, code, escapes,
// table pipes) so that text can be compared with the input.
func evalStripMarkdown(s string) string {
	s = evalLinkRE.ReplaceAllString(s, "$1")
	s = strings.NewReplacer("**", "", "__", "", "`", "", "\\", "", "|", " ").Replace(s)
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = evalLineMarks.ReplaceAllString(l, "")
		l = strings.Trim(l, "*_")
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// evalJunkKey folds a junk line the way body lines are folded.
func evalJunkKey(s string) string { return evalFold(evalStripMarkdown(s)) }

// evalBodyLines returns the body's lines, Markdown stripped and folded.
func evalBodyLines(body string) []string {
	var out []string
	for _, l := range strings.Split(evalStripMarkdown(body), "\n") {
		if l = evalFold(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// evalJunkInBody reports whether the folded junk line j survives in the body: as
// a line of its own, at the start or end of a line (when it has more than one
// word), or anywhere (when it is long enough to be unambiguous).
func evalJunkInBody(j string, lines []string, body string) bool {
	multi := strings.Contains(j, " ")
	for _, l := range lines {
		if l == j || multi && (strings.HasPrefix(l, j+" ") || strings.HasSuffix(l, " "+j)) {
			return true
		}
	}
	return len(j) >= 24 && strings.Contains(body, j)
}

// evalNeighbour returns the nearest non-blank folded input line before
// (dir -1) or after (dir +1) line i.
func evalNeighbour(keys []string, i, dir int) string {
	for k := i + dir; k >= 0 && k < len(keys); k += dir {
		if keys[k] != "" {
			return keys[k]
		}
	}
	return ""
}

// evalMerged reports whether the junk line j was reflowed into a paragraph
// together with the input line before or after it.
func evalMerged(j, prev, next, body string) bool {
	return prev != "" && strings.Contains(body, prev+" "+j) || next != "" && strings.Contains(body, j+" "+next)
}

// evalFold normalises text for comparison: compatibility forms folded
// (NFKC: mathematical bold letters read as plain ones), typographic quotes
// and dashes to ASCII, Markdown emphasis removed, whitespace collapsed,
// lower case.
func evalFold(s string) string {
	s = norm.NFKC.String(s)
	s = strings.NewReplacer(
		"\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`,
		"\u2013", "-", "\u2014", "-", "\u00a0", " ", "\u2026", "...",
		"*", "", "_", "", "`", "", "\\", "",
	).Replace(s)
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// evalKey reduces a title or name to lower-case words without punctuation.
func evalKey(s string) string {
	var b strings.Builder
	for _, r := range evalFold(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case r == '\'':
		default:
			b.WriteRune(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// evalLabelKey strips numbering and "Tip #n"/"Step n" prefixes, then punctuation.
func evalLabelKey(s string) string {
	s = strings.TrimSpace(evalFold(s))
	for {
		t := strings.TrimSpace(evalPrefixRE.ReplaceAllString(s, ""))
		if t == s {
			break
		}
		s = t
	}
	return evalKey(s)
}

// evalLabelsMatch reports whether two item labels name the same item: equal after
// labelKey, or one contains the other as whole words.
func evalLabelsMatch(a, b string) bool {
	a, b = evalLabelKey(a), evalLabelKey(b)
	if a == "" || b == "" {
		return false
	}
	return a == b || strings.Contains(" "+a+" ", " "+b+" ") || strings.Contains(" "+b+" ", " "+a+" ")
}

func evalSameAuthors(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	g, w := make([]string, len(got)), make([]string, len(want))
	for i := range got {
		g[i] = evalKey(got[i])
	}
	for i := range want {
		w[i] = evalKey(want[i])
	}
	sort.Strings(g)
	sort.Strings(w)
	for i := range g {
		if g[i] != w[i] {
			return false
		}
	}
	return true
}

// evalHTMLText returns the text of an HTML page (without scripts and styles)
// with entities decoded, for checking the fixtures against it.
func evalHTMLText(src []byte) string {
	z := xhtml.NewTokenizer(bytes.NewReader(src))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return b.String()
		case xhtml.StartTagToken:
			if n, _ := z.TagName(); string(n) == "script" || string(n) == "style" {
				skip++
			}
		case xhtml.EndTagToken:
			if n, _ := z.TagName(); (string(n) == "script" || string(n) == "style") && skip > 0 {
				skip--
			}
		case xhtml.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		}
	}
}

func evalMark(ok bool) string {
	if ok {
		return "ok"
	}
	return "MISS"
}

func evalB2I(ok bool) int {
	if ok {
		return 1
	}
	return 0
}

func evalRatio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
