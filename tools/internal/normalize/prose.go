// prose.go: the small amount of language knowledge the item finder needs:
// sentence splitting, look-alike letter folding, inline-Markdown stripping,
// and the label cleaners. No state; no imports back up.

package normalize

import (
	"regexp"
	"strings"
)

var imperatives = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`be build understand ask give make start find learn listen offer speak show say tell keep know take
	treat share set put bring help anticipate communicate follow get focus stay try think respect support align clarify prepare
	document seek develop practice practise accept do manage lead create use write own check frame reframe earn invest propose
	plan celebrate admit deliver protect remember look choose pick state explain agree discuss raise flag warn fill solve
	step stand speak meet schedule present summarise summarize connect learn adapt anticipate volunteer cover fix map spot
	watch notice prioritise prioritize frame lead put cut handle own fit base name hold let confirm surface match close
	disagree commit study review track measure respond finish reserve turn consider agree test involve invite thank praise
	acknowledge escalate negotiate send copy group protect save learn separate assume expect stay plan write run`) {
		imperatives[w] = true
	}
}

func imperative(label string) bool {
	label = stripInline(label)
	if loc := reOrdinal.FindStringIndex(label); loc != nil {
		label = label[loc[1]:]
	}
	f := strings.Fields(strings.ToLower(label))
	return len(f) > 0 && imperatives[strings.Trim(f[0], ",.:;!?")]
}

// sentenceStarts returns the byte offsets where sentences start.
func sentenceStarts(t string) []int {
	out := []int{0}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c != '.' && c != '!' && c != '?' {
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
	// a single capital letter (an initial: "J. Smith")
	return len(w) == 1
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

// cleanText strips inline Markdown, footnote markers and extra spaces.
func cleanText(s string) string {
	s = reFootnote.ReplaceAllString(s, "")
	s = stripInline(s)
	return strings.Join(strings.Fields(s), " ")
}

var (
	reLink    = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	reEmph    = regexp.MustCompile(`(\*\*|__|\*|_|~~|` + "`" + `)([^*_~` + "`" + `]+?)(\*\*|__|\*|_|~~|` + "`" + `)`)
	reEscaped = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!<>|~])`)
)

// stripInline removes Markdown emphasis, links and escapes.
func stripInline(s string) string {
	if !strings.ContainsAny(s, "*_[]~`\\") {
		return s
	}
	s = reLink.ReplaceAllString(s, "$1")
	for k := 0; k < 3; k++ {
		n := reEmph.ReplaceAllStringFunc(s, func(m string) string {
			sm := reEmph.FindStringSubmatch(m)
			if sm[1] != sm[3] {
				return m
			}
			return sm[2]
		})
		if n == s {
			break
		}
		s = n
	}
	s = reEscaped.ReplaceAllString(s, "$1")
	return s
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
	s = strings.TrimSpace(strings.TrimRight(s, " .:;,-–—"))
	return s
}

// firstClause cuts s at its first clause boundary (a comma, semicolon,
// colon or dash) when that leaves at least three words.
func firstClause(s string) string {
	best := -1
	for _, sep := range []string{", ", "; ", ": ", " – ", " — ", " - ", " (", ". "} {
		if i := strings.Index(s, sep); i > 0 && wordCount(s[:i]) >= 3 && (best < 0 || i < best) {
			best = i
		}
	}
	if best < 0 {
		return s
	}
	return strings.TrimRight(s[:best], " .,;:")
}
