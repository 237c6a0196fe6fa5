// Package prefilter wraps a regular expression with a cheap test, derived
// from the pattern's syntax, that rules out most strings it cannot match
// before the regexp engine runs.
//
// Two facts are derived from the pattern: the literal strings every match
// must contain (a conjunction of alternatives: "(?i)^(?:share|tweet) on
// (?:x|linkedin)" needs one of "share", "tweet" and the string " on "), and,
// for a pattern anchored at the start of the text, the bytes a match can
// begin with. Both are compared under Unicode simple case folding, so they
// hold for case-insensitive patterns too. A string that fails the test
// cannot match; a string that passes is given to the regexp, so the results
// are always those of the regexp package.
//
// Lines of text are usually tried against many patterns in a row. The
// literals of every pattern made with MustCompile go into one shared index
// (an Aho-Corasick automaton), and a string is folded and scanned against
// it once, in one pass: then each pattern's test is a few bit lookups. The
// strings scanned last are kept (a few thousand, by hash), so the patterns
// of several passes over the same lines scan each line once. Patterns made
// with Compile stay out of the shared index (use it for patterns made at
// run time: the index only grows) and test their own literals.
//
// The files: prefilter.go (Regexp and its methods), analyse.go (what a
// pattern's syntax tells), fold.go (case folding), text.go (folded texts
// and their memo), index.go (the shared index of literals).
package prefilter

import (
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Limits of the analysis.
const (
	maxExact    = 64 // most strings an exact set may hold before it is given up
	maxClass    = 10 // largest character class spelled out as literals
	maxAltNeeds = 512
	// maxDirect is the most literals a pattern searches for itself; a
	// pattern with more uses the shared index.
	maxDirect = 6
)

// Regexp is a compiled regular expression with its prefilter. It embeds
// *regexp.Regexp, so every method of that type is available; the ones
// defined here run the prefilter first.
type Regexp struct {
	*regexp.Regexp
	anchored bool       // every match starts at the start of the text
	first    [8]uint32  // when anchored: folded bytes a match may start with
	anyFirst bool       // when anchored: the first byte is not known
	prefix   []string   // when anchored: a match starts with one of these (folded), or nil
	pid      int32      // the id of prefix in the shared index of prefixes (heads.go), or -1
	need     [][]string // every match contains one string of each set (folded)
	lits     [][]lit    // need, with each literal's byte pairs
	ids      []int32    // the ids of need's sets in the shared index, or nil
	direct   bool       // need is short: search the text for it directly, unless the text was prepared or scanned
	plain    bool       // direct, and no literal has a rune with another case: search the text unfolded
	expr     string     // the pattern as given, when Regexp was compiled from it anchored as a whole
}

// String returns the source text of the pattern, as given.
func (r *Regexp) String() string {
	if r.expr != "" {
		return r.expr
	}
	return r.Regexp.String()
}

// lit is a folded literal with the hashes of its byte pairs.
type lit struct {
	s     string
	pairs []uint16
}

func makeLits(set []string) []lit {
	out := make([]lit, len(set))
	for i, s := range set {
		out[i].s = s
		for j := 0; j+1 < len(s); j++ {
			out[i].pairs = append(out[i].pairs, pairHash(s[j], s[j+1]))
		}
	}
	return out
}

// MustCompile is regexp.MustCompile plus the prefilter, for patterns made
// once (package variables): their literals join the shared index. Made
// again (inside a function), a pattern gives the same Regexp, and the
// index neither grows nor is rebuilt. It panics on a bad pattern.
func MustCompile(expr string) *Regexp {
	if r, ok := made.Load(expr); ok {
		// made before (a pattern compiled inside a function): the same
		// Regexp, so that the shared indexes do not grow, and are not
		// rebuilt, on every call
		return r.(*Regexp)
	}
	r, err := Compile(expr)
	if err != nil {
		panic(`prefilter: Compile(` + strconv.Quote(expr) + `): ` + err.Error())
	}
	// every pattern's literals join the index, the short sets too: a
	// text prepared for many patterns is scanned once, after which each
	// test is a few bit lookups, cheaper than searching for the literals
	r.ids = shared.add(r.need)
	if r.prefix != nil {
		r.pid = heads.add([][]string{r.prefix})[0]
	}
	if prev, loaded := made.LoadOrStore(expr, r); loaded {
		return prev.(*Regexp) // (another goroutine made it at the same time)
	}
	return r
}

// made holds the Regexp MustCompile made of each pattern.
var made sync.Map

// Compile is regexp.Compile plus the prefilter. The pattern tests its own
// literals (see MustCompile for the shared index).
func Compile(expr string) (*Regexp, error) {
	re, err := regexp.Compile(expr)
	if err != nil {
		return nil, err
	}
	r := &Regexp{Regexp: re, anyFirst: true, pid: -1}
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return r, nil // cannot happen: regexp accepted it
	}
	in := analyse(tree)
	if in.exact != nil {
		if !hasEmpty(in.exact) {
			r.need = [][]string{in.exact}
		}
	} else {
		r.need = in.need
	}
	for k, set := range r.need {
		r.need[k] = minimal(set)
	}
	n := 0
	for _, set := range r.need {
		r.lits = append(r.lits, makeLits(set))
		n += len(set)
	}
	r.direct = n <= maxDirect
	r.plain = r.direct && caseless(r.need)
	prog, err := syntax.Compile(tree.Simplify())
	if err == nil && prog.StartCond()&syntax.EmptyBeginText == 0 && beginsText(tree) {
		// every branch is anchored ("^first|^lastly") but the program does
		// not say so: the regexp package would try the pattern at every
		// position of the text. Anchored as a whole, it tries one, and may
		// compile to its one-pass matcher; the matches are the same.
		if whole, err := regexp.Compile(`\A(?:` + expr + `)`); err == nil {
			r.Regexp, r.expr = whole, expr
		}
	}
	if err == nil && prog.StartCond()&syntax.EmptyBeginText != 0 || beginsText(tree) {
		r.anchored = true
		var fs firstSet
		if !fs.of(tree) {
			// a match may be empty or start with anything
			r.anyFirst = true
		} else {
			r.anyFirst = false
			r.first = fs.bits
		}
		r.prefix = usefulPrefixes(tree)
	}
	return r, nil
}

