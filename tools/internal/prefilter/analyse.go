// analyse.go: what a pattern's syntax tells about its matches: the literal
// sets every match contains one string of (analyse), and the folded bytes
// an anchored match can start with (firstSet).

package prefilter

import (
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// info is what the analysis knows about a node: either the exact set of
// strings it matches, or sets of strings one of each every match contains.
type info struct {
	exact []string   // nil: not a small finite set
	need  [][]string // when exact is nil
}

func analyse(re *syntax.Regexp) info {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return info{exact: []string{""}}
	case syntax.OpLiteral:
		return info{exact: []string{Fold(string(re.Rune))}}
	case syntax.OpCharClass:
		return info{exact: classStrings(re.Rune)}
	case syntax.OpCapture:
		return analyse(re.Sub[0])
	case syntax.OpQuest:
		in := analyse(re.Sub[0])
		if in.exact != nil && len(in.exact) < maxExact {
			return info{exact: union(in.exact, []string{""})}
		}
		return info{}
	case syntax.OpPlus:
		return mustOnce(analyse(re.Sub[0]))
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return mustOnce(analyse(re.Sub[0]))
		}
		return info{}
	case syntax.OpConcat:
		return concat(re.Sub)
	case syntax.OpAlternate:
		return alternate(re.Sub)
	}
	return info{} // any character, star: nothing known
}

// mustOnce is what a node repeated at least once is known to contain.
func mustOnce(in info) info {
	if in.exact != nil {
		if hasEmpty(in.exact) {
			return info{}
		}
		return info{need: [][]string{in.exact}}
	}
	return info{need: in.need}
}

func concat(subs []*syntax.Regexp) info {
	run := []string{""} // exact strings of the current run of exact children
	var need [][]string
	allExact := true
	flush := func() {
		if run != nil && !hasEmpty(run) {
			need = append(need, run)
		}
	}
	for _, sub := range subs {
		in := analyse(sub)
		if in.exact == nil {
			allExact = false
			flush()
			run = []string{""}
			need = append(need, in.need...)
			continue
		}
		if len(run)*len(in.exact) > maxExact {
			allExact = false
			flush()
			run = in.exact
			continue
		}
		run = cross(run, in.exact)
	}
	if allExact {
		return info{exact: run}
	}
	flush()
	return info{need: need}
}

func alternate(subs []*syntax.Regexp) info {
	var all []string
	exact := true
	for _, sub := range subs {
		in := analyse(sub)
		if exact && in.exact != nil && len(all)+len(in.exact) <= maxExact {
			all = union(all, in.exact)
			continue
		}
		if exact {
			exact = false
			if hasEmpty(all) {
				return info{}
			}
		}
		set := best(in)
		if set == nil {
			return info{}
		}
		all = union(all, set)
	}
	if exact {
		return info{exact: all}
	}
	if len(all) > maxAltNeeds {
		return info{}
	}
	return info{need: [][]string{all}}
}

// best picks the most selective single set a node's matches must contain
// one string of: the one whose shortest string is longest.
func best(in info) []string {
	if in.exact != nil {
		if hasEmpty(in.exact) {
			return nil
		}
		return in.exact
	}
	var b []string
	bl := 0
	for _, set := range in.need {
		if l := minLen(set); l > bl {
			b, bl = set, l
		}
	}
	return b
}

func minLen(set []string) int {
	m := -1
	for _, s := range set {
		if m < 0 || len(s) < m {
			m = len(s)
		}
	}
	return m
}

func hasEmpty(set []string) bool {
	for _, s := range set {
		if s == "" {
			return true
		}
	}
	return false
}

func cross(a, b []string) []string {
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return union(nil, out)
}

func union(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, s := range b {
		dup := false
		for _, t := range out {
			if s == t {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, s)
		}
	}
	return out
}

// classStrings spells out a small character class as folded one-rune
// strings, or returns nil.
func classStrings(ranges []rune) []string {
	n := 0
	for i := 0; i+1 < len(ranges); i += 2 {
		n += int(ranges[i+1]-ranges[i]) + 1
		if n > 4*maxClass {
			return nil
		}
	}
	var out []string
	for i := 0; i+1 < len(ranges); i += 2 {
		for c := ranges[i]; c <= ranges[i+1]; c++ {
			out = union(out, []string{string(foldRune(c))})
		}
	}
	if len(out) > maxClass || len(out) == 0 {
		return nil
	}
	return out
}

// firstSet collects the folded first bytes a match can start with.
type firstSet struct{ bits [8]uint32 }

func (f *firstSet) add(c byte) { f.bits[c>>5] |= 1 << (c & 31) }

