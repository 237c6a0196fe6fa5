package normalize

// TestCorpusText scores the normaliser on real web pages pasted as text: the
// corpus in ../shared/corpus/web-pastes (880 pages with line labels, see its
// README). It is a development-time evaluation: it skips when the corpus is
// not beside the repository and under -short. It never copies corpus text
// into the repository and prints aggregates only.
//
// The score is the one of shared/tools/score_corpus.py: a labelled junk (or
// comment) line counts as removed when its folded text (first 80 runes) is
// absent from the folded output body; a labelled content line counts as kept
// when it is present. Lines shorter than 4 folded runes are not scored.
//
// The pages are split deterministically by a hash of their name into a
// tuning half and a held-out half, reported separately: figures on the
// tuning half flatter, the held-out half is the one to trust. The test fails
// when the held-out half falls below the floors below, which were reached
// when they were set, so it guards against regressions.
//
// Figures at the start of the n-junk session (main a0acd74), junk removed /
// content kept: tuning half .819/.957 (de .804/.955, en .896/.958, es
// .655/.979, fr .791/1.0, pl .938/1.0), held-out half .756/.943 (de
// .750/.952, en .799/.921, es .518/.984, fr .767/.886, pl .735/.875; 74
// content lines lost, 65 of them dropped). Misses are read on the tuning
// half only (-corpus.dump writes no held-out page).
//
//	go test -run TestCorpusText -v ./tools/internal/normalize
//	go test -run TestCorpusText -v ./tools/internal/normalize -args -corpus.v   # worst pages by name

import (
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

var (
	corpusVerbose = flag.Bool("corpus.v", false, "TestCorpusText: list the pages scoring worst (by name and figures only)")
	corpusOnly    = flag.String("corpus.half", "", "TestCorpusText: score only the \"tuning\" or the \"held-out\" half (quicker; the floors are checked only with both)")
	corpusDump    = flag.String("corpus.dump", "", "TestCorpusText: write, per TUNING page, each labelled line with its fate into this folder (outside the repository: it holds corpus text; held-out pages are never written, so their misses stay unread)")
)

// corpusDir is the real-page corpus, relative to this package.
const corpusDir = "../../../../shared/corpus/web-pastes"

// Floors on the held-out half (junk removed, content kept). Raise them as
// the normaliser improves; never lower them to make a change pass.
const (
	corpusMinJunk    = 0.77 // reached 0.746 (tuning half 0.793) with site-notice rules and menu entries repeated in the article; 0.754 (0.813) with the learned line score; 0.767 (0.830) with bios at the region's end, figure captions, chrome rows in es/fr/pl/de, teaser runs in related sections and the retrained score; 0.778 (0.843) with the short-line scope of the score (junkscopes.go)
	corpusMinContent = 0.94 // reached 0.945 (tuning half 0.960), 0.941 (0.959) since; 0.942 (0.957) with the changes above, one held-out line fewer than at the session's start (unread)
)

// corpusLabel is one page's entry in labels.json (the fields scored here).
type corpusLabel struct {
	Lang         string `json:"lang"`
	ContentLines []int  `json:"content_lines"`
	JunkLines    []int  `json:"junk_lines"`
	CommentLines []int  `json:"comment_lines"`
}

// corpusPage is one labelled text paste of the real-page corpus.
type corpusPage struct {
	name  string // the page's name in labels.json (its paste is name+".txt")
	label corpusLabel
	src   []byte
}

// corpusPages reads labels.json and the text pastes it names, in name
// order, leaving out labelled pages that have no paste. It skips the test
// when the corpus is not present.
func corpusPages(t *testing.T) []corpusPage {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(corpusDir, "labels.json"))
	if err != nil {
		t.Skip("real-page corpus not present")
	}
	var labels map[string]corpusLabel
	if err := json.Unmarshal(raw, &labels); err != nil {
		t.Fatalf("%s/labels.json: %v", corpusDir, err)
	}
	var pages []corpusPage
	for _, name := range slices.Sorted(maps.Keys(labels)) {
		src, err := os.ReadFile(filepath.Join(corpusDir, name+".txt"))
		if err != nil {
			continue
		}
		pages = append(pages, corpusPage{name, labels[name], src})
	}
	return pages
}

// corpusTally counts scored lines.
type corpusTally struct {
	pages, failed             int
	junk, removed, cont, kept int
	// content lines lost because a pass dropped them (the rest of the
	// lost lines were kept but rewritten, e.g. "Label: text" written as
	// an item "**Label.** text")
	dropped int
}

func (a *corpusTally) add(b corpusTally) {
	a.pages += b.pages
	a.failed += b.failed
	a.junk += b.junk
	a.removed += b.removed
	a.cont += b.cont
	a.kept += b.kept
	a.dropped += b.dropped
}

