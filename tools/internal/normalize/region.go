// region.go: where the article starts and ends. It reads the lexed lines
// (and the junk rules of junk.go) and marks, on the doc, the main-content
// region; after the metadata pass has taken the title, byline and date, the
// lines outside the region are dropped ("outside the article: …").
//
// The approach is the one of boilerplate-removal work such as jusText and
// trafilatura, on lines instead of HTML blocks. Each line gets features
// that hold across sites and languages — length, density of function words
// (stopwords.go, eight languages), sentence-final punctuation, digit ratio,
// link and URL density, repetition on the page, the named junk rules — and
// a class: good (running text), near-good (a sentence, a list item),
// short, or bad (chrome). Good lines are grouped into clusters, letting
// short and bad lines between them cost a little each (an article's own
// headings, list items, captions and bylines sit between its paragraphs);
// the cluster with the most running text is the article. Its edges are
// then widened over the near-good and short lines that belong to it: the
// headline, standfirst and byline above, lists and a sign-off below. The
// first related-articles, comments or tags heading after the core (the
// junk rules name them, in several languages) ends the article: below it
// only running text amid running text is kept. A comment thread (a
// comment heading, or stamps such as "Name · date" with replies between
// them, regiontail.go) ends it too, and the replies never outweigh the
// post: a short post with a long thread is still the post.
package normalize

import (
	"strings"
	"unicode"
)

// Line classes, from chrome to running text.
type regionClass uint8

const (
	clsBad regionClass = iota
	clsShort
	clsAside // a caption, photo credit, ad label or date: short chrome that sits inside articles
	clsNearGood
	clsGood
)

// Thresholds of the line classes and the clustering. Lengths are in runes,
// densities are shares of the line's words.
const (
	// a good line: running text
	regionGoodChars = 100
	regionGoodStop  = 0.18
	// a near-good line: a sentence or a substantial list item
	regionNearChars    = 50
	regionNearStop     = 0.12
	regionNearSentence = 5 // words, when it ends like a sentence
	// a line that repeats this often on the page, short, is page chrome
	regionRepeat      = 3
	regionRepeatWords = 6
	// digits over letters and digits above which a short line is a counter
	regionDigitShare = 0.5
	// share of a line's text inside links or URLs that makes it a link
	regionLinkShare = 0.5
	// words glued to the next link's text ("AngeboteRabatte bei OTTO")
	// that make a line of at most regionGluedWords words a row of links
	// pasted without separators (a longer line is a paragraph that names
	// a few camel-case products)
	regionGlued      = 3
	regionGluedWords = 30
	// gap costs between good lines: the clusters join while the lines
	// between them cost at most regionMaxGap
	regionShortCost = 1.0
	regionBadCost   = 3.0
	regionMaxGap    = 8.0
	// a neighbouring cluster joins the article when its text (in runes)
	// outweighs regionMergeMass per unit of gap, up to regionMergeGap
	regionMergeGap  = 60.0
	regionMergeMass = 15.0
	// a good line with no running text next to it (a teaser) weighs less
	regionLoneWeight = 0.3
	// a cluster after an end marker (comments, related articles) weighs
	// this share of its text when the article is chosen
	regionLateWeight = 0.3
	// and after the start of a comment thread this share: a short post
	// with many replies is still the post
	regionThreadWeight = 0.02
	// a comment thread needs a post before it: this much running text (a
	// "Kommentar" label above an opinion piece opens no thread)
	regionThreadPost = 200
	// a run of this many short lines above the article is a menu
	regionMenuRun = 3
	// a cluster at least this share of the main one is part of the article
	regionPartShare = 0.25
	// widening: at most this many short lines above the first good line
	// (headline, byline, date) and after the last one
	regionHeadShort = 4
	regionTailShort = 2
	// widening down crosses runs of at most this many short lines (a
	// list) to reach more text
	regionTailRun = 12
	// a lone paragraph this long after a box of chrome is still the article
	regionLoneChars = 0
	// an end marker is a short line: at most this many words
	regionMarkerWords = 8
	// chrome after the core ends the article unless running text follows
	// within this many lines
	regionTailLook = 12
	// a page needs this much running text before lines are dropped as
	// outside the article
	regionMinGoodChars = 200
)

