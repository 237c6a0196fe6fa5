package site

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestReplaceDir(t *testing.T) {
	dir := t.TempDir()
	dst := filepath.Join(dir, "public")
	os.MkdirAll(dst, 0o755)
	os.WriteFile(filepath.Join(dst, "stale.html"), []byte("old"), 0o644)
	src := filepath.Join(dir, ".public.building-1")
	os.MkdirAll(src, 0o700)
	os.WriteFile(filepath.Join(src, "index.html"), []byte("new"), 0o644)
	if err := replaceDir(src, dst); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dst, "stale.html")); err == nil {
		t.Error("a file of the old build survived the swap")
	}
	if b, _ := os.ReadFile(filepath.Join(dst, "index.html")); string(b) != "new" {
		t.Errorf("index.html = %q, want the new build", b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left behind %d entries beside public/, want none", len(entries)-1)
	}
}

func TestWatcherNoticesChanges(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "essay.txt")
	os.WriteFile(file, []byte("one"), 0o644)
	w := newWatcher(dir)
	if got := w.changed(); len(got) != 0 {
		t.Fatalf("changed() = %v before any edit", got)
	}
	later := time.Now().Add(time.Minute)
	os.WriteFile(file, []byte("two!"), 0o644)
	os.Chtimes(file, later, later)
	if got := w.changed(); !got[dir] {
		t.Errorf("an edited file went unnoticed")
	}
	os.WriteFile(filepath.Join(dir, "new.txt"), []byte("x"), 0o644)
	if got := w.changed(); !got[dir] {
		t.Errorf("a new file went unnoticed")
	}
	if got := w.changed(); len(got) != 0 {
		t.Errorf("changed() = %v with nothing new", got)
	}
}

func TestNormalizeSourcesPrunesRemovedEssays(t *testing.T) {
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, "data"), 0o755)
	os.MkdirAll(filepath.Join(root, "sources"), 0o755)
	os.MkdirAll(filepath.Join(root, EssaysDir), 0o755)
	vocab, err := os.ReadFile("../../../" + VocabularyPath)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(root, VocabularyPath), vocab, 0o644)
	os.WriteFile(filepath.Join(root, "config.toml"), []byte("title = 'x'\n"), 0o644)
	os.WriteFile(filepath.Join(root, "sources", "kept.txt"), []byte("Kept Essay\n\nBy Ana Ruiz\n\nA paragraph about warning your boss early.\n"), 0o644)
	gone := filepath.Join(root, EssaysDir, "gone.md")
	os.WriteFile(gone, []byte(generatedMark+" \"x\" from sources/gone.txt.\ntitle = \"Gone\"\n+++\n"), 0o644)
	handWritten := filepath.Join(root, EssaysDir, "hand.md")
	os.WriteFile(handWritten, []byte("+++\ntitle = \"Hand\"\n+++\n"), 0o644)
	var log strings.Builder
	if err := NormalizeSources(Options{Root: root, Stderr: &log}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(gone); err == nil {
		t.Error("a generated essay whose source is gone was kept")
	}
	if _, err := os.Stat(handWritten); err != nil {
		t.Error("a hand-written essay was removed")
	}
	if _, err := os.Stat(filepath.Join(root, EssaysDir, "kept.md")); err != nil {
		t.Error("the source essay was not normalised")
	}
	if !strings.Contains(log.String(), "normalised 1 essays") {
		t.Errorf("summary missing from log: %q", log.String())
	}
}

func TestNormalizeStageRunsTheNormalizer(t *testing.T) {
	root := t.TempDir()
	var stderr bytes.Buffer
	tests := []struct {
		name    string
		cmd     []string
		wantErr string
	}{
		{"runs from the root", []string{"sh", "-c", "pwd > ran; echo normalised >&2"}, ""},
		{"fails", []string{"sh", "-c", "echo 'sources/a.txt:3: bad' >&2; exit 1"}, "normalising the source essays failed (sh: exit status 1): read its messages above"},
		{"missing program", []string{filepath.Join(root, "no-such-leadup")}, "normalising the source essays failed (no-such-leadup:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			stderr.Reset()
			err := normalizeStage(context.Background(), Options{Root: root, Normalizer: tc.cmd, Stdout: &stderr, Stderr: &stderr})
			if tc.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				b, err := os.ReadFile(filepath.Join(root, "ran"))
				if err != nil || strings.TrimSpace(string(b)) != root {
					t.Errorf("the normaliser ran in %q (%v), want %q", b, err, root)
				}
				if !strings.Contains(stderr.String(), "normalised") {
					t.Errorf("its messages were not passed on: %q", stderr.String())
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("err = %v, want it to contain %q", err, tc.wantErr)
			}
		})
	}
}
