// sentencerules.go: the sentence rules as reviewed data. Each row types a
// sentence of prose from its own phrasing (a pattern, the taxonomy it is
// evidence for and how strong), with sentences it must and must not
// match, which TestSentenceRules runs. classifySentence (prose.go) applies
// them; the context of a sentence is weighed in proseitems.go. Reads
// nothing and marks nothing.

package normalize

import (
	"strings"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
)

// sentenceRule types a sentence from its own phrasing: a pattern over the
// sentence after its enumeration and connective lead-ins are removed, the
// taxonomy it is evidence for, and how strong that evidence is. When the
// pattern has a submatch, the item's label starts there ("The first reason
// is that X" → "X").
type sentenceRule struct {
	name   string
	tax    string
	weight float64
	re     *prefilter.Regexp
	unless *prefilter.Regexp // a match here vetoes the rule
	// also, when set, must hold for the label the pattern found (a check
	// a pattern cannot make, such as "its first word is an advice verb")
	also func(label string) bool
	pos  []string // sentences the rule must match (TestSentenceRules)
	neg  []string // sentences it must not match
}

// Evidence weights of a sentence's own phrasing (the cue of its section
// and lead-in are weighed in classify.go).
const (
	wNegImperative = 3.0 // "Don't …", "Never …", "Try not to …"
	wNamedItem     = 2.5 // "The first reason is that …", "A common mistake is …"
	wImperative    = 2.0 // "Ask what they need."
	wModal         = 2.0 // "You should …", "It helps to …"
	wClaim         = 1.5 // "It builds trust …"
)

