// proseclaim.go: the structure of a benefit claim, read from its words
// rather than from fixed phrasings. A reason written as prose says that
// something good happens to someone: a party (you, your manager, the
// team, "managers", the practice itself) is the subject of a present or
// modal verb ("Managers defend people who warn them", "My boss now hears
// the bad news while it is still small"); the outcome belongs to a few
// semantic fields (trust, latitude, advocacy, speed, opportunity, time
// given back); a problem goes away ("Small questions stop piling up");
// or a "When …," clause sets up a present-tense result ("When your
// manager has seen you raise problems calmly, she stops hovering").
// Against it count a problem stated as the background ("New managers are
// often buried") and a story placed in the past ("For most of last year
// …"). Each feature is a table row with sentences it must and must not
// match (TestClaimFeatures); benefitScore (prosebenefit.go) adds their
// weights to its own. Reads sentences; marks nothing.

package normalize

import (
	"math/bits"
	"strings"
)

// claimWords is a sentence read for its claim structure.
type claimWords struct {
	all  []string // every word, lower-cased, trimmed of punctuation
	main []string // the words of the main clause (after a leading "When …," clause)
	cond bool     // the sentence opens with a "When/If/Once …," clause
}

// claimConnectives open a sentence without changing what it claims.
var claimConnectives = wordSet(`and but so also finally honestly then plus besides still yet too really`)

// claimCondOpeners open a leading clause whose main clause is the claim.
var claimCondOpeners = wordSet(`when whenever if once because since after as`)

// readClaim splits a cleaned sentence into its words and its main clause.
func readClaim(s string) claimWords {
	s = strings.ToLower(s)
	var cw claimWords
	head, rest, hasComma := strings.Cut(s, ",")
	for _, f := range strings.Fields(s) {
		if w := strings.Trim(f, ",.;:!?\"“”‘’()—–-"); w != "" {
			cw.all = append(cw.all, w)
		}
	}
	k := 0
	for k < len(cw.all) && claimConnectives[cw.all[k]] {
		k++
	}
	cw.main = cw.all[k:]
	if k < len(cw.all) && claimCondOpeners[cw.all[k]] && hasComma && wordCount(head) <= 25 {
		cw.cond = true
		cw.main = nil
		for _, f := range strings.Fields(rest) {
			if w := strings.Trim(f, ",.;:!?\"“”‘’()—–-"); w != "" {
				cw.main = append(cw.main, w)
			}
		}
		for len(cw.main) > 0 && claimConnectives[cw.main[0]] {
			cw.main = cw.main[1:]
		}
	}
	return cw
}

// wordSet makes a set of the words of a space-separated list.
func wordSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// claimParties: who a benefit claim is about (the head of its subject).
var claimParties = wordSet(`you she he they it this that nothing everyone everybody nobody
	manager managers boss bosses supervisor supervisors director directors lead leads leader leaders executive executives exec execs
	chief chiefs team teams colleague colleagues peers people employee employees report reports staff graduate graduates
	apprentice apprentices intern interns hire hires newcomer newcomers student students mentor mentors panel
	relationship relationships trust habit habits practice routine routines note notes update updates list agenda question questions
	answer answers summary summaries meeting meetings slot log record doc conversation conversations warning warnings doubt doubts
	estimate estimates work wins surprises problems issues requests request`)

// claimVerbs: present, modal and base forms that carry an outcome.
var claimVerbs = wordSet(`helps help gets get gives give hands hand hears hear learns learn tells tell shows show defends defend protects protect
	trusts trust backs back champions champion sponsors sponsor remembers remember turns turn stops stop replaces replace
	knows know sees see tends tend finishes finish keeps keep saves save frees free spares spare earns earn wins win gains gain
	grows grow builds build lets let becomes become stays stay goes go comes come can will could cannot can't won't
	would ends end leaves leave makes make opens open settles settle moves move starts start`)

