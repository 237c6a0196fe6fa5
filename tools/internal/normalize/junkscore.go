// junkscore.go: a learned score for the lines of a pasted page that the
// region finder (region.go) and the named rules (junk.go, junkpass.go)
// left in the article. It reads the lexed lines, the region and what the
// earlier passes dropped, and marks lines: a kept plain sentence inside
// the region that scores as near-certain page chrome is dropped ("scored
// as page chrome"). Lines the named rules or the metadata pass took, and
// headings, list items and short lines, are not its to judge.
//
// Each line is described by features that hold across sites and languages
// (junkFeatureNames): its length, density of function words (stopwords.go),
// sentence punctuation, digit, capital, punctuation and link shares, how
// often it repeats on the page, its kind, the named rules it matches, its
// class and place relative to the region and its core, how much of its
// vocabulary the article's running text shares, and the same measures of
// its neighbours (the smoothing of jusText and trafilatura). A logistic
// regression turns them into the probability that the line is page chrome;
// its weights (junkweights.go) are learned by TestTrainJunk on the tuning
// half of the real-page corpus only, so that the held-out half measures
// it honestly.
package normalize

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The features of a line, indices into a feature vector.
const (
	jfBias         = iota // always 1
	jfChars               // ln(1 + runes)
	jfWords               // ln(1 + words)
	jfStop                // share of the words that are function words
	jfSentence            // ends like a sentence
	jfDigits              // digits over letters and digits
	jfUpper               // capitals over letters
	jfPunct               // punctuation and symbols over runes
	jfLink                // share of the text inside links or URLs
	jfRepeat              // ln(times the line occurs on the page)
	jfHeading             // a heading
	jfBullet              // a bullet item
	jfNumber              // a numbered item
	jfTable               // a table row
	jfRuleAside           // a named rule calls it a caption, credit, date, byline or comment stamp
	jfRuleBad             // another named rule matches it
	jfSection             // it heads a junk section (comments, related articles)
	jfCommentShape        // it looks like comment chrome (a stamp, a reply button)
	jfGood                // region class: running text
	jfNearGood            // region class: a sentence or list item
	jfShort               // region class: short
	jfAside               // region class: short chrome that sits inside articles
	jfInRegion            // inside the region
	jfInCore              // inside the region's heaviest cluster of running text
	jfBefore              // ln(1 + non-blank lines to the region), above it
	jfAfter               // ln(1 + non-blank lines to the region), below it
	jfAfterStop           // after the end marker that closes the article
	jfAfterThread         // after the start of a comment thread
	jfRelPos              // place on the page, 0 (top) to 1 (bottom)
	jfDropRegion          // dropped for lying outside the region
	jfDropRule            // dropped by a named rule
	jfDropMeta            // taken as title, byline, date or credit
	jfBlankAbove          // a blank line above it
	jfBlankBelow          // a blank line below it
	jfPrevGood            // the line above is running text
	jfNextGood            // the line below is running text
	jfPrevKept            // the line above is kept
	jfNextKept            // the line below is kept
	jfWinGood             // share of running text among the 3 lines either side
	jfWinStop             // mean function-word share of the 3 lines either side
	jfWinChars            // ln(1 + mean runes of the 3 lines either side)
	jfBlock               // ln(lines in its run of non-blank lines)
	jfColon               // ends with a colon
	jfNonLatin            // most letters are not Latin
	jfAfterCore           // ln(1 + non-blank lines after the last running text of the region's core)
	jfBeforeCore          // ln(1 + non-blank lines before the first running text of the region's core)
	jfCapWords            // share of the words that start with a capital
	jfEllipsis            // ends with an ellipsis or an arrow (a teaser, "read more")
	jfTeaser              // the next line is a lone paragraph: running text with no running text after it
	jfShortRun            // ln(lines in its run of short or chrome lines), 0 for running text
	jfSeparators          // ln(1 + separators such as | • · between words)
	jfStartsDigit         // starts with a digit
	jfTopic               // share of its content words that the article's running text also uses
	jfTopicNone           // it has content words, and the article's running text uses none of them
	jfWinDropped          // share of the 3 lines either side that earlier passes dropped
	jfWinChrome           // share of the 3 lines either side that are short or chrome
	jfCount
)

