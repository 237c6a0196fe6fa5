// metascore.go: the features that score a title candidate, as a table. It
// reads the lexed lines, what extractMeta has dropped so far (bylines and
// dates anchor the headline; menus, breadcrumbs and label lines are not
// titles), the file name and the HTML page's own titles, and marks
// nothing. Each feature is a row with a name and a scoring function;
// TestTitleFeatures runs every row on pastes where it must and must not
// fire.

package normalize

import (
	"strings"
	"unicode"
)

// Weights of the title features (points added to a candidate's score).
const (
	oneWordPenalty    = 3 // a single word is a menu entry or a site name
	twoWordPenalty    = 1
	headlineLenBonus  = 1 // three words or more
	overlongPenalty   = 2 // more than overlongWords words
	overlongWords     = 16
	h1Bonus           = 2 // a Markdown "# " heading
	pipePenalty       = 2 // "Title | Site"
	crumbBonus        = 4 // the last step of a breadcrumb names the page
	titleCaseBonus    = 1
	nameAgreeBonus    = 3 // agreeing with a descriptive file name
	questionBonus     = 1 // forum and Q&A titles are questions
	questionMinWords  = 5
	anchorBonus       = 4 // just above the byline or date
	anchorStep        = 2 // lost per line between the candidate and the byline
	bloggerBonus      = 5 // a date header above, prose after
	menuRunPenalty    = 4
	notTitlePenalty   = 6 // a button label or a captioned photo credit
	datedLinePenalty  = 3 // "24.01.2022 - Press release - …"
	separatorPenalty  = 3 // a label line, "3 of 12", a breadcrumb, "a · b"
	chromeNextPenalty = 3 // followed by navigation or prompts
	repeatBonus       = 1 // the headline is often repeated further down
	htmlTitleBonus    = 5 // agreeing with the page's <title> or og:title
	kickerPenalty     = 3 // a short label beside a longer headline
	kickerMaxWords    = 3
	kickerGap         = 3 // the headline has at least this many more words
	// standfirstLongWords: a sentence-case line this long under a short
	// line is a standfirst, not a headline under its kicker
	standfirstLongWords = 12
	aboveTextBonus      = 2 // right above a standfirst or the first paragraph
	nameOnlyPenalty     = 2 // a person's name alone
	mastheadPenalty     = 3 // a line in capitals above a headline in mixed case
	issuePenalty        = 3 // the line right above an issue marker names the periodical
	leadInPenalty       = 2 // a line ending in a colon introduces what follows
	underDateBonus      = 3 // right under a dateline that has no headline above it
	nofMMaxWords        = 5 // the longest line read as a "3 of 12" counter
	teaserPenalty       = 3 // under a "Trending" or "Most read" label, in its run of teaser headlines
	teaserSpan          = 8 // how many lines above a candidate the label may stand
	sectionBonus        = 2 // right under a section label in capitals ("LOCAL NEWS")
	gluedPenalty        = 4 // a menu whose entries were glued together by the copy
	gluedMinWords       = 3 // words with a capital glued inside ("TeamCareersEnter") that make one
)

// titleCand is what a title feature reads about one candidate.
type titleCand struct {
	i      int          // line index
	t      string       // the line's text (metaText)
	w      int          // its word count
	isCand map[int]bool // every candidate of the header zone
	anchor int          // the top window's first byline or date line, or -1
	// repeats indexes the lines by normTitle for the "repeated" feature,
	// or is nil (then the feature reads the lines)
	repeats *titleRepeats
}

// titleRepeats indexes the non-blank lines from line from on whose text
// is shorter than maxLen bytes by normTitle(metaText(line)), in order:
// the "repeated" feature asks, of every candidate, whether a short line
// after it reads the same, and the candidates are many lines of the top
// of the page, so each one reading every line after it was quadratic.
type titleRepeats struct {
	at map[string][]repeatLine
}

// repeatLine is a line of titleRepeats: its index and the length of its
// text.
type repeatLine struct{ i, len int }

// newTitleRepeats indexes the lines after line from (exclusive) that are
// shorter than maxLen.
func (d *doc) newTitleRepeats(from, maxLen int) *titleRepeats {
	r := &titleRepeats{at: map[string][]repeatLine{}}
	for j := from + 1; j < len(d.lines); j++ {
		if l := d.lines[j]; l.kind != kBlank && len(l.text) < maxLen {
			nt := normTitle(metaText(l))
			r.at[nt] = append(r.at[nt], repeatLine{j, len(l.text)})
		}
	}
	return r
}

