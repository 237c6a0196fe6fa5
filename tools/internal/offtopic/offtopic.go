// Package offtopic reads and checks data/offtopic.toml: per interface
// language, the subjects a site about leading up does not cover (pay, leave,
// employment law, hiring and firing…), as the words readers ask about them
// with. The site search says "not covered" when a question names one of
// these words and none of its first results is about it; this package is
// how the table is proven well-formed and never at odds with the vocabulary.
//
// A word matches a question's word when they are equal or the question's
// word is the table's word plus "s" or "es"; a phrase matches its words side
// by side, in order. The search page (themes/leadup/assets/js/search.js,
// offTopic) applies the same rule.
package offtopic

import (
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/leadingup/leadingup/tools/internal/wordtable"
)

// Topic is one subject the site does not cover.
type Topic struct {
	Topic    string   `toml:"topic"`    // a name for reviewers
	Words    []string `toml:"words"`    // lower-case words or phrases
	Examples []string `toml:"examples"` // questions the topic is meant to catch
	// Strict topics are not covered even in a question about the person
	// up the line whose other words the site answers: the boss's own
	// misconduct ("my boss yells at me in meetings") is for HR or a lawyer,
	// where "my boss is stressed about layoffs" is still about the boss.
	Strict bool `toml:"strict"`
	Line   int  `toml:"-"` // line of the topic's name in the file
}

// Table is the whole file: language code → its topics.
type Table map[string][]Topic

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

// Parse decodes and checks a table: keys are language codes; every topic
// has a name, at least one word and one example; words are lower case,
// single-spaced letters and digits, not repeated in the language; each
// example names one of its topic's words. name is the file name for errors.
func Parse(data []byte, name string) (Table, error) {
	t, lines, err := wordtable.Decode[Topic](data, name, "topic, words, examples and strict")
	if err != nil {
		return nil, err
	}
	words := wordtable.Wording{Entry: "topic", Word: "word", Purpose: "catch"}
	for lang, topics := range t {
		seen := map[string]string{}
		for i := range topics {
			tp := &topics[i]
			tp.Line = lines.Of("topic", tp.Topic)
			bad := wordtable.Bad(name, tp.Line, lang, tp.Topic)
			if strings.TrimSpace(tp.Topic) == "" {
				return nil, &Error{File: name, Line: 1, Msg: fmt.Sprintf("[[%s]] entry %d has no topic name", lang, i+1)}
			}
			if err := wordtable.CheckEntry(wordtable.Entry{Name: tp.Topic, Words: tp.Words, Examples: tp.Examples, Match: tp.Match}, seen, words, bad); err != nil {
				return nil, err
			}
		}
	}
	return t, nil
}

// Match returns the topic's words and phrases that the text names.
func (tp Topic) Match(text string) []string {
	toks := Tokens(text)
	var out []string
	for _, w := range tp.Words {
		if hasPhrase(toks, strings.Fields(w)) {
			out = append(out, w)
		}
	}
	return out
}

// Match returns the words and phrases of a language's table that the text
// names.
func (t Table) Match(lang, text string) []string {
	var out []string
	for _, tp := range t[lang] {
		out = append(out, tp.Match(text)...)
	}
	return out
}

var tokenRe = regexp.MustCompile(`[\p{L}\p{N}]+`)

// Tokens splits text into lower-case words, apostrophes dropped ("boss's"
// is "boss").
func Tokens(text string) []string {
	text = strings.ToLower(strings.NewReplacer("’s", "", "'s", "", "’", "", "'", "").Replace(text))
	return tokenRe.FindAllString(text, -1)
}

// hasPhrase reports whether toks holds the phrase's words side by side.
func hasPhrase(toks, phrase []string) bool {
	for i := 0; i+len(phrase) <= len(toks); i++ {
		ok := true
		for j, p := range phrase {
			if !wordMatches(toks[i+j], p) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// wordMatches reports whether a text's word is the table's word or its
// plural in s or es.
func wordMatches(tok, w string) bool {
	return tok == w || tok == w+"s" || tok == w+"es"
}