func (a corpusTally) junkRate() float64    { return evalRatio(a.removed, a.junk) }
func (a corpusTally) contentRate() float64 { return evalRatio(a.kept, a.cont) }

func (a corpusTally) String() string {
	return fmt.Sprintf("pages=%4d junk_removed=%.3f (%d/%d) content_kept=%.3f (%d/%d; lost: %d dropped, %d rewritten) failed=%d",
		a.pages, a.junkRate(), a.removed, a.junk, a.contentRate(), a.kept, a.cont, a.dropped, a.cont-a.kept-a.dropped, a.failed)
}

var (
	reCorpusMarkup = regexp.MustCompile("[*_`>#\\[\\]()|\\\\-]+")
	reCorpusSpace  = regexp.MustCompile(`\s+`)
)

// corpusFold folds text as score_corpus.py does: NFKC, lower case, Markdown
// markup to spaces, runs of white space to one space.
func corpusFold(s string) string {
	s = strings.ToLower(norm.NFKC.String(s))
	s = reCorpusMarkup.ReplaceAllString(s, " ")
	return strings.TrimSpace(reCorpusSpace.ReplaceAllString(s, " "))
}

// corpusBody is the folded body of a rendered essay (front matter removed).
func corpusBody(md []byte) string {
	s := string(md)
	if strings.HasPrefix(s, "+++") {
		if parts := strings.SplitN(s, "+++", 3); len(parts) == 3 {
			s = parts[2]
		}
	}
	return corpusFold(s)
}

// corpusHeldOut puts a page in the held-out half by a hash of its name.
func corpusHeldOut(name string) bool {
	h := fnv.New32a()
	h.Write([]byte(name))
	return h.Sum32()%2 == 1
}

// corpusScore scores one page's output body against its labels; dropped
// holds the line numbers the normaliser reported as dropped.
func corpusScore(lines []string, body string, lab corpusLabel, dropped map[int]bool) corpusTally {
	var c corpusTally
	key := func(n int) (string, bool) {
		if n < 1 || n > len(lines) {
			return "", false
		}
		k := []rune(corpusFold(lines[n-1]))
		if len(k) > 80 {
			k = k[:80]
		}
		return string(k), len(k) >= 4
	}
	for _, n := range append(slices.Clone(lab.JunkLines), lab.CommentLines...) {
		if k, ok := key(n); ok {
			c.junk++
			if !strings.Contains(body, k) {
				c.removed++
			}
		}
	}
	for _, n := range lab.ContentLines {
		if k, ok := key(n); ok {
			c.cont++
			if strings.Contains(body, k) {
				c.kept++
			} else if dropped[n] {
				c.dropped++
			}
		}
	}
	return c
}

func TestCorpusText(t *testing.T) {
	if testing.Short() {
		t.Skip("real-page corpus evaluation skipped under -short")
	}
	corpus := corpusPages(t)
	v := loadVocab(t)
	type pageScore struct {
		name, lang string
		held       bool
		c          corpusTally
	}
	var pages []pageScore
	for _, page := range corpus {
		name, lab, src := page.name, page.label, page.src
		p := pageScore{name: name, lang: lab.Lang, held: corpusHeldOut(name)}
		if *corpusOnly == "tuning" && p.held || *corpusOnly == "held-out" && !p.held {
			continue
		}
		if p.lang == "" {
			p.lang = "?"
		}
		res, err := normalizeCorpusPage(src, name, v) // shared with TestSilverMeta
		if err != nil {
			p.c.failed = 1
		} else {
			dropped := map[int]bool{}
			for _, dr := range res.Report.Dropped {
				dropped[dr.Line] = true
			}
			p.c = corpusScore(strings.Split(string(src), "\n"), corpusBody(res.Markdown), lab, dropped)
			if *corpusDump != "" && !p.held {
				corpusWriteDump(t, name, strings.Split(string(src), "\n"), res, lab)
			}
		}
		p.c.pages = 1
		pages = append(pages, p)
	}
	if len(pages) == 0 {
		t.Skip("real-page corpus has no pastes")
	}

	var b strings.Builder
	var held corpusTally
	for _, half := range []struct {
		name string
		held bool
	}{{"tuning", false}, {"held-out", true}} {
		var all corpusTally
		byLang := map[string]*corpusTally{}
		for _, p := range pages {
			if p.held != half.held {
				continue
			}
			all.add(p.c)
			if byLang[p.lang] == nil {
				byLang[p.lang] = &corpusTally{}
			}
			byLang[p.lang].add(p.c)
		}
		fmt.Fprintf(&b, "\n%s half: %s\n", half.name, all)
		langs := slices.Collect(func(yield func(string) bool) {
			for k := range byLang {
				if !yield(k) {
					return
				}
			}
		})
		sort.Slice(langs, func(i, j int) bool {
			if byLang[langs[i]].pages != byLang[langs[j]].pages {
				return byLang[langs[i]].pages > byLang[langs[j]].pages
			}
			return langs[i] < langs[j]
		})
		for _, l := range langs {
			if byLang[l].pages >= 3 {
				fmt.Fprintf(&b, "  %-3s %s\n", l, byLang[l])
			}
		}
		if half.held {
			held = all
		}
	}
	var total corpusTally
	for _, p := range pages {
		total.add(p.c)
	}
	fmt.Fprintf(&b, "\nall pages: %s\n", total)
	t.Log(b.String())

	if *corpusVerbose {
		sort.Slice(pages, func(i, j int) bool {
			ei := (pages[i].c.junk - pages[i].c.removed) + 3*(pages[i].c.cont-pages[i].c.kept)
			ej := (pages[j].c.junk - pages[j].c.removed) + 3*(pages[j].c.cont-pages[j].c.kept)
			return ei > ej
		})
		for _, p := range pages[:min(40, len(pages))] {
			t.Logf("%s [%s] held=%v junk %d/%d content %d/%d", p.name, p.lang, p.held, p.c.removed, p.c.junk, p.c.kept, p.c.cont)
		}
	}

	if *corpusOnly != "" {
		return
	}
	if r := held.junkRate(); r < corpusMinJunk {
		t.Errorf("held-out half: junk removed %.3f, below the floor %.2f", r, corpusMinJunk)
	}
	if r := held.contentRate(); r < corpusMinContent {
		t.Errorf("held-out half: content kept %.3f, below the floor %.2f", r, corpusMinContent)
	}
	if held.failed > 0 {
		t.Errorf("held-out half: %d pages failed to normalise", held.failed)
	}
}

