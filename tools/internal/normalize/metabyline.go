// metabyline.go: authors and dates once found: it records them in d.meta
// (best-ranked date, unique authors), reads bylines in less common places
// (a name above a date, a LinkedIn-style name line, a sign-off at the end
// of the post, a wiki "Created by" line, an explicit byline where the
// article starts or ends) and marks those lines and the
// role line under a byline as dropped.

package normalize

import (
	"iter"
	"strings"
	"unicode"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
)

// signOffShare is the last part of the page searched for a sign-off, in
// tenths of its lines.
const signOffShare = 4

// addAuthors records names as authors, in order and once each; a team or
// an editorial office (reTeamName) is not a person and is left out.
func (d *doc) addAuthors(names []string) {
	for _, n := range names {
		n = strings.TrimPrefix(n, "the ")
		if reTeamName.MatchString(strings.TrimSpace(n)) {
			continue
		}
		if wordCount(n) >= 2 {
			n = fixCaps(n)
		}
		d.meta.authors = appendUnique(d.meta.authors, n)
	}
}

// plainName rejects title-like phrases ("A Field Guide", "How We Work").
func plainName(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch w {
		case "dear", "a", "an", "the", "how", "why", "what", "when", "your", "my", "our", "to", "of", "in", "for", "with",
			"and", "up", "on", "is", "are", "we", "you", "it", "this", "that", "lead", "leading", "leader", "leaders",
			"manager", "managers", "boss", "teams", "work", "article", "magazine", "story", "news", "blog", "post",
			"opinion", "feature", "review", "interview", "column", "series", "podcast", "newsletter", "issue", "edition", "development", "resources", "advice", "insights", "library", "center", "centre", "guide", "notes", "tips", "ways",
			// reflexive pronouns and a gerund of section names in capitals
			// ("MANAGING YOURSELF"); a team's name ("Careers Editorial
			// Team") is a byline, so topic nouns stay out of this list
			"yourself", "yourselves", "myself", "ourselves", "themselves", "himself", "herself", "itself", "managing":
			return false
		}
	}
	return !endsWithParticle(s) && !foreignPhrase(s)
}

// nonNameWords are function words of the other languages pastes come in
// that stand in no person's name: an article or a pronoun that opens a
// phrase ("Die Mischung", "Das Louis Vuitton Missgeschick", "Les
// coulisses"), a preposition anywhere ("Zu Ihrer Information", "Für
// Arbeitgeber", "Im Schlepptau"). Articles that open names ("De Souza",
// "La Toya", "Van Morrison") are not listed; a name particle in lower
// case never opens a name either ("de Kristen Falc'hon" is "by …").
var nonNameWords = map[string]bool{
	"die": true, "das": true, "der": true, "des": true, "dem": true, "ein": true, "eine": true, "einer": true,
	"ihr": true, "ihre": true, "ihrer": true, "unser": true, "unsere": true, "mein": true, "meine": true,
	"sie": true, "wir": true, "ich": true, "les": true, "une": true, "los": true, "las": true, "una": true,
	"für": true, "über": true, "mit": true, "im": true, "am": true, "zum": true, "zur": true, "vom": true, "beim": true,
	"pour": true, "avec": true, "sur": true, "dans": true, "para": true, "con": true, "sobre": true, "desde": true,
}

// nonNameFirst are the words of nonNameWords that are name particles
// too ("Ursula von der Leyen", "Maria das Dores"): they rule a phrase
// out only when they open it.
var nonNameFirst = map[string]bool{"die": true, "das": true, "der": true, "des": true, "dem": true}

// foreignPhrase reports whether s reads as a phrase of another language
// rather than a name: it opens with a word of nonNameWords or with a name
// particle in lower case, or holds a preposition of nonNameWords.
func foreignPhrase(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	if nameParticles[f[0]] || nonNameWords[strings.ToLower(f[0])] {
		return true
	}
	for _, w := range f[1:] {
		lw := strings.ToLower(w)
		if nonNameWords[lw] && !nonNameFirst[lw] {
			return true
		}
	}
	return false
}

