package normalize

import (
	"hash/maphash"
	"sync"
	"sync/atomic"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
	"github.com/leadingup/leadingup/tools/internal/vocab"
)

// rx compiles a case-insensitive pattern. The pattern carries a prefilter
// derived from its syntax (the literals every match contains, the bytes an
// anchored match starts with), so the many rules tried on every line cost
// little on the lines they cannot match; results are the regexp package's.
func rx(s string) *prefilter.Regexp { return prefilter.MustCompile(`(?i)` + s) }

// stringMemo remembers the results of a function of a string alone (the
// same string always gives the same result) for the strings it was last
// given: the passes of the normaliser judge each line several times (the
// region finder, the metadata window, the junk pass). A slot holds one
// string, chosen by hash; a string that meets another in its slot is
// worked out again. It may be used by several goroutines.
type stringMemo = memo[string]

// memo remembers the results of a function of a string alone, of any
// type (see stringMemo).
type memo[T any] struct {
	slots [memoSlots]atomic.Pointer[memoEntry[T]]
	// listed says the memo is in allMemos, for ForgetMemos.
	listed atomic.Bool
}

type memoEntry[T any] struct {
	in  string
	out T
}

// memoSlots is the number of strings a stringMemo holds (a power of two):
// about the lines of a long page.
const memoSlots = 1 << 12

var memoSeed = maphash.MakeSeed()

// do returns f(s), from the memo when s was given last time its slot was
// used.
func (m *memo[T]) do(s string, f func(string) T) T {
	slot := &m.slots[maphash.String(memoSeed, s)&(memoSlots-1)]
	if e := slot.Load(); e != nil && e.in == s {
		return e.out
	}
	out := f(s)
	slot.Store(&memoEntry[T]{in: s, out: out})
	if !m.listed.Load() {
		m.list()
	}
	return out
}

// list adds the memo to allMemos once.
func (m *memo[T]) list() {
	memosMu.Lock()
	defer memosMu.Unlock()
	if !m.listed.Load() {
		allMemos = append(allMemos, m)
		m.listed.Store(true)
	}
}

// forget empties every slot.
func (m *memo[T]) forget() {
	for i := range m.slots {
		m.slots[i].Store(nil)
	}
}

// allMemos lists the memos that have remembered something, so that
// ForgetMemos reaches every one without a list kept by hand.
var (
	memosMu  sync.Mutex
	allMemos []interface{ forget() }
)

// ForgetMemos empties the memos the normaliser keeps between files, its
// own and those of the packages it uses (prefilter, vocab). Their strings
// are lines of the sources, which keep each whole source text alive:
// after normalising 10,000 essays they held thousands of sources and the
// scattered memory around them, which a build kept resident while Hugo
// ran beside it. Call it when a batch of files is done; the next file only
// works its lines out again.
func ForgetMemos() {
	memosMu.Lock()
	defer memosMu.Unlock()
	for _, m := range allMemos {
		m.forget()
	}
	prefilter.ForgetMemo()
	vocab.ForgetRecent()
}
