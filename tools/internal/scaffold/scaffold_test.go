package scaffold

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/leadingup/leadingup/tools/internal/normalize"
	"github.com/leadingup/leadingup/tools/internal/vocab"
)

const smallVocab = `# Controlled vocabulary.

# ---- reasons

[[reasons]]
slug = "a-win-for-both"
title = "A win for both"
description = "Both of you gain."
aliases = ["win-win"]

# ---- steps

[[steps]]
slug = "give-context"
title = "Give context"
description = "Say why it matters."
aliases = []
# a trailing comment of the entry's block
`

func TestAddTerm(t *testing.T) {
	term := vocab.Term{Slug: "ask-for-feedback", Title: "Ask for feedback", Description: "Ask, listen, act.", Aliases: []string{`say "how am I doing?"`}}
	tests := []struct {
		name, src, tax string
		wantLine       int
		wantAfter      string // the new entry follows this text
	}{
		{"after the last term of its taxonomy", smallVocab, "reasons", 11, `aliases = ["win-win"]` + "\n"},
		{"before a comment under the last term", smallVocab, "steps", 19, "aliases = []\n"},
		{"taxonomy with no terms yet", smallVocab, "pitfalls", 20, "# a trailing comment of the entry's block\n"},
		{"file without a final newline", strings.TrimSuffix(smallVocab, "\n"), "pitfalls", 20, "# a trailing comment of the entry's block\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, line := AddTerm([]byte(tt.src), tt.tax, term)
			v, err := vocab.Parse(out, "vocabulary.toml")
			if err != nil {
				t.Fatalf("result does not parse: %v\n%s", err, out)
			}
			if _, got, ok := v.Lookup(term.Slug); !ok || got.Title != term.Title || got.Aliases[0] != term.Aliases[0] {
				t.Fatalf("term not added right: %+v\n%s", got, out)
			}
			lines := strings.Split(string(out), "\n")
			if line < 1 || line > len(lines) || lines[line-1] != "[["+tt.tax+"]]" {
				t.Errorf("line %d is not the new header:\n%s", line, out)
			}
			if line != tt.wantLine {
				t.Errorf("header at line %d, want %d:\n%s", line, tt.wantLine, out)
			}
			if !strings.Contains(string(out), tt.wantAfter+"\n[["+tt.tax+"]]\nslug = \"ask-for-feedback\"") {
				t.Errorf("entry not placed after %q:\n%s", tt.wantAfter, out)
			}
			// Every original line is kept, in order.
			rest := string(out)
			for _, l := range strings.Split(strings.TrimSuffix(tt.src, "\n"), "\n") {
				i := strings.Index(rest, l)
				if i < 0 {
					t.Fatalf("original line %q lost or reordered:\n%s", l, out)
				}
				rest = rest[i+len(l):]
			}
		})
	}
}

func TestEssay(t *testing.T) {
	root := t.TempDir()
	rel, err := Essay(root, "  Ask for   Feedback ")
	if err != nil {
		t.Fatal(err)
	}
	if rel != "sources/ask-for-feedback.txt" {
		t.Errorf("created %s", rel)
	}
	src, _ := os.ReadFile(filepath.Join(root, rel))
	v, err := vocab.Load(filepath.Join("..", "..", "..", "data", "vocabulary.toml"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := normalize.Normalize(src, normalize.Options{Name: rel, Vocab: v})
	if err != nil {
		t.Fatal(err)
	}
	fm, body, _, err := normalize.ParseFrontMatter(res.Markdown, rel)
	if err != nil {
		t.Fatal(err)
	}
	items := len(res.Report.Reasons) + len(res.Report.Steps) + len(res.Report.Pitfalls)
	if fm.Title != "Ask for Feedback" || items != 3 || len(res.Report.Candidates) > 0 || strings.Contains(string(body), "<!--") {
		t.Errorf("the scaffold normalises to title %q, %d items, %d candidates, body:\n%s", fm.Title, items, len(res.Report.Candidates), body)
	}
	if _, err := Essay(root, "Ask for feedback"); err == nil || !strings.Contains(err.Error(), "sources/ask-for-feedback.txt exists") {
		t.Errorf("a second essay with the same name: %v", err)
	}
	os.WriteFile(filepath.Join(root, "sources", "bring-facts.md"), []byte("x"), 0o644)
	if _, err := Essay(root, "Bring facts"); err == nil {
		t.Error("an essay whose name a Markdown source holds was created")
	}
	if _, err := Essay(root, "   "); err == nil {
		t.Error("an essay without a title was created")
	}
}

// FuzzAddTerm adds a term with any title and aliases to the project's
// vocabulary: the result parses, holds the term, and keeps every line.
func FuzzAddTerm(f *testing.F) {
	src, err := os.ReadFile(filepath.Join("..", "..", "..", "data", "vocabulary.toml"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Ask for feedback", "Ask, listen, act.", "how am I doing", 1)
	f.Add(`Say "no" \ kindly`, "Tabs\tand émoji ✓", "", 2)
	f.Fuzz(func(t *testing.T, title, desc, alias string, tax int) {
		title = strings.Join(strings.Fields(title), " ")
		if title == "" || !utf8.ValidString(title+desc+alias) {
			return // Term takes its arguments from the command line, as UTF-8
		}
		taxonomy := vocab.Taxonomies[(tax%3+3)%3]
		term := vocab.Term{Slug: "fuzz-term", Title: title, Description: desc, Aliases: []string{alias}}
		out, line := AddTerm(src, taxonomy, term)
		v, err := vocab.Parse(out, "vocabulary.toml")
		if err != nil {
			if len([]rune(desc)) > vocab.MaxDescription || !validTOMLString(title+desc+alias) {
				return // rejected by validation, as Term does before writing
			}
			t.Fatalf("result does not parse: %v", err)
		}
		if gotTax, got, ok := v.Lookup("fuzz-term"); !ok || gotTax != taxonomy || got.Title != title || got.Description != desc || got.Aliases[0] != alias {
			t.Fatalf("term read back as %s %+v", gotTax, got)
		}
		if l := strings.Split(string(out), "\n"); l[line-1] != "[["+taxonomy+"]]" {
			t.Fatalf("line %d is %q", line, l[line-1])
		}
		if !strings.Contains(string(out), string(src)) && strings.Count(string(out), "\n") != strings.Count(string(src), "\n")+6 {
			t.Fatal("lines of the original lost")
		}
	})
}

// validTOMLString reports whether strconv.Quote of s is also a TOML basic
// string: Go's \x escapes are not TOML, so control and invalid bytes fail.
func validTOMLString(s string) bool {
	for _, r := range s {
		if r < 0x20 && r != '\t' || r == 0x7f || r >= 0x80 && !strconv.IsPrint(r) {
			return false
		}
	}
	return true
}