var sentenceRules = []sentenceRule{
	{name: "negated imperative", tax: "pitfalls", weight: wNegImperative,
		re:     rx(`^(?:please\s+|just\s+|and\s+)?(?:don'?t|don’t|do not|not to|never|avoid|try not to|try to avoid|stop\s+\w+ing|quit\s+\w+ing|resist the (?:urge|temptation)|refrain from|beware of|steer clear of|no more|(?:you|we) (?:should|must) (?:never|not|avoid)|(?:you|we) shouldn'?t|(?:you|we) shouldn’t)\b`),
		unless: rx(`^(?:don'?t|don’t|do not) (?:get me wrong|worry)|^(?:don'?t|don’t|do not)\s+(?:just|only|simply|merely)\b[^,;]{1,60}[,;]|^never (?:have|had|did|was|were|is|has|again|once|before|mind)\b|^never\W*$`),
		pos:    []string{"Don't wait for the perfect moment.", "Not to be shy for ask the feedback.", "Try not to take feedback personally.", "Stop apologising for taking their time.", "Never raise it in front of her boss.", "You should never go over their head."},
		neg:    []string{"Don't get me wrong, I liked him.", "Never have I seen a team so tired.", "Stop. Think first.", "Nevertheless, it worked."}},
	{name: "what not to do", tax: "pitfalls", weight: wNamedItem,
		re:     rx(`^(?:what|the (?:one |only |last |other )?thing)\s+(?:(?:you|we|i|they)\s+(?:should(?:n'?t| not| never)|would(?:n'?t| not| never)|must not|do not want to|don'?t want to|had to stop|have to stop|need to stop|stopped|quit|gave up)|not)\s+(?:to\s+)?(?:do(?:ing)?\s+)?(?:is|was)\s+(?:to\s+)?(\S+\s+\S.*)`),
		unless: reLeadPredicate,
		pos:    []string{"What you should not do is compare yourself with a colleague.", "What I stopped doing was agreeing in the meeting and grumbling afterwards.", "The thing I had to stop doing was arguing with every edit.", "What I would not do is copy her boss."},
		neg:    []string{"What you should do is ask for a meeting.", "What I did was ask.", "What not to do is equally clear."}},
	{name: "bad idea", tax: "pitfalls", weight: wNamedItem,
		re:  rx(`^(?:it(?:'s|’s| is| was)|that(?:'s|’s| is))\s+(?:not (?:a )?(?:good|wise|smart|helpful)(?: idea)?|never (?:a )?good(?: idea)?|a (?:mistake|bad idea|trap)|unwise|a bad habit)\s+to\s+(\S+.*)`),
		pos: []string{"It is not good to hide mistakes from your lead.", "It's a mistake to copy her boss."},
		neg: []string{"It is good to ask early.", "It is not easy to ask for help."}},
	{name: "lesson not to", tax: "pitfalls", weight: wNegImperative,
		re:     rx(`^(?:if\b[^,]{3,80},\s*)?(?:i|we)(?:\s*(?:wouldn'?t|wouldn’t|would not|would never|'d never|’d never|'d not|’d not)\s+(?:(?:\w+ly|again|ever)\s+)?(\S+\s+\S.*)|(?:'d|’d|\s+would)\s+(?:also\s+)?(?:stop|avoid|quit|steer clear of)\s+(\w+ing\s+\S.*))`),
		unless: rx(`^(?:if\b[^,]{3,80},\s*)?(?:i|we)\s*(?:wouldn'?t|wouldn’t|would not|would never|'d never|’d never|'d not|’d not)\s+(?:(?:\w+ly|again|ever)\s+)?(?:have|be|say|know|change|want|wish|mind|trade|recommend|call|blame|hesitate|dream|bet|expect|like|need|care|get|go|survive|believe|think)\b`),
		pos:    []string{"I wouldn't treat silence as approval.", "And I wouldn't keep my frustration to myself for months.", "If I did it again, I would never copy her boss in.", "I'd also stop sending it on Friday afternoon."},
		neg:    []string{"I wouldn't change a thing.", "I would not have guessed it.", "She wouldn't listen.", "I'd stop by her desk."}},
	{name: "lesson to", tax: "steps", weight: wModal,
		re:   rx(`^(?:if\b[^,]{3,80},\s*)?(?:i|we)(?:'d|’d|\s+would)\s+(?:(?:also|still|now|first|always|instead|probably|definitely)\s+)*(\S+\s+\S.*)`),
		also: adviceVerbFirst,
		pos:  []string{"If I started that job again, I'd book the fortnightly slot in my first week.", "I'd bring her the one question I wanted her view on.", "We would also write the decision down."},
		neg:  []string{"I'd love to hear how it goes.", "I'd been there six years.", "I'd say the opposite.", "I would have told her sooner.", "If you try this, I'd like to know."}},
	{name: "habitual practice", tax: "steps", weight: wNamedItem,
		re:   rx(`^(?:(?:every|each)\s+(?:\w+\s+){0,3}?|once\s+a\s+\w+\s+|twice\s+a\s+\w+\s+|at the (?:start|end|beginning|close) of (?:each|every)\s+\w+\s+|(?:before|after) (?:each|every)\s+\S+\s+)[^,]{0,30}?,?\s*\b(?:i|we)\s+(?:now\s+|always\s+|still\s+)?(\S+\s+\S.*)`),
		also: adviceVerbFirst,
		pos:  []string{"Every Thursday afternoon I send my manager a short list of risks.", "Every Monday at nine I message my manager the same question.", "Before each one-to-one we write down three topics."},
		neg:  []string{"Every Thursday I felt sick.", "Every time I asked, she said no.", "Each line names a risk.", "Every time I ask, she says no."}},
	{name: "announced practice", tax: "steps", weight: wNamedItem,
		re:  reAnnounced,
		pos: []string{"Then I tried something different: at the start of each month I write my manager three sentences about what I need.", "We adopted a simple rule: no decision leaves the room unwritten."},
		neg: []string{"I tried something different for lunch.", "Then I tried to explain."}},
	{name: "gerund judged a mistake", tax: "pitfalls", weight: wNamedItem,
		re:  rx(`^(\w+ing\b[^,;.]{2,50}?)\s+(?:is|was|isn'?t|is not|are|aren'?t)\b[^.]{0,40}\b(?:a mistake|a trap|hiding|a problem|the fastest way to (?:sound|look|lose|kill|burn)|a recipe for|backfires?|costs? you|damag\w+|undermin\w+|self-defeating)\b`),
		pos: []string{"Saying yes to everything isn't being a team player, it's hiding a problem.", "Copying her boss is the fastest way to lose her trust."},
		neg: []string{"Asking for help is a strength.", "Meeting weekly is a good habit."}},
	{name: "gerund with a cost", tax: "pitfalls", weight: wNamedItem,
		re:   rx(`^(\w+ing\b[^,;.]{2,50}?)\s+(?:makes?\s+(?:\w+\s+){0,3}(?:worthless|pointless|meaningless|useless|invisible|suspicious)|undermines?|erodes?|damages?|kills?|wastes?|backfires?|poisons?)\b`),
		also: func(l string) bool { return gerundBase(strings.ToLower(strings.Fields(l)[0])) != "" },
		pos:  []string{"Agreeing with everything your boss says makes your agreement worthless.", "Going around your manager erodes the trust you built."},
		neg:  []string{"Sharing bad news early protects both of you.", "Keeping a log makes reviews easier.", "Nothing kills a meeting faster."}},
	{name: "costly habit", tax: "pitfalls", weight: wNamedItem,
		re:  rx(`^((?:people|employees|those|anyone|staff|workers|reports|colleagues|someone|a \w+|an \w+) (?:who|that) \S.{2,60}? (?:become|becomes|get|gets|are|is|end up|ends up|look|looks|seem|seems|come across as|comes across as|risk|risks|lose|loses)\s+(?:\w+\s+)?(?:unreliable|passed over|ignored|resented|distrusted|sidelined|overlooked|burned out|burnt out|defensive|untrustworthy|a liability|a bottleneck|invisible|replaceable|difficult|exhausted|their (?:manager'?s |boss'?s )?(?:trust|credibility|goodwill))\b.*)`),
		pos: []string{"People who say yes to everything become unreliable, since they cannot deliver it all.", "Someone who hides bad news ends up distrusted."},
		neg: []string{"People who ask early get bigger projects.", "A manager who hears about it late has only apologies."}},
	{name: "adopted practice", tax: "steps", weight: wModal,
		re:     rx(`^(?:i|we)\s+(?:also\s+|then\s+|soon\s+)?(?:started|began|start|begin|learned to|made a habit of|got into the habit of|make a point of|made a point of)\s+(?:to\s+)?(\S+ing\b.*|\S+\s+\S.*)`),
		unless: rx(`^(?:i|we)\s+(?:\w+\s+)?(?:started|began)\s+(?:to\s+)?(?:wonder|worry|think|feel|fear|doubt|hate|dread|resent|panic|cry|lose|look for|apply|question)`),
		pos:    []string{"I began writing my three priorities at the top of our notes.", "We also started asking what should drop off."},
		neg:    []string{"I began to wonder whether she rated me at all.", "I started at the firm in 2019."}},
	{name: "named mistake", tax: "pitfalls", weight: wNamedItem,
		re:  rx(`^(?:the|a|one|another|my|our)\s+(?:(?:first|second|third|last|final|other|big|biggest|common|most common|classic|worst|costly|frequent|easy|subtle)\s+)*(?:mistake|trap|pitfall|error|misstep|blunder|sin)s?(?:\s+(?:i see|people make|is|was)\b|\s*:)+\s*(?:to\s+)?(?:that\s+)?(\S+\s+\S.*)`),
		pos: []string{"The biggest mistake is going over their head.", "A common trap is to say yes to everything.", "Another mistake: hiding bad news."},
		neg: []string{"The mistake was mine.", "Mistakes happen."}},
	{name: "that way", tax: "reasons", weight: wNamedItem,
		re:     rx(`^(?:that|this) way,?\s+((?:you|your|they|their|she|he|her|his|the|everyone|nobody|no one|managers?|bosses|people)\b\S*\s+\S.*)`),
		unless: rx(`\?$`),
		pos:    []string{"That way, your manager hears it from you first.", "This way nobody is surprised on Friday."},
		neg:    []string{"That way of working failed.", "This way, please."}},
	{name: "the result", tax: "reasons", weight: wNamedItem,
		re:  rx(`^(?:the\s+)?(?:end\s+)?(?:result|upshot|outcome|payoff|pay-off)\s*:\s*(\S+\s+\S.*)`),
		pos: []string{"The result: fewer surprises on both sides.", "Upshot: she trusts my estimates."},
		neg: []string{"The result was a mess.", "Results vary."}},
	{name: "named reason", tax: "reasons", weight: wNamedItem,
		unless: reBenefitLead,
		re:     rx(`^(?:the|a|one|another|my|our|an)\s+(?:(?:first|second|third|fourth|fifth|next|last|final|other|main|big|biggest|good|great|important|key|further|more|most|obvious|hidden|less|real|true|simplest|clearest)\s+)*(?:reason|benefit|advantage|payoff|upside|plus)s?(?:\s+(?:to|for|of|why)\s+[^,:]{1,40}?)?(?:\s+(?:is|was)\b|\s*:)\s*(?:that\s+)?(\S+\s+\S.*)`),
		pos:    []string{"The first reason to do it is that your manager cannot see everything.", "Another benefit is that it makes your own job easier.", "The main advantage: you learn faster."},
		neg:    []string{"The reason I left was money, not my boss.", "Another reason."}},
	{name: "there is one more", tax: "", weight: wNamedItem,
		re:  rx(`^(?:there(?:'s|’s| is| are)|here(?:'s|’s| is))\s+(?:one|another|a|an)\s+(?:more|final|last|other|further|big|important|hidden)?\s*(?:benefit|reason|advantage|mistake|trap|pitfall|step|habit|thing to do|tip)\b[^:]{0,60}:\s*(.+)`),
		pos: []string{"There is one more benefit that is easy to miss: your team is protected from surprises."},
		neg: []string{"There is one more thing I should say."}},
	{name: "because", tax: "reasons", weight: wNamedItem,
		re:  rx(`^(?:it|this|that|leading up|managing up|doing (?:this|so|it))\s+(?:also\s+)?(?:helps(?:\s+you)?|matters|pays off|works|is worth it)\s+because\s+(.+)`),
		pos: []string{"It helps you because promotions are argued for in rooms you are not in."},
		neg: []string{"It broke because nobody tested it."}},
	{name: "named step", tax: "steps", weight: wNamedItem,
		re:  rx(`^(?:the|a|one|another|my|our)\s+(?:(?:first|second|third|fourth|fifth|next|last|final|other|simplest|easiest|best|main)\s+)+(?:(?:thing|step|habit|way|tip|move|practice|rule|idea)\s+)?(?:(?:is|was)\s+to|(?:to do|(?:you|we|i) (?:can|should|could) do)\s+(?:is|was)\s+(?:to\s+)?)\s*(.+)`),
		pos: []string{"The first is to write down what your manager asked for.", "The second step is to agree on a rhythm.", "The first thing to do is ask for a meeting about the next round."},
		neg: []string{"The first was a disaster."}},
	{name: "elliptical named item", tax: "", weight: wNamedItem,
		re:  rx(`^(?:(?:the|a)\s+(?:most common|commonest|first|second|third|biggest|worst|main|last|final|subtlest|most frequent|classic|other)|another|one)\s+(?:one\s+)?is\s+(\S+\s+\S.*)`),
		pos: []string{"The most common is mistaking activity for progress.", "Another is keeping score of favours."},
		neg: []string{"The most common answer I hear is no.", "Another day, another meeting."}},
	{name: "soft imperative", tax: "steps", weight: wModal,
		re:     rx(`^(?:it\s+(?:also\s+)?(?:helps|pays|is worth it|is wise|is smart|is worth)\s+to|(?:it(?:'s|’s|\s+is)\s+|is\s+)(?:also\s+)?(?:very\s+|really\s+|so\s+|always\s+)?(?:important|essential|crucial|vital|a good idea|wise|smart|helpful|useful)\s+to|it(?:'s|’s|\s+is)\s+(?:also\s+|always\s+|well\s+)?worth\s+(\w+ing\b.*)|make sure(?: that)?|be sure to|remember to|(?:you|we)\s+(?:should|need to|must(?: to)?|have to|ought to|might want to|may want to|can start by)|(?:start|begin)\s+(?:by|with)|try to|always)\s+(.+)`),
		unless: rx(`\b(?:should|must|might|could|would) have\b|^(?:it(?:'s|’s|\s+is)\s+|is\s+)(?:also\s+)?(?:very\s+|really\s+|so\s+)?(?:important|essential|crucial|vital)\s+to\s+(?:(?:remember|note|realise|realize|say|add)\s+(?:that|this|how|what)|(?:understand|know)\s+that)\b`),
		pos: []string{"It also helps to find out how she likes to work.", "You should put your ideas in writing.", "Start by finding out how your manager is measured.", "Make sure they hear it from you.",
			"It is important to agree on priorities every month.", "Is very important to understand what your boss want.", "It is also worth asking her how she prefers to hear from you.", "You must to inform him before he ask."},
		neg: []string{"It helps that she is patient.", "You should have seen his face.", "It is important to remember that managers are people too.", "It is worth it in the end."}},
	{name: "payoff", tax: "reasons", weight: wNamedItem,
		re:     rx(`^(?:done (?:well|right|properly|this way|consistently|regularly|often enough|early)|(?:when|once|if) (?:it|this|that|all this|all of this|the habit) (?:works?|clicks?|lands?|sticks?)|(?:get|do) (?:these|this|that|it|them|all three|all of this|both)(?: \w+){0,2} right,? and(?:\s+(?:you|they|your \w+|people|everyone)\b)?|(?:do|keep|practise|practice) (?:this|these|that|it|them)(?: \w+){0,3},? and\s+(?:you|they|your \w+|people|everyone)\b|in the long run|over (?:time|a year|the years|a quarter)|the (?:net )?effect is that|in return),?\s+(\S+\s+\S.*)`),
		unless: rx(`\?$|^\S+\s+\S+,?\s+(?:and\s+)?(?:i|we)\s|^\S+\s+\S+,?\s+(?:\w+\s+){0,2}(?:simply |just |really )?(?:means?|is about|refers|nobody|no one|nothing)\b|\b(?:you|they)(?:'ll|’ll| will)\s+(?:probably |likely |soon |quickly )?(?:find|see|notice|discover|realise|realize)\b`),
		pos:    []string{"Done well, leading up makes your manager look good.", "When it works, you get more autonomy and better assignments.", "Get these right and you'll spend less time firefighting.", "Done this way, disagreement builds trust rather than spending it."},
		neg:    []string{"Done is better than perfect.", "When it works, does anyone notice?", "Over time I stopped asking."}},
	{name: "benefit claim", tax: "reasons", weight: wClaim,
		re:     rx(`\b(?:helps? (?:you|them|us|your|the team)|will help|builds? (?:trust|credibility|confidence|goodwill|your)|earns? (?:you|them|their|your)|(?:you|they)(?:'ll|’ll| will) be seen as|makes? (?:[\w'’]+\s+){0,3}(?:easier|simpler|smoother|faster|clearer|more likely)|gives? (?:you|them|us) (?:more |a |the )?(?:room|more|time|space|cover|credit|visibility|influence|a|the)|(?:is|are) protected|protects (?:you|your|the)|strengthens|pays off|opens doors|gets? you (?:noticed|promoted|more)|(?:can(?:not|'t|’t)|can not) see everything|is also learning|(?:success|fate) and yours are tied|saves? (?:you|them|everyone|time|hours)|you(?:'ll|’ll| will)? (?:become|spend less|worry less|gain)|(?:is|are) (?:also )?(?:far |much )?more likely to|(?:can|will|could|may) (?:\w+ ){0,2}(?:for you|you to|you into)|hands? you (?:more|better|the)|(?:get|gets|win|wins|earn|earns) (?:you )?(?:better|more|bigger|stronger)|cuts? down on|(?:are|is|get|gets) given (?:more|bigger|better|the)|tends? to (?:give|trust|back|promote|pick|reward|choose) (?:more|them|you|those|people)|(?:leave|leaves|come away|end up) with (?:a |an )?(?:clearer|better|stronger|more)|changes? how (?:you|people|others|they|she|he) (?:are |is )?(?:see|seen|view|viewed|perceive|perceived|think of)|reduces? (?:the )?(?:\w+ )?(?:stress|surprises|rework|friction|noise|risk|confusion|interruptions))\b`),
		unless: rx(`^(?:i|we|he|she|they|my|our)\b.*\b(?:was|were|had|did|said|told|asked)\b|\?$`),
		pos: []string{"It also builds trust in both directions.", "Students who keep in touch are given more responsible work.", "Managers tend to give more freedom to people they understand.", "And you will be seen as someone ready for more.", "Leading up helps you get the resources your work needs.",
			"A weekly summary saves everyone an hour of guessing.", "A mentor who trusts you hands you more interesting work.", "Supervisors who know you can point you to openings.", "Early warnings make her decisions faster.", "You spend less time redoing work.", "Prepared teams are more likely to get their budget."},
		neg: []string{"She said it would help us, but it did not.", "Does it help you?", "Reduce the noise for them before the review.", "They become defensive when surprised."}},
}

