// prose.go: the small amount of language knowledge the item finder needs:
// sentence splitting, look-alike letter folding, inline-Markdown stripping,
// and the label cleaners. No state; no imports back up.

package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
)

// foldLookalikes folds the look-alike letters social sites use for
// emphasis (mathematical bold, italic, sans-serif and script letters and
// digits, fullwidth forms, letterlike symbols such as ℎ) to plain letters
// with NFKC, so that "𝐋𝐞𝐚𝐫𝐧 𝐭𝐡𝐞𝐢𝐫 𝐠𝐨𝐚𝐥𝐬" reads, matches and is searched as
// "Learn their goals". Everything else (typographic quotes, ellipses,
// ligatures, ™) is left as written.
func foldLookalikes(s string) string {
	if !strings.Contains(s, "\xf0\x9d") && !strings.Contains(s, "\xef\xbc") && !strings.Contains(s, "\xef\xbd") &&
		!strings.Contains(s, "\xe2\x84") && !strings.Contains(s, "\xe2\x85") {
		return s // fast path: none of the blocks below can occur
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if lookalike(r) {
			b.WriteString(norm.NFKC.String(string(r)))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// lookalike: a styled letter or digit that stands for a plain one.
func lookalike(r rune) bool {
	switch {
	case r >= 0x1D400 && r <= 0x1D7FF: // Mathematical Alphanumeric Symbols
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	case r >= 0xFF01 && r <= 0xFF5E: // fullwidth ASCII
		return true
	case r >= 0x2100 && r <= 0x214F: // letterlike symbols: letters only (not ™ or №)
		return unicode.IsLetter(r)
	}
	return false
}

// sentenceStarts returns the byte offsets where sentences start.
func sentenceStarts(t string) []int {
	out := []int{0}
	// inside parentheses, "(email? chat? a call?)" ends no sentence; an
	// opening bracket left unclosed stops counting after maxParen bytes
	const maxParen = 160
	depth, open := 0, 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '(':
			depth, open = depth+1, i
		case c == ')' && depth > 0:
			depth--
		case depth > 0 && i-open > maxParen:
			depth = 0
		}
		if c != '.' && c != '!' && c != '?' || depth > 0 {
			continue
		}
		j := i + 1
		for j < len(t) && strings.IndexByte(`"')]*_`, t[j]) >= 0 {
			j++
		}
		if j < len(t) && t[j] == ' ' {
			k := j
			for k < len(t) && t[k] == ' ' {
				k++
			}
			if k < len(t) && !isAbbrev(t[:i]) && !startsLower(t[k:]) {
				out = append(out, k)
			}
		}
	}
	return out
}

var abbrevs = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "vs": true, "etc": true,
	"e.g": true, "i.e": true, "inc": true, "ltd": true, "co": true, "jr": true, "sr": true, "no": true, "fig": true, "approx": true, "u.s": true}

func isAbbrev(before string) bool {
	if len(before) > 12 {
		before = before[len(before)-12:]
	}
	i := strings.LastIndexAny(before, " (\"“")
	w := strings.ToLower(before[i+1:])
	if abbrevs[w] {
		return true
	}
	// a single capital letter (an initial: "J. Smith"), not a closing
	// bracket or quotation mark ("(… \"any thoughts?\"). And …")
	return len(w) == 1 && unicode.IsLetter(rune(w[0]))
}

// firstSentence returns the first sentence of t (with its punctuation).
func firstSentence(t string) string {
	st := sentenceStarts(t)
	if len(st) > 1 {
		return strings.TrimSpace(t[:st[1]])
	}
	return t
}

// gistOf makes the gist: the explanation's first sentence, cleaned, at most
// 120 characters. shortened reports a cut.
func gistOf(expl string) (gist string, shortened bool) {
	s := cleanText(expl)
	if s == "" {
		return "", false
	}
	s = firstSentence(s)
	return shorten(s, 120)
}

// shorten cuts s at a word boundary to at most n characters, with "…".
func shorten(s string, n int) (string, bool) {
	r := []rune(s)
	if len(r) <= n {
		return s, false
	}
	cut := string(r[:n-1])
	if i := strings.LastIndex(cut, " "); i > n/2 {
		cut = cut[:i]
	}
	cut = strings.TrimRight(cut, " ,;:-–—")
	return cut + "…", true
}

