package wordtable

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestLinesOf: an entry's line is the first one not yet given for its key
// and value, so two entries with one name get their own lines.
func TestLinesOf(t *testing.T) {
	l := NewLines([]byte("[[en]]\ntopic = \"pay\"\n\n[[en]]\n  topic = \"pay\"\n"))
	for _, want := range []int{2, 5, 1} {
		if got := l.Of("topic", "pay"); got != want {
			t.Fatalf("Of = %d, want %d", got, want)
		}
	}
}

// TestCheckEntry: each rule of an entry names what to fix.
func TestCheckEntry(t *testing.T) {
	match := func(words []string) func(string) []string {
		return func(text string) []string {
			var out []string
			for _, w := range words {
				if strings.Contains(text, w) {
					out = append(out, w)
				}
			}
			return out
		}
	}
	wording := Wording{Entry: "topic", Word: "word", Purpose: "catch"}
	for _, c := range []struct {
		name           string
		words, example []string
		seen           map[string]string
		want           string // "" for no error
	}{
		{"fine", []string{"salary"}, []string{"my salary"}, map[string]string{}, ""},
		{"no words", nil, []string{"my salary"}, map[string]string{}, "needs at least one word and one example"},
		{"upper case", []string{"Salary"}, []string{"Salary"}, map[string]string{}, `word "Salary" must be lower-case`},
		{"repeated", []string{"salary"}, []string{"salary"}, map[string]string{"salary": "wages"}, `already listed under "wages"`},
		{"example misses", []string{"salary"}, []string{"my wages"}, map[string]string{}, `example "my wages" names none of the topic's words: add the word it is meant to catch`},
	} {
		e := Entry{Name: "pay", Words: c.words, Examples: c.example, Match: match(c.words)}
		err := CheckEntry(e, c.seen, wording, func(format string, args ...any) error {
			return &Error{File: "t.toml", Line: 7, Msg: fmt.Sprintf(format, args...)}
		})
		if c.want == "" {
			if err != nil {
				t.Errorf("%s: %v", c.name, err)
			}
			continue
		}
		var te *Error
		if !errors.As(err, &te) || te.Line != 7 || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "t.toml:7: ") {
			t.Errorf("%s: error %v, want t.toml:7: …%s…", c.name, err, c.want)
		}
	}
	if err := CheckLang("t.toml", "English"); err == nil || !strings.Contains(err.Error(), "t.toml:1: ") {
		t.Errorf("CheckLang(English) = %v, want an error at line 1", err)
	}
	if err := CheckLang("t.toml", "pt-br"); err != nil {
		t.Errorf("CheckLang(pt-br) = %v", err)
	}
}

// TestDecode: a table decodes by language; an unknown key or a table name
// that is no language code is an error naming the file and line.
func TestDecode(t *testing.T) {
	type entry struct {
		Topic string   `toml:"topic"`
		Words []string `toml:"words"`
	}
	tab, lines, err := Decode[entry]([]byte("[[en]]\ntopic = \"pay\"\nwords = [\"salary\"]\n"), "t.toml", "topic and words")
	if err != nil || len(tab["en"]) != 1 || tab["en"][0].Words[0] != "salary" || lines.Of("topic", "pay") != 2 {
		t.Fatalf("Decode = %v, %v", tab, err)
	}
	for _, c := range []struct{ data, want string }{
		{"[[en]]\ntopic = \"pay\"\nwrods = [\"salary\"]\n", `t.toml:1: unknown key "en.wrods": each entry has only topic and words`},
		{"[[English]]\ntopic = \"pay\"\n", `t.toml:1: "English" is not a language code`},
		{"[[en]]\ntopic = \n", "t.toml: "},
	} {
		if _, _, err := Decode[entry]([]byte(c.data), "t.toml", "topic and words"); err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("Decode(%q) = %v, want %s…", c.data, err, c.want)
		}
	}
	if err := Bad("t.toml", 4, "en", "pay")("word %q is odd", "x"); err.Error() != `t.toml:4: [[en]] "pay": word "x" is odd` {
		t.Errorf("Bad = %v", err)
	}
}
