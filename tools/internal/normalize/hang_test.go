package normalize

import (
	"math/rand"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestHangHunt mutates the testdata inputs at random and fails on any input
// that takes more than a second; run with HANG_HUNT=1 (a debugging aid next
// to the fuzz targets, which do not report slow inputs).
func TestHangHunt(t *testing.T) {
	if os.Getenv("HANG_HUNT") == "" {
		t.Skip("HANG_HUNT not set")
	}
	v := loadVocab(t)
	var seeds [][]byte
	for _, in := range goldenInputs(t) {
		b, _ := os.ReadFile(in)
		seeds = append(seeds, b)
	}
	r := rand.New(rand.NewSource(1))
	alphabet := []byte("\n\t -*#>|:.1()[]<!/\"'abcXYZ\u00a0`=+_~")
	deadline := time.Now().Add(40 * time.Second)
	for n := 0; time.Now().Before(deadline); n++ {
		src := append([]byte{}, seeds[r.Intn(len(seeds))]...)
		for k := r.Intn(20) + 1; k > 0 && len(src) > 0; k-- {
			i := r.Intn(len(src))
			switch r.Intn(4) {
			case 0:
				src[i] = alphabet[r.Intn(len(alphabet))]
			case 1:
				src = append(src[:i], src[min(len(src), i+r.Intn(50)):]...)
			case 2:
				j := r.Intn(len(src))
				if j > i {
					src = append(src[:j], append(append([]byte{}, src[i:j]...), src[j:]...)...)
				}
			case 3:
				src = append(src[:i], append([]byte{alphabet[r.Intn(len(alphabet))]}, src[i:]...)...)
			}
		}
		for _, name := range []string{"h.txt", "h.md", "h.html"} {
			done := make(chan struct{})
			go func() {
				Normalize(src, Options{Name: name, Vocab: v})
				close(done)
			}()
			select {
			case <-done:
			case <-time.After(time.Second):
				os.WriteFile(filepath.Join(t.TempDir(), "x"), src, 0o644)
				os.WriteFile("/tmp/hang-"+name, src, 0o644)
				t.Fatalf("slow input for %s after %d runs, written to /tmp/hang-%s", name, n, name)
			}
		}
	}
}