// MayMatch reports whether s passes the prefilter; false means the regexp
// does not match s.
func (r *Regexp) MayMatch(s string) bool { return r.mayMatch(s, nil, false) }

// Text is a string made ready for the prefilters of many patterns (see
// Prepare).
type Text struct{ f *foldedText }

// Prepare folds s once for MayMatchText: a line tried against a table of
// patterns is looked up once instead of once per pattern.
func Prepare(s string) Text { return Text{folded(s)} }

// String returns the string x was prepared from.
func (x Text) String() string { return x.f.s }

// MayMatchText is MayMatch(x.String()).
func (r *Regexp) MayMatchText(x Text) bool { return r.mayMatch(x.f.s, x.f, true) }

// mayMatch is MayMatch with s's folded form, when it is known; prepared
// says s is tried against many patterns (then its literals are found
// with one scan of the shared index).
func (r *Regexp) mayMatch(s string, f *foldedText, prepared bool) bool {
	if r.anchored && !r.anyFirst {
		if s == "" {
			return false
		}
		c, ok := foldedFirstByte(s)
		if ok && r.first[c>>5]&(1<<(c&31)) == 0 {
			return false
		}
	}
	return r.mayMatchRest(s, f, prepared)
}

// mayMatchAfterFirst is MayMatchText for a text whose first byte passed
// (see Table).
func (r *Regexp) mayMatchAfterFirst(s string, f *foldedText) bool {
	return r.mayMatchRest(s, f, true)
}

// mayMatchRest is mayMatch after the test of the first byte.
func (r *Regexp) mayMatchRest(s string, f *foldedText, prepared bool) bool {
	if r.prefix != nil {
		if prepared && r.pid >= 0 {
			// the text's start was walked through every prefix once
			if bits := f.headBits(r.pid); bits[r.pid>>6]&(1<<(r.pid&63)) == 0 {
				return false
			}
		} else if !hasAnyPrefix(s, r.prefix) {
			return false
		}
	}
	if len(r.need) == 0 {
		return true
	}
	if len(s) == 0 {
		return false
	}
	if r.plain && f == nil {
		// the literals' runes fold only to themselves: the text holds
		// them exactly where its folded form does
		for _, set := range r.need {
			if !containsAnyString(s, set) {
				return false
			}
		}
		return true
	}
	if f == nil {
		f = folded(s)
	}
	// a short set is searched for directly, unless the text was prepared
	// for many patterns (MayMatchText) or was scanned already
	if r.ids != nil && (!r.direct || prepared || f.scanned(r.ids[len(r.ids)-1])) {
		found := f.found(r.ids[len(r.ids)-1])
		for _, id := range r.ids {
			if found[id>>6]&(1<<(id&63)) == 0 {
				return false
			}
		}
		return true
	}
	if r.direct {
		for _, set := range r.need {
			if !containsAnyString(f.f, set) {
				return false
			}
		}
		return true
	}
	for _, set := range r.lits {
		if !f.containsAny(set) {
			return false
		}
	}
	return true
}

