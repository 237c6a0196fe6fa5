// proseitems.go: items written as prose, not as lists: "First, … Second,
// …" enumerations, the answer of a Q&A column, benefits written as
// paragraphs, lessons drawn at the end of a story. Reads the paragraphs the
// structural pass (classify.go) left alone, in sections that hold no
// structured items, and adds the sentences whose own phrasing and context
// make them advice. Plain narrative paragraphs are never items.

package normalize

import (
	"sort"
	"strings"
)

// Context weights for a prose sentence (its own phrasing is weighed by the
// sentence rules in prose.go).
const (
	wProseLeadIn  = 1.5 // a question or lead-in sentence just before
	wProseHeading = 1.0 // the section heading's cue
	wProseTitle   = 0.5 // the title's cue
	wProseVocab   = 1.0 // the vocabulary term the sentence maps to
	minEnumRun    = 2   // enumerated sentences needed to make a run
	minDenseItems = 2   // advice sentences that make a paragraph advice-dense
	maxProseWords = 45  // a longer sentence is narrative, not an item
	proseCutWords = 3   // a clause cut keeps at least this many words
	maxLeadWords  = 30  // a lead-in sentence is short
	denseShare    = 0.5 // share of advice sentences in an advice-dense paragraph
	unsetCue      = "\x00"
)

// reLessons: a heading or lead-in that announces lessons or advice in prose.
var reLessons = rx(`\b(?:lessons?|takeaways?|what (?:i|we|you) (?:took away|learned|learnt|would do differently|wish i had known)|what (?:has|have) worked|what works|here(?:'s|’s| is) what|stand out|my advice|what to do|i would (?:try|suggest)|in this order|three things|(?:two|three|four|five) (?:habits|things|ideas))\b`)

// leadCue is the cue of a lead-in sentence: a question ("Why bother?",
// "What should people do?"), an announcement ("Here is what worked:",
// "Three lessons stand out."), or "" when the sentence is not a lead-in.
func leadCue(s string) string {
	s = strings.TrimSpace(reSpeaker.ReplaceAllString(cleanText(s), ""))
	if s == "" || wordCount(s) > maxLeadWords {
		return unsetCue
	}
	question := strings.HasSuffix(s, "?")
	if !question && !strings.HasSuffix(s, ":") && !reLeadIn.MatchString(s) && !reIntroNoun.MatchString(s) && !reLessons.MatchString(s) &&
		!reWhy.MatchString(s) {
		return unsetCue
	}
	switch cue := cueOf(s); {
	case cue == "reasons" || cue == "pitfalls":
		return cue
	case reLessons.MatchString(s) || cue == "steps":
		return "steps"
	case question && rxWarn.MatchString(s):
		return "pitfalls"
	}
	if question {
		return "" // a question without a cue resets the context
	}
	return unsetCue
}

// reWhy: a sentence about why ("… why leading up deserves the effort.").
var reWhy = rx(`\bwhy\b`)

var rxWarn = rx(`\bwarn|\bagainst\b|\bcareful\b|\bwatch out\b`)

// proseSentence is one sentence of a paragraph, typed.
type proseSentence struct {
	text string
	cls  sentenceClass
}

