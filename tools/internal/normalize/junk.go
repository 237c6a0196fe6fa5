// junk.go: the reasons lines are dropped with, and junkLine, which judges
// one line on its own by the rule table of junkrules.go and a few patterns
// for comment threads (relative times, reaction buttons, comment headings).
// It reads and marks nothing; the passes that drop lines are in
// junkpass.go and region.go.

package normalize

import (
	"strings"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
)

// Reasons recorded in Report.Dropped.
const (
	whyComments   = "comment section"
	whyComment    = "comment"
	whyForm       = "comment form"
	whyShare      = "share buttons"
	whyPhoto      = "photo credit"
	whyImage      = "image"
	whyReadTime   = "read time"
	whyNewsletter = "newsletter prompt"
	whyCookie     = "cookie notice"
	whyLogin      = "login prompt"
	whyNav        = "navigation"
	whyRelated    = "related articles"
	whyBio        = "author bio"
	whyTags       = "tags"
	whyTitle      = "repeated title"
	whyAd         = "advertisement"
	whyFooter     = "footer"
	whyByline     = "byline"
	whyDate       = "date"
	whyCredit     = "source credit"
	whyTitleLine  = "title"
	whyURL        = "source url"
)

var reHashtags = prefilter.MustCompile(`^(?:#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*[\s,]*)+$`)

var reRelTime = rx(`^[·•∙]?\s*(?:(?:edited|asked|answered|modified|posted|updated|active)\s*)?(?:` +
	`\d+\s*(?:yr|yrs|mo|mos|wk|wks|hr|hrs|min|mins|sec|secs|d|h|m|w|y)\.?\s+ago` + `|` +
	`\d+\s*(?:s|m|h|d|w|mo|y|yr|yrs|min|mins|hr|hrs|sec|secs|wk|wks)` +
	`|\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago` +
	`|an?\s+(?:second|minute|hour|day|week|month|year)\s+ago` +
	`|yesterday|just now|today` +
	`|vor\s+(?:\d+|einer?|einem)\s+(?:sekunden?|minuten?|stunden?|tag|tagen|wochen?|monat|monaten|jahr|jahren)` +
	`|il y a\s+(?:\d+|une?)\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)` +
	`|hace\s+(?:\d+|una?)\s+(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|mes|meses|años?)` +
	`|(?:\d+|un)\s+(?:secondi|minuti|ore|ora|giorni|giorno|settimane|settimana|mesi|mese|anni|anno)\s+fa` +
	`|\d+\s+(?:seconden|minuten|uur|dagen|dag|weken|week|maanden|maand|jaar|jaren)\s+geleden` +
	`|h[áa]\s+(?:\d+|um|uma)\s+(?:segundos?|minutos?|horas?|dias?|semanas?|m[êe]s|meses|anos?)` +
	`)(?:\s*[•·|]\s*(?:edited|bearbeitet|modifié|editado|modificato|bewerkt))?\s*$`)

var reCommentAction = rx(`^(?:(?:like|reply|replies|love|celebrate|support|insightful|funny|curious|report|` +
	`gefällt mir|antworten|kommentieren|répondre|j'aime|j’aime|commenter|me gusta|responder|comentar|` +
	`mi piace|rispondi|commenta|vind ik leuk|beantwoorden|reageren|curtir|gostei|responder|` +
	`see translation|see more|show more|loading\.\.\.|loading…|\d+(?:[.,]\d+)?\s*[km]|view more replies|load more comments|view \d+ more repl(?:y|ies)|` +
	`übersetzung anzeigen|voir la traduction|ver tradução|ver traducción|vedi traduzione|vertaling weergeven|` +
	`\d+\s+(?:likes?|comments?|reactions?|replies|reposts?|restacks?|shares?|kommentare?|reaktionen|commentaires?|réactions|` +
	`comentarios?|reacciones|commenti|reazioni|reacties|comentários|reações|antworten|réponses|respuestas|risposte)|` +
	`\d+)\s*[·•∙|,]?\s*)+$`)

var reCommentHeading = rx(`^(?:\d+\s+)?(?:comments?|responses?|replies|discussion|kommentare?|commentaires?|comentarios?|commenti|reacties|comentários|reactions)` +
	`(?:\s*\(\d+\))?(?:\s+(?:to|on|zu|sur|en|su|op)\s+.*)?\s*:?$|^(?:\d+|one|two|three|four|five)\s+(?:thoughts?|responses?|repl(?:y|ies)|comments?) (?:on|to) .{1,120}$|^(?:thoughts|responses|replies) (?:on|to) .{1,120}$|^discussion about this (?:post|article)$|` +
	`^(?:join the (?:discussion|conversation)|show comments|view comments|most relevant|most recent|newest first|oldest first|top comments)$`)

