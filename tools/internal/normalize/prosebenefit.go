// prosebenefit.go: the benefit-claim scorer. A reason written as prose
// rarely says "because" or "the benefit is"; it claims that something
// good happens to someone ("New managers settle faster when …", "Fewer of
// our requests got stuck …", "Stating needs plainly reads as knowing
// your own work."). benefitScore adds the evidence of such a claim from
// features of its subject and its predicate, each a table row with
// sentences it must and must not match (TestBenefitFeatures). proseItems
// (proseitems.go) reads a claim as a reason when its score clears the bar
// its context sets. Reads sentences; marks nothing.

package normalize

import (
	"strings"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
)

// benefitFeature is one piece of evidence that a sentence claims a
// benefit: a pattern over the cleaned sentence and its weight (negative
// weights count against).
type benefitFeature struct {
	name   string
	weight float64
	re     *prefilter.Regexp
	// also, when set, must hold as well (a check a pattern cannot make)
	also func(s string) bool
	pos  []string // sentences the pattern must match
	neg  []string // sentences it must not match
}

// The bars a claim's score must clear to be a reason.
const (
	// minBenefitScore: with no reason cue around it (no "Why …" heading,
	// no "Why bother?" lead-in), after the opening paragraph.
	minBenefitScore = 2.0
	// minCuedBenefit: under a reason cue or after a benefit lead-in ("This
	// does something for her as much as for you.").
	minCuedBenefit = 1.5
)

