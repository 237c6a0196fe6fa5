package normalize

// TestCorpusSnapshot is a development-time check for changes that must not
// change output (speed work, data-structure changes): it normalises every
// page of the real-page corpus and records, per page, a hash of the
// Markdown and of the JSON report (or of the error). Run it once on the
// commit before the change to write the snapshot, then after the change to
// compare; the snapshot lives outside the repository (it is derived from
// the corpus). Skipped when the corpus is absent or no snapshot is named.
//
//	go test -run TestCorpusSnapshot ./tools/internal/normalize -args -snapshot /tmp/before.txt          # writes it
//	go test -run TestCorpusSnapshot ./tools/internal/normalize -args -snapshot /tmp/before.txt          # compares
//	go test -run TestCorpusSnapshot ./tools/internal/normalize -args -snapshot /tmp/h.txt -snapshot.html # the saved pages

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var (
	snapshotFile = flag.String("snapshot", "", "TestCorpusSnapshot: `FILE` (outside the repository) to write the corpus outputs' hashes to, or to compare them with when it exists")
	snapshotHTML = flag.Bool("snapshot.html", false, "TestCorpusSnapshot: normalise the saved pages (.html.gz) instead of the text pastes")
)

// snapshotLine is the record of one page: its name and a hash of what
// Normalize gave for it.
func snapshotLine(name string, res Result, err error) string {
	h := sha256.New()
	if err != nil {
		fmt.Fprintf(h, "error: %v", err)
	} else {
		h.Write(res.Markdown)
		j, jerr := json.Marshal(res.Report)
		if jerr != nil {
			fmt.Fprintf(h, "report: %v", jerr)
		}
		h.Write(j)
	}
	return name + " " + hex.EncodeToString(h.Sum(nil))
}

func TestCorpusSnapshot(t *testing.T) {
	if *snapshotFile == "" {
		t.Skip("no -snapshot file named")
	}
	pat := "*.txt"
	if *snapshotHTML {
		pat = "*.html.gz"
	}
	files, _ := filepath.Glob(filepath.Join(corpusDir, pat))
	if len(files) == 0 {
		t.Skip("real-page corpus not present")
	}
	slices.Sort(files)
	v := loadVocab(t)
	var got []string
	for _, f := range files {
		var src []byte
		var err error
		name := filepath.Base(f)
		if *snapshotHTML {
			src, err = readGz(f)
			name = strings.TrimSuffix(name, ".gz")
		} else {
			src, err = os.ReadFile(f)
		}
		if err != nil {
			t.Fatal(err)
		}
		res, err := Normalize(src, Options{Name: name, Vocab: v})
		got = append(got, snapshotLine(name, res, err))
	}
	old, err := os.ReadFile(*snapshotFile)
	if os.IsNotExist(err) {
		if err := os.WriteFile(*snapshotFile, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %d pages' hashes to %s; run again after the change to compare", len(got), *snapshotFile)
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSuffix(string(old), "\n"), "\n")
	if len(want) != len(got) {
		t.Fatalf("%s holds %d pages, the corpus has %d", *snapshotFile, len(want), len(got))
	}
	diff := 0
	for i := range got {
		if got[i] != want[i] {
			diff++
			if diff <= 20 {
				t.Errorf("output changed: %s", strings.Fields(got[i])[0])
			}
		}
	}
	if diff > 0 {
		t.Fatalf("%d of %d pages' outputs changed", diff, len(got))
	}
	t.Logf("all %d pages' outputs are unchanged", len(got))
}
