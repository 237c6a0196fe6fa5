// heads.go: the shared index of the prefixes of anchored patterns. A
// pattern anchored at the start of the text whose matches start with one
// of a few prefixes ("share on", "follow us") tests them against the start
// of the text; when a text is tried against many patterns (MayMatchText),
// its start is walked once through a trie of every pattern's prefixes
// instead, and each pattern's test is a bit lookup.

package prefilter

import "unicode/utf8"

// heads is the shared index of the prefix sets of the anchored patterns
// made with MustCompile: each set has an id, and the trie of all prefixes
// is rebuilt when sets were added since it was last built.
var heads = registry[headIndex]{build: buildHeadIndex, size: func(ix *headIndex) int { return ix.nsets }}

// headIndex is a trie of folded prefixes; each node lists the sets that
// hold the prefix ending there.
type headIndex struct {
	nsets int
	trie
}

func buildHeadIndex(sets [][]string) *headIndex {
	return &headIndex{nsets: len(sets), trie: newTrie(sets)}
}

// scan returns the bits of the sets one of whose prefixes Fold(s) starts
// with. Prefixes are at most maxPrefixRunes runes, so only the start of s
// is folded.
func (ix *headIndex) scan(s string) []uint64 {
	found := make([]uint64, (ix.nsets+63)/64)
	var buf [maxPrefixRunes * utf8.UTFMax]byte
	head := buf[:0]
	k := 0
	for _, r := range s {
		if k == maxPrefixRunes {
			break
		}
		head = utf8.AppendRune(head, foldRune(r))
		k++
	}
	if len(head) == 0 {
		return found
	}
	n := ix.root[head[0]]
	for i := 1; n != 0; i++ {
		nd := &ix.nodes[n]
		for _, id := range nd.sets {
			found[id>>6] |= 1 << (id & 63)
		}
		if i == len(head) {
			break
		}
		next := int32(0)
		for _, e := range nd.next {
			if e.b == head[i] {
				next = e.to
				break
			}
		}
		n = next
	}
	return found
}

// headBits returns the bits of the prefix sets the text starts with,
// worked out with an index that knows set id.
func (t *foldedText) headBits(id int32) []uint64 {
	p := t.heads.Load()
	if p == nil || int(id) >= p.ix.nsets {
		ix := heads.current()
		p = &headSetBits{ix: ix, bits: ix.scan(t.s)}
		t.heads.Store(p)
	}
	return p.bits
}

// headSetBits are the prefix sets a text starts with, by id, as found with
// index ix.
type headSetBits struct {
	ix   *headIndex
	bits []uint64
}
