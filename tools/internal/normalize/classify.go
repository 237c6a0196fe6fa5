// classify.go: walks the blocks, tracks the section cue (from headings and
// lead-in sentences) and decides the taxonomy of each item by scoring its
// own phrasing, its lead-in, its section heading and the vocabulary term it
// maps to together. Reads blocks; writes the classifier's items.

package normalize

import (
	"sort"
	"strings"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
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
	cue   bool // from a cue-labelled paragraph ("What did not help: …"), not a list the page gives
	// restated: from a "Key takeaways" section, which restates advice the
	// page may give elsewhere (dropRestated)
	restated bool
}

var (
	rePitfallCue = rx(`\b(?:mistakes?|avoid\w*|pitfalls?|myths?|traps?|don'?t|don’t|do not|dangers?|misconceptions?|errors?|what not to|red flags?|warning signs?|sins|blunders?|missteps?|bad habits|don'?ts|things not to do|not to do|what to stop|what not|shouldn'?t|should not|do not do|don'?t do|backfires?|goes wrong|go wrong|going wrong|went wrong|got (?:\w+ )?wrong|get (?:\w+ )?wrong|warns? about|worst|derail\w*|undermin\w*|sabotag\w*|(?:things|habits) that (?:hurt|harm|kill)|anti-?patterns?|watch out|cautions?|gotchas?|warnings?|downsides?|steer clear|stay away from|(?:things|habits) to (?:skip|drop|stop|unlearn))\b`)
	reReasonCue  = rx(`\b(?:why|reasons?|benefits?|advantages?|importan(?:t|ce)|matters?|the case for|payoffs?|upsides?|pays off|in your (?:own )?interest|what'?s in it|purpose|value of|what (?:\w+ ){0,3}(?:buys|gets|gives|earns|brings) you|what you (?:gain|get|win|stand to gain))\b`)
	reStepCue    = rx(`\b(?:how|steps?|tips?|ways?|strateg(?:y|ies)|tactics?|practices?|techniques?|habits?|rules?|guide(?:lines)?|approach(?:es)?|actions?|advice|lessons?|principles?|characteristics|qualities|keys?|secrets?|checklist|what to do|(?:things|ways) to (?:do|try)|to do|dos|do'?s|methods?|playbook|recipe|framework|elements|ingredients|skills)\b`)
	reNoneCue    = rx(`^(?:conclusion|summary|in summary|final thoughts?|in closing|closing thoughts?|wrapping up|the bottom line|bottom line|references|notes|footnotes|sources|further reading|acknowledg\w+|introduction|intro|background|a story|the story|about|contents|table of contents|faq|q&a|related|credits|the lesson|lesson learned|one more thing|it may not work|frequently asked questions|related reading)\b`)
	// reNamedNotes: "Notes From the Night Shift", "Notes on a new job":
	// a section word that opens a name or a title is no closing section
	reNamedNotes = rx(`^(?:notes|sources|credits|background)\s+(?:from|on|by|of|for)\s+\S`)
	// reTakeawayCue: a "Key takeaways" or "TL;DR" section restates the
	// advice in short lines: each is typed by its own phrasing.
	reTakeawayCue = rx(`^(?:(?:the|my|our|key|main|quick|top|\d+)\s+)*(?:takeaways?|tl;?\s?dr|in a nutshell|recap|lessons? learned|what to remember|remember this)\b`)
	// reQuestionHeadline: "Q&A: My boss takes credit for my ideas" is the
	// headline of an advice column, not a closing Q&A section
	reQuestionHeadline = rx(`^(?:q\s?&\s?a|faq)\s*[:\-–—|]\s*\S+(?:\s+\S+){2,}`)
	reNotHelp          = rx(`\bwhat (?:does not|doesn'?t|do not|don'?t|did not|didn'?t|didn’t|has not|hasn'?t|hasn’t|have not|haven'?t|haven’t|never) (?:help|work)(?:s|ed)?\b|\b(?:does not|doesn'?t|do not|don'?t|did not|didn'?t|didn’t|has not|hasn'?t|hasn’t|have not|haven'?t|haven’t|never) help(?:ed)?\b|\bwhat (?:hurts|fails|backfires)\b`)
	reWhatDo           = rx(`\bwhat (?:\w+ ){0,4}(?:do|does|did|helps|works)\b|\bpractices?\b|\brecommend`)
	rePitfallItem      = rx(`^(?:don'?t|don’t|do not|never|avoid(?:ing)?|try not to|try to avoid|stop\s+\S+ing|no more|beware|quit\s+\S+ing|resist the (?:urge|temptation)|refrain)\b`)
	// reNotJust: "Don't just complain, propose a fix": the negation sets up
	// the advice that follows it, a step, not a pitfall
	reNotJust = rx(`^(?:don'?t|don’t|do not)\s+(?:just|only|simply|merely)\b[^,;]{1,60}[,;]\s*(?:but\s+|also\s+)?\pL`)
	// reMixedCue: a "Do's and don'ts" heading holds steps and pitfalls; each
	// item is typed from its own phrasing.
	reMixedCue        = rx(`\bdo'?s\b.*\bdon'?ts\b|\bdos\b.*\bdon'?ts\b|\bdo(?:'s|’s)?\s*(?:and|&|or|/)\s*don(?:'|’)?ts?\b|\bwhat to do and what not\b`)
	reNumberedHeading = rx(`^(?:(?:step|tip|rule|way|reason|mistake|lesson|habit|pitfall|strategy|myth|trap|no\.?)\s*)?#?(\d{1,2})\s*[.):\-–—]\s*(\S.*)$`)
	reFootnote        = prefilter.MustCompile(`\s?\[\d{1,3}\]|\[\^\d{1,3}\]`)
)

