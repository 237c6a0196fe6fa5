package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadingup/leadingup/tools/internal/vocab"
)

func loadVocab(t *testing.T) *vocab.Vocabulary {
	t.Helper()
	v, err := vocab.Load("../../../data/vocabulary.toml")
	if err != nil {
		t.Fatal(err)
	}
	return v
}

const goodEssay = `Asking for What You Need

By Sam Lee

Most requests to senior people fail for dull reasons: they arrive without the
facts, or without a date.

How to ask

- Do your homework. Bring facts, not speculation.
- Give the timing. Say when you need an answer and why.
`

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"sources/leading-upwards.txt", "leading-upwards"},
		{"Leading Up – Time To Lead.HTML", "leading-up-time-to-lead"},
		{"a__b  c.md", "a-b-c"},
		{"---.txt", "essay"},
		{"dir/Ünïcode 2024.txt", "n-code-2024"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Slug(tt.in); got != tt.want {
				t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestNormalizeBadInput feeds one good essay together with one bad file and
// checks that the bad file is named in the error, the good one is still
// written, and the bad one leaves nothing behind.
func TestNormalizeBadInput(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		data    []byte
		wantErr string
	}{
		{"empty", "empty.txt", nil, "empty.txt:"},
		{"binary", "photo.txt", []byte("GIF89a\x00\x01\x02\x00\x00binary"), "photo.txt:"},
		{"invalid utf-8", "latin1.txt", []byte("Title\n\nCaf\xe9 culture at work.\n"), "latin1.txt:3"},
		{"too large", "huge.txt", []byte(strings.Repeat("word ", (10<<20)/5+10)), "huge.txt:1: file is"},
		{"missing", "", nil, "nowhere.txt: no such file or folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "out")
			good := filepath.Join(dir, "good.txt")
			if err := os.WriteFile(good, []byte(goodEssay), 0o644); err != nil {
				t.Fatal(err)
			}
			bad := filepath.Join(dir, "nowhere.txt")
			if tt.file != "" {
				bad = filepath.Join(dir, tt.file)
				if err := os.WriteFile(bad, tt.data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			rep, err := Normalize([]string{good, bad}, Options{Out: out, Vocab: loadVocab(t)})
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error = %v, want one containing %q", err, tt.wantErr)
			}
			if len(rep.Essays) != 1 || rep.Essays[0].Title != "Asking for What You Need" {
				t.Errorf("report essays = %+v, want only the good essay", rep.Essays)
			}
			entries, _ := os.ReadDir(out)
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			if strings.Join(names, ",") != "good.md" {
				t.Errorf("output folder holds %v, want only good.md (no partial or temporary files)", names)
			}
		})
	}
}

func TestNormalizeFolderAndReport(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	os.MkdirAll(filepath.Join(src, "nested"), 0o755)
	os.MkdirAll(filepath.Join(src, ".hidden"), 0o755)
	os.WriteFile(filepath.Join(src, "one.txt"), []byte(goodEssay), 0o644)
	os.WriteFile(filepath.Join(src, "nested", "two.md"), []byte("# Two\n\nA short note on asking well.\n"), 0o644)
	os.WriteFile(filepath.Join(src, ".hidden", "three.txt"), []byte(goodEssay), 0o644)
	os.WriteFile(filepath.Join(src, "notes.pdf"), []byte("%PDF"), 0o644)
	out := filepath.Join(dir, "out")
	rep, err := Normalize([]string{src}, Options{Out: out, Vocab: loadVocab(t), Base: dir})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range rep.Essays {
		got = append(got, e.Source+"→"+filepath.Base(e.Output))
	}
	want := "src/nested/two.md→two.md src/one.txt→one.md"
	if strings.Join(got, " ") != want {
		t.Errorf("essays = %v, want %s", got, want)
	}
	reportFile := filepath.Join(dir, "report.json")
	if err := WriteReport(reportFile, rep); err != nil {
		t.Fatal(err)
	}
	var decoded map[string][]map[string]any
	b, _ := os.ReadFile(reportFile)
	if err := json.Unmarshal(b, &decoded); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"source", "output", "title", "authors", "date", "reasons", "steps", "pitfalls", "dropped", "candidates", "warnings"} {
		if _, ok := decoded["essays"][0][key]; !ok {
			t.Errorf("report essay lacks key %q", key)
		}
	}
	md, _ := os.ReadFile(filepath.Join(out, "one.md"))
	if !strings.Contains(string(md), "src/one.txt") {
		t.Errorf("generated essay does not name its source relative to the base:\n%s", md)
	}
}

func TestNormalizeDuplicateNames(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "a"), 0o755)
	os.MkdirAll(filepath.Join(dir, "b"), 0o755)
	os.WriteFile(filepath.Join(dir, "a", "same.txt"), []byte(goodEssay), 0o644)
	os.WriteFile(filepath.Join(dir, "b", "same.md"), []byte(goodEssay), 0o644)
	_, err := Normalize([]string{dir}, Options{Out: filepath.Join(dir, "out"), Vocab: loadVocab(t)})
	if err == nil || !strings.Contains(err.Error(), "rename one") {
		t.Fatalf("error = %v, want a clash between a/same.txt and b/same.md", err)
	}
}

func TestWriteFileAtomicKeepsUnchangedFile(t *testing.T) {
	name := filepath.Join(t.TempDir(), "x", "file.md")
	if err := WriteFileAtomic(name, []byte("one")); err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(name)
	past := before.ModTime().Add(-1e9 * 3600)
	os.Chtimes(name, past, past)
	if err := WriteFileAtomic(name, []byte("one")); err != nil {
		t.Fatal(err)
	}
	after, _ := os.Stat(name)
	if !after.ModTime().Equal(past) {
		t.Errorf("unchanged content was rewritten (mtime %v, want %v)", after.ModTime(), past)
	}
	if err := WriteFileAtomic(name, []byte("two")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(name); string(b) != "two" {
		t.Errorf("content = %q, want two", b)
	}
}

func TestWarning(t *testing.T) {
	tests := []struct{ w, want string }{
		{"line 12: removed <script> element", "a.html:12: warning: removed <script> element"},
		{"date \"January 2021\" has no day; used the 1st", "a.html: warning: date \"January 2021\" has no day; used the 1st"},
		{"line x: odd", "a.html: warning: line x: odd"},
		{"line : empty number", "a.html: warning: line : empty number"},
	}
	for _, tt := range tests {
		t.Run(tt.w, func(t *testing.T) {
			if got := Warning("a.html", tt.w); got != tt.want {
				t.Errorf("Warning(%q) = %q, want %q", tt.w, got, tt.want)
			}
		})
	}
}
