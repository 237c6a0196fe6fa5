package corpus

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestCacheSkipsUnchangedEssays checks the incremental build: a second run
// takes unchanged essays from the cache and gives the same output, while an
// edited essay, a new vocabulary and a removed essay are all noticed.
func TestCacheSkipsUnchangedEssays(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	os.MkdirAll(src, 0o755)
	for i := range 5 {
		os.WriteFile(filepath.Join(src, fmt.Sprintf("essay-%d.txt", i)), []byte(goodEssay), 0o644)
	}
	out := filepath.Join(dir, "out")
	cacheDir := filepath.Join(dir, "cache")
	run := func(salt string) (*Cache, Report) {
		t.Helper()
		c, err := OpenCache(cacheDir, []byte(salt))
		if err != nil {
			t.Fatal(err)
		}
		rep, err := Normalize([]string{src}, Options{Out: out, Vocab: loadVocab(t), Base: dir, Cache: c})
		if err != nil {
			t.Fatal(err)
		}
		return c, rep
	}
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}

	c, first := run("v1")
	if c.Hits() != 0 {
		t.Errorf("first run: %d cache hits, want 0", c.Hits())
	}
	before := read("essay-0.md")

	c, second := run("v1")
	if c.Hits() != 5 {
		t.Errorf("unchanged rerun: %d cache hits, want 5", c.Hits())
	}
	if !bytes.Equal(read("essay-0.md"), before) {
		t.Error("a cached essay was written differently")
	}
	if fmt.Sprint(first) != fmt.Sprint(second) {
		t.Errorf("cached report differs:\n%v\n%v", first, second)
	}

	os.WriteFile(filepath.Join(src, "essay-1.txt"), []byte(goodEssay+"\nOne more paragraph about timing requests well.\n"), 0o644)
	if c, _ = run("v1"); c.Hits() != 4 {
		t.Errorf("after editing one essay: %d cache hits, want 4", c.Hits())
	}
	if !bytes.Contains(read("essay-1.md"), []byte("One more paragraph")) {
		t.Error("the edited essay was served from the cache")
	}

	if c, _ = run("v2"); c.Hits() != 0 {
		t.Errorf("after a vocabulary change: %d cache hits, want 0", c.Hits())
	}

	os.Remove(filepath.Join(src, "essay-4.txt"))
	run("v2")
	entries, _ := os.ReadDir(cacheDir)
	if len(entries) != 4 {
		t.Errorf("cache holds %d entries for 4 essays: stale entries are not pruned", len(entries))
	}
}

// TestCacheDamagedEntry checks that a damaged cache entry is rebuilt, not
// served.
func TestCacheDamagedEntry(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "one.txt")
	os.WriteFile(src, []byte(goodEssay), 0o644)
	cacheDir := filepath.Join(dir, "cache")
	c, _ := OpenCache(cacheDir, nil)
	if _, err := Normalize([]string{src}, Options{Out: filepath.Join(dir, "out"), Vocab: loadVocab(t), Cache: c}); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(cacheDir)
	if len(entries) != 1 {
		t.Fatalf("cache holds %d entries, want 1", len(entries))
	}
	os.WriteFile(filepath.Join(cacheDir, entries[0].Name()), []byte("not gob"), 0o644)
	c, _ = OpenCache(cacheDir, nil)
	rep, err := Normalize([]string{src}, Options{Out: filepath.Join(dir, "out"), Vocab: loadVocab(t), Cache: c})
	if err != nil {
		t.Fatal(err)
	}
	if c.Hits() != 0 || rep.Essays[0].Title != "Asking for What You Need" {
		t.Errorf("damaged entry: hits=%d title=%q, want a fresh result", c.Hits(), rep.Essays[0].Title)
	}
}

// TestNormalizeParallelKeepsOrder checks that the workers' results come
// back in file order, so reports are reproducible.
func TestNormalizeParallelKeepsOrder(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for i := range 40 {
		name := fmt.Sprintf("essay-%02d.txt", i)
		os.WriteFile(filepath.Join(dir, name), []byte(goodEssay), 0o644)
		want = append(want, name)
	}
	rep, err := Normalize([]string{dir}, Options{Out: filepath.Join(dir, "out"), Vocab: loadVocab(t), Workers: 8})
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range rep.Essays {
		if filepath.Base(e.Source) != want[i] {
			t.Fatalf("report %d is %s, want %s", i, e.Source, want[i])
		}
	}
}
