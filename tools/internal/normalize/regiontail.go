// regiontail.go: where an article ends, for region.go: the chrome that
// follows an article's last paragraph (share rows, newsletter and login
// prompts, comment forms, a copyright footer), whether the text goes on
// after it, the sign-off lines an article may close with, and rows of
// links pasted without separators. Reads lines and their region classes;
// marks nothing.

package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tailChrome reports whether line i, after the article's core, is the
// chrome that follows an article's last paragraph: a share row, a
// newsletter or login prompt, a comment form, a copyright footer.
func (d *doc) tailChrome(i int) bool {
	t := metaText(d.lines[i])
	if moreWordsThan(t, regionMarkerWords) {
		return false
	}
	switch junkLine(stripInline(t)) {
	case whyFooter:
		// "© 2024 The Ledger" ends a page; "© Studio Nord" under a
		// picture is a credit, which listicles repeat between items
		return reCommentStamp.MatchString(t) && !d.textFollows(i)
	case whyShare, whyNewsletter, whyForm, whyLogin:
		return !d.textFollows(i)
	}
	return false
}

// textFollows reports whether running text goes on right after line i: two
// sentences or paragraphs among the following regionTailLook non-blank
// lines (an article that continues after a credit or a share row, or a
// closing question to the reader; after the end come short lines, and a
// teaser stands alone among them).
func (d *doc) textFollows(i int) bool {
	n, seen := 0, 0
	for j := i + 1; j < len(d.lines) && seen < regionTailLook; j++ {
		if d.lines[j].kind == kBlank {
			continue
		}
		seen++
		if d.regionFeats[j].class >= clsNearGood {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// signOff reports whether a short line after an article's last paragraph
// reads as its sign-off rather than the start of page chrome: a dashed
// name ("— Ana"), a short sentence ("Thanks for reading!"), a greeting
// ("Warmly,"), or a name of two to four capitalised words (one, after a
// greeting: greet). A label ("Share this:"), a link ("More news") or a
// heading of lower-case words is not one.
func signOff(t string, greet bool) bool {
	t = strings.TrimSpace(stripInline(t))
	if t == "" || strings.HasSuffix(t, ":") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if strings.ContainsRune("-–—~", r) {
		return true
	}
	f := strings.Fields(t)
	if len(f) >= 2 && reKiss.MatchString(f[0]) {
		f = f[1:] // "x Franzi", "xoxo Ana": a kiss before the name
		greet = true
	}
	if len(f) >= 2 && (strings.ContainsAny(t[len(t)-1:], ".!?") || reSmiley.MatchString(t)) || len(f) <= 4 && strings.HasSuffix(t, ",") {
		return true // "Thanks for reading!", "Have a lovely Sunday <3", "Until next week,"
	}
	if len(f) < 2 && !greet || len(f) > 4 {
		return false
	}
	for _, w := range f {
		r := []rune(w)
		if len(r) < 2 || !unicode.IsUpper(r[0]) || strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return false
		}
	}
	return true
}

var (
	// a kiss that signs a letter off
	reKiss = rx(`^(?:x+|xo(?:xo)*|x+o+)$`)
	// a line that ends in a smiley or an emoji ends like a sentence
	reSmiley = rx(`(?:<3|[:;]-?[)D(P]|\^\^|[\x{1F300}-\x{1FAFF}\x{2600}-\x{27BF}])\s*$`)
)

// gluedLinks counts the words of t in which a lower-case letter or a digit
// runs straight into a capital ("NewsletterAktuelle", "9,99 €Apple"): what
// a row of links gives when it is copied without its separators. Lines
// that look like program code count none.
func gluedLinks(t string) int {
	if strings.ContainsAny(t, "=;{}()<>") {
		return 0
	}
	n := 0
	for w := range strings.FieldsSeq(t) {
		prev := ' '
		for _, r := range w {
			if unicode.IsUpper(r) && (unicode.IsLower(prev) && prev != 'i' && prev != 'e' || unicode.IsDigit(prev) || prev == '€') {
				n++
				break
			}
			prev = r
		}
	}
	return n
}

// Comment threads. A thread is a run of comments, each opened by a stamp:
// the commenter's name with a date or a time ("Tobsen · April 19, 2019",
// "Karsten Dörre / 22.04.2020", "Harm Otten sagt:", "Jane Doe • 2d"),
// sometimes under a comments heading. A bare date is not a stamp: a
// timeline or a diary in the article has those.
const (
	// a stamp has at most this many words
	threadStampWords = 10
	// the words beside the date in a "name · date" stamp
	threadNameWords = 4
	// a thread starts at a stamp when another stamp follows, with text
	// between them, within this many non-blank lines
	threadLook = 14
)

// threadStart reports whether line i opens a comment thread after the
// article's text: a comment heading, or the first of two comment stamps
// with a reply between them.
func (d *doc) threadStart(i int) bool {
	l := d.lines[i]
	if l.kind == kBlank || l.code {
		return false
	}
	t := metaText(l)
	if !moreWordsThan(t, regionMarkerWords) && sectionJunk(t) == whyComments {
		return true
	}
	if !commentStamp(t) {
		return false
	}
	text := false
	for j, seen := i+1, 0; j < len(d.lines) && seen < threadLook; j++ {
		if d.lines[j].kind == kBlank {
			continue
		}
		seen++
		switch {
		case d.regionFeats[j].class >= clsNearGood:
			text = true
		case text && commentStamp(metaText(d.lines[j])):
			return true
		}
	}
	return false
}

// commentStamp reports whether t is the head of one comment: a name and
// then a date or a time ("Tobsen · April 19, 2019", "Jane Doe • 2d"), or
// "Name says:". A date with a category or a headline after it is a
// dateline, and a date with words before it that are not a name
// ("Update vom 3. April 2019") is a heading.
func commentStamp(t string) bool {
	t = strings.TrimSpace(stripInline(t))
	if t == "" || len(t) > 160 || moreWordsThan(t, threadStampWords) {
		return false
	}
	if reCommentAuthor.MatchString(t) || reRelTimeTail.MatchString(t) {
		return true
	}
	_, _, span, ok := findDate(t)
	if !ok {
		return false
	}
	rest := reThreadReply.ReplaceAllString(t[span[1]:], "") // "… 9:41 Reply"
	if reThreadClock.ReplaceAllString(rest, "") != "" {
		return false
	}
	// the day's name before the date ("Jane Doe | Di, 21. April") and the
	// word that joins name and date ("Georg N. am 10.4.2020") are not part
	// of the name
	head := reThreadDay.ReplaceAllString(t[:span[0]], "")
	name := strings.TrimRight(strings.TrimSpace(head), "·•|/,–—-: ")
	joined := false
	if m := reThreadJoin.FindStringIndex(name); m != nil {
		name, joined = strings.TrimSpace(name[:m[0]]), true
	}
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > threadNameWords || joined && len(words) < 2 {
		// "Treffen am 12.3.": one word joined to a date is an event
		return false
	}
	if !reThreadSep.MatchString(head[len(name):]) && !reThreadClockIn.MatchString(rest) {
		// with nothing between name and date, a clock time shows it is a
		// stamp ("Jane Doe 12 March 2021 at 9:41"), not a dated heading
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && r != '@' || reWeekday.MatchString(w) {
			return false
		}
	}
	return true
}

var (
	// what may follow the date of a stamp: a clock time
	reThreadClock = rx(`^[\s,.·•|\-–—]*(?:(?:um|at|à|a las|alle|om|o)\s+)?(?:\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\s*(?:am|pm|uhr|h)?)?[\s,.]*$`)
	// a day's name is part of a date, not a commenter's name
	reWeekday = rx(`^(?:mon|tues|wednes|thurs|fri|satur|sun)day|^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sonnabend)|^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|^(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|^(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)|^(?:poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela)|^(?:segunda|terça|quarta|quinta|sexta)-feira|^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)`)
	// what stands between the name and the date of a stamp
	reThreadSep = rx(`^\s*(?:[·•|/,–—-]|\bon\b|\bam\b|\ble\b|\bel\b|\bdnia\b)\s*`)
	// a reply button after a stamp's time
	reThreadReply = rx(`\s*[·•|]?\s*(?:reply|antworten|répondre|responder|rispondi|odpowiedz|beantwoorden|responder)\s*$`)
	// a clock time in what follows the date
	reThreadClockIn = rx(`\d{1,2}[:.h]\d{2}`)
	// a day's name, or its short form, just before the date
	reThreadDay = rx(`(?:\b(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)\.?|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))\s*,?\s*$`)
	// the word that joins a name to its date
	reThreadJoin = rx(`\s(?:am|on|le|el|dnia|op)$`)
)