// Reasons for lines outside the article.
const (
	whyBeforeArticle = "outside the article: navigation and header"
	whyAfterArticle  = "outside the article: teasers, navigation and footer"
)

// regionLine holds a line's features.
type regionLine struct {
	class regionClass
	chars int
}

// findRegion marks the main-content region on d: d.regionStart and
// d.regionEnd (exclusive) are line indices. With no clear article the
// region is the whole document.
func (d *doc) findRegion() {
	d.regionStart, d.regionEnd, d.regionStop, d.regionThread = 0, len(d.lines), -1, -1
	if d.settled() || d.fromHTML {
		return
	}
	feats := d.regionFeatures()
	d.regionFeats = feats
	total := 0
	for _, f := range feats {
		if f.class == clsGood {
			total += f.chars
		}
	}
	if total < regionMinGoodChars {
		return
	}
	// clusters of good lines
	type cluster struct {
		first, last int
		mass        float64
		gapBefore   float64 // cost of the lines between it and the cluster before
		late        bool    // it starts after an end marker (comments, related articles)
		thread      bool    // it starts after a comment heading or the first comment of a thread
	}
	var cs []cluster
	// running text comes in runs of paragraphs; a teaser grid has one
	// paragraph between each headline and label
	weight := func(i int) float64 {
		w := float64(feats[i].chars)
		if !d.regionNeighbour(feats, i, -1) && !d.regionNeighbour(feats, i, 1) {
			w *= regionLoneWeight
		}
		return w
	}
	gap := 0.0
	late, thread, forum := false, false, d.isForum()
	postChars := 0 // running text so far
	for i, f := range feats {
		switch {
		case d.lines[i].kind == kBlank:
		case f.class == clsGood:
			if len(cs) > 0 && gap <= regionMaxGap {
				c := &cs[len(cs)-1]
				c.last = i
				c.mass += weight(i)
			} else {
				cs = append(cs, cluster{first: i, last: i, mass: weight(i), gapBefore: gap, late: late, thread: thread})
			}
			gap = 0
		case f.class == clsNearGood && listLike(d.lines[i].kind) && len(cs) > 0 && gap <= regionMaxGap:
			// a marked list item belongs to the text around it
			c := &cs[len(cs)-1]
			c.last = i
			c.mass += float64(f.chars) / 4
			gap = 0
		case f.class == clsNearGood:
			if len(cs) > 0 {
				cs[len(cs)-1].mass += float64(f.chars) / 4
			}
		case f.class == clsShort || f.class == clsAside:
			gap += regionShortCost
		default:
			gap += regionBadCost
		}
		if len(cs) > 0 && f.class < clsNearGood && d.tailChrome(i) {
			gap = regionMaxGap + 1 // the text after a share row is not the article going on
		}
		if !late && !forum && f.class < clsNearGood && len(cs) > 0 && d.endMarker(i) {
			late = true
		}
		if f.class == clsGood {
			postChars += f.chars
		}
		if !thread && !forum && postChars >= regionThreadPost && d.threadStart(i) {
			// the replies to a post are not the post, however long
			late, thread = true, true
			gap = regionMaxGap + 1
			d.regionThread = i
		}
	}
	// the article is the heaviest cluster; text after a comments or
	// related-articles heading (a sidebar, a teaser box) weighs less
	eff := func(c cluster) float64 {
		if c.thread {
			return c.mass * regionThreadWeight
		}
		if c.late {
			return c.mass * regionLateWeight
		}
		return c.mass
	}
	best := 0
	for k, c := range cs {
		if eff(c) > eff(cs[best]) {
			best = k
		}
	}
	// take in the neighbours that outweigh the gap to them
	lo, hi := best, best
	for {
		switch {
		case lo > 0 && cs[lo].gapBefore <= regionMergeGap && cs[lo-1].mass >= regionMergeMass*cs[lo].gapBefore:
			lo--
			continue
		case hi+1 < len(cs) && cs[hi+1].gapBefore <= regionMergeGap && cs[hi+1].mass >= regionMergeMass*cs[hi+1].gapBefore && cs[hi+1].thread == cs[hi].thread:
			hi++
			continue
		}
		break
	}
	// and the clusters that weigh as much as a good part of it (an
	// article split by a gallery, an info box or a long list)
	for k := range cs {
		if cs[k].mass >= regionPartShare*cs[best].mass && cs[k].thread == cs[best].thread {
			lo, hi = min(lo, k), max(hi, k)
		}
	}
	start, end := cs[lo].first, cs[hi].last
	d.regionCoreStart, d.regionCoreEnd = cs[best].first, cs[best].last
	// widen upwards: near-good lines, and a few short lines (headline,
	// byline, date), until a bad line
	shorts := 0
	for i := start - 1; i >= 0; i-- {
		l := d.lines[i]
		if l.kind == kBlank {
			continue
		}
		c := feats[i].class
		if c == clsBad && !d.skip[i] {
			break
		}
		if (c == clsShort || c == clsAside) && !d.skip[i] {
			shorts++
			if shorts > regionHeadShort {
				break
			}
		}
		start = i
	}
	// the article ends at the first end marker after its core: a related
	// articles, comments or tags heading (in a forum thread the replies
	// after them are the content)
	stop := len(d.lines)
	for i := cs[best].last + 1; i < len(d.lines) && !forum; i++ {
		if d.lines[i].kind != kBlank && (d.endMarker(i) || d.tailChrome(i) || i == d.regionThread) {
			d.regionStop, stop = i, i
			break
		}
	}
	end = min(end, stop-1)
	// widen downwards: near-good lines, and runs of short lines (a list, a
	// table of figures) when text follows them, up to a line of chrome
	shorts = 0
	for i := end + 1; i < stop; i++ {
		if d.lines[i].kind == kBlank {
			continue
		}
		c := feats[i].class
		if c == clsBad {
			break
		}
		if c == clsShort || c == clsAside {
			if shorts++; shorts > regionTailRun {
				break
			}
			continue
		}
		end, shorts = i, 0
	}
	// and a sign-off: up to two short lines right after the last text
	for i, n, greet := end+1, 0, false; i < stop && n < regionTailShort; i++ {
		if d.lines[i].kind == kBlank {
			continue
		}
		t := metaText(d.lines[i])
		if feats[i].class != clsShort || !signOff(t, greet) {
			break
		}
		end, n, greet = i, n+1, strings.HasSuffix(t, ",")
	}
	d.regionStart, d.regionEnd = start, end+1
}