// junkFeatureNames names the features, for the weights file and reports.
var junkFeatureNames = [jfCount]string{
	"bias", "chars", "words", "stop", "sentence", "digits", "upper", "punct", "link", "repeat",
	"heading", "bullet", "number", "table", "ruleAside", "ruleBad", "section", "commentShape",
	"good", "nearGood", "short", "aside", "inRegion", "inCore", "before", "after", "afterStop",
	"afterThread", "relPos", "dropRegion", "dropRule", "dropMeta", "blankAbove", "blankBelow",
	"prevGood", "nextGood", "prevKept", "nextKept", "winGood", "winStop", "winChars", "block",
	"colon", "nonLatin", "afterCore", "beforeCore", "capWords", "ellipsis", "teaser", "shortRun",
	"separators", "startsDigit", "topic", "topicNone", "winDropped", "winChrome",
}

// Thresholds of the score. junkScoreDrop is chosen on the tuning half of
// the corpus (TestTrainJunk prints the trade-off): losing an article line
// is worse than keeping a line of chrome, so a line is dropped only when
// the score is near certain.
const (
	// a kept line scoring at least this is dropped: the lowest threshold
	// at which the tuning half loses no article line (0.85 since the
	// retraining after junkrules_lang.go: 6 lines of chrome, 0 of content)
	junkScoreDrop = 0.85
	// the window of neighbours either side for the smoothed features
	junkScoreWindow = 3
)

// whyScored is the reason of a line dropped by the score.
const whyScored = "scored as page chrome"

// junkTrace, when set (by TestTrainJunk), receives the features of every
// non-blank line still kept when the score is applied.
var junkTrace func(d *doc, i int, x *[jfCount]float64)

// junkLineStats are a line's own measures, before its neighbours are read.
type junkLineStats struct {
	chars, words int
	stop         float64
}

// scoreLines applies the learned score to a pasted page with a region: a
// line that one of the scopes of junkscopes.go judges and that scores at
// least that scope's threshold is dropped.
func (d *doc) scoreLines() {
	if d.regionFeats == nil || d.fromHTML || d.settled() {
		return
	}
	// only the lines the score may drop are judged (all of them when
	// traced): their features are worked out, and their neighbours' own
	// measures that the window features read
	judged := make([]bool, len(d.lines))
	some := false
	for i, l := range d.lines {
		if l.kind == kBlank || l.code || d.skip[i] {
			continue
		}
		judged[i] = junkTrace != nil || d.scoreScope(i) != scopeNone
		some = some || judged[i]
	}
	if !some {
		return
	}
	xs := d.junkFeaturesOf(judged)
	var drop []int
	for i := range d.lines {
		if !judged[i] {
			continue
		}
		if junkTrace != nil {
			junkTrace(d, i, xs[i])
		}
		if sc := d.scoreScope(i); sc != scopeNone && junkProb(junkScopes[sc].weights, xs[i]) >= junkScopes[sc].drop {
			drop = append(drop, i)
		}
	}
	for _, i := range drop {
		d.dropLine(i, whyScored)
	}
}

// scoreMayDrop reports whether the sentence scope of the score may drop
// line i: a kept plain line of a sentence or more inside the region.
// Headings, list items and table rows are left to the named rules: their
// shapes carry an article's advice, our own fixtures lose items when the
// score judges them, and the corpus labels few of them. Short lines have
// a scope of their own, after the article's core only (junkscopes.go). Outside the region the lines still kept are running
// text amid running text (keepOutside), a stronger judgement than the
// score's.
func (d *doc) scoreMayDrop(i int) bool {
	l := d.lines[i]
	return l.kind == kText && !d.skip[i] && d.regionFeats[i].class >= clsNearGood && i >= d.regionStart && i < d.regionEnd
}

// junkProb is the probability that a line with features x is page chrome
// under the weights w.
func junkProb(w, x *[jfCount]float64) float64 {
	z := 0.0
	for k := range w {
		z += w[k] * x[k]
	}
	return 1 / (1 + math.Exp(-z))
}