// titleFeature is one scored property of a title candidate.
type titleFeature struct {
	name  string
	score func(d *doc, c titleCand) int
}

// titleFeatures is the scoring table; a candidate's score is the sum.
var titleFeatures = []titleFeature{
	{"length", func(d *doc, c titleCand) int {
		sc := headlineLenBonus
		switch {
		case c.w <= 1:
			sc = -oneWordPenalty
		case c.w == 2:
			sc = -twoWordPenalty
		}
		if c.w > overlongWords {
			sc -= overlongPenalty
		}
		return sc
	}},
	{"h1", func(d *doc, c titleCand) int {
		if l := d.lines[c.i]; l.kind == kHeading && l.level == 1 {
			return h1Bonus
		}
		return 0
	}},
	{"pipes", func(d *doc, c titleCand) int {
		if strings.Contains(c.t, " | ") || strings.Count(c.t, "|") >= 2 {
			return -pipePenalty
		}
		return 0
	}},
	{"breadcrumb-end", func(d *doc, c titleCand) int {
		if nt := normTitle(c.t); nt != "" && d.crumbs[nt] {
			return crumbBonus
		}
		return 0
	}},
	{"title-case", func(d *doc, c titleCand) int {
		if isTitleCase(c.t) {
			return titleCaseBonus
		}
		return 0
	}},
	{"file-name", func(d *doc, c titleCand) int {
		if nameAgrees(d.name, c.t) {
			return nameAgreeBonus
		}
		return 0
	}},
	{"lead-in", func(d *doc, c titleCand) int {
		// "What they do differently:" introduces a list
		if strings.HasSuffix(c.t, ":") {
			return -leadInPenalty
		}
		return 0
	}},
	{"question", func(d *doc, c titleCand) int {
		if strings.HasSuffix(c.t, "?") && c.w >= questionMinWords {
			return questionBonus
		}
		return 0
	}},
	{"above-byline", (*doc).aboveByline},
	{"blogger-date", func(d *doc, c titleCand) int {
		if p := d.prevNonBlankAny(c.i); p >= 0 && d.whyDropped(p) == whyDate && c.w >= 3 {
			if j := d.nextNonBlankAny(c.i); j >= 0 && d.lines[j].kind == kText && d.lines[j].words >= 20 {
				return bloggerBonus
			}
		}
		return 0
	}},
	{"menu-run", func(d *doc, c titleCand) int {
		// (the last short line of a run, right on its byline or date,
		// is the headline: "Nachrichten" / "Intendanten-Wechsel beim
		// MDR" / "von … · 31. Oktober 2023")
		if d.inMenuRun(c.i) && !(c.w >= 3 && d.onByline(c.i, c.isCand)) {
			return -menuRunPenalty
		}
		return 0
	}},
	{"not-title", func(d *doc, c titleCand) int {
		if reNotTitle.MatchString(c.t) || reCTA.MatchString(c.t) {
			return -notTitlePenalty
		}
		return 0
	}},
	{"dated", func(d *doc, c titleCand) int {
		if _, _, span, ok := findDate(c.t); ok && span[0] == 0 {
			return -datedLinePenalty
		}
		return 0
	}},
	{"separators", func(d *doc, c titleCand) int {
		// ("3 of 12" is a counter on a short line; in a headline, "23/24"
		// is a season)
		if labelLine(c.t) || c.w <= nofMMaxWords && reNofM.MatchString(c.t) || reCrumbSep.MatchString(c.t) || strings.Contains(c.t, " · ") {
			return -separatorPenalty
		}
		return 0
	}},
	{"chrome-next", func(d *doc, c titleCand) int {
		if j := d.nextNonBlankAny(c.i); j >= 0 {
			switch d.whyDropped(j) {
			// (not share buttons: they follow headlines as often as site
			// names)
			case whyNav, whyLogin, whyNewsletter, whyCookie, whyTags:
				return -chromeNextPenalty
			}
		}
		return 0
	}},
	{"repeated", func(d *doc, c titleCand) int {
		nt := normTitle(c.t)
		if c.repeats != nil {
			// the same test, looked up (see titleRepeats)
			for _, r := range c.repeats.at[nt] {
				if r.i > c.i && r.len < 2*len(c.t)+10 {
					return repeatBonus
				}
			}
			return 0
		}
		for j := c.i + 1; j < len(d.lines); j++ {
			if l := d.lines[j]; l.kind != kBlank && len(l.text) < 2*len(c.t)+10 && normTitle(metaText(l)) == nt {
				return repeatBonus
			}
		}
		return 0
	}},
	{"html-title", func(d *doc, c titleCand) int {
		if htmlTitleAgrees(d.meta.htmlTitles, c.t) {
			return htmlTitleBonus
		}
		return 0
	}},
	{"kicker", (*doc).kicker},
	{"near-article", (*doc).nearArticle},
	{"other-language", func(d *doc, c titleCand) int {
		if d.otherLanguage(c.i) {
			return -otherLangPenalty
		}
		return 0
	}},
	{"above-text", (*doc).aboveText},
	{"under-dateline", (*doc).underDateline},
	{"masthead", (*doc).masthead},
	{"above-issue", func(d *doc, c titleCand) int {
		// "The Middle Manager's Almanac" / "Issue #112 · 4 June 2024"
		if j := d.nextNonBlankAny(c.i); j >= 0 && wordCount(d.lines[j].text) <= 12 && (reIssueLine.MatchString(metaText(d.lines[j])) || issueDate(metaText(d.lines[j]))) {
			return -issuePenalty
		}
		return 0
	}},
	{"teaser-run", (*doc).teaserRun},
	{"after-section", (*doc).afterSection},
	{"tag-list", func(d *doc, c titleCand) int {
		// "Forschung, Projekte, Sprachpunkt": a post's categories
		if tagList(c.t) {
			return -separatorPenalty
		}
		return 0
	}},
	{"glued-menu", func(d *doc, c titleCand) int {
		// "Contact UsABC13 News TeamCareersEnter to Win": a menu's links
		// copied without spaces between them
		if gluedWords(c.t) >= gluedMinWords {
			return -gluedPenalty
		}
		return 0
	}},
	{"qa-question", func(d *doc, c titleCand) int {
		// "Q: My boss presents my ideas as his own. What can I do?": a
		// column's reader question opens its text, under the headline
		if reQAQuestion.MatchString(c.t) {
			return -notTitlePenalty
		}
		return 0
	}},
	{"name-only", func(d *doc, c titleCand) int {
		// a person's name on its own line is a byline or a photo credit
		if c.w >= 2 && c.w <= 3 && nameLike(c.t) && plainName(c.t) && !isCapsLine(c.t) {
			return -nameOnlyPenalty
		}
		return 0
	}},
}