// MatchString reports whether s contains a match of the pattern.
func (r *Regexp) MatchString(s string) bool {
	return r.MayMatch(s) && r.Regexp.MatchString(s)
}

// FindString returns the leftmost match in s, or "".
func (r *Regexp) FindString(s string) string {
	if !r.MayMatch(s) {
		return ""
	}
	return r.Regexp.FindString(s)
}

// FindStringIndex returns the position of the leftmost match in s, or nil.
func (r *Regexp) FindStringIndex(s string) []int {
	if !r.MayMatch(s) {
		return nil
	}
	return r.Regexp.FindStringIndex(s)
}

// FindStringSubmatch returns the leftmost match and its submatches, or nil.
func (r *Regexp) FindStringSubmatch(s string) []string {
	if !r.MayMatch(s) {
		return nil
	}
	return r.Regexp.FindStringSubmatch(s)
}

// FindStringSubmatchIndex returns the positions of the leftmost match and
// its submatches, or nil.
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	if !r.MayMatch(s) {
		return nil
	}
	return r.Regexp.FindStringSubmatchIndex(s)
}

// FindAllString returns up to n successive matches (all when n < 0).
func (r *Regexp) FindAllString(s string, n int) []string {
	if !r.MayMatch(s) {
		return nil
	}
	return r.Regexp.FindAllString(s, n)
}

// FindAllStringIndex returns the positions of up to n successive matches.
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if !r.MayMatch(s) {
		return nil
	}
	return r.Regexp.FindAllStringIndex(s, n)
}

// FindAllStringSubmatch returns up to n successive matches with their
// submatches.
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if !r.MayMatch(s) {
		return nil
	}
	return r.Regexp.FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex returns the positions of up to n successive
// matches and their submatches.
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !r.MayMatch(s) {
		return nil
	}
	return r.Regexp.FindAllStringSubmatchIndex(s, n)
}

// ReplaceAllString replaces every match in src with repl (see
// regexp.Regexp.ReplaceAllString).
//
// A text with no match is returned as it is: regexp copies it twice.
func (r *Regexp) ReplaceAllString(src, repl string) string {
	if !r.MayMatch(src) || !r.Regexp.MatchString(src) {
		return src
	}
	return r.Regexp.ReplaceAllString(src, repl)
}

// ReplaceAllLiteralString replaces every match in src with repl, literally.
func (r *Regexp) ReplaceAllLiteralString(src, repl string) string {
	if !r.MayMatch(src) || !r.Regexp.MatchString(src) {
		return src
	}
	return r.Regexp.ReplaceAllLiteralString(src, repl)
}

// ReplaceAllStringFunc replaces every match in src with repl(match).
func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	if !r.MayMatch(src) || !r.Regexp.MatchString(src) {
		return src
	}
	return r.Regexp.ReplaceAllStringFunc(src, repl)
}

// Needs returns the literal sets every match must contain one string of
// (folded: see Fold), for tests and for reviewing a pattern.
func (r *Regexp) Needs() [][]string { return r.need }

// usefulPrefixes returns the prefixes of an anchored pattern's matches
// (see prefixes), cut to maxPrefixRunes, when they tell more than the
// first byte: none is empty and one has two runes or more. A prefix that starts with another of the
// set is dropped (the shorter one is tested).
func usefulPrefixes(tree *syntax.Regexp) []string {
	set, ok := prefixes(tree)
	if !ok || len(set) == 0 || hasEmpty(set) {
		return nil
	}
	// a few runes tell nearly as much as the whole prefix, in fewer tests
	var cut []string
	for _, p := range set {
		n := 0
		for i := range p {
			if n == maxPrefixRunes {
				p = p[:i]
				break
			}
			n++
		}
		cut = union(cut, []string{p})
	}
	set = cut
	var out []string
	long := false
	for i, p := range set {
		covered := false
		for j, q := range set {
			if j != i && strings.HasPrefix(p, q) && (len(q) < len(p) || j < i) {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, p)
			long = long || utf8.RuneCountInString(p) >= 2
		}
	}
	if !long {
		return nil
	}
	return out
}

// maxPrefixRunes is the length prefixes are cut to.
const maxPrefixRunes = 5

// hasAnyPrefix reports whether Fold(s) starts with one of set.
func hasAnyPrefix(s string, set []string) bool {
	for _, p := range set {
		if hasFoldedPrefix(s, p) {
			return true
		}
	}
	return false
}