// claimDuties: what a subject must do is not what it gains.
var claimDuties = wordSet(`need needs must should ought`)

// claimDeterminers may come before the head of a subject.
var claimDeterminers = wordSet(`a an the your their her his my our its this that these those each every small good short clear
	new most many some early quiet busy any one own senior junior first`)

// claimSubject reports whether the main clause opens with a party as its
// subject (within its first four words, after determiners, adjectives or
// a possessive) followed soon by a verb of outcome.
func claimSubject(cw claimWords) bool {
	m := cw.main
	other := 0
	for i := 0; i < len(m) && i < 4; i++ {
		w := strings.TrimSuffix(strings.TrimSuffix(m[i], "'s"), "’s")
		if claimParties[w] {
			// the verb: within the next six words (a relative clause or
			// an adverb may come between: "Managers who learn … usually
			// protect it", "My boss now hears …")
			for j := i + 1; j < len(m) && j <= i+7; j++ {
				if v := m[j]; claimDuties[v] || v == "have" && j+1 < len(m) && m[j+1] == "to" {
					return false // "you will … need to lead upward": a duty, not an outcome
				}
			}
			for j := i + 1; j < len(m) && j <= i+7; j++ {
				switch v := m[j]; {
				case claimVerbs[v]:
					return true
				case irregularPast[v] != "" || strings.HasSuffix(v, "ed") && j == i+1:
					return false // "she asked me to keep doing it": a story
				}
			}
			return false
		}
		if !claimDeterminers[w] && !strings.HasSuffix(w, "ly") {
			// one modifier that is not a determiner ("a good working
			// relationship"), no more
			if other++; other > 1 {
				return false
			}
		}
	}
	return false
}

// claimFields: the semantic fields of an outcome. A claim that names one
// says what the good thing is.
var claimFields = []map[string]bool{
	wordSet(`trust trusts trusted trusting confidence credibility goodwill reputation reference references respect faith`),
	wordSet(`room latitude autonomy freedom scope responsibility responsibilities ownership calls say`),
	wordSet(`defend defends defending champion champions sponsor sponsors advocate advocates vouch promote promoted promotion promotions backing`),
	wordSet(`faster sooner earlier early quicker shorter cheaper easier smoother calmer lighter simpler`),
	wordSet(`projects stretch opportunities opportunity interesting bigger visibility visible portfolio raise raises`),
	wordSet(`back spare saves saved frees`),
}

// maxClaimFields: the fields count up to this many.
const maxClaimFields = 3

// claimFieldCount counts the outcome fields a sentence names: each word
// is looked up once, in claimFieldBits, instead of once per field.
func claimFieldCount(cw claimWords) int {
	var named uint64
	for _, w := range cw.all {
		named |= claimFieldBits[w]
	}
	return min(bits.OnesCount64(named), maxClaimFields)
}

// claimFieldBits maps each word of claimFields to the fields that hold it
// (bit k: claimFields[k]).
var claimFieldBits = fieldBits(claimFields)

// fieldBits maps each word of fields to the bits of the fields holding
// it; there are at most 64 fields.
func fieldBits(fields []map[string]bool) map[string]uint64 {
	if len(fields) > 64 {
		panic("normalize: more than 64 claim fields")
	}
	out := map[string]uint64{}
	for k, f := range fields {
		for w := range f {
			out[w] |= 1 << k
		}
	}
	return out
}

// claimRemovers and claimProblems: a problem that goes away ("stop piling
// up", "fewer tense conversations", "replace an hour of interruptions").
var (
	claimRemovers = wordSet(`rarely seldom stop stops stopped fewer less replace replaces cut cuts disappear disappears shrink shrinks ends end`)
	claimProblems = []string{"pil", "hover", "chas", "surpris", "interrupt", "guess", "friction", "tense", "tension", "crossed",
		"firefight", "rework", "scrambl", "nag", "worr", "check", "noise", "blame", "panic", "ambush", "delay", "escalat", "micromanag", "second-guess"}
)