var benefitFeatures = []benefitFeature{
	{name: "help verb", weight: 1.5,
		re:  rx(`\b(?:helps?|helping|helped|lets|allows?|enables?|frees?|protects?|saves?|spares?|shields?)\s+(?:you|them|her|him|us|me|your|their|our|my|the|everyone|people|managers?|teams?|bosses)\b|\bgives?\s+(?:your|their|the)\s+(?:manager|boss|team|supervisor|director|lead)\s+(?:what|the|a|an|room|time|cover|something)\b`),
		pos: []string{"Clear written asks save your manager from decoding your week.", "Someone below them is calmly helping them see their own pattern.", "It gives your manager what they need to argue for you."},
		neg: []string{"Ask for help early.", "She saved the file."}},
	{name: "generic subject", weight: 1.0,
		re:  rx(`^(?:and\s+|but\s+|so\s+)?(?:(?:a|an|the|your|their|new|most|many|busy|good|great|the best)\s+)?(?:\w+\s+)?(?:managers?|bosses|boss|supervisors?|leaders?|teams?|colleagues|people|employees|students|staff|organi[sz]ations|companies|founders?|executives|chiefs?)\s+(?:who|whose|that|which|with)\b|^(?:and\s+|but\s+)?(?:new\s+|most\s+|busy\s+|good\s+)?(?:managers|bosses|supervisors|leaders|teams|colleagues|people|employees|students|organi[sz]ations|companies|executives)\s+(?:\w+ly\s+)?(?:\w+s|are|will|can|tend|get|feel|settle|give|hand|trust|remember|spend|make|know)\b|^(?:and\s+)?your\s+(?:manager|boss|team|colleagues|supervisor|peers)\s+(?:will|can|gets?|knows?|trusts?|gives?|hands?|backs?)\b`),
		pos: []string{"A manager who can see your needs coming can clear the road.", "New managers settle faster when someone helps.", "Teams whose members do this spend less time in meetings.", "Your colleagues will also have a list."},
		neg: []string{"My manager used to check every email.", "The team met on Friday."}},
	{name: "comparative opening", weight: 1.5,
		re:  rx(`^(?:and\s+)?(?:fewer|less|more|better|faster|quicker|shorter|clearer)\s+(?:of\s+)?(?:[a-su-z]\w*|t[a-gi-z]\w*|th[b-z]\w*|tha[a-mo-z]\w*)\b`),
		pos: []string{"Fewer of our requests got stuck in the queue.", "Faster decisions follow."},
		neg: []string{"More than once she cancelled."}},
	{name: "comparative outcome", weight: 0.75,
		re:  rx(`\b(?:less|fewer|faster|sooner|quicker|easier|clearer|stronger|calmer|smoother|more (?:willing|likely|often|room|time|trust|freedom|responsible|interesting|autonomy)|better (?:decisions|work|projects|assignments|reviews?|report))\b`),
		pos: []string{"Managers who feel supported are more willing to take risks.", "You spend less time in meetings."},
		neg: []string{"She read them at 11pm."}},
	{name: "outcome verb", weight: 1.0,
		re:  rx(`\b(?:shrinks?|shrank|disappears?|disappeared|goes away|went away|go away|stopped being|stop being|stops being|get answered|gets answered|got answered|lowers|lowered|lower the|reduces?|turns? [^.]{1,40}\binto\b|pays? off|earns? (?:you|them|trust|credit)|builds? (?:trust|credibility|goodwill)|opens? doors|clears? the (?:road|way|path)|settles?|lands? (?:better|well)|is remembered|are remembered)\b`),
		pos: []string{"The Friday scramble mostly went away.", "This turns a complaint into a planning question.", "That alone lowers the temperature in a team.", "The meetings stopped being cancelled."},
		neg: []string{"Projects we were told were urgent quietly die."}},
	{name: "perception", weight: 1.0,
		re:  rx(`\b(?:reads as|read as|seen as|comes across as|known as|a reputation|your reputation|indispensable|promot(?:ed|ion)|the (?:person|one) (?:they|she|he|your (?:manager|boss)) (?:leans? on|trusts?|asks?|calls?|reli(?:es|y) on|turns? to)|the ones? (?:they|i|we) ask first|put forward|puts? you forward|trusted with)\b`),
		pos: []string{"Stating needs plainly reads as knowing your own work.", "You get a reputation as someone who can be handed a problem."},
		neg: []string{"She read it at night."}},
	{name: "gain for the reader", weight: 1.0,
		re:  rx(`\b(?:you|they|she|he)\s+(?:also\s+)?(?:get|gets|gain|gains|earn|earns|win|wins|become|becomes|will have|will get|will know|can (?:plan|act|move|decide|help|fight|clear|speak))\b|\b(?:you|they|she|he|we|i)\s+(?:also\s+)?(?:have|had|get|got|gain|gained)\s+(?:the\s+)?time to\b`),
		pos: []string{"When I don't have to chase, I have time to fight for their raises.", "And you get a reputation as someone dependable."},
		neg: []string{"You are right not to start a war.", "A reader wrote in with a question I get a lot."}},
	{name: "self-reference subject", weight: 1.0,
		re:  rx(`^(?:and\s+)?(?:this|that|doing (?:this|so|that)|it|each \w+|every \w+|the habit|the practice|the list|the note|the update|the agenda)\s+(?:also\s+|alone\s+)?(?:gives|makes|turns|saves|keeps|helps|lets|earns|builds|lowers|reduces|shows|signals|protects|frees|buys|wins|will|can)\b`),
		pos: []string{"This turns a complaint into a planning question.", "That alone lowers the temperature."},
		neg: []string{"The mechanics are dull.", "That is what we mean by leading up: helping the person above you lead."}},
	{name: "practice as subject", weight: 1.0,
		re:   rx(`^(?:and\s+)?\w+ing\s+(?:\w+\s+){0,3}(?:reads|is|are|makes|gives|turns|earns|builds|saves|shows|signals|keeps|wins|buys|pays|helps|lets)\b`),
		also: func(s string) bool { return gerundBase(strings.ToLower(strings.Fields(s)[0])) != "" },
		pos:  []string{"Stating needs plainly reads as knowing your own work.", "Raising problems early earns you credit."},
		neg:  []string{"Nothing we discussed in those calls is wasted.", "The meeting is on Friday."}},
	{name: "conditional ability", weight: 1.5,
		re:  rx(`^(?:and\s+)?(?:when|once|if)\b[^,]{3,80},\s+(?:you|they|she|he|we|your \w+|the \w+|managers|people|teams)\s+(?:can|could|will|get|gets|are able to|is able to)\s+\w+`),
		pos: []string{"When employees understand the pressures above them, they can choose their battles.", "Once she knows the plan, your manager can defend it."},
		neg: []string{"When I joined, they were hiring.", "If it happens again, talk to him."}},
	{name: "best path", weight: 1.0,
		re:  rx(`\bthe (?:fastest|best|surest|quickest|easiest|simplest|cheapest|most reliable) (?:way|route|path) to (?:learn|earn|build|get|win|make|gain|grow|be trusted|be noticed|be promoted|understand|see)\b`),
		pos: []string{"Taking on part of their load is also the fastest way to learn how decisions are made."},
		neg: []string{"It is the fastest way to sound like an obstacle."}},
	{name: "reward", weight: 1.0,
		re:  rx(`\b(?:interesting|stretch|ambitious|visible|bigger|better|more responsible|responsible|more interesting)(?:,? \w+)?,? (?:work|projects?|assignments?|roles?|problems)\b|\b(?:trusts?|trusted) (?:you |them |her |him )?with (?:more|bigger|the)\b|\bthe benefit of the doubt\b|\ban advocate\b|\b(?:more|greater) (?:autonomy|freedom|latitude|trust|room)\b`),
		pos: []string{"Managers hand interesting, ambiguous projects to people they can see.", "Your manager trusts you with more.", "You get the stretch projects."},
		neg: []string{"The project was interesting."}},
	{name: "problem gone", weight: 1.0,
		re:  rx(`\b(?:aren'?t|isn'?t|are not|is not|no longer|don'?t|doesn'?t)\s+(?:\w+\s+){0,2}(?:anymore|any more)\b|\bno longer (?:stuck|blocked|waiting|late|chasing|guessing)\b`),
		pos: []string{"My projects aren't stuck anymore.", "I am no longer chasing approvals."},
		neg: []string{"Projects are not stuck."}},
	{name: "story or report", weight: -1.5,
		re:  rx(`^(?:i|we|he|she|they|my|our)\s+(?:\w+\s+)?(?:was|were|had|did|said|told|asked|thought|felt|wanted|tried|sent|wrote|built|joined|waited|remember)\b`),
		pos: []string{"I was one of the loudest in the break room.", "She asked me whether I wanted to help."},
		neg: []string{"Teams notice the difference."}},
	{name: "definition", weight: -2.0,
		re:  rx(`\b(?:is|are|means?)\s+(?:simply\s+|just\s+|really\s+)?(?:the|a|an)\s+(?:\w+\s+)?(?:practice|art|skill|process|act|idea|habit|term|name|word)\s+(?:of|for)\b|\b(?:refers? to|is defined as|stands for|what (?:we|i|they|people) mean by)\b|^(?:\w+\s+){1,3}(?:means|might mean|can mean|is about)\s+\w+ing\b`),
		pos: []string{"Managing up is the practice of working deliberately with your manager.", "Leading up refers to helping the boss.", "Leading up means using your judgement to help the person you report to."},
		neg: []string{"Stating needs plainly reads as knowing your own work."}},
	{name: "hedge or negation", weight: -1.0,
		re:  rx(`\b(?:not|never|no longer|doesn'?t|don'?t|didn'?t|won'?t|isn'?t|aren'?t|can'?t|cannot)\s+(?:help|work|matter|change|make|get|lead)\b|\bunless\b|\bat first\b`),
		pos: []string{"It does not help anyone.", "This won't work unless she agrees."},
		neg: []string{"It helps everyone."}},
}