// junkLine classifies one line on its own. It returns the reason or "".
// Long lines (more than about 25 words) are content, whatever they contain.
// The answers for recent lines are remembered (see judgeLine).
func junkLine(t string) string { return junkMemo.do(t, judgeLine) }

var junkMemo stringMemo

// judgeLine is junkLine without the memo.
func judgeLine(t string) string {
	if t == "" || len(t) > 600 {
		return ""
	}
	if reHashtags.MatchString(t) {
		return whyTags // "#leadership #Management"
	}
	t = strings.TrimSpace(strings.Trim(t, "#*_ "))
	if t == "" {
		return ""
	}
	// w is min(wordCount(t), junkCountLimit): every test below compares
	// it with a bound under the limit
	w := wordCountUpTo(t, junkCountLimit())
	if w <= 8 && (reRelTime.MatchString(t) || reCommentAction.MatchString(t)) {
		return whyComment
	}
	if w <= 20 && reCommentHeading.MatchString(t) {
		return whyComments
	}
	if strings.Contains(t, " | ") && w <= 16 {
		// "Subscribe | Log in": every part is junk
		parts := strings.Split(t, "|")
		first := ""
		for _, p := range parts {
			why := junkLine(strings.TrimSpace(p))
			if why == "" {
				first = ""
				break
			}
			if first == "" {
				first = why
			}
		}
		if first != "" {
			return first
		}
	}
	return firstJunkRow(t, w)
}

// junkCountLimit is the most words judgeLine counts: above every bound it
// compares a line's words with (20 for comment headings, the junk table's
// longest word limit).
func junkCountLimit() int { return max(21, len(junkByWords)) }

// firstJunkRow returns the reason of the first row of junkRules that
// matches line t of w words, or "".
func firstJunkRow(t string, w int) string {
	if w >= len(junkByWords) {
		return "" // longer than every row's limit
	}
	// the rows whose word limit and prefilter the line passes, found
	// together (junkTable), then tried in order: junkRules[k].matches
	x, lower := prefilter.Prepare(t), lowered{s: t}
	may := junkTable.MayMatch(x, junkByWords[w])
	for k := range junkRules {
		if may[k>>6]&(1<<(k&63)) != 0 && junkRules[k].matchesAfterPrefilter(t, &lower) {
			return junkRules[k].why
		}
	}
	return ""
}

// commentShaped reports whether a line looks like part of a comment thread:
// a relative time, a reaction or reply button, a count.
// The answers for recent lines are remembered: several passes ask.
func commentShaped(t string) bool { return commentShapeMemo.do(t, commentShapedOnce) }

var commentShapeMemo memo[bool]

// commentShapedOnce is commentShaped without the memo.
func commentShapedOnce(t string) bool {
	if len(t) > 200 {
		return false
	}
	t = strings.TrimSpace(strings.Trim(t, "#*_ "))
	if t == "" || moreWordsThan(t, commentShapeWords) {
		return false
	}
	return reRelTime.MatchString(t) || reCommentAction.MatchString(t) ||
		reRelTimeTail.MatchString(t) || reCommentAuthor.MatchString(t) ||
		reCommentStamp.MatchString(t) && reClock.MatchString(t)
}

// commentShapeWords: the most words of a line of comment chrome (a name
// and a time stamp, a reply button).
const commentShapeWords = 10

// "Jane says:", "dasmanuel schreibt:", "#2 Kommentar von Lena": the head
// of a comment
var reCommentAuthor = rx(`^\S.{0,40}\s(?:says|said|sagt|schreibt|meint|dit|dice|disse|scrive|napisał|napisała|schreef|zegt|escribió)\s*:$|` +
	`^(?:#\d+\s+)?(?:comment|kommentar|commentaire|comentario|commento|komentarz)\s+(?:by|von|de|par|di|od)\s+[\p{L}\p{N}@][\p{L}\p{N}._-]*(?-i:(?:\s+\p{Lu}[\p{L}\p{N}._-]*){0,3})$`)

// a comment's time stamp: a date with a year and a clock time ("22. Juli
// 2019 at 16:25", "Heim | Di, 21. April 2020 - 16:40")
var (
	reCommentStamp = prefilter.MustCompile(`\b(?:19|20)\d{2}\b`)
	reClock        = prefilter.MustCompile(`\b\d{1,2}:\d{2}\b`)
)

// "Jane Doe • 2d" or "Jane Doe · 3 days ago"
var reRelTimeTail = rx(`[•·|]\s*(?:\d+\s*(?:s|m|h|d|w|mo|y|yr)|\d+\s+\w+\s+ago|vor\s+\d+\s+\w+|il y a\s+\d+\s+\w+|hace\s+\d+\s+\w+|\d+\s+\w+\s+fa|\d+\s+\w+\s+geleden|há\s+\d+\s+\w+)\s*(?:[•·|].{0,30})?$`)