// problemRemoved: a remover followed within five words by a problem.
func problemRemoved(cw claimWords) bool {
	for i, w := range cw.all {
		if !claimRemovers[w] && !(w == "no" && i+1 < len(cw.all) && cw.all[i+1] == "longer") {
			continue
		}
		for j := i + 1; j < len(cw.all) && j <= i+5; j++ {
			for _, p := range claimProblems {
				if strings.HasPrefix(cw.all[j], p) {
					return true
				}
			}
		}
	}
	return false
}

// claimHardships: words that state a problem as the background ("New
// managers are often buried", "will probably be juggling a team").
var claimHardships = wordSet(`buried juggling drowning busy overloaded stretched nervous overwhelmed swamped probably
	rarely loudest invisible frustrated confused worried`)

// claimPastMarkers: a story placed in the past.
var claimPastMarkers = []string{"last year", "years ago", "months ago", "weeks ago", " ago,", "last spring", "last summer",
	"last autumn", "last winter", "in october", "at the time", "that day", "that week", "back then", "for most of last"}

// gerundOutcomeVerbs: present verbs of outcome after a gerund subject
// ("Sharing bad news early protects both of you").
var gerundOutcomeVerbs = wordSet(`protects saves frees makes lets builds earns gets gives helps keeps turns shows wins buys pays opens
	cuts reduces spares changes tells signals brings beats lowers raises removes prevents stops heads avoids`)

// gerundPastGains: past verbs of outcome that count after a gerund
// subject when a party or a gain follows ("Knowing her priorities made
// me faster", "Helping him … earned me more trust").
var (
	gerundPastGains = wordSet(`earned bought got won saved made gave brought`)
	gerundGainNext  = wordSet(`me us her him them you more my our the a`)
)

// gerundCosts: words that make the outcome a cost ("Going over her head
// makes her look weak") or denies it ("… changes nothing"): a named
// mistake's cost is not a reason.
var gerundCosts = wordSet(`costs cost hurts hurt damages undermines worse weak weaker harder lose loses lost risk risks
	blame resent nervous defensive awkward trouble transaction transactions chore battle battles fight contest war
	liability burden obstacle grudge nothing never not doesn't doesn’t don't don’t`)

// maxGerundSubject: the verb of a gerund subject comes within this many
// words.
const maxGerundSubject = 10

// gerundClaim: the sentence's subject is a practice named by a gerund
// phrase (not the topic, "leading up", itself) and its verb is one of outcome ("Keeping a simple record of what
// you agreed saves arguments later"), with no cost among its words.
func gerundClaim(cw claimWords) bool {
	m := cw.all
	if len(m) < 3 || !gerundWord(m[0]) || m[1] == "up" || m[1] == "upward" || m[1] == "upwards" {
		return false // "Leading up gets you …": the topic itself, not a practice (other features read it)
	}
	for _, w := range m {
		if gerundCosts[w] {
			return false
		}
	}
	for j := 1; j < len(m) && j <= maxGerundSubject; j++ {
		switch v := m[j]; {
		case gerundOutcomeVerbs[v]:
			return true
		case gerundPastGains[v] && j+1 < len(m) && gerundGainNext[m[j+1]]:
			return true
		case claimDuties[v]:
			return false // "Doing this well needs practice": a duty
		}
	}
	return false
}

// gerundWord: an -ing form that can open a gerund subject (an advice
// verb's, or a longer -ing word that is not a noun such as "morning").
func gerundWord(w string) bool {
	if gerundBase(w) != "" {
		return true
	}
	return len(w) > 6 && strings.HasSuffix(w, "ing") && !nounGerunds[w] && !notGerunds[w]
}

// notGerunds: words ending in -ing that are not gerunds.
var notGerunds = wordSet(`nothing something everything anything morning evening during ceiling
	spring string thing things earring wedding pudding building`)

