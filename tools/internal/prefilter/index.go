package prefilter

import (
	"sync"
	"sync/atomic"
)

// registry is a shared index over sets of strings: each set added has an
// id, and the index of all sets is rebuilt, on first use after sets were
// added, by build. shared holds the literals every pattern needs (this
// file); heads the prefixes of anchored patterns (heads.go).
type registry[T any] struct {
	mu    sync.Mutex
	sets  [][]string
	n     atomic.Int32
	ix    atomic.Pointer[T]
	build func(sets [][]string) *T
	size  func(ix *T) int // the number of sets ix was built from
}

var shared = registry[index]{build: buildIndex, size: func(ix *index) int { return ix.nsets }}

// add gives each set an id.
func (g *registry[T]) add(sets [][]string) []int32 {
	if len(sets) == 0 {
		return nil
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	ids := make([]int32, len(sets))
	for i, set := range sets {
		ids[i] = int32(len(g.sets))
		g.sets = append(g.sets, set)
	}
	g.n.Store(int32(len(g.sets)))
	return ids
}

// current returns an index of every set added so far.
func (g *registry[T]) current() *T {
	if ix := g.ix.Load(); ix != nil && g.size(ix) == int(g.n.Load()) {
		return ix
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if ix := g.ix.Load(); ix != nil && g.size(ix) == len(g.sets) {
		return ix
	}
	ix := g.build(g.sets)
	g.ix.Store(ix)
	return ix
}

// index is a trie of literals; each node lists the sets whose literal ends
// there. It is compiled into an Aho-Corasick automaton, so a text is
// scanned in one pass however many literals there are.
//
// The automaton is kept small enough to stay in the processor's caches
// (a dense table over every state of the package's ~30,000 would take
// 15 MB and miss on every byte): the states near the root (depth at most
// denseDepth: about 1,800 states, under 1 MB), which most bytes of a text
// visit, have dense rows of transitions; a deeper state lists its few
// children and falls back along its failure link.
type index struct {
	nsets int
	trie  // the literals (for building and tests)

	// the automaton: states are the trie's nodes renumbered in
	// breadth-first order, with 0 as the root, so that the states of
	// depth at most denseDepth come first
	class  [256]uint16 // byte -> class; 0 for bytes in no literal
	nclass int
	ndense int     // states [0, ndense) have rows in delta
	delta  []int32 // delta[state*nclass+class] is the next state
	// the children of deeper states: those of state s (s >= ndense) are
	// edgeClass/edgeTo[edgeOff[s-ndense]:edgeOff[s-ndense+1]]
	edgeOff   []int32
	edgeClass []uint16
	edgeTo    []int32
	fail      []int32 // the failure link of each state
	// outLink[state] is the first state on state's failure chain, itself
	// included, where a literal ends (0: none); dictLink[state] is the next
	// one after it
	outLink, dictLink []int32
	sets              [][]int32 // the sets whose literal ends at each state
	// sets again, as the words of the found bitmap with their bits: the
	// sets of state s set found[outWord[k]] |= outBits[k] for k in
	// [outOff[s], outOff[s+1]) (a common literal ends in many sets, mostly
	// of neighbouring ids)
	outOff  []int32
	outWord []int32
	outBits []uint64
	stamps  sync.Pool // *stampBuf: which states a scan has reported
}

// denseDepth is the depth of the deepest states with dense rows.
const denseDepth = 3

// stampBuf marks the states a scan has reported: stamp[state] == gen.
type stampBuf struct {
	gen   uint32
	stamp []uint32
}

// trie is a byte trie of the strings of numbered sets: root gives the node
// of each first byte (0: none), nodes[0] is unused, and each node lists the
// ids of the sets holding the string that ends there.
type trie struct {
	root  [256]int32
	nodes []trieNode
}

type trieNode struct {
	next []trieEdge
	sets []int32
}

type trieEdge struct {
	b  byte
	to int32
}

// newTrie returns a trie of every non-empty string of sets, set i with id i.
func newTrie(sets [][]string) trie {
	t := trie{nodes: make([]trieNode, 1)}
	for id, set := range sets {
		for _, l := range set {
			if l != "" {
				t.add(l, int32(id))
			}
		}
	}
	return t
}

// add puts s, of the set id, in the trie; ids are added in increasing order.
func (t *trie) add(s string, id int32) {
	n := t.root[s[0]]
	if n == 0 {
		n = int32(len(t.nodes))
		t.nodes = append(t.nodes, trieNode{})
		t.root[s[0]] = n
	}
	for i := 1; i < len(s); i++ {
		n = t.child(n, s[i])
	}
	if ids := t.nodes[n].sets; len(ids) == 0 || ids[len(ids)-1] != id {
		t.nodes[n].sets = append(ids, id)
	}
}

// child returns n's child by b, adding it when missing.
func (t *trie) child(n int32, b byte) int32 {
	for _, e := range t.nodes[n].next {
		if e.b == b {
			return e.to
		}
	}
	c := int32(len(t.nodes))
	t.nodes = append(t.nodes, trieNode{})
	t.nodes[n].next = append(t.nodes[n].next, trieEdge{b, c})
	return c
}

func buildIndex(sets [][]string) *index {
	ix := &index{nsets: len(sets), trie: newTrie(sets)}
	ix.compile()
	return ix
}

// compile builds the automaton from the trie: the states in breadth-first
// order, failure links, each state's outputs merged with those of its
// failure state, dense rows for the shallow states and child lists for
// the others.
func (ix *index) compile() {
	var used [256]bool
	for b, n := range ix.root {
		if n != 0 {
			used[b] = true
		}
	}
	for _, n := range ix.nodes {
		for _, e := range n.next {
			used[e.b] = true
		}
	}
	ix.nclass = 1
	for b := range used {
		if used[b] {
			ix.class[b] = uint16(ix.nclass)
			ix.nclass++
		}
	}
	nc := ix.nclass

	// breadth-first order: order[state] is the trie node, state[node] the
	// state; children keep their trie order
	n := len(ix.nodes)
	order := make([]int32, 1, n)
	state := make([]int32, n)
	depth := make([]int, 1, n)
	for b, c := range ix.root {
		_ = b
		if c != 0 {
			state[c] = int32(len(order))
			order = append(order, c)
			depth = append(depth, 1)
		}
	}
	for q := 1; q < len(order); q++ {
		for _, e := range ix.nodes[order[q]].next {
			state[e.to] = int32(len(order))
			order = append(order, e.to)
			depth = append(depth, depth[q]+1)
		}
	}
	// children of each state, by class, as states
	kids := make([][]trieEdge, n) // (b holds nothing here; the class is looked up)
	for b, c := range ix.root {
		if c != 0 {
			kids[0] = append(kids[0], trieEdge{byte(b), state[c]})
		}
	}
	for s := 1; s < n; s++ {
		for _, e := range ix.nodes[order[s]].next {
			kids[s] = append(kids[s], trieEdge{e.b, state[e.to]})
		}
	}
	goTo := func(s int32, b byte) int32 {
		for _, e := range kids[s] {
			if e.b == b {
				return e.to
			}
		}
		return -1
	}
	ix.sets = make([][]int32, n)
	for s := 1; s < n; s++ {
		ix.sets[s] = ix.nodes[order[s]].sets
	}
	ix.outOff = make([]int32, n+1)
	for s := 0; s < n; s++ {
		ix.outOff[s] = int32(len(ix.outWord))
		for _, id := range ix.sets[s] {
			w, bit := id>>6, uint64(1)<<(id&63)
			k := len(ix.outWord) - 1
			for ; k >= int(ix.outOff[s]) && ix.outWord[k] != w; k-- {
			}
			if k >= int(ix.outOff[s]) {
				ix.outBits[k] |= bit
				continue
			}
			ix.outWord = append(ix.outWord, w)
			ix.outBits = append(ix.outBits, bit)
		}
	}
	ix.outOff[n] = int32(len(ix.outWord))

	// failure links and outputs, in breadth-first order
	ix.fail = make([]int32, n)
	ix.outLink = make([]int32, n)
	ix.dictLink = make([]int32, n)
	for s := 1; s < n; s++ {
		for _, e := range kids[s] {
			c := e.to
			f := ix.fail[s]
			for {
				if t := goTo(f, e.b); t >= 0 {
					ix.fail[c] = t
					break
				}
				if f == 0 {
					break
				}
				f = ix.fail[f]
			}
		}
		if depth[s] == 1 {
			ix.fail[s] = 0
		}
		f := ix.fail[s]
		ix.dictLink[s] = ix.outLink[f]
		if len(ix.sets[s]) > 0 {
			ix.outLink[s] = int32(s)
		} else {
			ix.outLink[s] = ix.dictLink[s]
		}
	}

	// dense rows for the shallow states (a prefix of the order)
	ix.ndense = 1
	for ix.ndense < n && depth[ix.ndense] <= denseDepth {
		ix.ndense++
	}
	ix.delta = make([]int32, ix.ndense*nc)
	for s := 0; s < ix.ndense; s++ {
		row := ix.delta[s*nc : (s+1)*nc]
		if s > 0 {
			copy(row, ix.delta[int(ix.fail[s])*nc:int(ix.fail[s]+1)*nc])
		}
		for _, e := range kids[s] {
			row[ix.class[e.b]] = e.to
		}
	}
	// child lists for the deeper states
	ix.edgeOff = make([]int32, 0, n-ix.ndense+1)
	for s := ix.ndense; s < n; s++ {
		ix.edgeOff = append(ix.edgeOff, int32(len(ix.edgeTo)))
		for _, e := range kids[s] {
			ix.edgeClass = append(ix.edgeClass, ix.class[e.b])
			ix.edgeTo = append(ix.edgeTo, e.to)
		}
	}
	ix.edgeOff = append(ix.edgeOff, int32(len(ix.edgeTo)))
	ix.stamps.New = func() any { return &stampBuf{stamp: make([]uint32, n)} }
}

// scan returns the bits of the sets f holds a literal of.
func (ix *index) scan(f string) []uint64 {
	found := make([]uint64, (ix.nsets+63)/64)
	sb := ix.stamps.Get().(*stampBuf)
	sb.gen++
	if sb.gen == 0 { // wrapped: old stamps could equal the new generation
		clear(sb.stamp)
		sb.gen = 1
	}
	gen, stamp := sb.gen, sb.stamp
	nc, delta, outLink, ndense := ix.nclass, ix.delta, ix.outLink, int32(ix.ndense)
	state := int32(0)
	for i := 0; i < len(f); i++ {
		c := ix.class[f[i]]
		if c == 0 {
			state = 0 // a byte of no literal: no literal goes on
			continue
		}
	walk:
		for state >= ndense {
			k := state - ndense
			for e := ix.edgeOff[k]; e < ix.edgeOff[k+1]; e++ {
				if ix.edgeClass[e] == c {
					state = ix.edgeTo[e]
					break walk
				}
			}
			state = ix.fail[state]
		}
		if state < ndense {
			state = delta[int(state)*nc+int(c)]
		}
		// report each state where a literal ends once: the states after
		// it on its chain were reported with it
		for o := outLink[state]; o != 0 && stamp[o] != gen; o = ix.dictLink[o] {
			stamp[o] = gen
			for k := ix.outOff[o]; k < ix.outOff[o+1]; k++ {
				found[ix.outWord[k]] |= ix.outBits[k]
			}
		}
	}
	ix.stamps.Put(sb)
	return found
}

// scanTrie is scan by walking the trie from every position of f: the
// reference the automaton is tested against.
func (ix *index) scanTrie(f string) []uint64 {
	found := make([]uint64, (ix.nsets+63)/64)
	for i := 0; i < len(f); i++ {
		n := ix.root[f[i]]
		for j := i + 1; n != 0; j++ {
			for _, id := range ix.nodes[n].sets {
				found[id>>6] |= 1 << (id & 63)
			}
			if j == len(f) {
				break
			}
			next := int32(0)
			for _, e := range ix.nodes[n].next {
				if e.b == f[j] {
					next = e.to
					break
				}
			}
			n = next
		}
	}
	return found
}
