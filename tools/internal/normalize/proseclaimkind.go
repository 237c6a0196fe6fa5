// proseclaimkind.go: general claims about a kind of person, and claims
// in reported speech. Real essays state most of their reasons as what
// holds for a kind of person ("Managers who hear bad news early trust
// …", "A boss who trusts you gives you …", "Anyone who makes those
// answers easy becomes …"), often inside a quote or after a reporting
// frame ("According to coach X, employees who … are given …", "…," she
// says.). kindSubject reads the first shape from the sentence's words;
// reportedClaim strips the frame so the claim inside is scored on its
// own words. Each is a table row with sentences it must and must not
// match (TestKindClaims). Reads sentences; marks nothing.

package normalize

import "strings"

// kindHeadStop: words that cannot head a subject before "who"/"that"
// (pronouns, verbs of saying and knowing, function words).
var kindHeadStop = wordSet(`i we you he she they it me him her us them this so such now fact sure clear true way idea point
	is are was were be been am has have had do does did say says said think thinks thought know knows knew find finds found
	learn learns learned learnt mean means meant show shows showed hope hopes feel feels felt believe believes realise realize
	realised realized notice noticed see sees saw agree agrees agreed argue argues argued remember remembers one's and or but
	than then when if because while not only also just ones`)

// kindPreStop: words that cannot come before the head of a general
// subject: a person's own story ("My manager, who …", "I learned that
// …") or a verb.
var kindPreStop = wordSet(`i we my our his her me us he she they it you was were had did is are`)

// kindPersonHeads: heads that name a person without a relative pronoun
// that says so ("Anyone who …", "The ones who …", "Those who …").
var kindPersonHeads = wordSet(`anyone anybody everyone everybody someone somebody those ones one person people whoever`)

// kindPast: finite past forms: a told event, not a general claim.
var kindPast = wordSet(`was were had did didn't wasn't weren't hadn't`)

// kindPassive: auxiliaries after which a past participle is present
// tense ("are given", "get pulled", "is kept informed").
var kindPassive = wordSet(`is are be been being get gets got getting become becomes feel feels seem seems stay stays`)

// kindSubject reports whether a sentence opens (after connectives or an
// ordinal) with a kind of person or thing defined by a relative clause
// ("Managers who …", "A boss who …", "Teams whose members …", "A team
// that knows …") and says nothing in the past: a general claim. person
// is true when the head is a person ("who", "whose", or a party word).
func kindSubject(cw claimWords) (ok, person bool) {
	m := cw.main
	for len(m) > 0 && (claimConnectives[m[0]] || ordinalWords[m[0]]) {
		m = m[1:]
	}
	r := -1
	for i := 1; i < len(m) && i <= 4; i++ {
		if w := m[i]; w == "who" || w == "whose" || w == "that" || w == "where" {
			r = i
			break
		}
	}
	if r < 0 || r+2 >= len(m) {
		return false, false
	}
	head := strings.TrimSuffix(strings.TrimSuffix(m[r-1], "'s"), "’s")
	if kindHeadStop[head] && !kindPersonHeads[head] || len(head) < 3 && head != "one" {
		return false, false
	}
	for _, w := range m[:r-1] {
		if kindPreStop[w] || kindHeadStop[w] && !claimDeterminers[w] {
			return false, false
		}
	}
	rel := m[r]
	if rel == "that" || rel == "where" {
		// "that" must open a relative clause ("that arrives early"), not a
		// complement ("shows that managers …")
		next := m[r+1]
		if claimDeterminers[next] || claimParties[next] || kindPreStop[next] {
			if rel == "that" {
				return false, false
			}
		}
	}
	if v := m[r+1]; strings.HasSuffix(v, "ed") && !kindNotPast[v] {
		return false, false // "People who asked …": a told event
	}
	if kindEllipsis[m[len(m)-1]] {
		return false, false // "The colleague who raises a risk quietly … is.": elliptical
	}
	for i, w := range m {
		if kindNegation[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return false, false // "… are mostly not the ones at the top": not a gain
		}
		if kindPast[w] {
			return false, false
		}
		if i > 0 && irregularPast[w] != "" && !kindPassive[m[i-1]] && w != "made" && w != "kept" && w != "got" {
			return false, false
		}
	}
	person = rel == "who" || rel == "whose" || kindPersonHeads[head] || claimParties[head] && head != "it" && head != "this" && head != "that"
	return true, person
}

