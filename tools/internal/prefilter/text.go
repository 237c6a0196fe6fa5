// text.go: a text's folded form and what has been worked out about it (the
// shared sets it holds a literal of, its byte pairs), kept for the texts
// seen last, and the literal searches of patterns outside the shared index.

package prefilter

import (
	"hash/maphash"
	"strings"
	"sync/atomic"
)

// foldedText is a string's folded form, with what has been worked out
// about it: which shared sets it holds a literal of, and the byte pairs in
// it (for patterns outside the shared index). Both are worked out when
// first needed; a foldedText may be used by several goroutines.
type foldedText struct {
	s, f  string
	sets  atomic.Pointer[setBits]
	heads atomic.Pointer[headSetBits]
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

// scanned reports whether the text's shared sets were worked out with an
// index that knows set id (then found costs nothing).
func (t *foldedText) scanned(id int32) bool {
	p := t.sets.Load()
	return p != nil && int(id) < p.ix.nsets
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
