package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"github.com/leadingup/leadingup/tools/internal/vocab"
)

// seed adds every testdata file with one of the extensions to the corpus.
func seed(f *testing.F, exts ...string) {
	for _, ext := range exts {
		files, _ := filepath.Glob("testdata/*" + ext)
		more, _ := filepath.Glob("testdata/sources/*" + ext)
		eval, _ := filepath.Glob("testdata/eval/*" + ext)
		for _, p := range append(append(files, more...), eval...) {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
}

var fuzzVocab *vocab.Vocabulary

func fuzzNormalize(t *testing.T, name string, src []byte) {
	if len(src) > 32<<10 {
		return // large inputs only slow the fuzzer down; the benchmark covers size
	}
	if fuzzVocab == nil {
		v, err := vocab.Load(vocabPath)
		if err != nil {
			t.Fatal(err)
		}
		fuzzVocab = v
	}
	var res Result
	var err error
	done := make(chan struct{})
	go func() {
		res, err = Normalize(src, Options{Name: name, SourcePath: "sources/fuzz", Vocab: fuzzVocab})
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(3 * time.Second):
		t.Fatalf("slow input (%d bytes)", len(src))
	}
	if err != nil {
		if _, ok := err.(*Error); !ok {
			t.Fatalf("error is not a *Error: %v", err)
		}
		return
	}
	out := res.Markdown
	if !utf8.Valid(out) {
		t.Fatalf("output is not UTF-8")
	}
	_, fm, body, _ := splitFrontMatter(string(out))
	var m map[string]any
	if _, err := toml.Decode(fm, &m); err != nil {
		t.Fatalf("front matter does not parse: %v\n%s", err, out)
	}
	if strings.Contains(strings.ToLower(body), "<script") {
		t.Fatalf("script in output:\n%s", out)
	}
	again, err := Normalize(out, Options{Name: "fuzz.md", SourcePath: "sources/fuzz", Vocab: fuzzVocab})
	if err != nil {
		t.Fatalf("output does not normalise again: %v\n%s", err, out)
	}
	if string(again.Markdown) != string(out) {
		t.Fatalf("not idempotent:\n%s", diff(string(out), string(again.Markdown)))
	}
}

func FuzzNormalizeText(f *testing.F) {
	seed(f, ".txt")
	f.Fuzz(func(t *testing.T, src []byte) { fuzzNormalize(t, "fuzz.txt", src) })
}

func FuzzNormalizeMarkdown(f *testing.F) {
	seed(f, ".md")
	f.Fuzz(func(t *testing.T, src []byte) { fuzzNormalize(t, "fuzz.md", src) })
}

func FuzzNormalizeHTML(f *testing.F) {
	seed(f, ".html")
	f.Fuzz(func(t *testing.T, src []byte) { fuzzNormalize(t, "fuzz.html", src) })
}

func FuzzParseFrontMatter(f *testing.F) {
	seed(f, ".md")
	f.Add([]byte("+++\ntitle = \"x\"\n[params]\nauthors = [\"a\"]\n+++\n"))
	f.Add([]byte("---\ntitle: x\ndate: 2020-01-02\n---\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		fm, _, _, err := ParseFrontMatter(src, "fuzz.md")
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error is not a *Error: %v", err)
			}
			return
		}
		enc, err := fm.Encode("comment")
		if err != nil {
			return // a custom field TOML cannot hold: Normalize reports it as an error
		}
		_, text, _, _ := splitFrontMatter(enc)
		var m map[string]any
		if _, err := toml.Decode(text, &m); err != nil {
			t.Fatalf("encoded front matter does not parse: %v\n%s", err, enc)
		}
		fm2, _, _, err := ParseFrontMatter([]byte(enc), "again.md")
		if err != nil {
			t.Fatalf("encoded front matter does not parse again: %v\n%s", err, enc)
		}
		if enc2, _ := fm2.Encode("comment"); enc2 != enc {
			t.Fatalf("encode not stable:\n%s", diff(enc, enc2))
		}
	})
}