// nameParticles are the function words that belong to names ("Ana de
// Souza", "Jan van Dijk", "Ursula von der Leyen"); a name never ends
// with one.
var nameParticles = map[string]bool{
	"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true, "della": true, "di": true, "du": true,
	"van": true, "von": true, "der": true, "den": true, "ter": true, "la": true, "le": true, "y": true, "e": true,
	"bin": true, "al": true, "el": true, "zu": true,
}

// endsWithParticle reports whether s ends with a name particle
// ("Tipps von", a label cut before its name), which no name does. (A
// test of every function word of the other languages was tried and
// dropped: too many given names are function words somewhere, "Mia",
// "Ella", "Dan".)
func endsWithParticle(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	return len(f) > 1 && nameParticles[f[len(f)-1]]
}

// dropRole drops the job title line just under a byline.
func (d *doc) dropRole(i int) {
	for j := i + 1; j < len(d.lines) && j <= i+3; j++ {
		l := d.lines[j]
		if l.kind == kBlank || d.skip[j] || containsFold(d.meta.authors, l.text) || junkLine(l.text) != "" {
			continue // a repeated name ("Jane Roe" twice on LinkedIn), a "• 2nd"
		}
		t := l.text
		if l.kind == kText && wordCount(t) <= 15 && !endsSentence(t) && (reRole.MatchString(t) || reRoleOrg.MatchString(t)) && junkLine(t) == "" {
			if _, _, ok := dateLine(t); !ok {
				d.dropLine(j, whyBio)
			}
		}
		return
	}
}

// dateRank ranks labelled dates: the publication date wins over an update,
// and received/accepted/reviewed dates never date the essay.
func dateRank(t string) int {
	switch {
	case reDatePub.MatchString(t):
		return 1
	case reDateStamp.MatchString(t) && !reDateUpd.MatchString(t):
		return 9 // a capture time, not a publication date
	case reDateLastRev.MatchString(t):
		return 4 // "Last reviewed: 22/01/2024" dates a guide when nothing better does
	case reDateNever.MatchString(t):
		return 9
	case reDateUpd.MatchString(t):
		return 3
	case dateSpan(t):
		return 5 // "2 Feb 2021 - 12 Mar 2024": an archive's captures, an event's days
	}
	return 2
}

// dateSpan reports whether t is two full dates joined by a dash and little
// else: the span of an archive's captures, a course or an event, which
// dates the essay only when no other date does.
func dateSpan(t string) bool {
	_, mo, span, ok := findDate(t)
	if !ok || mo || wordCount(t) > 10 {
		return false
	}
	rest := strings.TrimSpace(t[span[1]:])
	dash := strings.IndexAny(rest, "-–—")
	if dash < 0 || strings.TrimSpace(rest[:dash]) != "" {
		return false
	}
	_, mo2, _, ok2 := findDate(rest[dash:])
	return ok2 && !mo2
}

// setDate keeps the best-ranked date seen so far.
func (d *doc) setDate(iso string, monthOnly bool, t string) {
	r := dateRank(t)
	if r == 9 {
		return
	}
	iso = d.orderDate(iso, t)
	if d.meta.date == "" || r < d.dateRank {
		d.meta.date, d.meta.dateMonth, d.dateRank = iso, monthOnly, r
	}
}

var reNameAnd = prefilter.MustCompile(`\s+(?:and|&|und|et|y|e)\s+`)

// namePair reads "Alice Chen and Bob Ode" (two plain names).
func namePair(t string) []string {
	parts := reNameAnd.Split(t, -1)
	if len(parts) != 2 {
		return nil
	}
	for _, p := range parts {
		if !nameLike(p) || !plainName(p) || wordCount(p) < 2 || wordCount(p) > 4 {
			return nil
		}
	}
	return parts
}

func (d *doc) credit(i int, t string) bool {
	title, author, url, unknown, ok := parseCredit(t)
	if !ok {
		return false
	}
	m := &d.meta
	if !m.credit || m.srcTitle == "" && title != "" {
		if title != "" {
			m.srcTitle = title
		}
		if author != "" {
			m.srcAuthor = author
		}
		if unknown {
			m.unknownAuthor = true
		}
	}
	if url != "" && m.srcURL == "" {
		m.srcURL = url
	}
	m.credit = true
	d.dropLine(i, whyCredit)
	return true
}