// sectionJunk is a heading that starts a junk section, with the reason.
func sectionJunk(t string) string {
	return sectionJunkWith(t, "?")
}

// sectionJunkWith is sectionJunk with junkLine(t) already known ("?" when
// it is not).
func sectionJunkWith(t, line string) string {
	if len(t) > 200 {
		return ""
	}
	t = strings.TrimSpace(strings.Trim(t, "#*_ "))
	if moreWordsThan(t, 20) {
		return ""
	}
	switch {
	case reCommentHeading.MatchString(t):
		return whyComments
	case reFormHeading.MatchString(t):
		return whyComments
	}
	if reWrittenBy.MatchString(t) {
		return whyBio
	}
	if reTOC.MatchString(t) || reHelpful.MatchString(t) {
		return whyNav
	}
	why := line
	if why == "?" {
		why = junkLine(t)
	}
	if why == whyComments {
		return why // a comment heading of the rule table ("Schreibe einen Kommentar")
	}
	if i := strings.Index(t, ":"); i >= 0 && strings.TrimSpace(t[i+1:]) != "" && why != whyBio {
		// "Related: Eleven habits of…" is one line, not a section
		return ""
	}
	if why == whyRelated || why == whyBio || why == whyNewsletter || why == whyTags && wordCount(t) <= 2 {
		return why
	}
	return ""
}

var reFormHeading = rx(`^(?:leave a (?:reply|comment|response)|post a comment|add a comment|write a response|join the (?:discussion|conversation))\b`)

var reBio = rx(`^(?:(?-i:\p{Lu})[\p{L}.'’-]+(?:\s+(?-i:\p{Lu})[\p{L}.'’-]+){0,3})\s+(?:is|was)\s+(?:a|an|the)\s.{0,300}\b(?:writer|author|coach|consultant|founder|co-founder|speaker|editor|journalist|blogger|contributor|ceo|director|professor|lecturer|trainer|facilitator|expert|researcher|partner|advisor|adviser|columnist|host)\b`)
var reBioAt = prefilter.MustCompile(`\b(?:is|was) (?:a|an|the) [^.]{0,80}\b(?:at|of|for) (?:the )?\p{Lu}`)

// reBio2 finds the phrases of a contributor's bio. "Lives in" needs a
// person before it (a pronoun or a capitalised name): "a manager who lives
// in meetings" is the article's own sentence, not a bio.
var reBio2 = rx(`\b(?:who writes about|writes about|(?:she|he|they|(?-i:\p{Lu})[\p{L}'’-]+) lives (?:in|with)|you can (?:follow|find|reach) (?:her|him|them|me)|follow (?:her|him|them|me) on|connect with (?:her|him|them|me)|is the author of)\b`)

var reHelpful = rx(`^(?:was|is) this (?:article|page|post|guide|information|answer) (?:helpful|useful)\??[\s\p{So}]*$|^did you find this (?:article|page) (?:helpful|useful)\??$`)

var reTOC = rx(`^(?:table of contents|contents|in this article|in this post|jump to(?: section)?|on this page|skip to section|article contents)\s*:?$`)

var reWrittenBy = prefilter.MustCompile(`^(?i:written by|about|more about|posted by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$`)

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// a contributor's bio, in several languages: a name of two or three words
// and what the person does ("Jane Doe writes about work", "Anna Berg
// leitet das Ressort Kultur", "Ich bin Steffi, …"). Read only after the
// article's text (afterCore): inside it, such a sentence is the story.
var reBioAfter = rx(`^(?:(?-i:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(?:` +
	`(?:is|was)\s+(?:a|an|the)\s+(?:\S+\s+){0,3}(?:writer|reporter|editor|journalist|correspondent|founder|columnist|contributor)|writes about|covers|reports on|` +
	`(?:ist|war)\s+(?:\S+\s+){0,3}(?:redakteur\w*|autor\w*|journalist\w*|head of|leiter\w*|gründer\w*|chefredakteur\w*|korrespondent\w*|reporter\w*|ressortleiter\w*|bloggerin|blogger)|` +
	`leitet|beschäftigt sich|schreibt (?:über|für|seit)|berichtet (?:über|für|seit)|` +
	`es\s+(?:\S+\s+){0,2}(?:periodista|redactor\w*|editor\w*|corresponsal|autor\w*|columnista)|` +
	`est\s+(?:\S+\s+){0,2}(?:journaliste|rédact\w*|éditeur|correspondant\w*|auteur\w*|chroniqueu\w*))\b|ich bin (?-i:\p{Lu}[\p{L}'’-]+),)`)

// bioAfterWords: the most words of such a bio.
const bioAfterWords = 80

// afterCore reports whether line i comes after the last running text of
// the article's core (region.go); false when no region was found.
func (d *doc) afterCore(i int) bool {
	return d.regionFeats != nil && d.regionCoreEnd > d.regionCoreStart && i > d.regionCoreEnd
}
