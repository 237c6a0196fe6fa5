package normalize

import (
	"hash/maphash"
	"sync/atomic"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
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
	return out
}
