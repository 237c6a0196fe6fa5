package importer

import (
	"bytes"
	"compress/gzip"
	"context"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// corpusPages is how many saved pages of the shared real-page corpus
// TestCorpusRoundTrip imports; 0 (the default) skips it, as it takes
// minutes. The corpus lives outside the repository and is never copied in.
var corpusPages = flag.Int("importer.corpus", 0, "import this many pages of ../../../../shared/corpus/web-pastes and measure the round trip")

// TestCorpusRoundTrip imports real saved pages and checks the promise of
// the import: normalising the written source gives the essay the review
// showed (title, byline, date, credit and every item with its term). The
// pages are split into two halves by position (nothing here was tuned on
// either); both are reported.
//
//	go test -run TestCorpusRoundTrip -v ./tools/internal/importer -args -importer.corpus 400
func TestCorpusRoundTrip(t *testing.T) {
	if *corpusPages <= 0 {
		t.Skip("opt-in: -importer.corpus N")
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "..", "shared", "corpus", "web-pastes", "*.html.gz"))
	if len(files) == 0 {
		t.Skip("no corpus at ../../../../shared/corpus/web-pastes")
	}
	files = files[:min(len(files), *corpusPages)]
	v := testVocab(t)
	type tally struct{ loaded, refused, differ int }
	var halves [2]tally
	for i, f := range files {
		gz, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r, err := gzip.NewReader(bytes.NewReader(gz))
		if err != nil {
			t.Fatal(err)
		}
		page, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		in := filepath.Join(t.TempDir(), "page.html")
		if err := os.WriteFile(in, page, 0o644); err != nil {
			t.Fatal(err)
		}
		h := &halves[i%2]
		a, err := Load(context.Background(), in, Options{Vocab: v, SourcesDir: t.TempDir()})
		if err != nil {
			h.refused++ // the normaliser's own error, e.g. no text at all
			continue
		}
		h.loaded++
		if len(a.Warnings) > 0 {
			h.differ++
			t.Errorf("%s: %v", filepath.Base(f), a.Warnings)
		}
	}
	for i, h := range halves {
		t.Logf("half %d: %d pages imported, %d refused by the normaliser, %d whose source normalises to another essay", i+1, h.loaded, h.refused, h.differ)
	}
}