// endMarker reports whether line i is a heading that ends an article: the
// start of related articles, comments, tags, an author box. A one-line link
// ("Read also: …") is not one, nor are the share, subscribe and form lines
// that newspapers also put between paragraphs.
func (d *doc) endMarker(i int) bool {
	l := d.lines[i]
	t := metaText(l)
	if moreWordsThan(t, regionMarkerWords) {
		return false
	}
	switch sectionJunk(t) {
	case whyComments, whyRelated, whyBio:
		return true
	}
	switch junkLine(stripInline(t)) {
	case whyRelated, whyComments, whyTags:
		return !strings.Contains(strings.TrimRight(t, ": "), ":")
	}
	return false
}

// regionNeighbour reports whether the nearest line in direction dir (-1
// up, 1 down) that is neither blank nor an aside is running text or a
// sentence.
func (d *doc) regionNeighbour(feats []regionLine, i, dir int) bool {
	for j := i + dir; j >= 0 && j < len(d.lines); j += dir {
		if d.lines[j].kind == kBlank || feats[j].class == clsAside {
			continue
		}
		return feats[j].class >= clsNearGood
	}
	return false
}

// regionGoodNeighbour reports whether the nearest line in direction dir
// that is neither blank nor an aside is running text.
func (d *doc) regionGoodNeighbour(i, dir int) bool {
	f := d.regionFeats
	for j := i + dir; j >= 0 && j < len(d.lines); j += dir {
		if d.lines[j].kind == kBlank || f[j].class == clsAside {
			continue
		}
		return f[j].class == clsGood
	}
	return false
}