// masthead: a line set in capitals (a publication's or newsletter's
// name, a section) above a headline-like candidate in mixed case, with
// other lines between them (menus, a kicker, an issue number), is the
// page's masthead. A headline in capitals has no such line under it, or
// has its subtitle right under it ("LEADING UP 101" / "Making your
// manager your partner"), which chooseTitle weighs.
func (d *doc) masthead(c titleCand) int {
	if !isCapsLine(c.t) {
		return 0
	}
	end := len(d.lines)
	if c.anchor > c.i {
		end = c.anchor // the headline stands above the byline
	}
	for j := d.nextNonBlankAny(c.i) + 1; j > 0 && j < end; j++ {
		if !c.isCand[j] {
			continue
		}
		if t := d.candText(j); !isCapsLine(t) && wordCount(t) >= 3 && !d.inMenuRun(j) && !strings.ContainsAny(t, "|·•") && !labelLine(t) {
			return -mastheadPenalty
		}
	}
	return 0
}

// underDateline: a news page may set its dateline (a date, a byline)
// above the headline, with only a section label or a menu above the
// dateline ("Eye on Money" / "CBS News February 24, 2020" / the
// headline). A headline-length line right under such a dateline scores;
// under a dateline that has a headline above it, the line is a subtitle.
func (d *doc) underDateline(c titleCand) int {
	if c.w < 4 || endsSentence(c.t) && !endsQuestion(c.t) {
		return 0
	}
	k, meta := d.prevNonBlankAny(c.i), 0
	for ; k >= 0; k = d.prevNonBlankAny(k) {
		why := d.whyDropped(k)
		if why != whyDate && why != whyByline || why == whyDate && dateRank(metaText(d.lines[k])) == 9 {
			break // (an archive's capture time is no dateline)
		}
		meta++
	}
	if meta == 0 || meta > 3 {
		return 0
	}
	if k >= 0 && c.isCand[k] && wordCount(d.candText(k)) > kickerMaxWords && !d.inMenuRun(k) {
		return 0 // "Title" / "May 2, 2024" / "Subtitle"
	}
	return underDateBonus
}