// match: the feature holds for the cleaned sentence s.
func (f benefitFeature) match(s string) bool {
	return f.re.MatchString(s) && (f.also == nil || f.also(strings.TrimPrefix(strings.TrimPrefix(s, "And "), "and ")))
}

// benefitScore sums the evidence that a sentence claims a benefit. A
// question or an imperative scores 0: a reason is a claim.
// The answers for recent sentences are remembered: the prose passes ask
// about the same sentence several times.
func benefitScore(s string) float64 { return benefitMemo.do(s, benefitScoreOnce) }

var benefitMemo memo[float64]

// benefitScoreOnce is benefitScore without the memo.
func benefitScoreOnce(s string) float64 {
	s = strings.TrimSpace(cleanText(s))
	if r := reportedClaim(s); r != s && !endsQuestion(s) {
		s = r // "According to X, …", "…," she says.: the claim inside
	}
	s = reOrdinalLead.ReplaceAllString(s, "")
	if s == "" || endsQuestion(s) || verbFirst(s) || pitfallItem(s) {
		return 0
	}
	score := 0.0
	for _, f := range benefitFeatures {
		if f.match(s) {
			score += f.weight
		}
	}
	return score + claimScore(s)
}

// reBenefitFor: a sentence that announces a benefit without stating it
// ("This does something for her as much as for you.", "It works for both
// of you."): the claims after it in its paragraph are reasons.
var reBenefitFor = rx(`^(?:and\s+)?(?:this|that|it|doing (?:this|so|that)|the habit|the practice)\s+(?:also\s+)?(?:does|did|means|meant|works|worked|is|was)\s+(?:something|a lot|more|much|good|wonders|well)?\s*for\s+(?:her|him|them|you|your|both|everyone|the)\b|^(?:and\s+)?(?:it|this|that|doing (?:this|so|that))\s+(?:also\s+)?(?:helps|pays off|benefits)(?:\s+(?:you|them|her|him|everyone|both of you|your \w+))?(?:\s+(?:too|as well|also))?\W*$`)