// beforeArticleText reports whether line i comes before the first running
// text of the article, so that a comment heading there (a counter under the
// byline) does not end the article.
func (d *doc) beforeArticleText(i int) bool {
	return d.regionFeats != nil && i < d.regionCoreStart
}

// dropOutsideRegion drops the lines before and after the region that no
// earlier pass took (the metadata pass reads them first).
func (d *doc) dropOutsideRegion() {
	d.markDataBoxes()
	for i := range d.lines {
		if d.lines[i].kind == kBlank || i >= d.regionStart && i < d.regionEnd || d.skip[i] {
			continue
		}
		if why := sectionJunk(metaText(d.lines[i])); why != "" && why != whyComments {
			// "You might also like": the section goes with its heading
			d.dropSection(i, why)
			continue
		}
		if d.keepOutside(i) {
			continue
		}
		switch why := junkLine(stripInline(metaText(d.lines[i]))); {
		case why != "":
			d.dropLine(i, why) // the named rule says more
		case i < d.regionStart:
			d.dropLine(i, whyBeforeArticle)
		default:
			d.dropLine(i, whyAfterArticle)
		}
	}
	d.dropMenuRepeats()
}

// keepOutside reports whether a line outside the region still reads as
// part of an article: running text among running text (a second part of
// the article, or text the region missed). Lone paragraphs (teasers) and
// short lines go.
//
// Above the article only chrome goes: bad lines, asides and runs of short
// lines (menus); headlines, standfirsts and text there stay for the later
// passes to judge, since the page's top is where the article's own short
// lines are.
func (d *doc) keepOutside(i int) bool {
	f := d.regionFeats
	if f == nil {
		return false
	}
	if d.dataBox[i] {
		return true // a recipe's or a product's data beside the article
	}
	if i < d.regionStart {
		if d.titleLine >= 0 && d.nextNonBlank(d.titleLine) == i {
			return true // the subtitle under the title
		}
		switch f[i].class {
		case clsBad, clsAside:
			return false
		case clsShort:
			return d.shortRun(i) < regionMenuRun
		}
		return true
	}
	if f[i].class < clsNearGood {
		return false
	}
	if d.regionThread >= 0 && i >= d.regionThread && !d.isForum() {
		return false // a comment thread
	}
	if d.regionStop >= 0 && i >= d.regionStop {
		// after the end marker only running text amid running text stays
		// (a second article on a blog's page); teasers, with a headline or
		// a date between them, go
		return f[i].class == clsGood && d.regionGoodNeighbour(i, -1) && d.regionGoodNeighbour(i, 1)
	}
	if d.regionNeighbour(f, i, -1) || d.regionNeighbour(f, i, 1) {
		return true
	}
	// a lone paragraph is a teaser when a headline (a short line) leads
	// into it; after a box of chrome it is the article going on
	if f[i].class == clsGood && f[i].chars >= regionLoneChars {
		for j := i - 1; j >= 0; j-- {
			if d.lines[j].kind == kBlank || f[j].class == clsAside {
				continue
			}
			return f[j].class == clsBad
		}
	}
	return false
}