func (f *firstSet) addRune(r rune) {
	var buf [utf8.UTFMax]byte
	utf8.EncodeRune(buf[:], foldRune(r))
	f.add(buf[0])
}

// of adds the first bytes of re's matches and reports whether they are
// known (false: a match may be empty or start with anything).
func (f *firstSet) of(re *syntax.Regexp) bool {
	ok, empty := f.walk(re)
	return ok && !empty
}

// walk adds the first bytes of re's non-empty matches; known is false when
// they cannot be listed, empty is true when re can match the empty string.
func (f *firstSet) walk(re *syntax.Regexp) (known, empty bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true, true
		}
		f.addRune(re.Rune[0])
		return true, false
	case syntax.OpCharClass:
		n := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
		}
		if n > 4096 {
			return false, false
		}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for c := re.Rune[i]; c <= re.Rune[i+1]; c++ {
				f.addRune(c)
			}
		}
		return true, n == 0
	case syntax.OpCapture:
		return f.walk(re.Sub[0])
	case syntax.OpQuest, syntax.OpStar:
		k, _ := f.walk(re.Sub[0])
		return k, true
	case syntax.OpPlus:
		return f.walk(re.Sub[0])
	case syntax.OpRepeat:
		k, e := f.walk(re.Sub[0])
		return k, e || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			k, e := f.walk(sub)
			if !k {
				return false, false
			}
			if !e {
				return true, false
			}
		}
		return true, true
	case syntax.OpAlternate:
		empty := false
		for _, sub := range re.Sub {
			k, e := f.walk(sub)
			if !k {
				return false, false
			}
			empty = empty || e
		}
		return true, empty
	}
	return false, false
}

// minimal drops from a set the literals that hold another literal of it: a
// text holds one of the set's literals exactly when it holds one of those
// left ("[" stands for "[", " [" and "[^"). The set's order is kept.
func minimal(set []string) []string {
	var out []string
	for i, l := range set {
		redundant := false
		for j, m := range set {
			if j != i && m != "" && strings.Contains(l, m) && (len(m) < len(l) || j < i) {
				redundant = true
				break
			}
		}
		if !redundant {
			out = append(out, l)
		}
	}
	return out
}

// maxPrefixes is the most strings a set of prefixes may hold.
const maxPrefixes = 64

// prefixes returns folded strings one of which every match of re starts
// with (ok false: nothing known; a set holding "" tells nothing either).
// For a pattern anchored at the start of the text, the text itself starts
// with one of them: a sharper test than the first byte alone
// ("^(?i:step|tip)" rules out "The …" as well as "Above …").
func prefixes(re *syntax.Regexp) (set []string, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary,
		syntax.OpStar, syntax.OpQuest:
		return []string{""}, true // (may match the empty string)
	case syntax.OpLiteral, syntax.OpCharClass:
		if in := analyse(re); in.exact != nil {
			return in.exact, true
		}
		return nil, false
	case syntax.OpCapture, syntax.OpPlus:
		return prefixes(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return prefixes(re.Sub[0])
		}
		return []string{""}, true
	case syntax.OpConcat:
		acc := []string{""}
		for _, sub := range re.Sub {
			if in := analyse(sub); in.exact != nil && len(acc)*len(in.exact) <= maxPrefixes {
				acc = cross(acc, in.exact) // every match of sub is known
				continue
			}
			// sub's matches start with one of its prefixes: the concat's
			// matches start with acc and then one of them
			if ps, ok := prefixes(sub); ok && len(acc)*len(ps) <= maxPrefixes {
				acc = cross(acc, ps)
			}
			return acc, true
		}
		return acc, true
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			ps, ok := prefixes(sub)
			if !ok || len(all)+len(ps) > maxPrefixes {
				return nil, false
			}
			all = union(all, ps)
		}
		return all, true
	}
	return nil, false
}

// hasFoldedPrefix reports whether Fold(s) starts with p (p folded): the
// runes of s are folded one by one, as far as p goes.
func hasFoldedPrefix(s, p string) bool {
	for _, rp := range p {
		if s == "" {
			return false
		}
		c := s[0]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			if rune(c) != rp {
				return false
			}
			s = s[1:]
			continue
		}
		r, size := utf8.DecodeRuneInString(s)
		if foldRune(r) != rp {
			return false
		}
		s = s[size:]
	}
	return true
}

// beginsText reports whether every match of re starts at the start of the
// text: re opens with \A, or is an alternation whose every branch does
// ("^first|^lastly"), which the compiled program does not tell (its start
// condition is that of the alternation: none).
func beginsText(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpCapture:
		return beginsText(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && beginsText(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !beginsText(sub) {
				return false
			}
		}
		return len(re.Sub) > 0
	}
	return false
}
