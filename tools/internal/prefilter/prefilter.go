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
package prefilter

import (
	"hash/maphash"
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode"
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
	need     [][]string // every match contains one string of each set (folded)
	lits     [][]lit    // need, with each literal's byte pairs
	ids      []int32    // the ids of need's sets in the shared index, or nil
	direct   bool       // need is short: search the text for it directly
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
// once (package variables): their literals join the shared index. It
// panics on a bad pattern.
func MustCompile(expr string) *Regexp {
	r, err := Compile(expr)
	if err != nil {
		panic(`prefilter: Compile(` + strconv.Quote(expr) + `): ` + err.Error())
	}
	if !r.direct {
		r.ids = shared.add(r.need)
	}
	return r
}

// Compile is regexp.Compile plus the prefilter. The pattern tests its own
// literals (see MustCompile for the shared index).
func Compile(expr string) (*Regexp, error) {
	re, err := regexp.Compile(expr)
	if err != nil {
		return nil, err
	}
	r := &Regexp{Regexp: re, anyFirst: true}
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
	n := 0
	for _, set := range r.need {
		r.lits = append(r.lits, makeLits(set))
		n += len(set)
	}
	r.direct = n <= maxDirect
	if prog, err := syntax.Compile(tree.Simplify()); err == nil && prog.StartCond()&syntax.EmptyBeginText != 0 {
		r.anchored = true
		var fs firstSet
		if !fs.of(tree) {
			// a match may be empty or start with anything
			r.anyFirst = true
		} else {
			r.anyFirst = false
			r.first = fs.bits
		}
	}
	return r, nil
}

// MayMatch reports whether s passes the prefilter; false means the regexp
// does not match s.
func (r *Regexp) MayMatch(s string) bool { return r.mayMatch(s, nil) }

// Text is a string made ready for the prefilters of many patterns (see
// Prepare).
type Text struct{ f *foldedText }

// Prepare folds s once for MayMatchText: a line tried against a table of
// patterns is looked up once instead of once per pattern.
func Prepare(s string) Text { return Text{folded(s)} }

// String returns the string x was prepared from.
func (x Text) String() string { return x.f.s }

// MayMatchText is MayMatch(x.String()).
func (r *Regexp) MayMatchText(x Text) bool { return r.mayMatch(x.f.s, x.f) }

// mayMatch is MayMatch with s's folded form, when it is known.
func (r *Regexp) mayMatch(s string, f *foldedText) bool {
	if r.anchored && !r.anyFirst {
		if s == "" {
			return false
		}
		c, ok := foldedFirstByte(s)
		if ok && r.first[c>>5]&(1<<(c&31)) == 0 {
			return false
		}
	}
	if len(r.need) == 0 {
		return true
	}
	if len(s) == 0 {
		return false
	}
	if f == nil {
		f = folded(s)
	}
	if r.ids != nil {
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
func (r *Regexp) ReplaceAllString(src, repl string) string {
	if !r.MayMatch(src) {
		return src
	}
	return r.Regexp.ReplaceAllString(src, repl)
}

// ReplaceAllLiteralString replaces every match in src with repl, literally.
func (r *Regexp) ReplaceAllLiteralString(src, repl string) string {
	if !r.MayMatch(src) {
		return src
	}
	return r.Regexp.ReplaceAllLiteralString(src, repl)
}

// ReplaceAllStringFunc replaces every match in src with repl(match).
func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	if !r.MayMatch(src) {
		return src
	}
	return r.Regexp.ReplaceAllStringFunc(src, repl)
}

// Needs returns the literal sets every match must contain one string of
// (folded: see Fold), for tests and for reviewing a pattern.
func (r *Regexp) Needs() [][]string { return r.need }

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

// Fold maps s to its case-folded form: each rune becomes the smallest rune
// of its simple case-folding orbit (so "k", "K" and the Kelvin sign all
// become "K"), and invalid bytes become U+FFFD as the regexp package reads
// them. Two strings that match case-insensitively fold to the same string.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return asciiUpper(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

func asciiUpper(s string) string {
	lower := false
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' {
			lower = true
			break
		}
	}
	if !lower {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// foldRune returns the smallest rune of r's simple folding orbit.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}
	if r < foldTabSize {
		return rune(foldTab[r])
	}
	return foldOrbit(r)
}

// foldTabSize: the runes whose fold is looked up in a table (the alphabets
// of most languages); the others walk their orbit.
const foldTabSize = 0x3000

// foldTab holds foldOrbit of every rune below foldTabSize (the smallest
// rune of an orbit is never larger than the rune, so it fits).
var foldTab = func() *[foldTabSize]uint16 {
	var t [foldTabSize]uint16
	for r := rune(0); r < foldTabSize; r++ {
		t[r] = uint16(foldOrbit(r))
	}
	return &t
}()

// foldOrbit walks r's simple folding orbit for its smallest rune.
func foldOrbit(r rune) rune {
	m := r
	for c := unicode.SimpleFold(r); c != r; c = unicode.SimpleFold(c) {
		if c < m {
			m = c
		}
	}
	return m
}

// foldedFirstByte is the first byte of Fold(s) (s not empty); ok is false
// when it cannot be told cheaply.
func foldedFirstByte(s string) (byte, bool) {
	c := s[0]
	if c < utf8.RuneSelf {
		if 'a' <= c && c <= 'z' {
			c = c - 'a' + 'A'
		}
		return c, true
	}
	r, _ := utf8.DecodeRuneInString(s)
	var buf [utf8.UTFMax]byte
	utf8.EncodeRune(buf[:], foldRune(r))
	return buf[0], true
}

// foldedText is a string's folded form, with what has been worked out
// about it: which shared sets it holds a literal of, and the byte pairs in
// it (for patterns outside the shared index). Both are worked out when
// first needed; a foldedText may be used by several goroutines.
type foldedText struct {
	s, f  string
	sets  atomic.Pointer[setBits]
	pairs atomic.Pointer[pairBitset]
}

// setBits are the shared sets a text holds a literal of, by id, as found
// with index ix.
type setBits struct {
	ix   *index
	bits []uint64
}

// pairBitset holds the hashes of the byte pairs and the bytes of a text.
type pairBitset struct {
	pairs [pairBits / 64]uint64
	bytes [4]uint64
}

const pairBits = 4096

func pairHash(a, b byte) uint16 { return uint16((uint32(a)*131 + uint32(b)) % pairBits) }

// recent holds the last strings folded; lines are tried against many
// patterns, often alternating between a line and a part of it. memo holds
// more of them by hash: the passes of the normaliser read every line of a
// page again, each with its own patterns.
var (
	recent     [4]atomic.Pointer[foldedText]
	recentNext atomic.Uint32
	memo       [memoSize]atomic.Pointer[foldedText]
	memoSeed   = maphash.MakeSeed()
)

// memoSize is the number of strings memo holds (a power of two).
const memoSize = 1 << 12

// ForgetMemo empties the memo of folded strings. The strings are lines of
// the texts matched, and each keeps its whole text alive: call it when a
// batch of texts is done (a build does before Hugo runs beside it).
func ForgetMemo() {
	for i := range recent {
		recent[i].Store(nil)
	}
	for i := range memo {
		memo[i].Store(nil)
	}
}

// folded returns the folded form of s, reusing one computed for the same
// string.
func folded(s string) *foldedText {
	for i := range recent {
		if t := recent[i].Load(); t != nil && len(t.s) == len(s) && t.s == s {
			return t
		}
	}
	slot := &memo[maphash.String(memoSeed, s)&(memoSize-1)]
	t := slot.Load()
	if t == nil || t.s != s {
		t = &foldedText{s: s, f: Fold(s)}
		slot.Store(t)
	}
	recent[recentNext.Add(1)%uint32(len(recent))].Store(t)
	return t
}

// found returns the bits of the shared sets the text holds a literal of,
// worked out with an index that knows set id.
func (t *foldedText) found(id int32) []uint64 {
	p := t.sets.Load()
	if p == nil || int(id) >= p.ix.nsets {
		ix := shared.current()
		p = &setBits{ix: ix, bits: ix.scan(t.f)}
		t.sets.Store(p)
	}
	return p.bits
}

// pairSet returns the byte pairs of the text.
func (t *foldedText) pairSet() *pairBitset {
	if p := t.pairs.Load(); p != nil {
		return p
	}
	p := &pairBitset{}
	f := t.f
	for i := 0; i < len(f); i++ {
		p.bytes[f[i]>>6] |= 1 << (f[i] & 63)
		if i+1 < len(f) {
			h := pairHash(f[i], f[i+1])
			p.pairs[h>>6] |= 1 << (h & 63)
		}
	}
	t.pairs.Store(p)
	return p
}

func (t *foldedText) containsAny(set []lit) bool {
	p := t.pairSet()
	for i := range set {
		if t.contains(p, &set[i]) {
			return true
		}
	}
	return false
}

func (t *foldedText) contains(p *pairBitset, l *lit) bool {
	switch len(l.s) {
	case 0:
		return true
	case 1:
		return p.bytes[l.s[0]>>6]&(1<<(l.s[0]&63)) != 0
	}
	for _, h := range l.pairs {
		if p.pairs[h>>6]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return strings.Contains(t.f, l.s)
}

func containsAnyString(s string, set []string) bool {
	for _, l := range set {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}
