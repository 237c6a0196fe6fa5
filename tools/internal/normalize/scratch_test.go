package normalize

import (
	"os"
	"testing"
)

// TestScratch prints the output for the file named by $SCRATCH; a debugging
// aid: SCRATCH=page.txt go test -run TestScratch -v ./tools/internal/normalize
func TestScratch(t *testing.T) {
	path := os.Getenv("SCRATCH")
	if path == "" {
		t.Skip("SCRATCH not set")
	}
	v := loadVocab(t)
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Normalize(src, Options{Name: path, Vocab: v})
	if err != nil {
		t.Fatal(err)
	}
	os.Stdout.Write(res.Markdown)
	os.Stdout.Write(reportJSON(res.Report))
}
