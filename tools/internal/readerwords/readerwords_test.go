package readerwords

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/leadingup/leadingup/tools/internal/offtopic"
	"github.com/leadingup/leadingup/tools/internal/vocab"
)

const good = `
[[en]]
means = "micromanages"
words = ["control freak", "controlling"]
examples = ["my boss is a control freak"]

[[en]]
means = "difficult"
words = ["jerk"]
examples = ["Boss is a JERK!"]
`

func TestParse(t *testing.T) {
	tab, err := Parse([]byte(good), "t.toml")
	if err != nil {
		t.Fatal(err)
	}
	if got := tab["en"][1].Line; got != 8 {
		t.Errorf("line of the second entry = %d, want 8", got)
	}
	bad := []struct{ name, text, want string }{
		{"unknown key", "[[en]]\nmeans = \"x\"\nwords = [\"y\"]\nexamples = [\"y\"]\nwhy = \"z\"\n", "unknown key"},
		{"language", "[[english]]\nmeans = \"x\"\nwords = [\"y\"]\nexamples = [\"y\"]\n", "not a language code"},
		{"no words", "[[en]]\nmeans = \"x\"\nwords = []\nexamples = [\"y\"]\n", "at least one reader word"},
		{"no examples", "[[en]]\nmeans = \"x\"\nwords = [\"y\"]\n", "at least one reader word"},
		{"upper case", "[[en]]\nmeans = \"x\"\nwords = [\"Jerk\"]\nexamples = [\"jerk\"]\n", "lower-case"},
		{"bad meaning", "[[en]]\nmeans = \"x  y\"\nwords = [\"z\"]\nexamples = [\"z\"]\n", "site's words"},
		{"itself", "[[en]]\nmeans = \"x\"\nwords = [\"x\"]\nexamples = [\"x\"]\n", "what the entry means"},
		{"repeated", "[[en]]\nmeans = \"x\"\nwords = [\"y\"]\nexamples = [\"y\"]\n\n[[en]]\nmeans = \"z\"\nwords = [\"y\"]\nexamples = [\"y\"]\n", "already listed"},
		{"example misses", "[[en]]\nmeans = \"x\"\nwords = [\"y\"]\nexamples = [\"a b\"]\n", "names none"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.text), "t.toml")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want one containing %q", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "t.toml:") {
				t.Errorf("error %q does not start with the file name", err)
			}
			var e *Error
			if tt.name != "unknown key" && tt.name != "language" && (!errors.As(err, &e) || e.Line < 1) {
				t.Errorf("error %q is not an *Error with a line", err)
			}
		})
	}
}

func TestRewrite(t *testing.T) {
	tab, err := Parse([]byte(good+"\n[[en]]\nmeans = \"a b\"\nwords = [\"control\"]\nexamples = [\"control\"]\n"), "t.toml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"my boss is a control freak", "my boss is a micromanages"},          // the longest phrase wins
		{"Why is my boss so CONTROLLING?", "why is my boss so micromanages"}, // case and punctuation
		{"bosses are jerks", "bosses are difficult"},                         // plural in s
		{"control the budget", "a b the budget"},
		{"nothing to change", "nothing to change"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := tab.Rewrite("en", tt.in); got != tt.want {
			t.Errorf("Rewrite(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := tab.Rewrite("de", "control freak"); got != "control freak" {
		t.Errorf("a language without a table rewrote %q", got)
	}
}

// root is the repository, from this package's folder.
const root = "../../.."

// TestSiteTable checks the site's own table: every word of a meaning is a
// word of the site (the vocabulary or a content page), so the search finds
// something for it, and no reader word is an off-topic word
// (data/offtopic.toml), which would turn a question the site answers into
// one it says it does not cover.
func TestSiteTable(t *testing.T) {
	tab, err := Load(filepath.Join(root, "data", "readerwords.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(tab["en"]) == 0 {
		t.Fatal("data/readerwords.toml has no [[en]] entries")
	}
	site := map[string]bool{}
	add := func(text string) {
		for _, w := range offtopic.Tokens(text) {
			site[w] = true
		}
	}
	v, err := vocab.Load(filepath.Join(root, "data", "vocabulary.toml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tax := range vocab.Taxonomies {
		for _, term := range v.Terms(tax) {
			add(strings.Join(append(append([]string{term.Title, term.Description}, term.Aliases...), term.Situations...), " "))
		}
	}
	err = filepath.WalkDir(filepath.Join(root, "content"), func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".md") {
			return err
		}
		data, err := os.ReadFile(path)
		add(string(data))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	off, err := offtopic.Load(filepath.Join(root, "data", "offtopic.toml"))
	if err != nil {
		t.Fatal(err)
	}
	short := regexp.MustCompile(`^\p{L}{1,2}$`)
	for _, e := range tab["en"] {
		for _, w := range strings.Fields(e.Means) {
			if !site[w] && !short.MatchString(w) {
				t.Errorf("data/readerwords.toml:%d: %q means %q, but no page or term uses %q: mean words of the pages about the situation", e.Line, e.Words[0], e.Means, w)
			}
		}
		for _, w := range e.Words {
			if m := off.Match("en", w); len(m) > 0 {
				t.Errorf("data/readerwords.toml:%d: reader word %q names the off-topic %q (data/offtopic.toml): drop one of them", e.Line, w, m[0])
			}
		}
		for _, ex := range e.Examples {
			if got := tab.Rewrite("en", ex); got == strings.Join(offtopic.Tokens(ex), " ") {
				t.Errorf("data/readerwords.toml:%d: example %q is not rewritten", e.Line, ex)
			}
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(good))
	if data, err := os.ReadFile(filepath.Join(root, "data", "readerwords.toml")); err == nil {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := Parse(data, "f.toml")
		if err != nil {
			return
		}
		// Every example of a valid table is rewritten, and rewriting is
		// stable on text without reader words.
		for lang, entries := range tab {
			for _, e := range entries {
				for _, ex := range e.Examples {
					if len(e.Match(ex)) == 0 {
						t.Errorf("[[%s]] example %q names none of its words after Parse accepted it", lang, ex)
					}
				}
			}
		}
	})
}