// pitfallItem: a label phrased as a pitfall ("Don't …", "Avoid …"), but
// not a "Don't just X, do Y" contrast.
func pitfallItem(label string) bool {
	return rePitfallItem.MatchString(label) && !reNotJust.MatchString(label)
}

// cueMixed is the cue of a "Do's and don'ts" section: it holds items, and
// each is typed from its own phrasing.
const cueMixed = "mixed"

// cueOf maps a heading or intro text onto a taxonomy: "reasons", "steps",
// "pitfalls", cueMixed, "none" (a section that holds no items, like a
// conclusion) or "" (no cue).
func cueOf(s string) string {
	s = strings.TrimSpace(stripInline(s))
	switch {
	case reMixedCue.MatchString(s):
		return cueMixed
	case reTakeawayCue.MatchString(s):
		return cueTakeaways
	case strings.ContainsAny(s, negMarkers):
		return "pitfalls"
	case reNoneCue.MatchString(s) && !reQuestionHeadline.MatchString(s) && !reNamedNotes.MatchString(s):
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

// classifier walks the blocks, tracks the section cue and extracts items.
type classifier struct {
	v        *vocab.Vocabulary
	titleCue string
	title    string // the page's title
	// fixesPromised: the title or the opening promises a fix for each
	// mistake (reFixPromise)
	fixesPromised bool
	// askPage: the title or the opening is about questions to ask
	// (reAskPage): a quoted question opening a paragraph is a step
	askPage  bool
	subtitle int // line number of the subtitle/standfirst (never an item), or 0
	items    []item
	warn     func(format string, args ...any)
	done     map[*block]bool // paragraphs the structural pass read whole: the prose pass skips them
}

type cueLevel struct {
	level int
	cue   string
}

func (c *classifier) run(blocks []*block) {
	c.done = map[*block]bool{}
	c.fixesPromised = reFixPromise.MatchString(cleanText(c.title))
	c.askPage = reAskPage.MatchString(cleanText(c.title))
	for k, paras := 0, 0; k < len(blocks) && paras < 2; k++ {
		if blocks[k].kind == bPara {
			paras++
			c.fixesPromised = c.fixesPromised || reFixPromise.MatchString(cleanText(blocks[k].text))
			c.askPage = c.askPage || reAskPage.MatchString(cleanText(blocks[k].text))
		}
	}
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
	cues := make([]string, len(blocks))
	sect := make([]int, len(blocks))
	section := 0
	for bi, b := range blocks {
		if b.kind == bHeading {
			section++
		}
		cues[bi], sect[bi] = current(), section
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
			if m := numberedHeading(b.text); m != nil && wordCount(m[2]) <= 14 {
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
			if cue == "" && !isTax(c.titleCue) {
				cue = adviceRunCue(blocks, bi)
				headCue = cue
			}
			single := len(b.items) == 1
			// a list pasted without bullets: a heading line at its head,
			// label lines with explanations (itemprefix.go)
			heads, from := listHeads(b), 0
			if _, ok := heads[0]; ok {
				from = 1
			}
			pairFrom, paired := barePairs(b, from)
			paired = paired && len(heads) <= from
			// a run of items ends at the first entry that does not share its
			// shape: a date, a "By X" line, a relative age (a "read more"
			// card). (A tail of bare words is not cut here: adjacent lists
			// are written as one, and the cut must read back the same.)
			for k, it := range b.items {
				if hc, ok := heads[k]; ok {
					cue, headCue = hc, hc // "- TRAPS" heads the entries after it
					continue
				}
				if it.depth > 0 || paired && (k < pairFrom || (k-pairFrom)%2 == 1) {
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
				if paired && !ok && k+1 < len(b.items) {
					// the line under the label explains it (rendered as written)
					expl, ok = strings.TrimSpace(b.items[k+1].text), true
				}
				if !ok && single && bi+1 < len(blocks) && plainPara(blocks[bi+1]) && wordCount(it.text) <= 14 {
					expl = blocks[bi+1].text
				}
				icue := cue
				if cue == "steps" && headCue != "steps" && !directive(label) && !practice(label) {
					icue = headCue // a lead-in's "steps" holds imperatives only
				}
				tax := c.taxFor(icue, label, expl, ok)
				if practiceNeg(label) && (cue == "steps" || cue == cueMixed) {
					tax = "pitfalls" // "They never argued in public" among practices
				}
				if tax == "reasons" && ok && imperative(label) {
					tax = "steps" // as for labelled paragraphs
				}
				if it.neg && (tax != "" || cue == "") {
					tax = "pitfalls"
				}
				if it.pos && tax == "" && cue != "none" && (directive(label) || practice(label) || opensWithVerb(label)) {
					// "✅ I sent decisions, not updates.": a check mark
					// marks advice told as done or to do
					tax = "steps"
				}
				if tax == "" && ok && icue == "" && wordCount(label) >= 3 && !reDiscourse.MatchString(label) {
					// a list item rendered with a label is an item when its
					// own phrasing types it: advice is a step, a claim of a
					// benefit a reason; anything else is a plain list
					switch {
					case directive(label):
						tax = "steps"
					case classifySentence(label+" "+expl).rule == "benefit claim":
						tax = "reasons"
					}
				}
				if tax == "pitfalls" && !it.neg && !pitfallItem(cleanText(label)) && !pitfallLead(cleanText(label)) && opensWithVerb(label) && negatedEntry(b) {
					// "Contact the team if …" among "Avoid …" and "Do not …"
					// entries: the list marks its pitfalls; this is a step
					tax = "steps"
				}
				if tax != "" && single && cue == "" && !ok && len(runEntries(blocks, bi)) < 2 && !c.ownEvidence(label, expl) {
					// a lone line under a title cue only ("— Uncredited in
					// Leeds" signing a letter) says nothing of its own
					tax = ""
				}
				if tax == "" {
					continue
				}
				before := len(c.items)
				c.add(tax, label, expl, it.n)
				if icue == cueTakeaways && len(c.items) > before {
					c.items[before].restated = true
				}
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
			if lc, rest, ok := cueLabelled(b.text); ok && cue != "none" {
				// "What did not help: pinging him daily.": the label is the
				// lead-in, the sentence after it the item
				c.addCueLabelled(lc, rest, b.n)
				c.done[b] = true
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
			if strict && cue == "steps" && !imperative(label) && !pitfallItem(cleanText(label)) {
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
			itemLabel := label
			if strict && tax == "reasons" {
				// "The trust compounds. When your manager has seen …, she
				// stops hovering …": the reason is the strong claim (the
				// paragraph is still rendered with its own label)
				itemLabel = strongerClaim(label, expl)
			}
			b.labelled, b.label, b.expl = true, label, expl
			c.add(tax, itemLabel, expl, b.n)
		}
	}
	c.fixSteps(blocks)
	c.proseItems(blocks, cues, sect, structuredBlocks(blocks, c.items))
	c.dropRestated()
}

// structuredBlocks marks the blocks that lie between the first and the
// last block of a section that gave an item (list entries, labelled
// paragraphs, item headings): the paragraphs there explain those items.
func structuredBlocks(blocks []*block, items []item) []bool {
	out := make([]bool, len(blocks))
	at := func(line int) int { // the block holding an input line
		k := sort.Search(len(blocks), func(i int) bool { return blocks[i].n > line })
		return k - 1
	}
	first, last := map[int]int{}, map[int]int{}
	sec := make([]int, len(blocks))
	s := 0
	for bi, b := range blocks {
		if b.kind == bHeading {
			s++
		}
		sec[bi] = s
	}
	for _, it := range items {
		if it.cue {
			continue
		}
		k := at(it.line)
		if k < 0 {
			continue
		}
		if f, ok := first[sec[k]]; !ok || k < f {
			first[sec[k]] = k
		}
		if k > last[sec[k]] {
			last[sec[k]] = k
		}
		// an item heading: its paragraphs are its explanation
		if blocks[k].kind == bHeading {
			for j := k + 1; j < len(blocks) && blocks[j].kind == bPara; j++ {
				out[j] = true
			}
		}
	}
	for bi := range blocks {
		if f, ok := first[sec[bi]]; ok && bi >= f && bi <= last[sec[bi]] {
			out[bi] = true
		}
	}
	return out
}

// Evidence weights for the taxonomy of a structural item (a list entry, a
// labelled paragraph, a heading that is an item). The section's cue
// usually decides; the item's own phrasing and the vocabulary term it maps
// to (a term belongs to one taxonomy) outvote it together.
const (
	wItemCue        = 2.0 // the section heading or the list's lead-in
	wItemTitle      = 2.0 // the title's cue, when the section has none
	wItemImperative = 1.0 // the label opens with a verb: a step
	wItemVocab      = 1.5 // the label maps to a term of that taxonomy
	wItemClaim      = 1.0 // the label claims a benefit: a reason
)

// taxFor decides the taxonomy of an item, or "" when it is not an item: a
// negated imperative ("Don't …", "Try not to …") is a pitfall anywhere;
// otherwise the cue, the title, the label's phrasing and its vocabulary term
// are scored together.
func (c *classifier) taxFor(cue, label, expl string, labelled bool) string {
	label, expl = unlabel(label, expl)
	label = sanitizeLabel(label) // as it will be written: no stray "**"
	if pitfallItem(cleanText(label)) || pitfallLead(cleanText(label)) {
		return "pitfalls"
	}
	if pred, neg, ok := habitPredicate(cleanText(label)); ok && cue != "none" {
		// "They never argue in public" describes a pitfall, "They close
		// the loop" a step: a habit is typed like the advice it describes
		if neg {
			return "pitfalls"
		}
		label = pred
	}
	if cue == "none" {
		return ""
	}
	if reNotJust.MatchString(cleanText(label)) {
		return "steps" // "Don't just complain, propose a fix"
	}
	score := map[string]float64{}
	first := ""
	switch {
	case cue == cueTakeaways:
		switch {
		case (directive(label) || opensWithVerb(label)) && !reSubjectVerb.MatchString(cleanText(label)):
			return "steps"
		case classifySentence(label+" "+expl).rule == "benefit claim" || benefitScore(label) >= minCuedBenefit:
			return "reasons"
		}
		return ""
	case isTax(cue):
		score[cue] += wItemCue
		first = cue
	case cue == cueMixed:
		// a do's-and-don'ts section: the item's phrasing alone decides
	case isTax(c.titleCue):
		score[c.titleCue] += wItemTitle
		first = c.titleCue
	case !labelled:
		return "" // no cue, no label: a plain list entry
	}
	if imperative(label) {
		score["steps"] += wItemImperative
		if first == "reasons" {
			// a reason states a claim; an imperative under "Why …" is
			// advice ("Know their scorecard")
			first, score["steps"], score["reasons"] = "steps", score["steps"]+score["reasons"], 0
		}
	}
	if tax, _, _, ok := c.v.MatchAny(cleanLabel(label), cleanText(expl)); ok {
		score[tax] += wItemVocab
	}
	if !imperative(label) && classifySentence(label).rule == "benefit claim" {
		score["reasons"] += wItemClaim
	}
	best, bestScore := first, score[first]
	for _, tax := range []string{"reasons", "steps", "pitfalls"} {
		if score[tax] > bestScore {
			best, bestScore = tax, score[tax]
		}
	}
	if bestScore < wItemImperative {
		return ""
	}
	if best == "reasons" && opensWithVerb(label) {
		// a reason states a claim; an item that opens with a verb is
		// advice, whatever term or heading it sits under
		return "steps"
	}
	return best
}

// capsRun returns the leading run of two or more ALL-CAPS words of s (a
// heading joined to the text under it), or "".
func capsRun(s string) string {
	end, n := 0, 0
	for _, w := range strings.Fields(s) {
		if strings.ToUpper(w) != w || !hasAlnum(w) || strings.ToLower(w) == w {
			break
		}
		end = strings.Index(s[end:], w) + end + len(w)
		n++
	}
	if n < 2 {
		return ""
	}
	return s[:end]
}

// isTax: one of the three taxonomies.
func isTax(s string) bool { return s == "reasons" || s == "steps" || s == "pitfalls" }

// MaxLabel is the longest label written to params.items (the cheat sheets'
// budget); longer labels are cut at a clause or word boundary.
const MaxLabel = 70

func (c *classifier) add(tax, label, expl string, n int) {
	label, expl = unlabel(label, expl)
	it := item{tax: tax, label: cleanLabel(label), expl: expl, line: n}
	if !hasAlnum(it.label) {
		return // "\", "* *": markup, not a label
	}
	if notItem(it.label, expl) != "" {
		return
	}
	it.found = it.label
	if expl == "" && (len([]rune(it.label)) > MaxLabel || wordCount(it.label) > maxLabelWords) {
		// a sentence without a label: its core clause is the label and
		// the sentence is the gist
		if core, _ := coreClause(it.label); core != it.label {
			expl = cleanText(label)
			it.label = core
		}
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
