package offtopic

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/leadingup/leadingup/tools/internal/vocab"

	"github.com/BurntSushi/toml"
)

const good = `# a comment
[[en]]
topic = "pay"
words = ["salary", "pay rise"]
examples = ["how to negotiate my salary", "asking for a pay rise"]

[[de]]
topic = "Gehalt"
words = ["gehalt"]
examples = ["Gehalt verhandeln"]
`

func TestParse(t *testing.T) {
	tests := []struct {
		name, src string
		line      int    // 0: no error
		want      string // part of the error
	}{
		{"good", good, 0, ""},
		{"strict", "[[en]]\ntopic = \"abuse\"\nwords = [\"yelling\"]\nexamples = [\"my boss keeps yelling\"]\nstrict = true\n", 0, ""},
		{"unknown key", "[[en]]\ntopic = \"pay\"\nwords = [\"salary\"]\nexamples = [\"salary\"]\nwhy = \"x\"\n", 1, `unknown key "en.why"`},
		{"upper case", "[[en]]\ntopic = \"pay\"\nwords = [\"Salary\"]\nexamples = [\"salary\"]\n", 2, `word "Salary" must be lower-case`},
		{"double space", "[[en]]\ntopic = \"pay\"\nwords = [\"pay  rise\"]\nexamples = [\"pay rise\"]\n", 2, "separated by one space"},
		{"repeated", "[[en]]\ntopic = \"pay\"\nwords = [\"salary\"]\nexamples = [\"salary\"]\n[[en]]\ntopic = \"more pay\"\nwords = [\"salary\"]\nexamples = [\"salary\"]\n", 6, `already listed under "pay"`},
		{"example misses", "[[en]]\ntopic = \"pay\"\nwords = [\"salary\"]\nexamples = [\"my wages\"]\n", 2, `example "my wages" names none`},
		{"no words", "[[en]]\ntopic = \"pay\"\nexamples = [\"salary\"]\n", 2, "needs at least one word"},
		{"no topic", "[[en]]\nwords = [\"salary\"]\nexamples = [\"salary\"]\n", 1, "has no topic name"},
		{"bad language", "[[English]]\ntopic = \"pay\"\nwords = [\"salary\"]\nexamples = [\"salary\"]\n", 1, "not a language code"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.src), "offtopic.toml")
			if tt.line == 0 {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("got %v, want an *Error", err)
			}
			if e.Line != tt.line || !strings.Contains(e.Error(), tt.want) || !strings.HasPrefix(e.Error(), "offtopic.toml:") {
				t.Errorf("got %q (line %d), want line %d and %q", e.Error(), e.Line, tt.line, tt.want)
			}
		})
	}
	if _, err := Parse([]byte("[[en]\n"), "x.toml"); err == nil || !strings.HasPrefix(err.Error(), "x.toml:") {
		t.Errorf("broken TOML: got %v, want an error naming the file", err)
	}
}

// TestStrict checks that a topic's strict flag is read, and is off unless set.
func TestStrict(t *testing.T) {
	tab, err := Parse([]byte("[[en]]\ntopic = \"abuse\"\nwords = [\"yelling\"]\nexamples = [\"yelling\"]\nstrict = true\n[[en]]\ntopic = \"pay\"\nwords = [\"salary\"]\nexamples = [\"salary\"]\n"), "offtopic.toml")
	if err != nil {
		t.Fatal(err)
	}
	if got := []bool{tab["en"][0].Strict, tab["en"][1].Strict}; !got[0] || got[1] {
		t.Errorf("strict flags: got %v, want [true false]", got)
	}
	if _, err := Parse([]byte("[[en]]\ntopic = \"abuse\"\nwords = [\"yelling\"]\nexamples = [\"yelling\"]\nstrict = \"yes\"\n"), "x.toml"); err == nil || !strings.HasPrefix(err.Error(), "x.toml:") {
		t.Errorf("strict as a string: got %v, want an error naming the file", err)
	}
}