// signOff takes the author from a sign-off when no byline named one: a
// plain name in the last part of the page followed by a role line
// ("Imogen Castellane-Obi" / "Writer, The Upward Brief").
func (d *doc) signOff() {
	if d.settled() || len(d.meta.authors) > 0 {
		return
	}
	// a wiki or docs page: "Created by X, last modified on …",
	// "Last edited by X on 8 Feb 2024 · 14 min ago"
	for i, l := range d.lines {
		if l.kind == kBlank || l.code || l.words > 30 {
			continue
		}
		t := strings.TrimSpace(stripInline(l.text))
		if k := strings.Index(t, " · "); k > 0 {
			t = t[:k]
		}
		m := reEditedBy.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		if names := parseByline("By "+m[1], false); names != nil {
			d.addAuthors(names)
			if iso, mo, _, ok := findDate(m[1]); ok {
				d.setDate(iso, mo, "updated")
			}
			if !d.skip[i] {
				d.dropLine(i, whyByline)
			}
			return
		}
	}
	from := d.signOffFrom()
	// "— Jane Doe" closing the post
	for i := len(d.lines) - 1; i >= from; i-- {
		l := d.lines[i]
		if l.kind == kBlank || l.code || d.skip[i] {
			continue
		}
		m := reSignOff.FindStringSubmatch(strings.TrimSpace(stripInline(l.text)))
		if m == nil || !plainName(m[1]) {
			continue
		}
		d.addAuthors([]string{m[1]})
		d.dropLine(i, whyByline)
		return
	}
	// "Cheers," / "Warmly, Ana Ruiz": a letter's closing, then the name
	for i := len(d.lines) - 1; i >= from; i-- {
		l := d.lines[i]
		if l.kind != kText || l.code || d.skip[i] {
			continue
		}
		m := reValediction.FindStringSubmatch(strings.TrimSpace(stripInline(l.text)))
		if m == nil {
			continue
		}
		name, at := strings.TrimSpace(m[1]), i
		if name == "" {
			if j := d.nextNonBlankAny(i); j >= 0 && d.lines[j].kind == kText {
				name, at = strings.TrimSpace(strings.TrimLeft(stripInline(d.lines[j].text), "—–-~ ")), j
			}
		}
		if nameLike(name) && plainName(name) && wordCount(name) >= 2 && wordCount(name) <= 4 {
			d.addAuthors([]string{name})
			d.dropLine(at, whyByline)
			return
		}
		// "Cheers," / "Marco" closing the post: a first name alone
		if at != i && oneName(name) && d.lastKept(at) {
			d.addAuthors([]string{name})
			d.dropLine(at, whyByline)
			return
		}
	}
	// "— Hana" closing the post
	for i := len(d.lines) - 1; i >= from; i-- {
		l := d.lines[i]
		if l.kind != kText || l.code || d.skip[i] {
			continue
		}
		if m := reSignOffOne.FindStringSubmatch(strings.TrimSpace(stripInline(l.text))); m != nil && oneName(m[1]) && d.lastKept(i) {
			d.addAuthors([]string{m[1]})
			d.dropLine(i, whyByline)
			return
		}
	}
	for i := len(d.lines) * 6 / 10; i < len(d.lines); i++ {
		l := d.lines[i]
		if l.kind != kText || l.code || d.skip[i] {
			continue
		}
		t := strings.TrimSpace(strings.TrimLeft(stripInline(l.text), "—–-~ "))
		if !nameLike(t) || !plainName(t) || wordCount(t) < 2 || wordCount(t) > 4 {
			continue
		}
		j := d.nextNonBlankAny(i)
		if j < 0 {
			continue
		}
		nt := d.lines[j].text
		if d.whyDropped(j) == whyBio || wordCount(nt) <= 8 && reRole.MatchString(nt) && !endsSentence(nt) {
			d.addAuthors([]string{t})
			d.dropLine(i, whyByline)
			if !d.skip[j] {
				d.dropLine(j, whyBio)
			}
			return
		}
	}
}