// proseItems adds the items written as prose. cues holds each block's
// heading cue and sect its section number; structured marks the blocks
// among list, labelled or heading items (their paragraphs explain them). In
// a section that has such items, the prose around them is an intro or an
// outro: only strong evidence makes an item there (an enumeration, a named
// reason, step or mistake, an answer to a lead-in question).
func (c *classifier) proseItems(blocks []*block, cues []string, sect []int, structured []bool) {
	enum := map[int]int{}      // enumerated sentences per section: a run needs two
	hasItems := map[int]bool{} // sections with structured items
	parsed := make([][]proseSentence, len(blocks))
	for bi, b := range blocks {
		if structured[bi] {
			hasItems[sect[bi]] = true
		}
		if !c.proseCandidate(b, cues[bi], structured[bi]) {
			continue
		}
		for _, s := range sentences(b.text) {
			ps := proseSentence{text: s, cls: classifySentence(s)}
			if ps.cls.enum && !strings.HasSuffix(s, "?") {
				enum[sect[bi]]++
			}
			parsed[bi] = append(parsed[bi], ps)
		}
	}
	ctx := ""
	for bi, b := range blocks {
		if b.kind == bHeading {
			ctx = ""
			if reLessons.MatchString(b.text) {
				ctx = "steps"
			}
			continue
		}
		if b.kind != bPara {
			continue
		}
		ss := parsed[bi]
		if ss == nil {
			if lc := leadCue(lastSentence(b.text)); lc != unsetCue {
				ctx = lc
			}
			continue
		}
		advice := 0
		for _, s := range ss {
			if s.cls.tax != "" && s.cls.rule != "benefit claim" {
				advice++
			}
		}
		dense := advice >= minDenseItems && float64(advice) >= denseShare*float64(len(ss))
		weak := hasItems[sect[bi]]
		answer := false // the sentence follows a lead-in question of this paragraph
		for k, s := range ss {
			if lc := leadCue(s.text); lc != unsetCue {
				ctx = lc // "Why bother? Because …": the rest of the paragraph
				answer = lc != ""
				continue
			}
			cl := s.cls
			heading := cues[bi]
			if heading == "none" {
				heading = ""
			}
			lead := ctx
			if lead == unsetCue {
				lead = ""
			}
			if wordCount(s.text) > maxProseWords || cl.tax == "" && !cl.enum {
				answer = false
				continue
			}
			ok := false
			switch {
			case cl.enum && enum[sect[bi]] >= minEnumRun:
				ok = cl.tax != "" || lead != "" || heading != "" || c.titleCue != ""
			case cl.weight >= wNamedItem:
				ok = true
			case answer:
				ok = true
			case weak:
			case cl.weight >= wNegImperative:
				ok = lead != "" || heading != "" || dense || c.titleCue != ""
			case cl.rule == "benefit claim":
				ok = k == 0 && (lead != "" || heading != "")
			default:
				ok = lead != "" || heading != "" || dense && c.titleCue != ""
			}
			answer = false
			if !ok {
				continue
			}
			if cl.label == "" {
				cl.label = s.text
			}
			tax := c.proseTax(cl, lead, heading)
			if tax == "" {
				continue
			}
			label, rest := proseLabel(cl.label)
			expl := rest
			if k+1 < len(ss) && ss[k+1].cls.tax == "" && !strings.HasSuffix(ss[k+1].text, "?") {
				expl = strings.TrimSpace(expl + " " + ss[k+1].text)
			}
			if expl == "" {
				expl = proseGist(ss, k)
			}
			c.add(tax, label, expl, b.n)
		}
		if lc := leadCue(ss[len(ss)-1].text); lc != unsetCue {
			ctx = lc
		}
	}
	sort.SliceStable(c.items, func(i, j int) bool { return c.items[i].line < c.items[j].line })
}

// proseCandidate: a paragraph the prose pass reads.
func (c *classifier) proseCandidate(b *block, cue string, structured bool) bool {
	return b.kind == bPara && !b.labelled && !structured && cue != "none" && (c.subtitle == 0 || b.n != c.subtitle)
}

// proseTax scores the three taxonomies for a prose sentence: its own
// phrasing, the lead-in, the heading, the title and the vocabulary term it
// maps to. A negated imperative is a pitfall whatever surrounds it.
func (c *classifier) proseTax(cl sentenceClass, lead, heading string) string {
	if cl.rule == "negated imperative" {
		return "pitfalls"
	}
	score := map[string]float64{}
	if cl.tax != "" {
		score[cl.tax] = cl.weight
	}
	if lead != "" {
		score[lead] += wProseLeadIn
	}
	if heading != "" {
		score[heading] += wProseHeading
	}
	if c.titleCue != "" {
		score[c.titleCue] += wProseTitle
	}
	if tax, _, _, ok := c.v.MatchAny(cl.label, ""); ok {
		score[tax] += wProseVocab
	}
	// an imperative is never a reason: "Why it matters" does not turn
	// advice into a claim
	if cl.tax == "steps" {
		score["reasons"] = 0
	}
	best, bestScore := "", 0.0
	for _, tax := range []string{"reasons", "steps", "pitfalls"} {
		if score[tax] > bestScore || score[tax] == bestScore && tax == cl.tax {
			best, bestScore = tax, score[tax]
		}
	}
	return best
}

// proseLabel cuts a sentence into a label (its main clause) and the rest.
func proseLabel(s string) (label, rest string) {
	s = strings.TrimSpace(s)
	best := -1
	for _, sep := range []string{"; ", " — ", " – ", " - ", ": ", ", because ", ", so that ", " so that ", ", which ", ", and it ", ", even if ", ", whether ", ", so "} {
		if i := strings.Index(s, sep); i > 0 && wordCount(s[:i]) >= proseCutWords && (best < 0 || i < best) {
			best = i
		}
	}
	if best < 0 {
		return strings.TrimRight(s, ".!;: "), ""
	}
	return strings.TrimRight(s[:best], ".!;:, "), strings.TrimSpace(strings.TrimLeft(s[best:], ";—–-:, "))
}

// proseGist explains the item of sentence k when nothing follows its
// label: the next sentence, else the one before, else the sentence itself
// (every item has a gist).
func proseGist(ss []proseSentence, k int) string {
	switch {
	case k+1 < len(ss):
		return ss[k+1].text
	case k > 0 && !strings.HasSuffix(ss[k-1].text, "?"):
		return ss[k-1].text
	}
	return ss[k].text
}

// lastSentence returns the last sentence of a paragraph.
func lastSentence(t string) string {
	st := sentenceStarts(t)
	return strings.TrimSpace(t[st[len(st)-1]:])
}