// shortRun is the number of lines in the run of short, bad and aside lines
// around line i (blank lines do not break it).
func (d *doc) shortRun(i int) int {
	f := d.regionFeats
	// the title, byline and date the metadata pass took are not a menu
	counts := func(j int) bool {
		if d.lines[j].kind == kBlank || !d.skip[j] {
			return d.lines[j].kind != kBlank
		}
		switch d.whyDropped(j) {
		case whyTitleLine, whyByline, whyDate, whyCredit:
			return false
		}
		return true
	}
	n := 1
	for j := i - 1; j >= 0 && (d.lines[j].kind == kBlank || f[j].class < clsNearGood); j-- {
		if counts(j) {
			n++
		}
	}
	for j := i + 1; j < len(d.lines) && (d.lines[j].kind == kBlank || f[j].class < clsNearGood); j++ {
		if counts(j) {
			n++
		}
	}
	return n
}

// regionFeatures classifies every line.
func (d *doc) regionFeatures() []regionLine {
	feats := make([]regionLine, len(d.lines))
	count := map[string]int{}
	for _, l := range d.lines {
		if l.kind != kBlank && len(l.text) < 80 {
			count[l.text]++
		}
	}
	for i, l := range d.lines {
		if l.kind == kBlank {
			continue
		}
		if l.code || l.kind == kFence || l.kind == kTable {
			feats[i] = regionLine{class: clsNearGood, chars: len(l.text)}
			continue
		}
		t := l.text
		if l.kind == kBullet || l.kind == kNumber || l.kind == kHeading {
			t = l.body
		}
		feats[i] = classifyRegionLine(t, l.kind, count[l.text])
	}
	return feats
}

// classifyRegionLine gives one line its class from its own features; seen
// is how often the line occurs on the page.
func classifyRegionLine(t string, kind lineKind, seen int) regionLine {
	plain := stripInline(t)
	var f regionLine
	words, stops := 0, 0
	letters, digits, linked := 0, 0, 0
	for w := range strings.FieldsSeq(plain) {
		words++
		if isStopword(w) {
			stops++
		}
		if strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "www.") {
			linked += len(w)
		}
	}
	for _, r := range plain {
		f.chars++
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	if kind != kText && kind != kHeading && kind != kQuote {
		// the Markdown links of a list of links
		for _, m := range reLink.FindAllStringSubmatch(t, -1) {
			linked += len(m[1])
		}
	}
	if words == 0 || letters == 0 {
		f.class = clsShort
		return f
	}
	stop := float64(stops) / float64(words)
	why := junkLine(plain)
	switch {
	case why != "":
		switch why {
		case whyPhoto, whyImage, whyAd, whyReadTime, whyDate, whyByline, whyComment:
			f.class = clsAside
		default:
			f.class = clsBad
		}
	case float64(linked) > regionLinkShare*float64(len(plain)):
		f.class = clsBad
	case words <= regionGluedWords && gluedLinks(plain) >= regionGlued:
		f.class = clsBad
	case seen >= regionRepeat && words <= regionRepeatWords:
		f.class = clsBad
	case words <= regionRepeatWords && float64(digits) > regionDigitShare*float64(letters+digits):
		f.class = clsShort
	case f.chars >= regionGoodChars && (stop >= regionGoodStop || !latinText(plain)):
		f.class = clsGood
	case f.chars >= regionNearChars && (stop >= regionNearStop || !latinText(plain)):
		f.class = clsNearGood
	case words >= regionNearSentence && endsSentence(plain) && stop >= regionNearStop:
		f.class = clsNearGood
	case (kind == kBullet || kind == kNumber) && words >= 3:
		f.class = clsNearGood
	default:
		f.class = clsShort
	}
	return f
}

// listLike reports a line marked as a list entry or a table row.
func listLike(k lineKind) bool { return k == kBullet || k == kNumber || k == kTable }

// latinText reports whether most letters of s are Latin (the stopword
// lists only know Latin-script languages).
func latinText(s string) bool {
	latin, other := 0, 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		if unicode.Is(unicode.Latin, r) {
			latin++
		} else {
			other++
		}
	}
	return latin >= other
}
