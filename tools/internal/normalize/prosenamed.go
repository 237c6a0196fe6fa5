// prosenamed.go: story lines with a named subject. A feature tells what
// its people did or now do ("Kwame Osei was two months into his first
// job …", later "Osei now sends a rough outline first …"): those lines are
// told events, not advice or reasons, though their verbs are present and
// their objects are habits. namedStoryDrop removes the prose items whose
// label opens with the surname of a person the page names in full
// ("First Last") when no verb of saying follows (a reported claim, "Osei
// says …", is read by proseclaimkind.go). Reads blocks and items; drops
// items.

package normalize

import (
	"sort"
	"strings"
)

// notSurnames: capitalised words that follow another capitalised word
// without being a surname (titles, days, months, places in headings).
var notSurnames = wordSet(`monday tuesday wednesday thursday friday saturday sunday january february march april may june july
	august september october november december i the a an and or but my our your his her their this that these those it`)

// reSaying: a verb of saying after the surname ("Osei says …").
var reSaying = rx(`^\S+\s+(?:also\s+)?(?:says|said|adds|added|argues|argued|explains|explained|notes|noted|warns|warned|thinks|believes|recommends|suggests|puts it)\b`)

// pageSurnames collects the surnames of the people a page's paragraphs
// name in full: the second of two capitalised words in a row ("Kwame
// Osei", "coach Ingrid Lund"), unless it names a kind of person.
func pageSurnames(blocks []*block) map[string]bool {
	out := map[string]bool{}
	for _, b := range blocks {
		if b.kind != bPara {
			continue
		}
		f := strings.Fields(b.text)
		for i := 0; i+1 < len(f); i++ {
			a, s := f[i], nameWord(f[i+1])
			if !capitalised(a) || !capitalised(s) || len(s) < 3 || strings.ContainsAny(a, ",.:;!?\"“”") {
				continue
			}
			if l := strings.ToLower(s); !notSurnames[l] && !notSurnames[strings.ToLower(a)] && !claimParties[l] {
				out[l] = true
			}
		}
	}
	return out
}

// capitalised: a word of letters that opens with a capital and goes on
// in lower case ("Osei", not "NASA" or "the").
func capitalised(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, r := range w[1:] {
		if r < 'a' || r > 'z' {
			return r == '-' || r == '\'' || r == '’'
		}
	}
	return true
}

// namedStoryDrop removes the items of plain paragraphs (not among
// structured items: a list entry in title case is not a story) whose label
// opens with a surname the page gives in full, followed by a word in
// lower case ("Osei now sends …").
func (c *classifier) namedStoryDrop(blocks []*block, structured []bool, names map[string]bool) {
	if len(names) == 0 {
		return
	}
	kept := c.items[:0]
	for _, it := range c.items {
		k := sort.Search(len(blocks), func(i int) bool { return blocks[i].n > it.line }) - 1
		f := strings.Fields(cleanText(it.label))
		if k >= 0 && blocks[k].kind == bPara && !structured[k] && len(f) > 1 && names[strings.ToLower(nameWord(f[0]))] &&
			capitalised(f[0]) && !capitalised(f[1]) && !reSaying.MatchString(it.label) {
			continue
		}
		kept = append(kept, it)
	}
	c.items = kept
}

// nameWord: a word without its closing punctuation and possessive.
func nameWord(w string) string {
	w = strings.TrimRight(w, ",.:;!?")
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

// personSubject: a sentence or label that opens with a person the page
// names ("Osei now sends …") or with a full name ("Coach Ingrid Lund has
// seen …").
func personSubject(s string, names map[string]bool) bool {
	f := strings.Fields(cleanText(s))
	if len(f) < 2 {
		return false
	}
	return names[strings.ToLower(nameWord(f[0]))] || capitalised(f[0]) && capitalised(nameWord(f[1])) && !notSurnames[strings.ToLower(f[0])]
}