func TestMatch(t *testing.T) {
	tab, err := Parse([]byte(good), "good.toml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lang, text string
		want       string // matched words, joined by "|"
	}{
		{"en", "How to negotiate my SALARY?", "salary"},
		{"en", "salaries", ""}, // only s and es endings: list other forms
		{"en", "two salarys", "salary"},
		{"en", "asking for a pay rise", "pay rise"},
		{"en", "a rise in pay", ""}, // a phrase is its words in order
		{"en", "my boss's pay. Rise early", "pay rise"},
		{"en", "my boss takes credit", ""},
		{"de", "Gehalt verhandeln", "gehalt"},
		{"fr", "salary", ""}, // no table for the language
	}
	for _, tt := range tests {
		got := strings.Join(tab.Match(tt.lang, tt.text), "|")
		if got != tt.want {
			t.Errorf("Match(%q, %q) = %q, want %q", tt.lang, tt.text, got, tt.want)
		}
	}
}

// root is the repository, from this package's folder.
const root = "../../.."

// TestSiteTable checks the site's own table and that none of its words is a
// topic of the site: a term's title, alias or situation, or a page's title
// or front matter topics (the search's topics, see search/meta.html). Such a word would make the
// search say "not covered" for a question the site answers; remove the word
// from data/offtopic.toml, or the situation from the vocabulary.
func TestSiteTable(t *testing.T) {
	tab, err := Load(filepath.Join(root, "data", "offtopic.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(tab["en"]) == 0 {
		t.Fatal("data/offtopic.toml has no [[en]] topics")
	}
	v, err := vocab.Load(filepath.Join(root, "data", "vocabulary.toml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tax := range vocab.Taxonomies {
		for _, term := range v.Terms(tax) {
			for _, text := range append(append([]string{term.Title}, term.Aliases...), term.Situations...) {
				if m := tab.Match("en", text); len(m) > 0 {
					t.Errorf("data/offtopic.toml lists %q, but the %s term %q is about it (%q): drop the word from the table or the phrase from the vocabulary", m[0], tax, term.Slug, text)
				}
			}
		}
	}
	titles, topicsRead := 0, 0
	titleRe := regexp.MustCompile(`(?m)^title = "(.*)"$`)
	err = filepath.WalkDir(filepath.Join(root, "content"), func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".md") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range titleRe.FindAllStringSubmatch(string(data), 1) {
			titles++
			if w := tab.Match("en", m[1]); len(w) > 0 {
				t.Errorf("data/offtopic.toml lists %q, but the page %s is titled %q: drop the word from the table", w[0], path, m[1])
			}
		}
		for _, topic := range pageTopics(t, path, data) {
			topicsRead++
			if w := tab.Match("en", topic); len(w) > 0 {
				t.Errorf("data/offtopic.toml lists %q, but the page %s has it among its topics (%q): drop the word from the table or the topic from the page", w[0], path, topic)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if titles < 10 {
		t.Fatalf("read only %d page titles under content/: has the front matter format changed?", titles)
	}
	if topicsRead < 10 {
		t.Fatalf("read only %d page topics under content/: has the front matter format changed?", topicsRead)
	}
}

// pageTopics returns the front matter `topics` of a content page (TOML
// between "+++" lines), or none.
func pageTopics(t *testing.T, path string, data []byte) []string {
	t.Helper()
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	if !strings.HasPrefix(text, "+++\n") {
		return nil
	}
	end := strings.Index(text[4:], "\n+++")
	if end < 0 {
		return nil
	}
	var fm struct {
		Topics []string `toml:"topics"`
	}
	if _, err := toml.Decode(text[4:4+end], &fm); err != nil {
		t.Errorf("%s: front matter: %v", path, err)
	}
	return fm.Topics
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(good))
	if data, err := os.ReadFile(filepath.Join(root, "data", "offtopic.toml")); err == nil {
		f.Add(data)
	}
	f.Add([]byte("[[en]]\ntopic = \"x\"\nwords = [\"a b\"]\nexamples = [\"A, B!\"]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := Parse(data, "fuzz.toml")
		if err != nil {
			return
		}
		// Whatever parses is usable: every example is caught by its topic.
		for _, topics := range tab {
			for _, tp := range topics {
				for _, ex := range tp.Examples {
					if len(tp.Match(ex)) == 0 {
						t.Fatalf("example %q of %q is not matched", ex, tp.Topic)
					}
				}
			}
		}
	})
}
