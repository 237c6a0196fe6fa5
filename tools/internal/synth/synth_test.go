package synth

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteIsDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	na, err := Write("../../../sources", a, 12, 7)
	if err != nil {
		t.Fatal(err)
	}
	nb, _ := Write("../../../sources", b, 12, 7)
	if na != nb || na == 0 {
		t.Fatalf("sizes %d and %d, want equal and non-zero", na, nb)
	}
	files, _ := filepath.Glob(filepath.Join(a, "*.txt"))
	if len(files) != 12 {
		t.Fatalf("wrote %d files, want 12", len(files))
	}
	for _, f := range files {
		x, _ := os.ReadFile(f)
		y, _ := os.ReadFile(filepath.Join(b, filepath.Base(f)))
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs with the same seed", filepath.Base(f))
		}
	}
	c := t.TempDir()
	Write("../../../sources", c, 12, 8)
	x, _ := os.ReadFile(files[0])
	y, _ := os.ReadFile(filepath.Join(c, filepath.Base(files[0])))
	if bytes.Equal(x, y) {
		t.Error("another seed gave the same essay")
	}
}

func TestEssayShape(t *testing.T) {
	dir := t.TempDir()
	if _, err := Write("../../../sources", dir, 3, 1); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "synthetic-00002.txt"))
	text := string(b)
	for _, want := range []string{", part 2\n", "\nBy ", "Why it matters\n", "How to do it\n", "Traps to avoid\n", "\n- "} {
		if !strings.Contains(text, want) {
			t.Errorf("essay lacks %q:\n%s", want, text)
		}
	}
}

func TestWriteNeedsSources(t *testing.T) {
	if _, err := Write(t.TempDir(), t.TempDir(), 3, 1); err == nil || !strings.Contains(err.Error(), "no source essays") {
		t.Errorf("err = %v, want a clear 'no source essays' error", err)
	}
}
