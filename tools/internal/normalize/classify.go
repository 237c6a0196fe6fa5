package normalize

import (
	"regexp"
	"strings"

	"github.com/leadingup/leadingup/tools/internal/vocab"
)

// item is one extracted reason, step or pitfall.
type item struct {
	found string // the label as found, for the report
	tax   string
	term  string
	score float64
	label string
	expl  string
	gist  string
	line  int
}

var (
	rePitfallCue      = rx(`\b(?:mistakes?|avoid\w*|pitfalls?|myths?|traps?|don'?t|don’t|do not|dangers?|misconceptions?|errors?|what not to|red flags?|warning signs?|sins|blunders?|missteps?|bad habits|don'?ts|things not to do|not to do|what to stop|what not|shouldn'?t|should not|do not do|don'?t do|backfires?|goes wrong|go wrong|going wrong|warns? about|worst|derail\w*|undermin\w*|sabotag\w*|(?:things|habits) that (?:hurt|harm|kill)|anti-?patterns?|watch out|cautions?|gotchas?)\b`)
	reReasonCue       = rx(`\b(?:why|reasons?|benefits?|advantages?|importan(?:t|ce)|matters?|the case for|payoffs?|pays off|in your (?:own )?interest|what'?s in it|purpose|value of)\b`)
	reStepCue         = rx(`\b(?:how|steps?|tips?|ways?|strateg(?:y|ies)|tactics?|practices?|techniques?|habits?|rules?|guide(?:lines)?|approach(?:es)?|actions?|advice|lessons?|principles?|characteristics|qualities|keys?|secrets?|checklist|what to do|dos|do'?s|methods?|playbook|recipe|framework|elements|ingredients|skills)\b`)
	reNoneCue         = rx(`^(?:conclusion|summary|in summary|final thoughts?|in closing|closing thoughts?|wrapping up|the bottom line|bottom line|references|notes|footnotes|sources|further reading|acknowledg\w+|introduction|intro|background|a story|the story|about|contents|table of contents|faq|q&a|related|credits|the lesson|lesson learned|one more thing|it may not work|key takeaways?|takeaways?|tl;?dr|in a nutshell|recap|frequently asked questions|related reading)\b`)
	reNotHelp         = rx(`\bwhat (?:does not|doesn'?t|do not|don'?t|never) (?:help|work)s?\b|\b(?:does not|doesn'?t|do not|don'?t|never) help\b|\bwhat (?:hurts|fails|backfires)\b`)
	reWhatDo          = rx(`\bwhat (?:\w+ ){0,3}(?:do|does|did|helps|works)\b|\bpractices?\b|\brecommend`)
	rePitfallItem     = rx(`^(?:don'?t|don’t|do not|never|avoid(?:ing)?|stop\s+\w+ing|no more|beware|quit\s+\w+ing|resist the urge|refrain)\b`)
	reNumberedHeading = rx(`^(?:(?:step|tip|rule|way|reason|mistake|lesson|habit|pitfall|strategy|myth|trap|no\.?)\s*)?#?(\d{1,2})\s*[.):\-–—]\s*(\S.*)$`)
	reFootnote        = regexp.MustCompile(`\s?\[\d{1,3}\]|\[\^\d{1,3}\]`)
)

// cueOf maps a heading or intro text onto a taxonomy: "reasons", "steps",
// "pitfalls", "none" (a section that holds no items, like a conclusion) or
// "" (no cue).
func cueOf(s string) string {
	s = strings.TrimSpace(stripInline(s))
	switch {
	case strings.ContainsAny(s, negMarkers):
		return "pitfalls"
	case reNoneCue.MatchString(s):
		return "none"
	case rePitfallCue.MatchString(s):
		return "pitfalls"
	case reReasonCue.MatchString(s):
		return "reasons"
	case reNotHelp.MatchString(s):
		return "pitfalls"
	case reStepCue.MatchString(s), reWhatDo.MatchString(s):
		return "steps"
	}
	return ""
}

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

