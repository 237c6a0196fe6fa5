package normalize

import (
	"bytes"
	"os"
	"testing"
)

// TestForgetMemos checks that ForgetMemos empties every memo the
// normaliser filled (so the sources their lines belong to can be freed)
// and that normalising again afterwards gives the same output.
func TestForgetMemos(t *testing.T) {
	v := loadVocab(t)
	inputs := goldenInputs(t)
	if len(inputs) == 0 {
		t.Fatal("no golden inputs to normalise")
	}
	path := inputs[0]
	first := normalizeFile(t, v, path)
	memosMu.Lock()
	listed := len(allMemos)
	memosMu.Unlock()
	if listed == 0 {
		t.Fatalf("normalising %s filled no memo: ForgetMemos would have nothing to reach", path)
	}
	ForgetMemos()
	for _, m := range []interface{ filled() int }{&junkMemo, &normTitleMemo, &dateMemo, &cleanMemo} {
		if n := m.filled(); n != 0 {
			t.Errorf("a memo still holds %d strings after ForgetMemos", n)
		}
	}
	again := normalizeFile(t, v, path)
	if !bytes.Equal(first.Markdown, again.Markdown) {
		t.Errorf("%s: output differs after ForgetMemos", path)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
}

// filled counts the slots holding a string.
func (m *memo[T]) filled() int {
	n := 0
	for i := range m.slots {
		if m.slots[i].Load() != nil {
			n++
		}
	}
	return n
}
