package normalize

import (
	"fmt"
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

// TestScratchRegion prints each line of $SCRATCH with the region finder's
// class (0 bad … 4 good) and whether it lies in the region (R) or is the
// end marker that closes the article (S).
func TestScratchRegion(t *testing.T) {
	path := os.Getenv("SCRATCH")
	if path == "" {
		t.Skip("SCRATCH not set")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := &doc{lines: lex(string(src), 1, false), skip: map[int]bool{}}
	d.findRegion()
	for i, l := range d.lines {
		if l.kind == kBlank {
			continue
		}
		in := "-"
		if i >= d.regionStart && i < d.regionEnd {
			in = "R"
		}
		if i == d.regionStop {
			in = "S"
		}
		c := -1
		if d.regionFeats != nil {
			c = int(d.regionFeats[i].class)
		}
		fmt.Printf("%s%d %4d %.100s\n", in, c, l.n, l.text)
	}
}