// signOffFrom returns the first line searched for a sign-off: the last
// signOffShare tenths of the page, counted in the lines still kept (a
// share row, tags and a footer after a short post push the sign-off out
// of the last tenths of its raw lines), or in all its lines when that
// reaches further.
func (d *doc) signOffFrom() int {
	from := len(d.lines) * (10 - signOffShare) / 10
	var kept []int
	for i, l := range d.lines {
		if l.kind != kBlank && !d.skip[i] {
			kept = append(kept, i)
		}
	}
	if k := len(kept) * (10 - signOffShare) / 10; k < len(kept) {
		from = min(from, kept[k])
	}
	return from
}

// askerByline takes the author of a Q&A page from the asker under its
// question: an "asked <date>" stamp, then a handle or a name of at most
// three words on the next line ("asked Mar 11, 2024 at 8:02" /
// "kestrel_dev"). The answers' "answered …" stamps name other people.
func (d *doc) askerByline() {
	for i, l := range d.lines {
		if l.kind != kText || l.code || moreWordsThan(l.text, 8) {
			continue
		}
		t := metaText(l)
		if !reAsked.MatchString(t) {
			continue
		}
		if _, _, _, ok := findDate(unglue(t)); !ok {
			continue // "Asked 8 months ago" heads the question's counters
		}
		j := d.nextNonBlankAny(i)
		if j < 0 || d.lines[j].kind != kText {
			return
		}
		n := strings.TrimSpace(metaText(d.lines[j]))
		if wordCount(n) > 3 {
			return
		}
		if reForumHandle.MatchString(n) && !reRoleAccount.MatchString(n) || nameLike(n) && plainName(n) && wordCount(n) >= 2 {
			d.addAuthors([]string{n})
			if !d.skip[j] {
				d.dropLine(j, whyByline)
			}
		}
		return
	}
}

// oneName reports whether w, one capitalised word, can be a first name
// signing a post: letters only, two to twenty of them, and no function
// word, interface word or closing word ("Thanks", "Update", "Anonymous").
func oneName(w string) bool {
	if wordCount(w) != 1 || !reNameWord.MatchString(w) || strings.ContainsAny(w, ".'’-") {
		return false
	}
	n := len([]rune(w))
	if n < 2 || n > 20 || !unicode.IsUpper([]rune(w)[0]) {
		return false
	}
	lw := strings.ToLower(w)
	if stopwords[lw] || interfaceWords[lw] || !plainName(w) {
		return false
	}
	switch lw {
	case "thanks", "thank", "cheers", "update", "updated", "edit", "edited", "ends", "end", "fin", "anonymous", "anon",
		"admin", "team", "everyone", "all", "friends", "love", "regards", "best", "more", "share", "reply", "comments":
		return false
	}
	return true
}

// signOffTail is how many kept lines may follow a one-name sign-off.
const signOffTail = 2

// lastKept reports whether at most signOffTail kept non-blank lines
// follow line i: a one-word sign-off must close what is left of the page.
func (d *doc) lastKept(i int) bool {
	n := 0
	for j := i + 1; j < len(d.lines); j++ {
		if d.lines[j].kind != kBlank && !d.skip[j] {
			if n++; n > signOffTail {
				return false
			}
		}
	}
	return true
}

// relatedHeadWords is the longest line read as the heading of a related
// articles or comments block that ends the search at the article's end.
const relatedHeadWords = 8

// edgeSpan is how many lines around the article's first and last line
// are searched for a byline the top window missed.
const edgeSpan = 8

// edgeByline takes the author (and a date on the same line) from the first
// explicit byline ("By …", "Written by …", "Author: …") within edgeSpan
// lines of where the main-content region starts or ends, or else from the
// first dated author credit ("Written by …", "Author: …") in the region.
func (d *doc) edgeByline() {
	for i := range d.edgeLines(14) {
		t := metaText(d.lines[i])
		if !reBy.MatchString(t) && !reByMid.MatchString(t) && !reAuthor.MatchString(t) {
			continue
		}
		// a bare "By X" there may head a teaser card; a byline of the
		// article says more: a date, or "Written by", "Author:"
		if _, _, _, dated := findDate(t); !dated && !reAuthorCredit.MatchString(t) {
			continue
		}
		names := parseByline(t, false)
		if names == nil {
			continue
		}
		d.addAuthors(names)
		if iso, mo, _, ok := findDate(t); ok {
			d.setDate(iso, mo, t)
		}
		d.dropLine(i, whyByline)
		return
	}
	// anywhere in the article: an author credit with its date ("Written
	// by Ana Ruiz on July 27, 2017" between the last paragraph and a
	// block of links)
	for i := max(d.winEnd, d.regionStart); i < d.regionEnd; i++ {
		l := d.lines[i]
		if l.kind != kText || l.code || d.skip[i] || l.words > 14 {
			continue
		}
		t := metaText(l)
		if !reAuthorCredit.MatchString(t) {
			continue
		}
		iso, mo, _, dated := findDate(t)
		names := parseByline(t, false)
		if !dated || names == nil {
			continue
		}
		d.addAuthors(names)
		d.setDate(iso, mo, t)
		d.dropLine(i, whyByline)
		return
	}
}

