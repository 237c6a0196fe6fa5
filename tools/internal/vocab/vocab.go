// Package vocab loads the controlled vocabulary of Leading Up
// (data/vocabulary.toml) and maps free text onto its terms.
//
// The vocabulary has three taxonomies (reasons, steps and pitfalls); each
// term has a slug, a title, a description, aliases and situations:
//
//	[[steps]]
//	slug = "be-transparent"
//	title = "Be transparent and warn early"
//	description = "No surprises: share bad news as soon as you know it."
//	aliases = ["no surprises", "warn early"]
//	situations = ["I made a mistake and have to tell my boss"]
//
// Situations are how a reader would describe the workplace problem the term
// helps with; the term page shows them and the site search weights them.
//
// Load and Parse decode strictly (unknown keys are errors reported as
// file:line: message) and validate the terms. Match maps an item's label and
// explanation onto the best term of one taxonomy; MatchAny searches all three.
// Matching is deterministic: lower-casing, stop words, a light English
// stemmer, alias and title phrase matching and token overlap scoring, with
// the label weighted higher than the explanation.
package vocab

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
)

// Taxonomies lists the taxonomy names in their canonical order.
var Taxonomies = []string{"reasons", "steps", "pitfalls"}

// MaxDescription is the longest allowed description, in characters.
const MaxDescription = 90

// MaxSituation is the longest allowed situation, in characters: a situation
// is a phrase a reader would type, not a paragraph.
const MaxSituation = 80

// Term is one entry of a taxonomy.
type Term struct {
	Slug        string   `toml:"slug"`
	Title       string   `toml:"title"`
	Description string   `toml:"description"`
	Aliases     []string `toml:"aliases"`
	// Situations are short phrasings, in a reader's words, of the
	// situations the term helps with ("my boss micromanages me"). Term
	// pages show them as "Helps when …" and search ranks on them.
	Situations []string `toml:"situations"`
}

// Vocabulary is the whole controlled vocabulary.
type Vocabulary struct {
	Reasons  []Term `toml:"reasons"`
	Steps    []Term `toml:"steps"`
	Pitfalls []Term `toml:"pitfalls"`

	once  sync.Once                   // builds the three indexes below, once, on first match
	index map[string][]compiled       // taxonomy -> compiled terms
	byTok map[string]map[string][]int // taxonomy -> token -> term indexes
	df    map[string]int              // token -> number of terms using it
	memo  *resultMemo                 // the last answers of MatchItem and MatchAny
}

// Error is a vocabulary problem with a position; Error() gives
// "file:line: message" (line omitted when unknown).
type Error struct {
	File string
	Line int
	Msg  string
}

// Error formats the error as "file:line: message".
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Load reads and parses the vocabulary file at path.
func Load(path string) (*Vocabulary, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(data, path)
}

// Parse decodes a vocabulary from TOML data; name is used in error messages.
// Unknown keys, duplicate slugs, empty slugs or titles, descriptions over
// MaxDescription characters and empty situations or situations over
// MaxSituation characters are errors.
func Parse(data []byte, name string) (*Vocabulary, error) {
	var v Vocabulary
	md, err := toml.Decode(string(data), &v)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, &Error{File: name, Line: pe.Position.Line, Msg: strings.ToLower(strings.TrimSuffix(pe.Message, "."))}
		}
		return nil, &Error{File: name, Msg: strings.TrimSuffix(err.Error(), ".")}
	}
	if und := md.Undecoded(); len(und) > 0 {
		key := und[0]
		return nil, &Error{File: name, Line: keyLine(data, key), Msg: fmt.Sprintf("unknown key %q", key.String())}
	}
	seen := map[string]string{}
	for _, tax := range Taxonomies {
		for i, t := range v.Terms(tax) {
			where := fmt.Sprintf("%s[%d]", tax, i)
			line := slugLine(data, t.Slug)
			switch {
			case strings.TrimSpace(t.Slug) == "":
				return nil, &Error{File: name, Line: line, Msg: where + ": empty slug"}
			case strings.TrimSpace(t.Title) == "":
				return nil, &Error{File: name, Line: line, Msg: fmt.Sprintf("%s %q: empty title", where, t.Slug)}
			case len([]rune(t.Description)) > MaxDescription:
				return nil, &Error{File: name, Line: line, Msg: fmt.Sprintf("%s %q: description has %d characters, more than %d", where, t.Slug, len([]rune(t.Description)), MaxDescription)}
			}
			for j, sit := range t.Situations {
				switch n := len([]rune(sit)); {
				case strings.TrimSpace(sit) == "":
					return nil, &Error{File: name, Line: line, Msg: fmt.Sprintf("%s %q: situation %d is empty: remove it or write how a reader would put the problem", where, t.Slug, j+1)}
				case n > MaxSituation:
					return nil, &Error{File: name, Line: line, Msg: fmt.Sprintf("%s %q: situation %d has %d characters, more than %d: shorten it to what a reader would type", where, t.Slug, j+1, n, MaxSituation)}
				}
			}
			if prev, ok := seen[t.Slug]; ok {
				return nil, &Error{File: name, Line: line, Msg: fmt.Sprintf("duplicate slug %q (also in %s)", t.Slug, prev)}
			}
			seen[t.Slug] = tax
		}
	}
	v.once.Do(v.compile)
	return &v, nil
}

// Terms returns the terms of one taxonomy (nil for an unknown name).
func (v *Vocabulary) Terms(taxonomy string) []Term {
	switch taxonomy {
	case "reasons":
		return v.Reasons
	case "steps":
		return v.Steps
	case "pitfalls":
		return v.Pitfalls
	}
	return nil
}

// Lookup finds a term by slug in any taxonomy.
func (v *Vocabulary) Lookup(slug string) (taxonomy string, t Term, ok bool) {
	for _, tax := range Taxonomies {
		for _, t := range v.Terms(tax) {
			if t.Slug == slug {
				return tax, t, true
			}
		}
	}
	return "", Term{}, false
}

// keyLine finds the line of the last component of an undecoded key.
func keyLine(data []byte, key toml.Key) int {
	if len(key) == 0 {
		return 0
	}
	last := key[len(key)-1]
	for i, l := range strings.Split(string(data), "\n") {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, last) {
			rest := strings.TrimSpace(t[len(last):])
			if strings.HasPrefix(rest, "=") {
				return i + 1
			}
		}
		if t == "["+key.String()+"]" || t == "[["+key.String()+"]]" {
			return i + 1
		}
	}
	return 0
}

func slugLine(data []byte, slug string) int {
	if slug == "" {
		return 0
	}
	for i, l := range strings.Split(string(data), "\n") {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "slug") && strings.Contains(t, `"`+slug+`"`) {
			return i + 1
		}
	}
	return 0
}