var (
	reBoldLabel = regexp.MustCompile(`^(?:\*\*|__)(.+?)(?:\*\*|__)\s*[:.\-–—]?\s*(.*)$`)
	reDashSep   = regexp.MustCompile(`\s+(?:-|–|—|--)\s+`)
	badLabels   = map[string]bool{"note": true, "example": true, "for example": true, "e.g": true, "update": true, "edit": true,
		"ps": true, "p.s": true, "disclaimer": true, "warning": true, "tip": true, "answer": true, "question": true, "q": true, "a": true,
		"source": true, "photo": true, "image": true, "credit": true, "result": true, "why": true, "how": true, "also": true, "but": true,
		"so": true, "in short": true, "in other words": true, "remember": true, "the lesson": true, "the result": true, "the point": true,
		"here's how": true, "here is how": true, "here's why": true, "the answer": true, "the catch": true, "the truth": true, "yes": true, "no": true,
		"reality": true, "the reality": true, "in reality": true, "truth": true, "fact": true, "the fact": true, "myth": true,
		"here's the thing": true, "the thing": true, "the problem": true, "the good news": true, "the bad news": true,
		"the key": true, "the trick": true, "the secret": true, "the takeaway": true, "bottom line": true, "in practice": true,
		"for instance": true, "the idea": true, "the goal": true, "the rule": true, "my advice": true, "our advice": true,
		"why it matters": true, "what to do": true, "what it looks like": true, "try this": true, "try": true, "watch out": true}
)

// splitLabel splits "Label - Explanation", "Label: explanation",
// "**Label.** Explanation" and, for list items, "Label. Explanation".
func splitLabel(t string, list bool) (label, expl string, ok bool) {
	label, expl, ok = splitLabel1(t, list)
	if !ok {
		return
	}
	// an explanation never starts with a separator (it would be read as
	// one the next time)
	expl = strings.TrimLeft(expl, ":.-–— ")
	if !hasAlnum(label) {
		return "", "", false
	}
	if !hasAlnum(expl) {
		if strings.HasPrefix(t, "**") || strings.HasPrefix(t, "__") {
			// keep what follows a bold label, so that it reads back the same
			return label, expl, true
		}
		return "", "", false
	}
	return label, expl, true
}

func splitLabel1(t string, list bool) (label, expl string, ok bool) {
	t = strings.TrimSpace(t)
	if m := reBoldLabel.FindStringSubmatch(t); m != nil && wordCount(m[1]) <= 16 {
		return strings.TrimSpace(m[1]), strings.TrimSpace(m[2]), true
	}
	goodLabel := func(l string, maxWords int) bool {
		l = strings.TrimSpace(l)
		if l == "" || wordCount(l) > maxWords || startsLower(l) || strings.Contains(l, "http") {
			return false
		}
		if badLabels[strings.ToLower(strings.Trim(l, " .:"))] {
			return false
		}
		return !strings.ContainsAny(strings.TrimRight(l, ".?!"), ".!?;\"“”")
	}
	if loc := reDashSep.FindStringIndex(t); loc != nil {
		l := t[:loc[0]]
		if goodLabel(l, 10) && loc[1] < len(t) {
			return strings.TrimSpace(l), strings.TrimSpace(t[loc[1]:]), true
		}
	}
	if i := strings.Index(t, ": "); i > 0 {
		l := t[:i]
		if goodLabel(l, 8) && !reURL.MatchString(t[:i+1]) && !reClause.MatchString(l) {
			return strings.TrimSpace(l), strings.TrimSpace(t[i+2:]), true
		}
	}
	if list {
		// "Be transparent—tell them early"
		if i := strings.Index(t, "—"); i > 0 {
			l := strings.TrimSpace(t[:i])
			if goodLabel(l, 8) && i+len("—") < len(t) {
				return l, strings.TrimSpace(t[i+len("—"):]), true
			}
		}
		if s := firstSentence(t); len(s) < len(t) {
			l := strings.TrimSpace(s)
			rest := strings.TrimSpace(t[len(s):])
			if rest != "" && goodLabel(l, 14) && !startsLower(rest) {
				return strings.TrimRight(l, "."), rest, true
			}
		}
	}
	return "", "", false
}

// reClause: "The test is simple" before a colon is a clause, not a label.
var reClause = rx(`\s(?:is|are|was|were|has|have|had)\s`)

// sentenceLabel splits "Be patient. Building influence takes time." when
// the first sentence is a short label (at most six words).
func sentenceLabel(t string) (label, expl string, ok bool) {
	s := firstSentence(t)
	if len(s) >= len(t) || wordCount(s) > 12 || !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "!") {
		return "", "", false
	}
	l, e, ok := splitLabel(t, true)
	if !ok || wordCount(l) > 12 {
		return "", "", false
	}
	return l, e, true
}