// cleanText strips inline Markdown, footnote markers and extra spaces. An
// item's text is cleaned by several passes; recent answers are remembered.
func cleanText(s string) string { return cleanMemo.do(s, cleanTextOnce) }

var cleanMemo stringMemo

// cleanTextOnce is cleanText without the memo.
func cleanTextOnce(s string) string {
	s = reFootnote.ReplaceAllString(s, "")
	s = stripInline(s)
	return joinFields(s)
}

var (
	reLink    = prefilter.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	reEmph    = prefilter.MustCompile(`(\*\*|__|\*|_|~~|` + "`" + `)([^*_~` + "`" + `\s](?:[^*_~` + "`" + `]*?[^*_~` + "`" + `\s])?)(\*\*|__|\*|_|~~|` + "`" + `)`)
	reEscaped = prefilter.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!<>|~])`)
)

// stripInline removes Markdown emphasis, links and escapes.
func stripInline(s string) string {
	if !strings.ContainsAny(s, "*_[]~`\\") {
		return s
	}
	s = reLink.ReplaceAllString(s, "$1")
	s, hidden := hideEscapes(s)
	for k := 0; k < 3 && emphMarks(s) >= 2; k++ {
		n := unemph(s)
		if n == s {
			break
		}
		s = n
	}
	if hidden {
		s = unhideEscapes(s)
	}
	s = reEscaped.ReplaceAllString(s, "$1")
	return s
}

// emphMarks counts the bytes of emphasis marks in s; reEmph needs an
// opening and a closing one.
func emphMarks(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '*', '_', '~', '`':
			n++
		}
	}
	return n
}