// junkFeatures computes every line's features (blank lines get none).
func (d *doc) junkFeatures() [][jfCount]float64 {
	xs := make([][jfCount]float64, len(d.lines))
	for i, x := range d.junkFeaturesOf(nil) {
		if x != nil {
			xs[i] = *x
		}
	}
	return xs
}

// junkFeaturesOf computes the features of the lines judged marks (every
// non-blank line when judged is nil), by line index; the other lines'
// are not worked out (nil). A line's features are the same whichever
// others are judged.
func (d *doc) junkFeaturesOf(judged []bool) []*[jfCount]float64 {
	n := len(d.lines)
	feats := d.regionFeats
	stats := make([]junkLineStats, n)
	count := map[string]int{}
	var nonblank []int // indices of the non-blank lines
	for i, l := range d.lines {
		if l.kind == kBlank {
			continue
		}
		nonblank = append(nonblank, i)
		count[l.text]++
	}
	pos := make([]int, n) // index of a line in nonblank
	for k, i := range nonblank {
		pos[i] = k
	}
	// measured: the judged lines and the neighbours their windows read
	measured := judged
	if judged != nil {
		measured = make([]bool, n)
		for k, i := range nonblank {
			if judged[i] {
				for kk := max(0, k-junkScoreWindow); kk <= min(len(nonblank)-1, k+junkScoreWindow); kk++ {
					measured[nonblank[kk]] = true
				}
			}
		}
	}
	// the vocabulary of the article's running text: the good lines of the
	// region, each word counted once per line
	vocab := map[string]int{}
	topics := make([][]string, n) // topicWords(metaText) of the lines counted (read again below)
	for _, i := range nonblank {
		if i >= d.regionStart && i < d.regionEnd && feats[i].class == clsGood {
			topics[i] = topicWords(metaText(d.lines[i]))
			for _, w := range topics[i] {
				vocab[w]++
			}
		}
	}
	xs := make([]*[jfCount]float64, n)
	rows := 0
	for _, i := range nonblank {
		if judged == nil || judged[i] {
			rows++
		}
	}
	row := make([][jfCount]float64, rows) // (one allocation for every row)
	for _, i := range nonblank {
		if judged == nil || judged[i] {
			xs[i], row = &row[0], row[1:]
		}
	}
	for _, i := range nonblank {
		if measured != nil && !measured[i] {
			continue
		}
		l := d.lines[i]
		t := metaText(l)
		if l.kind == kBullet || l.kind == kNumber {
			t = strings.TrimSpace(stripInline(l.body))
		}
		var words, stops, runes, letters, digits, upper, punct, linked, caps, seps int
		for w := range strings.FieldsSeq(t) {
			words++
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				caps++
			}
			if w == "|" || w == "•" || w == "·" || w == "/" || w == "-" || w == "–" {
				seps++
			}
			if isStopword(w) {
				stops++
			}
			if strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "www.") {
				linked += len([]rune(w))
			}
		}
		for _, r := range t {
			runes++
			switch {
			case unicode.IsLetter(r):
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			case unicode.IsDigit(r):
				digits++
			case unicode.IsPunct(r) || unicode.IsSymbol(r):
				punct++
			}
		}
		stop := ratio(stops, words)
		stats[i] = junkLineStats{chars: runes, words: words, stop: stop}
		if judged != nil && !judged[i] {
			continue // a neighbour: its own measures are all the window reads
		}
		for _, m := range reLink.FindAllStringSubmatch(l.text, -1) {
			linked += len([]rune(m[1]))
		}
		x := xs[i]
		x[jfBias] = 1
		x[jfChars] = math.Log1p(float64(runes))
		x[jfWords] = math.Log1p(float64(words))
		x[jfStop] = stop
		x[jfSentence] = b2f(endsSentence(t))
		x[jfDigits] = ratio(digits, letters+digits)
		x[jfUpper] = ratio(upper, letters)
		x[jfPunct] = ratio(punct, runes)
		x[jfLink] = math.Min(1, ratio(linked, runes))
		x[jfRepeat] = math.Log(float64(max(1, count[l.text])))
		x[jfHeading] = b2f(l.kind == kHeading)
		x[jfBullet] = b2f(l.kind == kBullet)
		x[jfNumber] = b2f(l.kind == kNumber)
		x[jfTable] = b2f(l.kind == kTable)
		switch junkLine(t) {
		case "":
		case whyPhoto, whyImage, whyAd, whyReadTime, whyDate, whyByline, whyComment:
			x[jfRuleAside] = 1
		default:
			x[jfRuleBad] = 1
		}
		x[jfSection] = b2f(sectionJunk(t) != "")
		x[jfCommentShape] = b2f(commentShaped(t))
		switch feats[i].class {
		case clsGood:
			x[jfGood] = 1
		case clsNearGood:
			x[jfNearGood] = 1
		case clsShort:
			x[jfShort] = 1
		case clsAside:
			x[jfAside] = 1
		}
		x[jfColon] = b2f(strings.HasSuffix(t, ":"))
		x[jfNonLatin] = b2f(letters > 0 && !latinText(t))
		x[jfCapWords] = ratio(caps, words)
		own := 0 // the line's own count in vocab
		if i >= d.regionStart && i < d.regionEnd && feats[i].class == clsGood {
			own = 1
		}
		tw := topics[i]
		if own == 0 || l.kind == kBullet || l.kind == kNumber {
			tw = topicWords(t) // (not counted above, or t is not metaText)
		}
		if len(tw) > 0 {
			shared := 0
			for _, w := range tw {
				if vocab[w]-own > 0 {
					shared++
				}
			}
			x[jfTopic] = ratio(shared, len(tw))
			x[jfTopicNone] = b2f(shared == 0)
		}
		x[jfEllipsis] = b2f(strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...") || strings.HasSuffix(t, "»") ||
			strings.HasSuffix(t, ">") || strings.HasSuffix(t, "→") || strings.HasSuffix(t, "›"))
		x[jfSeparators] = math.Log1p(float64(seps + strings.Count(t, "|")))
		if r, _ := utf8.DecodeRuneInString(t); unicode.IsDigit(r) {
			x[jfStartsDigit] = 1
		}
		if d.skip[i] {
			switch d.whyDropped(i) {
			case whyBeforeArticle, whyAfterArticle:
				x[jfDropRegion] = 1
			case whyTitleLine, whyByline, whyDate, whyCredit, "":
				x[jfDropMeta] = 1
			default:
				x[jfDropRule] = 1
			}
		}
	}
	// the region's edges, in non-blank lines
	startK, endK := len(nonblank), len(nonblank)
	for k, i := range nonblank {
		if i >= d.regionStart && startK == len(nonblank) {
			startK = k
		}
		if i >= d.regionEnd {
			endK = k
			break
		}
	}
	for k, i := range nonblank {
		if judged != nil && !judged[i] {
			continue
		}
		x := xs[i]
		x[jfInRegion] = b2f(i >= d.regionStart && i < d.regionEnd)
		x[jfInCore] = b2f(i >= d.regionCoreStart && i <= d.regionCoreEnd)
		if i < d.regionStart {
			x[jfBefore] = math.Log1p(float64(startK - k))
		}
		if i >= d.regionEnd {
			x[jfAfter] = math.Log1p(float64(k - endK + 1))
		}
		if i > d.regionCoreEnd {
			x[jfAfterCore] = math.Log1p(float64(k - pos[d.regionCoreEnd]))
		}
		if i < d.regionCoreStart {
			x[jfBeforeCore] = math.Log1p(float64(pos[d.regionCoreStart] - k))
		}
		if k+1 < len(nonblank) && feats[nonblank[k+1]].class == clsGood && feats[i].class != clsGood &&
			(k+2 >= len(nonblank) || feats[nonblank[k+2]].class != clsGood) {
			x[jfTeaser] = 1
		}
		if feats[i].class < clsNearGood {
			run := 1
			for kk := k - 1; kk >= 0 && feats[nonblank[kk]].class < clsNearGood; kk-- {
				run++
			}
			for kk := k + 1; kk < len(nonblank) && feats[nonblank[kk]].class < clsNearGood; kk++ {
				run++
			}
			x[jfShortRun] = math.Log(float64(run))
		}
		x[jfAfterStop] = b2f(d.regionStop >= 0 && i >= d.regionStop)
		x[jfAfterThread] = b2f(d.regionThread >= 0 && i >= d.regionThread)
		x[jfRelPos] = float64(k) / float64(max(1, len(nonblank)-1))
		x[jfBlankAbove] = b2f(i > 0 && d.lines[i-1].kind == kBlank)
		x[jfBlankBelow] = b2f(i+1 < n && d.lines[i+1].kind == kBlank)
		if k > 0 {
			j := nonblank[k-1]
			x[jfPrevGood] = b2f(feats[j].class == clsGood)
			x[jfPrevKept] = b2f(!d.skip[j])
		}
		if k+1 < len(nonblank) {
			j := nonblank[k+1]
			x[jfNextGood] = b2f(feats[j].class == clsGood)
			x[jfNextKept] = b2f(!d.skip[j])
		}
		good, m, dropped, chrome := 0, 0, 0, 0
		stop, chars := 0.0, 0
		for kk := max(0, k-junkScoreWindow); kk <= min(len(nonblank)-1, k+junkScoreWindow); kk++ {
			if kk == k {
				continue
			}
			j := nonblank[kk]
			m++
			if feats[j].class == clsGood {
				good++
			}
			if d.skip[j] {
				dropped++
			}
			if feats[j].class < clsNearGood {
				chrome++
			}
			stop += stats[j].stop
			chars += stats[j].chars
		}
		if m > 0 {
			x[jfWinGood] = float64(good) / float64(m)
			x[jfWinDropped] = float64(dropped) / float64(m)
			x[jfWinChrome] = float64(chrome) / float64(m)
			x[jfWinStop] = stop / float64(m)
			x[jfWinChars] = math.Log1p(float64(chars) / float64(m))
		}
		// the run of non-blank lines around it
		lo, hi := i, i
		for lo > 0 && d.lines[lo-1].kind != kBlank {
			lo--
		}
		for hi+1 < n && d.lines[hi+1].kind != kBlank {
			hi++
		}
		x[jfBlock] = math.Log(float64(hi - lo + 1))
	}
	return xs
}