// kindClaim: the sentence, out of any reporting frame, is a general
// claim about a kind of person or thing (kindSubject).
func kindClaim(s string) bool {
	r := reportedClaim(cleanText(s))
	ok, _ := kindOf(r, readClaim(r))
	return ok
}

// reAsideWho: a relative clause set off by a comma describes one named
// person or thing ("Preston, who has been critical …"), not a kind.
var reAsideWho = rx(`^[^,]{0,60},\s+(?:who|whose|which|that|where)\b`)

// kindOf is kindSubject for a cleaned sentence s read as cw, unless its
// relative clause is an aside.
func kindOf(s string, cw claimWords) (ok, person bool) {
	if reAsideWho.MatchString(s) {
		return false, false
	}
	return kindSubject(cw)
}

// kindNegation and kindEllipsis: a denied or elliptical predicate.
var (
	kindNegation = wordSet(`not never cannot nothing nobody neither nor`)
	kindEllipsis = wordSet(`is are does do can will would was were`)
)

// kindNotPast: words ending in -ed that are not past forms.
var kindNotPast = wordSet(`need feed speed proceed succeed exceed`)

// ordinalWords open an enumerated sentence ("Second, the person who …").
var ordinalWords = wordSet(`first second third fourth fifth next lastly thing`)

// reReportFrame: the frame of reported speech around a claim: "According
// to X, …", "In my experience, …", "…, she says.", "…, he says, …",
// "readers … often find that …".
var (
	reReportLead  = rx(`^(?:according to [^,]{2,60}|in (?:my|our|her|his|their) (?:experience|view|research|studies|work)|as [^,]{2,40} (?:puts|put) it),\s+`)
	reReportTail  = rx(`(?:,\s*["”’]?|["”’],?)\s+(?:(?:he|she|they|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?:says|said|adds|added|explains|notes|argues|told \w+)|(?:says|said|adds|explains|notes) (?:[A-Z][a-z]+\s*){1,3})\s*\.?$`)
	reReportInner = rx(`,\s+(?:he|she|they|[A-Z][a-z]+)\s+(?:says|said|adds|argues|explains),\s+`)
	reFindThat    = rx(`^(?:[^,]{0,60}?\b(?:readers|people|managers|employees|most of us|many of us|workers|those)\b[^,]{0,60}?\b(?:often |usually |quickly |soon )?(?:find|learn|discover|say|report|notice)s?\s+that\s+)`)
)

// reOrdinalLead: an ordinal that opens an enumerated claim ("Second,
// the person who …"): it is not a verb ("to second").
var reOrdinalLead = rx(`^(?:first(?: thing)?|second(?:ly)?|third(?:ly)?|fourth|next|lastly|finally|also)\s*,\s+`)

// reportedClaim returns the claim inside a reporting frame, or s itself.
func reportedClaim(s string) string {
	t := strings.TrimSpace(s)
	t = reReportLead.ReplaceAllString(t, "")
	t = reReportTail.ReplaceAllString(t, "")
	t = reReportInner.ReplaceAllString(t, " ")
	t = reFindThat.ReplaceAllString(t, "")
	t = strings.Trim(t, "\"“”‘’ ")
	if t == "" || wordCount(t) < 4 {
		return s
	}
	if t != strings.TrimSpace(s) {
		t = strings.ToUpper(t[:1]) + t[1:]
	}
	return t
}
