package atomicfile

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.md")
	for _, tt := range []struct {
		data string
		perm os.FileMode
	}{{"one", 0o644}, {"two, longer than one", 0o600}, {"", 0o644}} {
		if err := Write(p, []byte(tt.data), tt.perm); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(p)
		if err != nil || string(b) != tt.data {
			t.Errorf("read %q, %v; want %q", b, err, tt.data)
		}
		if fi, err := os.Stat(p); err != nil || fi.Mode().Perm() != tt.perm {
			t.Errorf("mode %v, %v; want %v", fi.Mode().Perm(), err, tt.perm)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}
}

func TestWriteFailureKeepsTarget(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.md")
	if err := Write(p, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	// a folder in the way of the rename: the write fails, the old file and
	// the folder stay, and no temporary file is left behind
	if err := Write(filepath.Join(dir, "missing", "b.md"), []byte("x"), 0o644); err == nil {
		t.Errorf("write into a missing folder succeeded")
	}
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := Write(sub, []byte("new"), 0o644); err == nil {
		t.Errorf("rename over a folder succeeded")
	}
	if b, _ := os.ReadFile(p); string(b) != "old" {
		t.Errorf("target changed: %q", b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("want a.md and sub only, have %v", entries)
	}
}
