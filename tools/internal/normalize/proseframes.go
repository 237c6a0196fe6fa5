// proseframes.go: advice and lessons inside a frame of column voice. A
// columnist, a coach quoted in a feature or a writer drawing the lesson
// of a story seldom gives advice as a bare imperative: "You would be
// wise to X", "You'd do well to X", "Her advice to new starters: X",
// "The answer is to X" frame a step; "What I learned: X", "The lesson:
// X", "My takeaway: X", "Here's the thing: X" frame whatever X is on its
// own (a claim is a reason, an imperative a step, a "never …" a
// pitfall). framedAdvice strips the frame and types the words inside it;
// without it the frame hides the verb, or the lead-in takes the claim for
// itself. Each frame is a table row with sentences it must and must not
// match (TestAdviceFrames). Reads sentences; marks nothing.

package normalize

import (
	"strings"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
)

// adviceFrame is one frame around advice: a pattern whose first submatch
// is the framed words, and the taxonomy the frame itself gives them
// ("steps": the words must be an imperative; "": typed by their own
// phrasing).
type adviceFrame struct {
	name string
	tax  string
	re   *prefilter.Regexp
	pos  []string // sentences the frame must hold for (TestAdviceFrames)
	neg  []string // sentences it must not hold for
}

var adviceFrames = []adviceFrame{
	{name: "wise to", tax: "steps",
		re:  rx(`^(?:you|she|he|they|we|i)(?:'d|’d|\s+would|\s+might)\s+(?:also\s+|then\s+|first\s+|really\s+)?(?:be\s+(?:wise|smart|well advised|better off)|do\s+well)\s+to\s+(\S+\s+\S.*)`),
		pos: []string{"You would be wise to put the one decision you need at the top.", "You'd also do well to tell her what you cannot take on.", "She'd do well to ask for a standing slot."},
		neg: []string{"You would be surprised how often it works.", "She would do well in any team.", "You would be wise, she said."}},
	{name: "advice colon", tax: "steps",
		re:  rx(`^(?:my|his|her|their|our|the|one|[a-z]+(?:'s|’s))\s+(?:(?:best|first|second|only|main|simple|last|final|usual|standard|one|blunt|short)\s+)*(?:piece of\s+|bit of\s+)?advice(?:\s+(?:to|for)\s+[^:]{1,40}?)?(?:\s+(?:is|was)(?:\s+(?:simple|this|short|blunt|plain))?)?\s*:\s*(\S+\s+\S.*)`),
		pos: []string{"Her advice: agree on the shape of a piece of work before you start.", "His advice to new starters: bring two possible fixes with every problem.", "Frey's first piece of advice is simple: ask how she prefers to hear news."},
		neg: []string{"Her advice was wrong.", "My advice? Keep it short.", "The advice: it depends."}},
	{name: "answer is to", tax: "steps",
		re:  rx(`^(?:the|my|our|one|her|his)\s+(?:(?:real|simple|best|short|only|usual|honest)\s+)?(?:answer|solution|fix|cure|remedy|trick|secret)\s+(?:here\s+)?(?:is|was)\s+(?:simply\s+)?to\s+(\S+\s+\S.*)`),
		pos: []string{"The answer is to treat the report as a conversation starter.", "The real fix is simply to ask her once."},
		neg: []string{"The answer is that nobody knows.", "The answer was to no one's liking."}},
	{name: "lesson colon", tax: "",
		re:  rx(`^(?:what (?:i|we) (?:learned|learnt|took away)(?: from (?:it|this|that))?|what (?:it|this|that) taught me|the (?:\w+\s+)?(?:lesson|takeaway|moral)(?:\s+(?:for|here|i took)\b[^:]{0,40})?|my (?:\w+\s+)?(?:lesson|takeaway)(?:\s+[^:]{0,30})?|here(?:'s|’s| is) the thing|the thing is|the truth is|(?:the\s+)?bottom line)\s*:\s+(\S+\s+\S.*)`),
		pos: []string{"What I learned: a supervisor can only fix the problems she can see.", "The lesson: bring the problem with the evidence.", "The takeaway for anyone on a night shift: managers who are told early can move people.", "Here's the thing: managers promote the work they can see."},
		neg: []string{"What I learned surprised me.", "The lesson was hard.", "Here is the list: one, two."}},
}

// minFramedClaim: the benefit score that makes the words in a lesson
// frame a claim: the frame says they are the lesson, so any evidence of a
// claim (a party with a verb of outcome) will do.
const minFramedClaim = 0.75

// minFramedWords: the framed words are a clause, not a fragment.
const minFramedWords = 3

// framedAdvice types a cleaned sentence (connectives removed) held in an
// advice frame by the words inside it. It reports false when no frame
// holds or the framed words are not advice of the kind the frame gives.
func framedAdvice(s string) (sentenceClass, bool) {
	for _, f := range adviceFrames {
		m := f.re.FindStringSubmatch(s)
		if m == nil || wordCount(m[1]) < minFramedWords {
			continue
		}
		rest := strings.TrimSpace(m[1])
		in := classifySentence(rest)
		switch {
		case in.story:
			return sentenceClass{}, false
		case f.tax == "steps" && in.tax == "steps":
			// "You would be wise to put …": the action, named by the frame
			label := in.label
			if label == "" {
				label = rest
			}
			return sentenceClass{tax: "steps", weight: wNamedItem, rule: "framed advice", label: label}, true
		case f.tax == "steps":
			return sentenceClass{}, false
		case in.tax != "":
			// "The lesson: bring the problem …": typed by its own words,
			// named by the frame (a lead-in does not take it)
			in.weight = wNamedItem
			if in.label == "" {
				in.label = rest
			}
			return in, true
		case kindClaim(rest) || benefitScore(rest) >= minFramedClaim:
			// "What I learned: a supervisor can only fix …": a claim
			return sentenceClass{tax: "reasons", weight: wNamedItem, rule: "framed claim", label: rest}, true
		}
		return sentenceClass{}, false
	}
	return sentenceClass{}, false
}

// reLessonLabel: a label that names a lesson drawn ("The lesson", "My
// takeaway").
var reLessonLabel = rx(`\b(?:lessons?|takeaways?|moral)\b`)

// lessonLabel: a lesson label whose words are not advice of their own
// (a claim): the frame, not the label's cue, types them.
func lessonLabel(label, rest string) bool {
	return reLessonLabel.MatchString(label) && classifySentence(rest).tax == ""
}
