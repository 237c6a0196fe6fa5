// prosemaxims.go: short general claims, each followed by its support.
// Some essays are a run of maxims ("Bosses respect people who disagree
// with evidence. Opinion without a number is easy to wave away.", "Good
// news travels slowly. Tell your manager when something works."): each
// paragraph opens with a short claim in the present tense about people
// or things in general, then supports it. One such paragraph is an
// ordinary topic sentence; a run of them is the page's list of reasons
// written without bullets. maximClaims adds the openings of such a run.
// Reads blocks and sentences; adds items.

package normalize

import "strings"

// The shape of a maxim and of a run of them.
const (
	minMaximWords = 3 // a maxim has a subject, a verb and more
	maxMaximWords = 10
	minMaximRun   = 3 // paragraphs opening with a maxim that make a run
)

// maximStop: words that cannot open a general claim (a person's own
// story, a pointer to what came before, a condition, a question word).
var maximStop = wordSet(`i we you he she it they me my our your his her their its this that these those there here what
	when if so but and or then now today yesterday once after before because while as how why who which where
	please thanks thank`)

// maximNoGeneral: openings of a definite or denied subject ("The first
// cause is …", "None of this needs …"), not a general one.
var maximNoGeneral = wordSet(`the none no nothing nobody every each all both either neither one two three`)

// maximNotVerb: words ending in -s that are not verbs of a claim.
var maximNotVerb = wordSet(`is was has does its this his us yes less unless thus across news always perhaps`)

// maximVerb: the claim has a present verb of its own within its first
// four words: a word in -s after a singular subject ("Good news travels
// …", "A clear ask gets …") or any word after a plural one ("Bosses
// respect …", "Busy bosses reward …"); a copula ("… is …") makes a
// description, not a maxim.
func maximVerb(w []string) bool {
	for v := 1; v < len(w) && v <= 3; v++ {
		x, prev := w[v], w[v-1]
		if x == "is" || x == "are" || x == "was" || x == "were" || x == "of" {
			return false
		}
		if plural(prev) && !maximNotVerb[prev] && v+1 < len(w) || plural(x) && !maximNotVerb[x] && v+1 < len(w) && !plural(w[v+1]) {
			return true
		}
	}
	return false
}

// plural: a word in -s that is not in -ss, -us or -'s.
func plural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")
}

// maximPerson: first-person or story words anywhere in a maxim.
var maximPerson = wordSet(`i i'm i've i'd me my we we're our us`)

// isMaxim: a short claim in the present tense about people or things in
// general (no first person, no told past, no pointer back), neither a
// question nor advice.
func isMaxim(s string) bool {
	t := cleanText(s)
	n := wordCount(t)
	if n < minMaximWords || n > maxMaximWords || endsQuestion(t) || strings.ContainsAny(t, "0123456789:;\"“") {
		return false
	}
	if cl := classifySentence(t); cl.story || cl.gerund || cl.tax != "" && cl.tax != "reasons" {
		return false
	}
	w := readClaim(t).all
	if len(w) < minMaximWords || maximStop[w[0]] || claimConnectives[w[0]] || maximNoGeneral[w[0]] || strings.HasSuffix(w[0], "ing") || !maximVerb(w) {
		return false
	}
	for i, x := range w {
		if maximPerson[x] || kindPast[x] || i > 0 && irregularPast[x] != "" && !kindPassive[w[i-1]] {
			return false
		}
	}
	return true
}

// maximClaims adds, as reasons, the opening claims of a run of at least
// minMaximRun paragraphs that each open with a maxim and go on to
// support it (structured marks the blocks among listed items: their
// paragraphs explain those items).
func (c *classifier) maximClaims(blocks []*block, structured []bool, names map[string]bool) {
	var run []*block
	for bi, b := range blocks {
		if b.kind != bPara || b.labelled || c.done[b] || structured[bi] || (c.subtitle != 0 && b.n == c.subtitle) {
			continue
		}
		if ss := sentences(b.text); len(ss) >= 2 && isMaxim(ss[0]) && !personSubject(ss[0], names) {
			run = append(run, b)
		}
	}
	if len(run) < minMaximRun {
		return
	}
	for _, b := range run {
		ss := sentences(b.text)
		l := strings.TrimRight(cleanText(ss[0]), ".! ")
		if !c.hasLabel(l) {
			c.add("reasons", l, ss[1], b.n)
		}
	}
}

// proseExtras runs the prose passes that read the page as a whole after
// proseItems: a reason in the opening, the claims of sections with few
// structured items, the claims of a run of maxims,
// then the removal of story lines with a named subject.
func (c *classifier) proseExtras(blocks []*block, structured []bool) {
	names := pageSurnames(blocks)
	c.openingReason(blocks)
	c.fewItemClaims(blocks, structured)
	c.maximClaims(blocks, structured, names)
	c.namedStoryDrop(blocks, structured, names)
}