// corpusWriteDump writes every line of a page with its label (C content, J
// junk, c comment), whether it survived, and why it was dropped, for
// studying misses. It writes only into the folder given by -corpus.dump.
func corpusWriteDump(t *testing.T, name string, lines []string, res Result, lab corpusLabel) {
	body := corpusBody(res.Markdown)
	mark := map[int]string{}
	for _, n := range lab.ContentLines {
		mark[n] = "C"
	}
	for _, n := range lab.JunkLines {
		mark[n] = "J"
	}
	for _, n := range lab.CommentLines {
		mark[n] = "c"
	}
	why := map[int]string{}
	for _, d := range res.Report.Dropped {
		why[d.Line] = d.Why
	}
	// the region finder's view of the page
	d := &doc{lines: lex(strings.Join(lines, "\n"), 1, false), skip: map[int]bool{}}
	feats := d.regionFeatures()
	d.findRegion()
	var b strings.Builder
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		in := "-"
		if i >= d.regionStart && i < d.regionEnd {
			in = "R"
		}
		fmt.Fprintf(&b, "%s%d ", in, feats[i].class)
		m := mark[i+1]
		fate := " "
		if k := []rune(corpusFold(l)); m != "" && len(k) >= 4 {
			if len(k) > 80 {
				k = k[:80]
			}
			found := strings.Contains(body, string(k))
			switch {
			case m == "C" && !found:
				fate = "LOST"
			case m != "C" && found:
				fate = "LEAK"
			default:
				fate = "ok"
			}
		}
		fmt.Fprintf(&b, "%4d %1s %-4s %-22.22s %s\n", i+1, m, fate, why[i+1], l)
	}
	if err := os.WriteFile(filepath.Join(*corpusDump, name+".txt"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	// the region's edges and each line's features, for studying the model
	type lineFeat struct {
		Line          int
		Class, Chars  int
		Words, Stops  int
		Sentence      bool
		Kind          int
		Rule, Section string
		Region        bool
	}
	var lf []lineFeat
	for i, l := range d.lines {
		if l.kind == kBlank {
			continue
		}
		t := stripInline(metaText(l))
		lf = append(lf, lineFeat{Line: i + 1, Class: int(feats[i].class), Chars: feats[i].chars, Words: wordCount(t),
			Stops: stopCount(t), Sentence: endsSentence(t), Kind: int(l.kind), Rule: junkLine(t), Section: sectionJunk(metaText(l)),
			Region: i >= d.regionStart && i < d.regionEnd})
	}
	js, _ := json.Marshal(map[string]any{"coreStart": d.regionCoreStart + 1, "coreEnd": d.regionCoreEnd + 1, "start": d.regionStart + 1,
		"end": d.regionEnd, "stop": d.regionStop + 1, "thread": d.regionThread + 1, "lines": lf})
	if err := os.WriteFile(filepath.Join(*corpusDump, name+".json"), js, 0o644); err != nil {
		t.Fatal(err)
	}
}

// stopCount counts the function words of t (stopwords.go).
func stopCount(t string) int {
	n := 0
	for _, w := range strings.Fields(t) {
		if stopwords[strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))] {
			n++
		}
	}
	return n
}