// unemph replaces each match of reEmph whose marks agree with the text
// between them (one pass, as ReplaceAllStringFunc would).
func unemph(s string) string {
	locs := reEmph.FindAllStringSubmatchIndex(s, -1)
	if locs == nil {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for _, m := range locs {
		b.WriteString(s[last:m[0]])
		if s[m[2]:m[3]] == s[m[6]:m[7]] {
			b.WriteString(s[m[4]:m[5]])
		} else {
			b.WriteString(s[m[0]:m[1]])
		}
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// sanitizeLabel removes emphasis markers a label cannot carry inside
// "**…**" (stray asterisks, double underscores).
func sanitizeLabel(s string) string {
	if strings.HasPrefix(s, "**") || strings.HasPrefix(s, "__") {
		if m := reBoldLabel.FindStringSubmatch(s); m != nil && m[2] == "" {
			s = m[1]
		}
	}
	s = strings.ReplaceAll(s, "*", "")
	return strings.ReplaceAll(s, "__", "")
}

// reOrdinal: "First, " and "Finally, " open an enumerated item.
var reOrdinal = rx(`^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|sixth|seventh|next|then|finally|lastly|last|also|above all|most importantly)\s*,\s+`)

func cleanLabel(s string) string {
	s = strings.Join(strings.Fields(sanitizeLabel(cleanText(s))), " ")
	if loc := reOrdinal.FindStringIndex(s); loc != nil && loc[1] < len(s) {
		s = s[loc[1]:]
	}
	// an emphatic "Do ask …" (a do's-and-don'ts list) is the step "Ask …"
	if f := strings.Fields(s); len(f) > 2 && strings.EqualFold(f[0], "do") && imperatives[strings.ToLower(f[1])] && f[1] != "not" {
		r := []rune(strings.Join(f[1:], " "))
		r[0] = unicode.ToUpper(r[0])
		s = string(r)
	}
	s = strings.TrimSpace(strings.TrimRight(s, " .:;,-–—"))
	return s
}

// Label length: an item label is a short phrase (the cheat sheets print it
// in one line); a longer sentence is cut to its core clause.
const (
	maxLabelWords = 12 // a label longer than this is cut again at a conjunction
	minCoreWords  = 3  // a clause cut keeps at least this many words
	minSoftWords  = 5  // a cut at a conjunction keeps at least this many
)

// clauseSeps end the core clause of a sentence: punctuation and the
// subordinators that open an explanation ("…, because …", "…, which …").
var clauseSeps = []string{"; ", " — ", " – ", " - ", ": ", ", because ", ", simply because ", " because ", ", so that ", " so that ",
	", which ", ", and it ", ", and they ", ", and ", ", but ", ", even if ", ", even when ", ", even though ", ", whether ", ", so ",
	", rather than ", ", then ", ", while ", ", such as ", ", including ", ", especially ", ", like ", ", with ", " (", ", for example", ", e.g."}

// softSeps are where a still-long clause may be cut: a second action or a
// condition after the first ("… this year and write it down").
var softSeps = []string{" and ", " rather than ", " instead of ", " so that ", " before ", " until ", " when ", " if ", " while "}

// coreClause cuts a sentence to its core clause: at the first clause
// separator that leaves at least minCoreWords words, then, while it is
// longer than maxLabelWords, at the first conjunction that leaves at least
// minSoftWords. rest is what was cut off (trimmed of its separator).
func coreClause(s string) (label, rest string) {
	s = strings.TrimSpace(s)
	cut := func(seps []string, minWords int) int {
		best := -1
		for _, sep := range seps {
			from := 0
			for {
				i := strings.Index(s[from:], sep)
				if i < 0 {
					break
				}
				i += from
				// not inside a series ("what you finished, what is
				// blocked and what you need")
				series := sep == " and " && strings.Contains(s[:i], ", ")
				if i > 0 && wordCount(s[:i]) >= minWords && !series {
					if best < 0 || i < best {
						best = i
					}
					break
				}
				from = i + len(sep)
			}
		}
		return best
	}
	best := cut(clauseSeps, minCoreWords)
	if best < 0 && wordCount(s) > maxLabelWords {
		best = cut(softSeps, minSoftWords)
	} else if best >= 0 && wordCount(s[:best]) > maxLabelWords {
		head := s[:best]
		s2 := s
		s = head
		if b2 := cut(softSeps, minSoftWords); b2 >= 0 {
			best = b2
		}
		s = s2
	}
	if best < 0 {
		return strings.TrimRight(s, ".!;: "), ""
	}
	return strings.TrimRight(s[:best], ".!;:, "), strings.TrimSpace(strings.TrimLeft(s[best:], ";—–-:,( "))
}

// sentences splits a paragraph into its sentences (trimmed).
func sentences(t string) []string {
	st := sentenceStarts(t)
	out := make([]string, 0, len(st))
	for k, s := range st {
		e := len(t)
		if k+1 < len(st) {
			e = st[k+1]
		}
		if x := strings.TrimSpace(t[s:e]); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// reEnumLead opens an enumerated sentence: "First, …", "Second: …",
// "Finally, …", "Next, …", "And …", "Then …". Ordinals count as an
// enumeration; the connectives are only stripped.
var (
	reEnumLead = rx(`^(?:(?:and|but|so)\s+)?(?:(?:first|second|third|fourth|fifth|sixth|next|last|final)\s+(?:point|tip|thing|step|rule|lesson|advice)|to (?:begin|start) with|one (?:last|more|final) thing|first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|sixth|seventh|next|finally|lastly|last(?: but not least)?|above all|most importantly|one|two|three|four|five|1|2|3|4|5)\s*[,:.)–—-]\s*|^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|finally|lastly)\s+(?:you|we)\s+(?:should|must|need to|have to|can)\s+`)
	reConnLead = rx(`^(?:and|but|so|also|then|next|plus|instead|above all|in short|again|after that|from there|on top of that|most of all|whatever (?:else )?you do|i(?:'d|’d| would) (?:also )?(?:add|say|suggest)(?: this)?\s*:)(?:\b|\B),?\s+`)
	// reSpeaker: a Q&A speaker prefix, "A: ", "LSA: ", "Answer: ", "A. ".
	reSpeaker = prefilter.MustCompile(`^(?:[A-Z]{1,4}|Answer|Question|Reply)\s?:\s+|^[QA]\.\s+`)
	// reSubClause: a leading "When …, " or "If …, " clause before the main one.
	reSubClause = rx(`^(?:(?:when|whenever|if|once|before|after|while|as soon as|each time|every time|in meetings|at first)\b[^,]{2,60}|(?:in|at|during|after|before|on|for)\s+(?:that|the|this|each|every|your|our|a)\s+[^,]{1,40}),\s+`)
)

// minClaimWords: the main clause of a claim after a leading "When …,"
// clause is its label when it has at least this many words.
const minClaimWords = 4

// reHelpsBecause: a benefit claim whose content is its "because" clause
// ("It helps you, too, because …", "This works because …").
var reHelpsBecause = rx(`^(?:and\s+)?(?:it|this|that|doing (?:this|so|that)|the habit|the practice)\s+(?:also\s+)?(?:helps?|works?|matters?|pays off)\b[^.;]{0,30}?\bbecause\s+(\S+\s+\S.*)`)

// sentenceClass is what a sentence's own phrasing says about it.
type sentenceClass struct {
	tax    string  // "reasons", "steps", "pitfalls", or "" (not an item)
	weight float64 // evidence strength (the w… constants)
	rule   string  // the rule's name
	label  string  // where the label starts: the sentence or a part of it
	enum   bool    // opened with an ordinal ("First, …"): part of an enumeration
	story  bool    // tells what happened ("They agreed …"): never an item
	gerund bool    // opens with the -ing form of an advice verb ("Waiting until …"): typed by its context
}

// classifySentence types one sentence from its own phrasing. The answers
// for recent sentences are remembered: the prose passes ask about the same
// sentence several times.
func classifySentence(s string) sentenceClass { return sentenceMemo.do(s, classifySentenceOnce) }

var sentenceMemo memo[sentenceClass]

// classifySentenceOnce is classifySentence without the memo.
func classifySentenceOnce(s string) sentenceClass {
	s = strings.TrimSpace(cleanText(s))
	// "Then ask her to order it: \"Which three matter most?\"": the
	// quotation is what to say; the sentence is the advice
	s = ownWords(s)
	if s == "" || endsQuestion(s) || strings.ContainsAny(s[:1], "\"“‘'(") {
		return sentenceClass{} // a question or a quotation is not advice
	}
	var c sentenceClass
	s = reSpeaker.ReplaceAllString(s, "")
	if loc := reEnumLead.FindStringIndex(s); loc != nil && loc[1] < len(s) {
		c.enum = true
		s = s[loc[1]:]
	}
	for k := 0; k < 3; k++ {
		loc := reConnLead.FindStringIndex(s)
		if loc == nil || loc[1] >= len(s) {
			break
		}
		s = s[loc[1]:]
	}
	if fc, ok := framedAdvice(s); ok {
		fc.enum = c.enum // "You would be wise to …", "What I learned: …"
		return fc
	}
	if reNarrative.MatchString(s) && !imperative(s) && !verbFirst(s) && !reAdopted.MatchString(s) && !reAnnounced.MatchString(s) {
		c.enum, c.story = false, true // "First, they agreed …" tells a story
		return c
	}
	core := s
	if loc := reSubClause.FindStringIndex(s); loc != nil && loc[1] < len(s) {
		core = s[loc[1]:]
	}
	for _, r := range sentenceRules {
		if r.tax == "reasons" && r.weight == wClaim && verbFirst(core) {
			continue // "Reduce the noise for them." is advice, not a claim
		}
		for _, t := range []string{s, core} {
			m := r.re.FindStringSubmatchIndex(t)
			if m == nil || r.unless != nil && r.unless.MatchString(t) {
				continue
			}
			label := t
			for g := 2; g+1 < len(m); g += 2 {
				if m[g] >= 0 { // the first group that took part in the match
					label = t[m[g]:m[g+1]]
					break
				}
			}
			if r.also != nil && !r.also(label) {
				continue
			}
			c.tax, c.weight, c.rule, c.label = r.tax, r.weight, r.name, label
			if r.name == "benefit claim" {
				c.label = strings.TrimPrefix(strings.TrimPrefix(s, "Because "), "because ")
				if m := reHelpsBecause.FindStringSubmatch(s); m != nil {
					// "It helps you, too, because writing it down forces
					// you to decide": the reason is the because clause
					c.label = m[1]
				}
				if core != s && wordCount(core) >= minClaimWords && r.re.MatchString(core) {
					// "When you fill a gap early, you become the person
					// they trust": the claim is the main clause
					c.label = core
				}
			}
			if c.tax == "" { // "there is one more X: …": typed by its noun
				c.tax = cueOf(t[:m[2]])
			}
			return c
		}
	}
	if gerundFirst(s) && wordCount(s) <= maxGerundWords && !reNotAdviceTail.MatchString(s) {
		c.gerund, c.label = true, s
		return c
	}
	if verbFirst(core) && !reNotAdviceTail.MatchString(s) {
		// the label is the imperative itself, without its "When …,"
		// clause, unless it points back to it ("When you disagree, do it
		// early")
		c.tax, c.weight, c.rule, c.label = "steps", wImperative, "imperative", core
		if f := strings.Fields(strings.ToLower(core)); len(f) > 1 && backRefs[strings.Trim(f[1], ",.;:")] {
			c.label = s
		}
	}
	return c
}

// reQuotedTail: a quotation that ends a sentence, after a colon or a verb
// of saying ("… and says \"how's it going?\""): words to say, whose mood
// is not the sentence's own.
var reQuotedTail = rx(`(?:[:,]|\b(?:says?|said|asks?|asked|ask|say|try|tells?|told|with))\s*["“][^"“”]{3,}["”]\W*$`)

// ownWords returns a sentence without a quotation that ends it.
func ownWords(s string) string {
	if !quoteAtEnd(s) {
		return s // (reQuotedTail cannot match: a cheap test first)
	}
	if loc := reQuotedTail.FindStringIndex(s); loc != nil && loc[0] > 0 {
		return strings.TrimSpace(s[:loc[0]])
	}
	return s
}

// quoteAtEnd reports whether a closing quotation mark (" or ”) lies in the
// run of characters that ends s and holds no ASCII letter, digit or
// underscore: where a match of reQuotedTail ("…["”]\W*$") must have one.
// (Every byte of a non-ASCII character counts as outside words, so the run
// is never shorter than the pattern's.)
func quoteAtEnd(s string) bool {
	i := len(s)
	for i > 0 {
		c := s[i-1]
		if c < utf8.RuneSelf && (c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			break
		}
		i--
	}
	return strings.ContainsAny(s[i:], "\"”")
}

// backRefs: pronouns after a verb that point back to a leading clause.
var backRefs = map[string]bool{"it": true, "this": true, "that": true, "so": true, "them": true, "these": true, "those": true}

// endsQuestion: the sentence is a question, even with an emoji or a
// closing bracket after its "?" ("Why should you care? 👇").
func endsQuestion(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsSymbol(r) || r == ')' || r == '"' || r == '”' || r == '\ufe0f' || r == '\u200d'
	})
	return strings.HasSuffix(s, "?")
}

// reAdopted: "I began writing …", "We started asking …": a practice the
// writer took up (a step), though told in the past tense.
var reAdopted = rx(`^(?:i|we)\s+(?:also\s+|then\s+|soon\s+)?(?:started|began|made a habit of|got into the habit of|made a point of)\s+\S+ing\b`)

// reNarrative: a sentence that tells what happened ("They agreed on …",
// "She asked …", "Theo went …"): a story, not advice, even when it is
// enumerated. The name is matched case-sensitively (a capital and then
// lower-case letters) inside the otherwise case-insensitive pattern;
// callers also check that the first word is not an imperative ("Share
// detailed notes" is advice).
var reNarrative = rx(`^(?:i|we|he|she|they|it|(?-i:\p{Lu}\p{Ll}+))\s+(?:(?:then|also|finally|first|quickly|never|always)\s+)?(?:\w+ed|was|were|had|did|said|told|asked|went|made|took|got|came|knew|thought|felt|saw|began|became|won|lost|built|sent|wrote|gave|kept|left|ran|met|found|spent|brought|bought|taught|sat|stood|heard)\b`)

// reNotAdviceTail: an imperative that points at the page itself ("Tell me
// in the comments", "Pick one of these this week", "Find out more"), a
// call to action ("book a free discovery call", "download our checklist")
// or a summing up ("Do that and you will …", "Be that person").
var reNotAdviceTail = rx(`\b(?:book (?:a|an|your|my) (?:free |quick |short )?(?:\w+ )?(?:call|session|consultation|demo|meeting with (?:me|us))|sign up|get in touch|contact (?:me|us)|(?:join|grab|get|download) (?:my|our|the|this) (?:free )?(?:newsletter|course|guide|checklist|template|ebook|workbook|community)|in the comments?|comment section|find out more|learn more|read more|one of these|these (?:tips|steps|ideas|habits)|this (?:list|post|article|checklist|guide)|(?:above|below)\W*$|printable|newsletter|subscribe|link in|(?:log|sign) in (?:or|to)|register to|create an account|forward (?:it|this|the \w+) to|share (?:it|this) with)\b|^if (?:this|you (?:found|liked|enjoyed) (?:this|it))\b[^,]{0,30}\b(?:useful|helpful|enjoyed|liked|helped)\b|[\w.+-]+@[\w-]+\.[\w.]+|https?://|www\.|\band you(?:'ll|’ll| will)\b|\band you (?:get|have|are)\b|^\w+ (?:it|this|that|these|those)\W*$|^(?:do|be|try|use|pick|choose|apply|take) (?:it|this|that|these|those)\b`)
