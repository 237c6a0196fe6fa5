// metacredit.go: byline shapes with no "By" before the name, or with
// more after it than a name: a name and the outlet it wrote for ("Olivia
// Grant for Civic Ledger"), a name and an agency in brackets ("Anna
// Berglund (Reuters)"), and an author named first in the bio sentence
// under an author box ("About the author" / "Renata Kowalski is a
// leadership coach …"). It reads strings and marks nothing;
// metaextract.go and metabyline.go use it.

package normalize

import "strings"

// Byline rules of this file.
var (
	// a name, then the outlet it was written for ("Olivia Grant for Civic
	// Ledger", "Jo Park, writing for The Memo"): the name is group 1
	reNameFor = ruleCS("name-for-outlet", 10,
		`^(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|van|von|der|da|di|del|la|le)){1,3}),?\s+(?i:for|writing for|special to|exclusive to)\s+(?:(?i:the)\s+)?\p{Lu}[\p{L}&.'’\-]*(?:\s+[\p{Lu}&][\p{L}&.'’\-]*){0,4}$`,
		[]string{"Olivia Grant for Civic Ledger", "Peter Nakamura for The Commons Review", "Jo Park, writing for The Memo"},
		[]string{"Simple habits for new leaders", "Tips for Managers", "Olivia Grant for the record"})
	// a name, then an agency or outlet in brackets ("Anna Berglund
	// (Reuters)", "Jo Park (AP)"): the name is group 1, the bracket group 2
	reNameParen = ruleCS("name-agency-bracket", 8,
		`^(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|van|von|der|da|di|del|la|le)){1,3})\s+\(([^()]{2,40})\)$`,
		[]string{"Anna Berglund (Reuters)", "Jo Park (AP)"},
		[]string{"Jo Park (left) and Ana Ruiz", "Budget talks (updated)"})
	// the opening of an author's bio: the full name, then a verb of
	// what the person is or does ("Renata Kowalski is a leadership coach",
	// "Marcus Bellamy has spent fifteen years …"): the name is group 1
	reBioLead = ruleCS("bio-lead", 0,
		`^(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|van|von|der|da|di|del|la|le)){1,3})\s+(?:is|was|has|writes|covers|works|leads|helps|coaches|runs|teaches|advises|trains|ist|arbeitet|schreibt|es|est|é)\s`,
		[]string{"Renata Kowalski is a leadership coach who works with new managers.", "Marcus Bellamy has spent fifteen years helping engineers.", "Jo Park writes about work."},
		[]string{"The author is a coach.", "Managing up is a skill.", "renata is here"})
)

// nameForOutlet reads "Olivia Grant for Civic Ledger" (a plain full name
// and the outlet): it returns the name, or nil. An explicit byline ("By
// … for …") is parseByline's.
func nameForOutlet(t string) []string {
	if reBy.MatchString(t) {
		return nil
	}
	mm := reNameFor.FindStringSubmatch(t)
	if mm == nil || !fullName(mm[1]) {
		return nil
	}
	return []string{mm[1]}
}

// nameAgency reads "Anna Berglund (Reuters)" (a plain full name and an
// agency or outlet in brackets): it returns the name, or nil. An
// explicit byline ("By … (AP)") is parseByline's.
func nameAgency(t string) []string {
	if reBy.MatchString(t) {
		return nil
	}
	mm := reNameParen.FindStringSubmatch(t)
	if mm == nil || !fullName(mm[1]) || !reOrgName.MatchString(strings.TrimSpace(mm[2])) {
		return nil
	}
	return []string{mm[1]}
}

// outletByline reads line i of a header zone, text t, as a byline with
// no "By": a name and an agency in brackets ("Anna Berglund (Reuters)"),
// or, under a byline or date, or between a headline and a date, a name
// and the outlet it wrote for ("Olivia Grant for Civic Ledger"; the same
// shape above a date with only a section label above it is a headline,
// "Simple Habits for New Leaders"). It records the author, drops the
// line and reports true, or reports false.
func (d *doc) outletByline(i int, t string) bool {
	names := nameAgency(t)
	if names == nil && (d.afterMeta(i) || d.nextToDate(i) && d.underHeadline(i)) {
		names = nameForOutlet(t)
	}
	if names == nil {
		return false
	}
	d.addAuthors(names)
	d.dropLine(i, whyByline)
	return true
}

// bylineHeadWords: the fewest words of a headline right above a byline.
const bylineHeadWords = 4

// underHeadline reports whether the line right above line i is a
// headline (bylineHeadWords words or more, not yet dropped).
func (d *doc) underHeadline(i int) bool {
	p := d.prevNonBlankAny(i)
	return p >= 0 && !d.skip[p] && d.lines[p].kind != kBlank && wordCount(metaText(d.lines[p])) >= bylineHeadWords
}

// bioLeadName returns the full name that opens an author's bio sentence,
// or "".
func bioLeadName(t string) string {
	mm := reBioLead.FindStringSubmatch(t)
	if mm == nil || !fullName(mm[1]) {
		return ""
	}
	return mm[1]
}

// fullName reports whether s is a plain personal name of two to four
// words (no headline word, no outlet).
func fullName(s string) bool {
	return nameLike(s) && plainName(s) && wordCount(s) >= 2 && wordCount(s) <= 4 && !reOrgName.MatchString(s)
}
