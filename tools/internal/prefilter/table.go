// table.go: a table of patterns tried in order on the same texts (a table
// of rules, where the first match wins). Most of a table's patterns are
// anchored and start with a few bytes; a text is looked up once by its
// first byte, and only the patterns that may start with it are tested
// further, instead of each pattern being asked in turn.

package prefilter

import "math/bits"

// Table is a list of patterns whose prefilters are tested together.
type Table struct {
	res     []*Regexp
	byFirst [256][]uint64 // the patterns a text starting with this folded byte may match
	empty   []uint64      // the patterns the empty text may match
}

// NewTable makes a table of res, in their order.
func NewTable(res []*Regexp) *Table {
	t := &Table{res: res}
	n := (len(res) + 63) / 64
	t.empty = make([]uint64, n)
	for c := range t.byFirst {
		t.byFirst[c] = make([]uint64, n)
	}
	for i, r := range res {
		w, bit := i>>6, uint64(1)<<(i&63)
		if !r.anchored || r.anyFirst {
			t.empty[w] |= bit
		}
		for c := range t.byFirst {
			if !r.anchored || r.anyFirst || r.first[c>>5]&(1<<(c&31)) != 0 {
				t.byFirst[c][w] |= bit
			}
		}
	}
	return t
}

// Len returns the number of patterns in the table.
func (t *Table) Len() int { return len(t.res) }

// MayMatch returns the patterns of mask (a bitmap of the table's indices:
// bit i&63 of word i>>6; nil for all) whose prefilter x passes, as a
// bitmap of the same shape: pattern i is left out only when it cannot
// match x. It is MayMatchText of each pattern, in one lookup for the
// first byte.
func (t *Table) MayMatch(x Text, mask []uint64) []uint64 {
	s := x.f.s
	first := t.empty
	if s != "" {
		c, _ := foldedFirstByte(s)
		first = t.byFirst[c]
	}
	out := make([]uint64, len(first))
	for w, m := range first {
		if mask != nil {
			m &= mask[w]
		}
		for m != 0 {
			k := bits.TrailingZeros64(m)
			m &= m - 1
			if t.res[w<<6+k].mayMatchAfterFirst(s, x.f) {
				out[w] |= 1 << k
			}
		}
	}
	return out
}
