package vocab

import (
	"os"
	"testing"
)

func FuzzVocabParse(f *testing.F) {
	if b, err := os.ReadFile(path); err == nil {
		f.Add(b)
	}
	f.Add([]byte("[[reasons]]\nslug = \"a\"\ntitle = \"A\"\naliases = [\"x y\"]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := Parse(data, "fuzz.toml")
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error is not a *Error: %v", err)
			}
			return
		}
		for _, tax := range Taxonomies {
			for _, term := range v.Terms(tax) {
				v.Match(tax, term.Title)
				v.MatchAny(term.Description, term.Title)
			}
		}
	})
}