// topicWordRunes is the length a content word is cut to, so that the
// inflected forms of a word match.
const topicWordRunes = 6

// topicWords returns the distinct content words of t: lower-cased words of
// at least four letters that are not function words, cut to topicWordRunes.
func topicWords(t string) []string {
	var out []string
	var seen map[string]bool // (a line's few words are searched in out)
	for w := range strings.FieldsSeq(t) {
		w = letterWord(w)
		if len(w) < 4 || utf8.RuneCountInString(w) < 4 || stopwords[w] {
			continue
		}
		if len(w) > topicWordRunes {
			w = cutRunes(w, topicWordRunes)
		}
		switch {
		case seen != nil:
			if seen[w] {
				continue
			}
			seen[w] = true
		case slices.Contains(out, w):
			continue
		case len(out) == 16:
			seen = map[string]bool{}
			for _, x := range out {
				seen[x] = true
			}
			seen[w] = true
		}
		out = append(out, w)
	}
	return out
}

// cutRunes is string([]rune(w)[:n]) when w has more than n runes, else w.
func cutRunes(w string, n int) string {
	if !utf8.ValidString(w) {
		if r := []rune(w); len(r) > n {
			return string(r[:n])
		}
		return w
	}
	k := 0
	for i := range w {
		if k == n {
			return w[:i]
		}
		k++
	}
	return w
}

// ratio is a/b, 0 when b is 0.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// b2f is 1 for true, 0 for false.
func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// junkExplain names the features that weigh most in a line's score under
// the weights ws, for studying the model.
func junkExplain(ws, x *[jfCount]float64, n int) string {
	type part struct {
		name string
		v    float64
	}
	var ps []part
	for k, w := range ws {
		if v := w * x[k]; v != 0 && k != jfBias {
			ps = append(ps, part{junkFeatureNames[k], v})
		}
	}
	for a := 1; a < len(ps); a++ {
		for b := a; b > 0 && math.Abs(ps[b].v) > math.Abs(ps[b-1].v); b-- {
			ps[b], ps[b-1] = ps[b-1], ps[b]
		}
	}
	var s []string
	for _, p := range ps[:min(n, len(ps))] {
		s = append(s, fmt.Sprintf("%s%+.2f", p.name, p.v))
	}
	return strings.Join(s, " ")
}