// claimFeature is one structural feature of a benefit claim.
type claimFeature struct {
	name   string
	weight float64
	test   func(s string, cw claimWords) bool
	pos    []string // sentences it must hold for (TestClaimFeatures)
	neg    []string // sentences it must not hold for
}

var claimFeatures = []claimFeature{
	{name: "party with an outcome verb", weight: 0.75,
		test: func(_ string, cw claimWords) bool { return claimSubject(cw) },
		pos:  []string{"Managers defend people who warn them.", "My boss now hears the bad news while it is still small.", "Small questions stop piling up.", "Managers who learn that a report values the meeting usually protect it."},
		neg: []string{"For most of last year my boss and I only talked when something was on fire.", "Most onboarding plans teach new hires the tools.", "Hardly anyone reads the footer.",
			"When my lead came back, she asked me to keep doing it.", "If you work for one of them, you will at some point need to lead upward.", "It might mean offering to take on a task."}},
	{name: "kind of person as subject", weight: 1.5,
		test: func(s string, cw claimWords) bool { ok, person := kindOf(s, cw); return ok && person },
		pos: []string{"Managers who hear bad news early trust the people who bring it.", "Anyone who makes those answers easy becomes the person she relies on.",
			"Also, engineers who explain tradeoffs in plain language get pulled into design decisions earlier.", "Second, the person who solve problem for his manager get more chance for promotion.",
			"Teams whose members argue and then commit move faster.", "A team that knows what its manager worries about wastes less effort."},
		neg: []string{"My manager, who was new, asked me to help.", "I learned that managers like short notes.", "The manager who nobody liked was waiting for me.",
			"Research shows that managers who listen are rare.", "It is the one thing that matters.", "People who asked for feedback got it."}},
	{name: "kind of thing as subject", weight: 0.75,
		test: func(s string, cw claimWords) bool { ok, person := kindOf(s, cw); return ok && !person },
		pos:  []string{"Disagreement that arrives early is cheap for everyone."},
		neg:  []string{"Managers who hear bad news early trust the people who bring it.", "The report that I sent was late."}},
	{name: "outcome field", weight: 0.5,
		test: func(_ string, cw claimWords) bool { return claimFieldCount(cw) >= 1 },
		pos:  []string{"A good working relationship also turns into a strong reference.", "You get trusted with bigger calls."},
		neg:  []string{"The meeting is on Friday.", "She read the report twice."}},
	{name: "two outcome fields", weight: 0.5,
		test: func(_ string, cw claimWords) bool { return claimFieldCount(cw) >= 2 },
		pos:  []string{"A boss who trusts your judgment gives you bigger problems to solve.", "She stops hovering and you get more room and earlier warnings."},
		neg:  []string{"A good working relationship also turns into a strong reference."}},
	{name: "problem goes away", weight: 1.0,
		test: func(_ string, cw claimWords) bool { return problemRemoved(cw) },
		pos:  []string{"Small questions stop piling up.", "Fewer crossed wires means fewer tense conversations at review time.", "Fifteen predictable minutes replace an hour of scattered interruptions.", "Their managers stop worrying about what they will hear."},
		neg:  []string{"Stop by her desk on Friday.", "The questions piled up for weeks.", "Less is more."}},
	{name: "gerund subject with an outcome verb", weight: 1.5,
		test: func(_ string, cw claimWords) bool { return gerundClaim(cw) },
		pos: []string{"Sharing bad news early protects both of you.", "Understanding what your manager is accountable for changes the way you plan.",
			"Keeping a simple record of what you agreed saves arguments later.", "Knowing her priorities made me faster.",
			"Helping him look prepared in front of his boss earned me more trust."},
		neg: []string{"Going over her head makes her look weak.", "Keeping score of favours turns a working relationship into a transaction.", "Running the meeting well takes practice.", "Setting up the room took an hour.",
			"Waiting until the review to raise it.", "Meeting notes go out on Fridays.", "Getting promoted is hard.", "Nothing changes if you stay quiet.",
			"Leading up gets you a better working relationship now.",
			"Sitting in every meeting changes nothing."}},
	{name: "result after a condition", weight: 0.75,
		test: func(_ string, cw claimWords) bool { return cw.cond && claimSubject(cw) },
		pos:  []string{"When your manager has seen you raise problems calmly, she stops hovering over the projects you run.", "If she knows where you are, she can hand you real work."},
		neg:  []string{"When I joined, the team was tiny.", "If it happens again, talk to him first."}},
	{name: "in time", weight: 0.75,
		test: func(s string, _ claimWords) bool { return reInTime.MatchString(s) },
		pos:  []string{"My boss now hears the bad news while it is still small.", "She can act in time to move the deadline."},
		neg:  []string{"It is still small.", "She was on time."}},
	{name: "comparative predicate", weight: 0.75,
		test: func(s string, _ claimWords) bool { return reComparativePredicate.MatchString(s) },
		pos:  []string{"And honestly, it is cheaper for both of us.", "Reviews get far easier to write."},
		neg:  []string{"Your boss has less time than you think.", "The number was higher than we thought."}},
	{name: "reader as beneficiary", weight: 0.75,
		test: func(s string, cw claimWords) bool { return reReaderGain.MatchString(s) },
		pos:  []string{"The answer tells you which of your projects she can champion.", "Finally, you learn how organisations actually make decisions.", "It hands you the first draft of your review."},
		neg:  []string{"Tell you what, let's meet.", "I told you so."}},
	{name: "hardship as background", weight: -1.0,
		test: func(s string, cw claimWords) bool {
			if problemRemoved(cw) || claimFieldCount(cw) > 0 {
				return false
			}
			for _, w := range cw.all {
				if claimHardships[w] {
					return true
				}
			}
			return false
		},
		pos: []string{"New managers in particular are often buried in the first year.", "Your first manager will probably be juggling a team and a budget."},
		neg: []string{"Busy managers trust people who warn them early.", "Small questions stop piling up."}},
	{name: "story in the past", weight: -1.0,
		test: func(s string, _ claimWords) bool {
			l := strings.ToLower(s)
			for _, p := range claimPastMarkers {
				if strings.Contains(l, p) {
					return true
				}
			}
			return false
		},
		pos: []string{"For most of last year my boss and I only talked when something was on fire.", "Two years ago, my manager asked me to help."},
		neg: []string{"Managers remember who warned them early."}},
}

