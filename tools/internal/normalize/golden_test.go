package normalize

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadingup/leadingup/tools/internal/vocab"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const vocabPath = "../../../data/vocabulary.toml"

func loadVocab(t testing.TB) *vocab.Vocabulary {
	t.Helper()
	v, err := vocab.Load(vocabPath)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// goldenInputs lists testdata inputs: every .txt, .md and .html file that is
// not itself a golden output.
func goldenInputs(t testing.TB) []string {
	t.Helper()
	var out []string
	for _, pat := range []string{"testdata/*.txt", "testdata/*.md", "testdata/*.html", "testdata/*.htm", "testdata/sources/*.txt"} {
		m, _ := filepath.Glob(pat)
		for _, f := range m {
			if strings.HasSuffix(f, ".golden.md") {
				continue
			}
			out = append(out, f)
		}
	}
	return out
}

func caseBase(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path))
}

func normalizeFile(t testing.TB, v *vocab.Vocabulary, path string) Result {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Normalize(src, Options{Name: path, SourcePath: filepath.ToSlash(path), Vocab: v})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return res
}

func reportJSON(r Report) []byte {
	b, _ := json.MarshalIndent(r, "", "  ")
	return append(b, '\n')
}

func TestGolden(t *testing.T) {
	v := loadVocab(t)
	inputs := goldenInputs(t)
	if len(inputs) < 10 {
		t.Errorf("only %d golden inputs", len(inputs))
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			res := normalizeFile(t, v, in)
			base := caseBase(in)
			check(t, base+".golden.md", res.Markdown)
			check(t, base+".report.json", reportJSON(res.Report))
		})
	}
}

func check(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run: go test ./tools/internal/normalize -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (run: go test ./tools/internal/normalize -update to accept):\n%s", path, diff(string(want), string(got)))
	}
}

// diff is a small line diff: lines only in want start with "-", lines only
// in got with "+".
func diff(want, got string) string {
	a, b := strings.Split(want, "\n"), strings.Split(got, "\n")
	n, m := len(a), len(b)
	if n*m > 1<<20 {
		// too big for a table: show the first difference
		i := 0
		for i < n && i < m && a[i] == b[i] {
			i++
		}
		var out strings.Builder
		if i < n {
			out.WriteString("- " + a[i] + "\n")
		}
		if i < m {
			out.WriteString("+ " + b[i] + "\n")
		}
		return out.String()
	}
	// longest common subsequence table
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else if lcs[i+1][j] >= lcs[i][j+1] {
				lcs[i][j] = lcs[i+1][j]
			} else {
				lcs[i][j] = lcs[i][j+1]
			}
		}
	}
	var out strings.Builder
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			i++
			j++
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			out.WriteString("+ " + b[j] + "\n")
			j++
		default:
			out.WriteString("- " + a[i] + "\n")
			i++
		}
	}
	return out.String()
}
