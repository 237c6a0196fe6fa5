// Package readerwords reads and checks data/readerwords.toml: per interface
// language, the words readers use for a situation that the site's pages put
// in other words ("my boss is a control freak" for a boss who
// micromanages, "I feel invisible" for work that goes unnoticed), each with
// the site's words it means. The site search
// (themes/leadup/assets/js/search.js, rewrite) searches a question's reader
// words as the words they mean, so that the pages about the situation are
// found and judged to cover it; this package proves the table well-formed.
//
// A reader word matches a question's word when they are equal or the
// question's word is the table's word plus "s" or "es"; a phrase matches its
// words side by side, in order; the longest phrase at a place wins. The
// search page applies the same rule.
package readerwords

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/leadingup/leadingup/tools/internal/offtopic"
	"github.com/leadingup/leadingup/tools/internal/wordtable"
)

// Entry is one meaning: the reader words and phrases that mean it, and the
// site's words for it.
type Entry struct {
	Means    string   `toml:"means"`    // the site's words, searched instead
	Words    []string `toml:"words"`    // lower-case reader words or phrases
	Examples []string `toml:"examples"` // questions the entry is meant to help
	Line     int      `toml:"-"`        // line of the entry's means in the file
}

// Table is the whole file: language code → its entries.
type Table map[string][]Entry

// Error is a problem in the table, at a line of its file.
type Error = wordtable.Error

// Load reads and checks the table at path.
func Load(path string) (Table, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(data, path)
}

// Parse decodes and checks a table: keys are language codes; every entry
// has the site's words it means, at least one reader word and one example;
// reader words are lower case, single-spaced letters and digits, not
// repeated in the language, and never the entry's own meaning alone; each
// example names one of its entry's words. name is the file name for errors.
func Parse(data []byte, name string) (Table, error) {
	t, lines, err := wordtable.Decode[Entry](data, name, "means, words and examples")
	if err != nil {
		return nil, err
	}
	words := wordtable.Wording{Entry: "entry", Word: "reader word", Purpose: "help with"}
	for lang, entries := range t {
		seen := map[string]string{}
		for i := range entries {
			e := &entries[i]
			e.Line = lines.Of("means", e.Means)
			bad := wordtable.Bad(name, e.Line, lang, e.Means)
			if !wordtable.IsWords(e.Means) {
				return nil, &Error{File: name, Line: e.Line, Msg: fmt.Sprintf("[[%s]] entry %d: means %q must be the site's words, lower-case letters and digits separated by one space", lang, i+1, e.Means)}
			}
			if slices.Contains(e.Words, e.Means) {
				return nil, bad("word %q is what the entry means: list only the readers' other words", e.Means)
			}
			if err := wordtable.CheckEntry(wordtable.Entry{Name: e.Means, Words: e.Words, Examples: e.Examples, Match: e.Match}, seen, words, bad); err != nil {
				return nil, err
			}
		}
	}
	return t, nil
}

// Match returns the entry's words and phrases that the text names.
func (e Entry) Match(text string) []string {
	toks := offtopic.Tokens(text)
	var out []string
	for _, w := range e.Words {
		if at(toks, strings.Fields(w)) >= 0 {
			out = append(out, w)
		}
	}
	return out
}

// Rewrite returns the text's words (offtopic.Tokens) with each reader word
// or phrase of the language's table replaced by the words it means, the
// longest phrase at each place first; the search page does the same before
// it searches.
func (t Table) Rewrite(lang, text string) string {
	toks := offtopic.Tokens(text)
	var out []string
	for i := 0; i < len(toks); {
		best, means := 0, ""
		for _, e := range t[lang] {
			for _, w := range e.Words {
				p := strings.Fields(w)
				if len(p) > best && i+len(p) <= len(toks) && at(toks[i:i+len(p)], p) == 0 {
					best, means = len(p), e.Means
				}
			}
		}
		if best == 0 {
			out = append(out, toks[i])
			i++
			continue
		}
		out = append(out, means)
		i += best
	}
	return strings.Join(out, " ")
}

// at returns where toks holds the phrase's words side by side, or -1.
func at(toks, phrase []string) int {
	for i := 0; i+len(phrase) <= len(toks); i++ {
		ok := true
		for j, p := range phrase {
			tok := toks[i+j]
			if tok != p && tok != p+"s" && tok != p+"es" {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}