// reReaderGain: the reader receives something ("tells you which …", "you
// learn how …", "hands you …").
var reReaderGain = rx(`\b(?:tells|shows|hands|buys|lets|gives|saves|spares|teaches|earns|wins|gets)\s+you\b|\byou\s+(?:also\s+|actually\s+|quickly\s+)?(?:learn|hear|leave with|end up with|come away with|pick up|see)\b`)

// reInTime: a problem caught while there is time to act on it.
var reInTime = rx(`\b(?:while (?:it|they|the \w+) (?:is|are) still|before (?:it|they) (?:grows?|spreads?|becomes?|turns?|gets?|has a)|in time to|early enough to)\b`)

// reComparativePredicate: the practice or its result is, or gets, better
// ("it is cheaper for both of us", "reviews get far easier to write").
var reComparativePredicate = rx(`\b(?:is|are|gets|get|becomes|become)\s+(?:much\s+|far\s+|a lot\s+|so\s+)?(?:(?:cheap|easi|fast|quick|calm|clear|smooth|short|simpl|light|safe)er|more (?:\w+)|less (?:stressful|painful|risky|awkward|tense))\s+(?:for|to)\b`)

// claimScore sums the weights of the claim features a cleaned sentence
// has. A question, an imperative or a named mistake scores 0 in
// benefitScore before this is read.
func claimScore(s string) float64 {
	cw := readClaim(s)
	score := 0.0
	for _, f := range claimFeatures {
		if f.test(s, cw) {
			score += f.weight
		}
	}
	return score
}
