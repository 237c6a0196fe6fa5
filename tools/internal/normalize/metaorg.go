// metaorg.go: what follows the names in a byline and is not a name: an
// agency or publication ("Jane Doe, Reuters", "MARY O'NEILL Associated
// Press"), a dateline's place after it ("…, BBC News, New York"), a
// one-word role ("Nadia Brenner, Redakteurin"). It reads strings and
// marks nothing; parseByline uses it.

package normalize

import "strings"

// cutOrgSuffix cuts the agency or publication after a byline's last
// comma or bar: "Jane Doe, Reuters", "Jane Doe | The Daily Memo", and a
// dateline's place after it ("Jo Park, BBC News, New York"); or, with no
// comma, an agency written right after the name ("MARY O'NEILL
// Associated Press": cutOrgTail).
func cutOrgSuffix(s string) string {
	for {
		i := strings.LastIndexAny(s, ",|")
		if i <= 0 {
			return cutOrgTail(s)
		}
		head, tail := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
		if head == "" {
			return s
		}
		if !reOrgName.MatchString(tail) {
			// a place after the agency: "…, BBC News, New York"
			j := strings.LastIndexAny(head, ",|")
			if j > 0 && wordCount(tail) <= placeMaxWords && reOrgName.MatchString(strings.TrimSpace(head[j+1:])) && strings.TrimSpace(head[:j]) != "" {
				return strings.TrimSpace(head[:j])
			}
			return s
		}
		s = head
	}
}

// placeMaxWords is the longest place name read after an agency in a
// byline ("New York", "Rio de Janeiro").
const placeMaxWords = 3

// orgTailMaxWords is the longest agency name cut from the end of a
// byline with no comma before it.
const orgTailMaxWords = 4

// cutOrgTail cuts an agency or publication that follows a name of two
// words or more with no separator ("Mary O'Neill Associated Press", "Jo
// Park Reuters"); a name that merely ends in such a word ("Michael
// Bloomberg") keeps it, since what is left would be one word.
func cutOrgTail(s string) string {
	f := strings.Fields(s)
	for k := 1; k <= orgTailMaxWords && k <= len(f)-2; k++ {
		head, tail := strings.Join(f[:len(f)-k], " "), strings.Join(f[len(f)-k:], " ")
		if reOrgName.MatchString(tail) && !strings.EqualFold(tail, "staff") && nameLike(head) && plainName(head) && wordCount(head) <= 4 {
			return head
		}
	}
	return s
}

// cutRoleWord cuts a one-word part after a byline's last comma when the
// part before it is a full name: "Nadia Brenner, Redakteurin", "Jo Park,
// Columnist" name a role (in any language), not a second author; "Ana
// Ruiz, Ben Ode and Cleo Li" lists people (their parts have two words).
func cutRoleWord(s string) string {
	i := strings.LastIndex(s, ",")
	if i <= 0 {
		return s
	}
	head, tail := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
	if wordCount(tail) != 1 || strings.ContainsAny(tail, "&") || wordCount(head) < 2 || strings.Contains(head, ",") || reNameSplit.MatchString(" "+tail+" ") {
		return s
	}
	return head
}

// nameOrg reads a byline with no "By" that is one name and an agency,
// a publication or a syndication credit after a comma or a bar
// ("Margaret Hollis, Tribune Content Agency", "JO PARK | Special to the
// Herald"); it returns the name, or nil. The name must be a plain full
// name (two to four words).
func nameOrg(t string) []string {
	if wordCount(t) > bylineMaxWords {
		return nil
	}
	i := strings.LastIndexAny(t, ",|")
	if i <= 0 {
		return nil
	}
	head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+1:])
	if strings.ContainsAny(head, ",|") || wordCount(head) < 2 || wordCount(head) > 4 {
		return nil
	}
	if !reOrgName.MatchString(tail) && !reSpecialTo.MatchString(tail) || strings.EqualFold(tail, "staff") {
		return nil
	}
	if !plainName(head) || !nameLike(head) && !nameLike(capsName(head)) {
		return nil
	}
	// a headline's words: a function word, or a gerund opening it
	// ("Working Together, Daily News")
	f := strings.Fields(strings.ToLower(head))
	for _, w := range f {
		if stopwords[w] && !reNameWord.MatchString(w) { // (a particle is: "de", "van")
			return nil
		}
	}
	if first := []rune(f[0]); len(first) > 5 && strings.HasSuffix(f[0], "ing") {
		return nil
	}
	names := parseByline("By "+head, false)
	if len(names) != 1 {
		return nil
	}
	return names
}

// nameRoleOrOrg reads a byline with no "By": a name and a job title
// ("Nadia Petrenko, Senior People Partner": reNameRole) or a name and an
// outlet (nameOrg); it returns the name, or nil.
func nameRoleOrOrg(t string) []string {
	if mm := reNameRole.FindStringSubmatch(t); mm != nil && plainName(mm[1]) && nameLike(mm[1]) {
		return []string{mm[1]}
	}
	return nameOrg(t)
}