// splitRun splits a paragraph of several labelled items run together:
// "Context: ... Fact-based: ... Timing: ...".
func splitRun(t string) [][2]string {
	// bold labels
	if strings.HasPrefix(t, "**") && strings.Count(t, "**") >= 4 {
		var out [][2]string
		re := regexp.MustCompile(`\*\*([^*]{1,80}?)\*\*\s*[:.\-–—]?\s*`)
		locs := re.FindAllStringSubmatchIndex(t, -1)
		if len(locs) >= 2 && locs[0][0] == 0 {
			for k, loc := range locs {
				end := len(t)
				if k+1 < len(locs) {
					end = locs[k+1][0]
				}
				out = append(out, [2]string{strings.TrimSpace(t[loc[2]:loc[3]]), strings.TrimSpace(t[loc[1]:end])})
			}
			return out
		}
	}
	// "Label: " at sentence starts
	starts := []int{}
	labels := [][2]int{}
	for _, s := range sentenceStarts(t) {
		rest := t[s:]
		i := strings.Index(rest[:min(len(rest), 64)], ": ")
		if i <= 0 || i > 60 {
			continue
		}
		l := rest[:i]
		if wordCount(l) > 5 || startsLower(l) || strings.ContainsAny(l, ".!?;,\"“”") || badLabels[strings.ToLower(l)] || reClause.MatchString(l) {
			continue
		}
		starts = append(starts, s)
		labels = append(labels, [2]int{s, s + i})
	}
	if len(starts) < 2 || starts[0] != 0 {
		return nil
	}
	var out [][2]string
	for k, lb := range labels {
		end := len(t)
		if k+1 < len(labels) {
			end = labels[k+1][0]
		}
		e := strings.TrimSpace(t[lb[1]+2 : end])
		if !hasAlnum(e) {
			return nil
		}
		out = append(out, [2]string{t[lb[0]:lb[1]], e})
	}
	return out
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

// classifier walks the blocks, tracks the section cue and extracts items.
type classifier struct {
	v        *vocab.Vocabulary
	titleCue string
	subtitle int // line number of the subtitle/standfirst (never an item), or 0
	items    []item
	warn     func(format string, args ...any)
}

type cueLevel struct {
	level int
	cue   string
}

func (c *classifier) run(blocks []*block) {
	var stack []cueLevel
	current := func() string {
		for k := len(stack) - 1; k >= 0; k-- {
			if stack[k].cue != "" {
				return stack[k].cue
			}
		}
		return ""
	}
	heads := c.itemHeadings(blocks)
	for bi, b := range blocks {
		switch b.kind {
		case bHeading:
			lv := b.level
			if lv == 0 {
				lv = 2
			}
			for len(stack) > 0 && stack[len(stack)-1].level >= lv {
				stack = stack[:len(stack)-1]
			}
			if cue, ok := heads[bi]; ok {
				if tax := c.taxFor(cue, b.text, "", true); tax != "" {
					c.add(tax, b.text, blocks[bi+1].text, b.n)
				}
				stack = append(stack, cueLevel{lv, cue})
				continue
			}
			if m := reNumberedHeading.FindStringSubmatch(b.text); m != nil && wordCount(m[2]) <= 14 {
				// "### 3. Be a solution": the heading is an item
				tax := c.taxFor(current(), m[2], "", true)
				if tax != "" {
					expl := ""
					if bi+1 < len(blocks) && plainPara(blocks[bi+1]) {
						expl = blocks[bi+1].text
					}
					label := m[2]
					if l, e, ok := splitLabel(m[2], false); ok {
						label, expl = l, e
					}
					c.add(tax, label, expl, b.n)
				}
				stack = append(stack, cueLevel{lv, ""})
				continue
			}
			stack = append(stack, cueLevel{lv, cueOf(b.text)})
		case bList:
			cue := current()
			headCue := cue
			if bi > 0 && blocks[bi-1].kind == bPara {
				// a lead-in sentence sets the category like a heading:
				// "Here is why it is worth it." → reasons
				intro := strings.TrimSpace(blocks[bi-1].text)
				st := sentenceStarts(intro)
				last := intro[st[len(st)-1]:]
				ic := cueOf(last)
				colon := strings.HasSuffix(intro, ":")
				leadIn := wordCount(last) <= 20 && reLeadIn.MatchString(last)
				if (colon || leadIn) && ic != "" && ic != "none" && (ic == "pitfalls" || cue == "") {
					cue = ic
				}
			}
			single := len(b.items) == 1
			// a run of items ends at the first entry that does not share its
			// shape: a date, a "By X" line, a relative age (a "read more"
			// card). (A tail of bare words is not cut here: adjacent lists
			// are written as one, and the cut must read back the same.)
			for _, it := range b.items {
				if it.depth > 0 {
					continue
				}
				if t := cleanText(it.text); wordCount(t) <= 12 {
					if _, _, ok := dateLine(t); ok || parseByline(t, false) != nil || reRelTime.MatchString(t) {
						break
					}
				}
				if reRealityPrefix.MatchString(it.text) {
					continue
				}
				if m := reMythPrefix.FindStringSubmatch(it.text); m != nil {
					l := firstSentence(m[1])
					c.add("pitfalls", l, strings.TrimSpace(m[1][len(l):]), it.n)
					continue
				}
				label, expl, ok := splitLabel(it.text, true)
				if ok {
					it.labelled, it.label, it.expl = true, label, expl
				} else {
					label = it.text
				}
				if !ok && single && bi+1 < len(blocks) && plainPara(blocks[bi+1]) && wordCount(it.text) <= 14 {
					expl = blocks[bi+1].text
				}
				icue := cue
				if cue == "steps" && headCue != "steps" && !directive(label) {
					icue = headCue // a lead-in's "steps" holds imperatives only
				}
				tax := c.taxFor(icue, label, expl, ok)
				if tax == "reasons" && ok && imperative(label) {
					tax = "steps" // as for labelled paragraphs
				}
				if it.neg && (tax != "" || cue == "") {
					tax = "pitfalls"
				}
				if tax == "" && ok && icue == "" && wordCount(label) >= 3 && !reDiscourse.MatchString(label) {
					// a list item rendered with a bold label is an item
					tax = "reasons"
					if directive(label) {
						tax = "steps"
					}
				}
				if tax == "" {
					continue
				}
				c.add(tax, label, expl, it.n)
			}
		case bTable:
			// a two-column table under a heading with a cue: one item per row
			cue := current()
			if cue != "reasons" && cue != "steps" && cue != "pitfalls" || len(b.rows) < 2 || len(b.rows[0]) < 2 {
				continue
			}
			for _, row := range b.rows[1:] {
				if len(row) < 2 || wordCount(row[0]) > 12 || !hasAlnum(row[0]) {
					continue
				}
				c.add(c.taxFor(cue, row[0], row[1], true), row[0], strings.Join(row[1:], " "), b.n)
			}
		case bPara:
			if c.subtitle > 0 && b.n == c.subtitle {
				continue // the label rule never applies to the subtitle
			}
			cue := current()
			if m := reMythPrefix.FindStringSubmatch(b.text); m != nil && cue != "none" {
				// "Myth: Managing up is sucking up." (then "Reality: ...")
				label := firstSentence(m[1])
				expl := strings.TrimSpace(m[1][len(label):])
				if bi+1 < len(blocks) && blocks[bi+1].kind == bPara {
					if r := reRealityPrefix.FindStringSubmatch(blocks[bi+1].text); r != nil {
						expl = r[1]
					}
				}
				c.add("pitfalls", label, expl, b.n)
				continue
			}
			if reRealityPrefix.MatchString(b.text) {
				continue
			}
			label, expl, ok := splitLabel(b.text, false)
			strict := false
			if !ok {
				// "Be patient. Building influence takes time." paragraphs,
				// two or more in a row
				if cue == "none" {
					continue
				}
				label, expl, ok = sentenceLabel(b.text)
				if !ok || reDiscourse.MatchString(label) {
					continue
				}
				strict = true
			}
			neighbour := func(k int) bool {
				if k < 0 || k >= len(blocks) || blocks[k].kind != bPara {
					return false
				}
				if strict {
					// a run shares its shape: imperatives run with
					// imperatives, claims with claims
					l, _, ok := sentenceLabel(blocks[k].text)
					return ok && !reDiscourse.MatchString(l) && directive(l) == directive(label)
				}
				_, _, ok := splitLabel(blocks[k].text, false)
				return ok
			}
			inRun := neighbour(bi-1) || neighbour(bi+1)
			if strict && !inRun {
				continue
			}
			if cue == "" || cue == "none" {
				if !inRun {
					continue
				}
			}
			if cue == "" {
				cue = c.runCue(blocks, bi, neighbour, !strict)
				if cue == "" && strict {
					continue
				}
			}
			// steps are imperatives: "None of these habits need a title."
			// closing a list of steps is not one
			if strict && cue == "steps" && !imperative(label) && !rePitfallItem.MatchString(cleanText(label)) {
				continue
			}
			// and an imperative is a step, even after a "why" heading
			if strict && cue == "reasons" && imperative(label) {
				cue = "steps"
			}
			tax := c.taxFor(cue, label, expl, true)
			if tax == "" {
				continue
			}
			b.labelled, b.label, b.expl = true, label, expl
			c.add(tax, label, expl, b.n)
		}
	}
}

// reDiscourse: "That's it for this week.", "There is also a case." open
// prose, never an item label.
var reDiscourse = rx(`^(?:that|this|it|these|those|so|and|but|yet|then|now)(?:'s|’s|'re|’re|\s+(?:is|are|was|were|has|have|will|would|can|may|might)\b)|^(?:that|this)\b`)

// reLeadIn: a sentence that announces what follows.
var reLeadIn = rx(`^(?:here(?:'s|’s| is| are)|these are|the following|below are)\b|\b(?:the following|as follows)\b|:$`)

// directive: an imperative or a "Don't …" label.
func directive(label string) bool {
	return imperative(label) || rePitfallItem.MatchString(cleanText(label))
}

// plainPara: a paragraph that cannot turn into a labelled item (which is
// written as a list item, and would read back as a list).
func plainPara(b *block) bool {
	if b.kind != bPara || b.labelled {
		return false
	}
	_, _, ok := splitLabel(b.text, false)
	return !ok && splitRun(b.text) == nil
}

func headLevel(b *block) int {
	if b.level == 0 {
		return 2
	}
	return b.level
}

// runCandidate: a heading with no cue of its own, short, followed by a
// paragraph: it may be an item ("### Understand their goals").
func runCandidate(blocks []*block, i int) bool {
	b := blocks[i]
	return b.kind == bHeading && (cueOf(b.text) == "" || rePitfallItem.MatchString(cleanText(b.text))) && !reNumberedHeading.MatchString(b.text) &&
		wordCount(b.text) <= 14 && i+1 < len(blocks) && plainPara(blocks[i+1])
}

// itemHeadings finds runs of headings that are items: cue-less headings of
// one level, each followed by paragraphs, under a heading whose cue is a
// taxonomy (a higher-level heading, or a same-level heading just before the
// run), or, for runs of three or more, under a title with a cue. It maps
// the block index to the cue.
func (c *classifier) itemHeadings(blocks []*block) map[int]string {
	out := map[int]string{}
	for i := 0; i < len(blocks); {
		if !runCandidate(blocks, i) {
			i++
			continue
		}
		lv := headLevel(blocks[i])
		run := []int{i}
		j := i + 1
		for j < len(blocks) {
			b := blocks[j]
			if b.kind == bPara || b.kind == bQuote {
				j++
				continue
			}
			if b.kind == bHeading && headLevel(b) == lv && runCandidate(blocks, j) {
				run = append(run, j)
				j++
				continue
			}
			break
		}
		cue := ""
		paras := 0
		for k := i - 1; k >= 0; k-- {
			b := blocks[k]
			if b.kind != bHeading {
				paras++
				continue
			}
			if headLevel(b) < lv || headLevel(b) == lv && paras <= 2 {
				cue = cueOf(b.text)
			}
			break
		}
		if cue == "none" {
			cue = ""
		}
		if cue == "" && len(run) >= 3 {
			cue = c.titleCue
			if cue == "" || cue == "none" {
				imp := 0
				for _, k := range run {
					if imperative(blocks[k].text) || rePitfallItem.MatchString(blocks[k].text) {
						imp++
					}
				}
				if imp*2 > len(run) {
					cue = "steps"
				}
			}
		}
		if cue != "" && cue != "none" && len(run) >= 2 {
			for _, k := range run {
				out[k] = cue
			}
		}
		i = j
	}
	return out
}

var (
	reMythPrefix    = rx(`^(?:\*\*)?(?:myth|misconception|mistake|pitfall|trap)(?:\s*#?\d{1,2})?\s*[:.]\s*(?:\*\*)?\s*(\S.*)$`)
	reRealityPrefix = rx(`^(?:\*\*)?(?:reality|truth|the truth|fact|the reality|in reality)\s*[:.]\s*(?:\*\*)?\s*(\S.*)$`)
)

// reIntroNoun: an intro sentence that announces a list ("Experts suggested
// several practical ways to help.")
var reIntroNoun = rx(`\b(?:ways|tips|steps|reasons|mistakes|habits|practices|strategies|rules|lessons|pitfalls|traps|myths|things to|ideas|suggestions|tactics|techniques|benefits|errors)\b`)

// runCue finds the taxonomy of a run of labelled paragraphs that sits under
// no heading with a cue: the paragraph that introduces the run ("Experts
// suggested several ways to help."), else the labels themselves (mostly
// imperatives make steps), else the title.
func (c *classifier) runCue(blocks []*block, bi int, inRun func(int) bool, useTitle bool) string {
	start := bi
	for start > 0 && inRun(start-1) {
		start--
	}
	end := bi
	for end+1 < len(blocks) && inRun(end+1) {
		end++
	}
	if start > 0 && blocks[start-1].kind == bPara {
		intro := blocks[start-1].text
		st := sentenceStarts(intro)
		last := intro[st[len(st)-1]:]
		if strings.HasSuffix(strings.TrimSpace(last), ":") || wordCount(intro) <= 25 && reIntroNoun.MatchString(last) {
			if cue := cueOf(last); cue != "" && cue != "none" {
				return cue
			}
		}
	}
	imp, n := 0, 0
	for k := start; k <= end; k++ {
		l, _, ok := splitLabel(blocks[k].text, false)
		if !ok {
			l, _, _ = sentenceLabel(blocks[k].text)
		}
		n++
		if imperative(l) || rePitfallItem.MatchString(cleanText(l)) {
			imp++
		}
	}
	if n > 0 && imp*2 >= n+1 {
		return "steps"
	}
	if useTitle && c.titleCue != "none" {
		return c.titleCue
	}
	return ""
}

// taxFor decides the taxonomy of an item, or "" when it is not an item.
func (c *classifier) taxFor(cue, label, expl string, labelled bool) string {
	label = sanitizeLabel(label) // as it will be written: no stray "**"
	if rePitfallItem.MatchString(cleanText(label)) {
		return "pitfalls"
	}
	switch cue {
	case "reasons", "steps", "pitfalls":
		return cue
	case "none":
		return ""
	}
	if c.titleCue != "" && c.titleCue != "none" {
		return c.titleCue
	}
	if labelled && imperative(label) {
		return "steps"
	}
	if tax, _, _, ok := c.v.MatchAny(cleanLabel(label), cleanText(expl)); ok && labelled {
		return tax
	}
	return ""
}

// MaxLabel is the longest label written to params.items (the cheat sheets'
// budget); longer labels are cut at a clause or word boundary.
const MaxLabel = 70

func (c *classifier) add(tax, label, expl string, n int) {
	it := item{tax: tax, label: cleanLabel(label), expl: expl, line: n}
	if !hasAlnum(it.label) {
		return // "\", "* *": markup, not a label
	}
	it.found = it.label
	if expl == "" && len([]rune(it.label)) > MaxLabel {
		// a sentence without a label: its first clause is the label and
		// the sentence is the gist
		expl = label
		it.label = firstClause(it.label)
	}
	if len([]rune(it.label)) > MaxLabel {
		it.label, _ = shorten(it.label, MaxLabel)
		c.warn("line %d: label shortened to %d characters: %q", n, MaxLabel, it.label)
	}
	g, cut := gistOf(expl)
	if cut {
		c.warn("line %d: gist of %q shortened to 120 characters", n, it.label)
	}
	it.gist = g
	if slug, score, ok := c.v.MatchItem(tax, it.found, cleanText(expl)); ok {
		it.term, it.score = slug, score
	}
	c.items = append(c.items, it)
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
