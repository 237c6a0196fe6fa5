// Package wordtable holds what the site search's word tables share
// (data/offtopic.toml, read by package offtopic, and data/readerwords.toml,
// read by package readerwords): TOML arrays of entries keyed by interface
// language, each entry naming lower-case words or phrases and example
// questions, checked with errors that give the file and line.
package wordtable

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/BurntSushi/toml"
)

// Error is a problem in a table, at a line of its file.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

var (
	langRe = regexp.MustCompile(`^[a-z]{2,3}(-[a-z0-9]+)?$`)
	wordRe = regexp.MustCompile(`^[\p{Ll}\p{N}]+( [\p{Ll}\p{N}]+)*$`)
)

// IsWords reports whether w is lower-case letters and digits, words
// separated by one space: the form every table word and phrase takes.
func IsWords(w string) bool { return wordRe.MatchString(w) }

// CheckLang returns an error at line 1 of file when lang, a table's key, is
// not a language code.
func CheckLang(file, lang string) error {
	if !langRe.MatchString(lang) {
		return &Error{file, 1, fmt.Sprintf("%q is not a language code: write [[en]], [[de]] …", lang)}
	}
	return nil
}

// Decode decodes a table's file (name, for errors) into its entries by
// language, rejecting keys other than an entry's (keys lists them for the
// message) and table names that are not language codes. The Lines it
// returns find where each entry is written.
func Decode[E any](data []byte, name, keys string) (map[string][]E, *Lines, error) {
	var t map[string][]E
	md, err := toml.Decode(string(data), &t)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return nil, nil, &Error{name, 1, fmt.Sprintf("unknown key %q: each entry has only %s", und[0].String(), keys)}
	}
	for lang := range t {
		if err := CheckLang(name, lang); err != nil {
			return nil, nil, err
		}
	}
	return t, NewLines(data), nil
}

// Bad returns a maker of errors at an entry's line, each message led by the
// entry's language and name ("[[en]] \"pay\": …").
func Bad(file string, line int, lang, entry string) func(format string, args ...any) error {
	return func(format string, args ...any) error {
		return &Error{file, line, fmt.Sprintf("[[%s]] %q: ", lang, entry) + fmt.Sprintf(format, args...)}
	}
}

// Lines finds where entries are written in a table's file.
type Lines struct {
	lines [][]byte
	used  map[int]bool
}

// NewLines indexes the lines of a table's file.
func NewLines(data []byte) *Lines {
	return &Lines{lines: bytes.Split(data, []byte("\n")), used: map[int]bool{}}
}

// Of returns the 1-based line of the first line not yet returned that reads
// key = "value" (an entry's naming key), or 1 when there is none.
func (l *Lines) Of(key, value string) int {
	want := fmt.Sprintf("%s = %q", key, value)
	for i, line := range l.lines {
		if !l.used[i] && strings.TrimSpace(string(line)) == want {
			l.used[i] = true
			return i + 1
		}
	}
	return 1
}

// Entry is what CheckEntry checks of one entry.
type Entry struct {
	Name     string                     // the entry's naming value, for messages and repeats
	Words    []string                   // its words and phrases
	Examples []string                   // its example questions
	Match    func(text string) []string // the entry's words a text names
}

// Wording names, for messages, what a table calls an entry and its words
// ("topic", "word", "catch" or "entry", "reader word", "help with").
type Wording struct {
	Entry, Word, Purpose string
}

// CheckEntry checks an entry of a language's table: at least one word and
// one example; words in the IsWords form and not listed before in the
// language (seen maps each word to the entry that listed it, and is
// updated); every example naming one of the entry's words. bad makes the
// error at the entry's line.
func CheckEntry(e Entry, seen map[string]string, w Wording, bad func(format string, args ...any) error) error {
	if len(e.Words) == 0 || len(e.Examples) == 0 {
		return bad("needs at least one %s and one example question", w.Word)
	}
	for _, word := range e.Words {
		if !IsWords(word) {
			return bad("word %q must be lower-case letters and digits, words separated by one space", word)
		}
		if other, dup := seen[word]; dup {
			return bad("word %q is already listed under %q", word, other)
		}
		seen[word] = e.Name
	}
	for _, ex := range e.Examples {
		if len(e.Match(ex)) == 0 {
			return bad("example %q names none of the %s's words: add the word it is meant to %s, or drop the example", ex, w.Entry, w.Purpose)
		}
	}
	return nil
}