// teaserRun: a news portal's header lists teaser headlines under a label
// ("Trending", "Most read", "Meistgelesen"); a candidate in that run
// (lines of three words or more, up to the label) is a teaser, not the
// page's headline. A section label or crumb (a short line, a line in
// capitals) ends the run: the headline under "Business" / "Work &
// careers" is the article's.
func (d *doc) teaserRun(c titleCand) int {
	for k, seen := d.prevNonBlankAny(c.i), 0; k >= 0 && seen < teaserSpan; k, seen = d.prevNonBlankAny(k), seen+1 {
		t := metaText(d.lines[k])
		if d.whyDropped(k) == whyRelated || junkLine(t) == whyRelated {
			return -teaserPenalty
		}
		switch d.whyDropped(k) {
		case whyByline, whyDate, whyTitleLine:
			return 0
		}
		if w := wordCount(t); w < 3 || w > overlongWords || isCapsLine(t) || d.kickerBeside(k) || endsSentence(t) && !endsQuestion(t) {
			return 0
		}
	}
	return 0
}

// afterSection: a headline often sits right under its section's label
// set in capitals ("LOCAL NEWS", "WORK FRIENDS"), which is a kicker.
func (d *doc) afterSection(c titleCand) int {
	k := d.prevNonBlankAny(c.i)
	if k < 0 || c.w < 4 || isCapsLine(c.t) || endsSentence(c.t) && !endsQuestion(c.t) {
		return 0
	}
	if t := metaText(d.lines[k]); isCapsLine(t) && wordCount(t) <= kickerMaxWords && !endsSentence(t) && c.isCand[k] {
		return sectionBonus
	}
	return 0
}

