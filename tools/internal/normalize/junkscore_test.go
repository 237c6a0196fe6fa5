package normalize

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// TestJunkFeatures checks a few features of lines on a small pasted page,
// and that the score leaves headings, list items and short lines alone.
func TestJunkFeatures(t *testing.T) {
	article := strings.Repeat("When you brief your manager on a risk, you give them the choice and the time to act on it before it grows. ", 2)
	page := strings.Join([]string{
		"Home",
		"News",
		"",
		"How to brief your manager",
		"",
		article,
		"",
		article,
		"",
		"- Send the short version first",
		"",
		"Read more at https://example.com/more",
		"",
		"Home",
	}, "\n")
	d := &doc{lines: lex(page, 1, false), skip: map[int]bool{}, titleLine: -1}
	d.findRegion()
	if d.regionFeats == nil {
		t.Fatal("no region found on the test page")
	}
	xs := d.junkFeatures()
	idx := func(prefix string) int {
		for i, l := range d.lines {
			if strings.HasPrefix(l.text, prefix) {
				return i
			}
		}
		t.Fatalf("no line %q", prefix)
		return -1
	}
	for _, c := range []struct {
		line    string
		feature int
		want    float64
	}{
		{"Home", jfRepeat, math.Log(2)},
		{"Home", jfWords, math.Log1p(1)},
		{"When you brief", jfSentence, 1},
		{"When you brief", jfInCore, 1},
		{"When you brief", jfTopic, 1},
		{"Read more at", jfLink, float64(len("https://example.com/more")) / float64(len("Read more at https://example.com/more"))},
		{"- Send", jfBullet, 1},
		{"How to brief", jfBlankAbove, 1},
		{"News", jfBlankAbove, 0},
	} {
		if got := xs[idx(c.line)][c.feature]; math.Abs(got-c.want) > 1e-9 {
			t.Errorf("%q: feature %s = %v, want %v", c.line, junkFeatureNames[c.feature], got, c.want)
		}
	}
	for _, c := range []struct {
		line string
		may  bool
	}{
		{"When you brief", true},
		{"- Send", false},       // a list item carries advice
		{"How to brief", false}, // a short line: a heading
		{"Home", false},
	} {
		if got := d.scoreMayDrop(idx(c.line)); got != c.may {
			t.Errorf("scoreMayDrop(%q) = %v, want %v", c.line, got, c.may)
		}
	}
}

// TestJunkProb checks the logistic function on known weights.
func TestJunkProb(t *testing.T) {
	var w, x [jfCount]float64
	x[jfBias] = 1
	for _, c := range []struct{ bias, want float64 }{{0, 0.5}, {math.Log(9), 0.9}, {-math.Log(9), 0.1}} {
		w[jfBias] = c.bias
		if got := junkProb(&w, &x); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("bias %v: p = %v, want %v", c.bias, got, c.want)
		}
	}
}

// TestScoreMayDropShort checks which short lines the short-line scope of
// the score may judge: short plain lines below the article's core, but not
// a subheading of a paragraph nor a signature.
func TestScoreMayDropShort(t *testing.T) {
	para := strings.Repeat("When you brief your manager on a risk, you give them the choice and the time to act on it before it grows. ", 2)
	page := strings.Join([]string{
		"Why briefing helps", "", para, "", "A second heading", "", para, "", para, "",
		"Warmly,", "Renata", "",
		"More from the blog", "", "Five ways to plan a quarter", "", "A headline above its teaser", "",
		"This teaser sentence has quite enough words to be read as one.", "",
		"Contact us",
	}, "\n")
	d := &doc{lines: lex(page, 1, false), skip: map[int]bool{}, titleLine: -1}
	d.findRegion()
	if d.regionFeats == nil {
		t.Fatal("no region found on the test page")
	}
	for _, c := range []struct {
		line string
		may  bool
	}{
		{"Why briefing helps", false},          // above the core
		{"A second heading", false},            // inside the core
		{"Renata", false},                      // a signature under "Warmly,"
		{"More from the blog", true},           // the label of a box of links
		{"Five ways to plan a quarter", true},  // a teaser's headline
		{"A headline above its teaser", false}, // it heads a sentence
	} {
		i := slices.IndexFunc(d.lines, func(l line) bool { return l.text == c.line })
		if i < 0 {
			t.Fatalf("no line %q", c.line)
		}
		if i >= d.regionEnd {
			t.Fatalf("line %q lies outside the region (%d-%d): the test page needs a longer article", c.line, d.regionStart, d.regionEnd)
		}
		if got := d.scoreMayDropShort(i); got != c.may {
			t.Errorf("scoreMayDropShort(%q) = %v, want %v", c.line, got, c.may)
		}
	}
}
