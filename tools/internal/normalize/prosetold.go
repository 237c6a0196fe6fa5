// prosetold.go: advice told as an account. A first-person sentence that
// tells what the writer did is a story, never an item, except where its
// context makes it advice: a practice the writer took up after a lead-in
// that announces one ("I asked him which decisions …" after "I changed a
// few habits."), or a mistake the writer made under a heading or lead-in
// that announces mistakes ("For the first month I padded the list …"
// under "What I got wrong"). Reads sentences; marks nothing.

package normalize

import "strings"

// notPracticeVerbs: verbs of the advice list that, told in the past
// tense, report what happened or what the writer thought ("I thought so
// too", "We got two new hires"), not a practice the writer took up.
var notPracticeVerbs = map[string]bool{"spend": true, "list": true, "do": true, "think": true, "know": true, "feel": true, "see": true, "look": true, "find": true,
	"go": true, "come": true, "get": true, "be": true, "take": true, "let": true, "listen": true, "watch": true,
	"try": true, "stay": true, "walk": true, "sit": true, "turn": true, "run": true, "meet": true, "accept": true,
	"expect": true, "assume": true, "hold": true, "fit": true, "lead": true, "step": true, "stand": true, "win": true,
	"lose": true, "start": true, "begin": true, "respond": true, "notice": true, "wait": true}

// toldPractice: a first-person sentence telling a practice the writer
// took up ("I asked him which decisions …", "We sent a note every
// Friday"): its verb is an advice verb, not one of notPracticeVerbs.
func toldPractice(s string) bool {
	f := strings.Fields(strings.ToLower(cleanText(s)))
	if !practice(s) || f[0] == "they" {
		return false
	}
	k := 1
	for k < len(f)-1 && practiceFillers[f[k]] {
		k++
	}
	return !notPracticeVerbs[pastToBase(strings.Trim(f[k], ",.:;!?"))]
}

// reToldMistake: a first-person account of something the writer did,
// after any time phrase ("For the first month I padded the list …", "I
// also used to hide the risks …"); the verb and what follows is the
// mistake.
var reToldMistake = rx(`^(?:(?:for|in|at|during|on|after|before|early|at first|back then)\b[^,.]{0,40}?,?\s+)?(?:i|we)\s+(?:also\s+|often\s+|sometimes\s+|always\s+|even\s+|once\s+)?(?:used to\s+|would\s+|kept\s+)?(\w+\s+\S.*)`)

// toldMistake returns the mistake a sentence tells in the first person
// ("I padded the list with trivial risks"), or "" when it tells a thought
// or a feeling, not a deed. Read only under a pitfall cue.
func toldMistake(s string) string {
	m := reToldMistake.FindStringSubmatch(cleanText(s))
	if m == nil {
		return ""
	}
	f := strings.Fields(strings.ToLower(m[1]))
	v := pastToBase(strings.Trim(f[0], ",.;:"))
	stem := strings.TrimSuffix(strings.TrimSuffix(v, "ed"), "d")
	if notPracticeVerbs[v] && v != "spend" && v != "wait" && v != "let" || mentalVerbs[v] || mentalVerbs[stem] ||
		v == f[0] && !imperatives[v] && !gerundVerbs[v] && !strings.HasSuffix(v, "ed") && !strings.HasSuffix(v, "ing") {
		return ""
	}
	l := m[1]
	if loc := reWhichTail.FindStringIndex(l); loc != nil {
		l = l[:loc[0]]
	}
	return strings.TrimRight(l, ".!;:, ")
}

// mentalVerbs: a first-person sentence with one of these tells a thought
// or feeling, not a deed.
var mentalVerbs = map[string]bool{"believe": true, "hope": true, "wish": true, "want": true, "realise": true, "realize": true,
	"learn": true, "understand": true, "remember": true, "forget": true, "was": true, "were": true, "had": true, "could": true, "would": true}

// reWhichTail: ", which …" comments on the clause before it.
var reWhichTail = rx(`,\s+which\b`)