// isCapsLine reports whether s is set in capitals ("WORK LIFE").
func isCapsLine(s string) bool {
	return strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// aboveText: a headline sits right above the article's text (a standfirst
// or the first paragraph), not above another short line.
func (d *doc) aboveText(c titleCand) int {
	j := d.nextNonBlankAny(c.i)
	if j < 0 || d.skip[j] || c.isCand[j] || d.lines[j].kind != kText || c.w < 3 {
		return 0
	}
	if t := metaText(d.lines[j]); wordCount(t) >= proseMinWords && junkLine(t) == "" {
		return aboveTextBonus
	}
	return 0
}

// aboveByline: the nearest headline before the byline/date block is the
// title; a standfirst sentence or a short tag line may sit between them,
// another headline may not.
func (d *doc) aboveByline(c titleCand) int {
	between := 0
	for j := c.i + 1; j < len(d.lines) && between < 2; j++ {
		if d.lines[j].kind == kBlank {
			continue
		}
		switch d.whyDropped(j) {
		case whyDate:
			if n := d.nextNonBlankAny(j); n >= 0 && c.isCand[n] && issueDate(metaText(d.lines[j])) {
				between++ // a periodical's issue under its masthead, over the headline
				continue
			}
			return anchorBonus - anchorStep*between
		case whyByline, whyCredit, whyReadTime, whyContrib:
			return anchorBonus - anchorStep*between
		case "":
			if c.isCand[j] && !d.kickerBeside(j) {
				return 0
			}
			between++
		default:
			between++ // chrome between them: a menu, a share row
		}
	}
	return 0
}

// kicker: a short label (a column name, a section, a site name) right
// above or below a longer headline-like line is not the title.
func (d *doc) kicker(c titleCand) int {
	if d.kickerBeside(c.i) {
		return -kickerPenalty
	}
	return 0
}

// kickerBeside reports whether line i is a short label with a longer
// headline candidate on the next or previous non-blank line.
func (d *doc) kickerBeside(i int) bool {
	t := metaText(d.lines[i])
	w := wordCount(t)
	if w > kickerMaxWords || endsSentence(t) {
		return false
	}
	// kickers stack (a section in capitals, then a topic line, then the
	// headline), but not over a standfirst: a short line in mixed case
	// right under a section label in capitals, over a long sentence-case
	// line, is the headline ("LEADERSHIP" / "The Upward Brief" / "How to
	// give a senior leader what they need …"); an issue number under a
	// masthead is still a label ("Issue 58")
	if p, n := d.prevNonBlankAny(i), d.nextNonBlankAny(i); p >= 0 && n >= 0 && !isCapsLine(t) && w >= 2 && !strings.ContainsAny(t, "0123456789") && !reIssueLine.MatchString(t) {
		u, v := metaText(d.lines[p]), metaText(d.lines[n])
		if isCapsLine(u) && wordCount(u) <= kickerMaxWords && !endsSentence(u) && wordCount(v) >= standfirstLongWords && !isTitleCase(v) {
			return false
		}
	}
	for _, j := range []int{d.prevNonBlankAny(i), d.nextNonBlankAny(i)} {
		if j < 0 || d.skip[j] && d.whyDropped(j) != whyTitleLine {
			continue
		}
		l := d.lines[j]
		if l.kind != kText && l.kind != kHeading {
			continue
		}
		u := metaText(l)
		if wu := wordCount(u); wu >= w+kickerGap && wu <= overlongWords+4 && !strings.HasSuffix(u, ".") && !strings.HasSuffix(u, ":") {
			return true
		}
	}
	return false
}

// htmlTitleAgrees reports whether t is the headline a saved page's
// <title>, og:title or extractor title names: equal once normalised, or
// the longest part around a " | Site" separator (not the site's name).
func htmlTitleAgrees(titles []string, t string) bool {
	nt := normTitle(t)
	if nt == "" || wordCount(t) < 2 {
		return false
	}
	for _, h := range titles {
		if h == "" {
			continue
		}
		if normTitle(h) == nt || normTitle(cleanSiteTitle(h)) == nt {
			return true
		}
		// the headline is the longest part; the others name the site
		parts := reTitleParts.Split(h, -1)
		most := 0
		for _, p := range parts {
			most = max(most, wordCount(p))
		}
		for _, p := range parts {
			if wordCount(p) == most && normTitle(p) == nt {
				return true
			}
		}
	}
	return false
}

// titleScore rates a title candidate: the sum of its features. When
// d.meta.trace is set, each feature that scored is written to it.
func (d *doc) titleScore(i int, isCand map[int]bool, anchor int, repeats *titleRepeats) int {
	t := d.candText(i)
	c := titleCand{i: i, t: t, w: wordCount(t), isCand: isCand, anchor: anchor, repeats: repeats}
	sc := 0
	for _, f := range titleFeatures {
		p := f.score(d, c)
		sc += p
		if d.meta.trace != nil && p != 0 {
			d.meta.trace("  %-16s %+d", f.name, p)
		}
	}
	if d.meta.trace != nil {
		d.meta.trace("= %d  line %d %q", sc, d.lines[i].n, t)
	}
	return sc
}

// gluedWords counts the words of s with a lower-case letter followed by
// a capital inside them ("UsABC13", "HoustonSubmit"): one such word is a
// brand ("LinkedIn", "iPhone"), several are links glued together.
func gluedWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		prevLower := false
		for _, r := range w {
			if prevLower && unicode.IsUpper(r) {
				n++
				break
			}
			prevLower = unicode.IsLower(r)
		}
	}
	return n
}

// tagMinParts and tagMaxWords bound a list of tags or categories: at
// least tagMinParts comma-separated parts of at most tagMaxWords words.
const (
	tagMinParts = 3
	tagMaxWords = 2
)

// tagList reports whether t is a list of tags or categories
// ("Forschung, Projekte, Sprachpunkt", "Career, Management, Feedback").
func tagList(t string) bool {
	parts := strings.Split(t, ",")
	if len(parts) < tagMinParts || endsSentence(t) {
		return false
	}
	for _, p := range parts {
		if w := wordCount(p); w == 0 || w > tagMaxWords {
			return false
		}
	}
	return true
}

// onByline reports whether the lines right after i are a byline or a
// date line and then no other title candidate (a menu's last entry over
// a dateline that has its headline under it is still a menu entry).
func (d *doc) onByline(i int, isCand map[int]bool) bool {
	j := d.nextNonBlankAny(i)
	if j < 0 || d.whyDropped(j) != whyByline && d.whyDropped(j) != whyDate {
		return false
	}
	for j >= 0 && (d.whyDropped(j) == whyByline || d.whyDropped(j) == whyDate) {
		j = d.nextNonBlankAny(j)
	}
	return j < 0 || !isCand[j]
}

// issueDate reports whether t is a periodical's issue date and little
// else: two months and a year ("January-February 2021", "Sep/Oct 2023",
// "May–June 2022"), which dates a magazine's issue, not a day.
func issueDate(t string) bool {
	m := reMonthRng.FindStringSubmatchIndex(t)
	return m != nil && wordCount(t) <= 4 && m[0] <= 1
}
