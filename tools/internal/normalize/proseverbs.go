// proseverbs.go: which words open advice. The imperative verbs of advice
// and the gerunds that name a practice or a mistake, the guess that an
// unknown word is a verb from what follows it, and the checks that tell
// an imperative ("Clear the road …") from a claim whose subject merely
// opens with such a word ("Clear written asks save …"). Reads words;
// marks nothing.

package normalize

import (
	"strings"
	"unicode"
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
	acknowledge escalate negotiate send copy group protect save learn separate assume expect stay plan write run
	walk call email phone reply book block update draft tie sit pause breathe highlight mention remind suggest recommend
	request decline drop pick collect gather quantify translate go come aim lean diagnose regulate close report volunteer
	tailor anticipate simplify clear align celebrate credit trust ship push own pitch rehearse record log note
	wait talk pair bundle batch loop brief outline sketch sort voice filter describe revisit nudge invite rank
	restate paraphrase rephrase label estimate timebox forecast signal celebrate spend list message`) {
		imperatives[w] = true
	}
	for w := range imperatives {
		gerundVerbs[w] = true
	}
	// verbs that name a practice or a mistake as a gerund ("Hiding bad
	// news", "Changing course twice") but are too often nouns at the start
	// of a sentence to be read as imperatives
	for _, w := range strings.Fields(`hide ignore blame complain vent gossip bypass interrupt overpromise overcommit apologise apologize
	argue react miss skip change move pay spend promise criticise criticize rely depend hope guess rush pretend jump wing overload
	treat expect leave answer wait sit hold carry chase ping nag cc bury sugarcoat soften water dump delegate accept refuse`) {
		gerundVerbs[w] = true
	}
}

// gerundVerbs: the base forms whose -ing form opens a named practice or
// mistake: the imperatives and a few verbs that are often nouns.
var gerundVerbs = map[string]bool{}

func imperative(label string) bool {
	label = stripInline(label)
	if loc := reOrdinal.FindStringIndex(label); loc != nil {
		label = label[loc[1]:]
	}
	f := strings.Fields(strings.ToLower(label))
	return len(f) > 0 && imperatives[strings.Trim(f[0], ",.:;!?")] && !subjectClaim(label)
}

// notAdvice: imperatives that address the reader of the page, not advice.
var notAdvice = map[string]bool{"read": true, "click": true, "subscribe": true, "follow": true, "share": true, "imagine": true,
	"picture": true, "see": true, "note": true, "let": true, "thanks": true, "thank": true, "sign": true, "join": true,
	"download": true, "watch": true, "listen": true, "look": true, "say": true, "think": true, "consider": true}

// verbFirst: the sentence opens with a base-form verb from the imperative
// list (after an emphatic "Do": "Do ask …"), and is not an address to the
// page's reader ("Read on", "Let's …").
func verbFirst(s string) bool {
	var buf [3]string // (the first three words are all it reads)
	f := lowerFields(stripInline(s), buf[:0])
	if len(f) >= 2 && f[0] == "do" && imperatives[strings.Trim(f[1], ",.:;!?")] {
		return true
	}
	if len(f) < 3 {
		return false // "Be patient." is a label, not a sentence of advice
	}
	w := strings.Trim(f[0], ",.:;!?")
	if notAdvice[w] {
		// "Say thank you", "Think about …" are advice when they are
		// followed by an object, not by "on"/"more"/"this"
		if w != "say" && w != "think" && w != "consider" && w != "listen" && w != "look" && w != "watch" {
			return false
		}
	}
	return (imperatives[w] && (w != "be" || len(f) > 2) || guessVerb(w, strings.Trim(f[1], ",.:;!?"))) && !subjectClaim(s)
}

// subjectClaim: a line whose first word could be a verb but is an
// adjective of the subject of a later verb ("Clear written asks save your
// manager …", "Short notes help them …"): a claim, not an imperative. The
// later verb is a base-form advice verb, after a word that is not a
// function word and before an object ("your", "them", "you").
func subjectClaim(s string) bool {
	var buf [5]string // (the first five words are all it reads)
	f := lowerFields(stripInline(s), buf[:0])
	if len(f) > 1 && articles[f[1]] {
		// "Keep a running document you both can edit": a word followed
		// by an article is a verb taking its object, not an adjective
		return false
	}
	for i := 2; i <= 3 && i+1 < len(f); i++ {
		w, prev, next := strings.Trim(f[i], ",.:;!?"), f[i-1], strings.Trim(f[i+1], ",.:;!?")
		if strings.ContainsAny(prev+f[i], ",;:\"“”'‘’()") || notVerbs[prev] || prev == "to" || strings.HasSuffix(prev, "ly") {
			continue
		}
		if imperatives[w] && (objectOpeners[next] || next == "you") && (strings.HasSuffix(prev, "s") || i == 3) {
			return true
		}
	}
	return false
}

// articles: the words that open a noun phrase and never follow an
// adjective of the subject ("Clear written asks" but not "Keep a …").
var articles = map[string]bool{"a": true, "an": true, "the": true}

// opensWithVerb: a label that opens with a base-form verb, known or
// guessed ("Thank them …", "Back your manager's decisions …").
func opensWithVerb(label string) bool {
	if subjectClaim(label) {
		return false
	}
	if imperative(label) {
		return true
	}
	f := strings.Fields(strings.ToLower(stripInline(label)))
	return len(f) >= 2 && guessVerb(strings.Trim(f[0], ",.:;!?"), strings.Trim(f[1], ",.:;!?"))
}

// guessVerb guesses that a word missing from the imperative list is a verb
// in the base form: it is followed by an object opener ("Embrace the …",
// "Cultivate your …", "Overcommunicate with …") and is not a known
// function word, and not shaped like a plural, a past form, a gerund or an
// adverb.
func guessVerb(w, next string) bool {
	if !objectOpeners[next] || notVerbs[w] || len(w) < 3 || !isWord(w) {
		return false
	}
	for _, suf := range []string{"s", "ed", "ing", "ly", "tion", "ment", "ness", "ship", "ity", "ism", "ist", "er", "or", "ure", "al", "ic", "ous", "ful", "ive", "ant", "ent"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// isWord: letters only (and an inner hyphen).
func isWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

var objectOpeners, notVerbs = map[string]bool{}, map[string]bool{}

func init() {
	// (not "who", "that", "what": after a noun they open a relative
	// clause, "People who make …")
	for _, w := range strings.Fields(`the a an your their his her its our them him it these those
	every each yourself yourselves others`) {
		objectOpeners[w] = true
	}
	for _, w := range strings.Fields(`i we you he she they it me us him her them my our your his its their this that these those
	there here now then today tomorrow yesterday soon still even just only instead otherwise however therefore meanwhile
	sometimes often usually perhaps maybe also again already always never ever rarely seldom hardly once twice
	after before during in on at for from with without under over between among across through since until while
	although though because if unless when where whether as like unlike despite most many much few several both either
	neither every each all some any no not yes and but or nor so yet what who whom whose which how why the a an
	one two three four five six seven eight nine ten first next last much more less least best worst good bad
	boss manager team work time life job day week year month company everyone everybody someone somebody nobody
	none nothing something anything everything within throughout toward towards upon around beyond behind below
	above against along inside outside alongside amid near`) {
		notVerbs[w] = true
	}
}