// reAuthorCredit: an author credit that is never a teaser's byline.
var reAuthorCredit = rx(`^(?:written by|words by|author:|authors:|about the author)\b`)

// edgeDateWords: the longest line read as a date at the article's edge.
const edgeDateWords = 6

// edgeDate takes the date from the first line within edgeSpan lines of
// where the main-content region starts, or else ends, that is a date and
// little else ("19.11.2021", "20:34 17.04.2020", "Posted 3 May 2021"):
// a date inside running text or a list dates something else.
func (d *doc) edgeDate() {
	for i := range d.edgeLines(edgeDateWords) {
		t := metaText(d.lines[i])
		iso, mo, ok := dateLine(t)
		if !ok || mo || dateRank(t) == 9 {
			continue
		}
		d.setDate(iso, mo, t)
		d.dropLine(i, whyDate)
		return
	}
	d.leadDate() // "Wien, 14. Dezember 2021 – Aufgrund …"
}

// edgeLines yields the lines within edgeSpan lines of where the
// main-content region starts, then of where it ends (below the header
// window), that are plain text of at most maxWords words and not yet
// dropped: where edgeByline and edgeDate look.
func (d *doc) edgeLines(maxWords int) iter.Seq[int] {
	return func(yield func(int) bool) {
		if d.regionEnd <= d.regionStart {
			return
		}
		for _, edge := range []int{d.regionStart, d.regionEnd} {
			for i := max(d.winEnd, edge-edgeSpan); i < min(len(d.lines), edge+edgeSpan); i++ {
				l := d.lines[i]
				// at the end, a heading of related articles or comments
				// starts what is not the article ("More articles by …" /
				// a teaser / its date)
				if edge == d.regionEnd && l.kind != kBlank && l.words <= relatedHeadWords {
					if t := metaText(l); reAfterArticle.MatchString(t) || junkLine(t) == whyRelated || junkLine(t) == whyComments {
						break
					}
				}
				if l.kind != kText || l.code || d.skip[i] || l.words > maxWords {
					continue
				}
				if !yield(i) {
					return
				}
			}
		}
	}
}

// authorBox takes the author from an author box after the article: a
// label alone on its line ("About the author", "Written by") and the
// author's full name alone on the next.
func (d *doc) authorBox() {
	for i := d.winEnd; i < len(d.lines); i++ {
		l := d.lines[i]
		if l.kind != kText && l.kind != kHeading || l.code || d.skip[i] && d.whyDropped(i) != whyBio || moreWordsThan(l.text, 4) {
			continue
		}
		t := metaText(l)
		if !reAuthorBox.MatchString(t) && !reByLabel.MatchString(t) {
			continue
		}
		j := d.nextNonBlank(i)
		if j < 0 || d.lines[j].kind != kText && d.lines[j].kind != kHeading {
			continue
		}
		n := reHonorific.ReplaceAllString(reCreds.ReplaceAllString(metaText(d.lines[j]), ""), "")
		bio := false // "Renata Kowalski is a leadership coach …": the bio, name first
		if !nameLike(n) || !plainName(n) || wordCount(n) < 2 || wordCount(n) > 4 {
			if n = bioLeadName(n); n == "" {
				continue
			}
			bio = true
		}
		d.addAuthors([]string{n})
		if !d.skip[i] {
			d.dropLine(i, whyBio)
		}
		if !d.skip[j] && !bio {
			d.dropLine(j, whyBio) // (a bio sentence is left to the junk stage)
		}
		return
	}
}