// reAnnounced: a practice the writer announces and then states after a
// colon ("Then I tried something different: each month I write …").
var reAnnounced = rx(`^(?:then\s+|so\s+)?(?:i|we)\s+(?:tried|started|began|adopted|settled on|landed on|switched to)\s+(?:something|a\s+(?:new\s+|different\s+|simple\s+|small\s+)?(?:habit|routine|approach|rule|experiment|practice|thing))(?:\s+(?:different|new|else|simple))?\s*:\s*(?:(?:at|on|every|each|once|before|after)\b[^,]{0,40},\s*)?(?:(?:i|we)\s+)?(\S+\s+\S.*)`)

// notLessonVerbs: advice verbs that, after "I'd", introduce advice or a
// wish rather than state a practice ("I'd say …", "I'd love to …").
var notLessonVerbs = map[string]bool{"say": true, "add": true, "suggest": true, "recommend": true, "argue": true, "guess": true,
	"think": true, "imagine": true, "be": true, "have": true, "go": true, "want": true, "stop": true, "try": true}

// adviceVerbFirst: the label opens with an advice verb in its base form
// (not one that introduces advice, like "say"), followed by more words,
// not by a comma ("ask, she says no" is a clause, not a practice).
func adviceVerbFirst(label string) bool {
	f := strings.Fields(strings.ToLower(cleanText(label)))
	if len(f) < 2 || strings.HasSuffix(f[0], ",") {
		return false
	}
	return imperatives[f[0]] && !notLessonVerbs[f[0]]
}
