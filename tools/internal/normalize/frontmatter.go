package normalize

import (
	"errors"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/leadingup/leadingup/tools/internal/frontmatter"
	"github.com/leadingup/leadingup/tools/internal/prefilter"
	yaml "go.yaml.in/yaml/v3"
)

// FrontMatter is the essay front matter of the contract, shared with
// `leadup check` (package frontmatter encodes and strictly decodes it).
// ParseFrontMatter below is the lenient reader for pasted input.
type FrontMatter = frontmatter.FrontMatter

// Source is params.source: the credited source essay.
type Source = frontmatter.Source

// Item is one entry of params.items.
type Item = frontmatter.Item

// splitFrontMatter separates "+++" TOML or "---" YAML front matter from the
// body. It returns the delimiter ("" when there is none), the front matter
// text, the body and the 1-based line number where the body starts.
func splitFrontMatter(s string) (delim, fm, body string, bodyLine int) {
	for _, d := range []string{"+++", "---"} {
		if !strings.HasPrefix(s, d+"\n") {
			continue
		}
		rest := s[len(d)+1:]
		lines := strings.SplitAfter(rest, "\n")
		off := 0
		for i, l := range lines {
			if strings.TrimRight(l, " \t\r\n") == d {
				return d, rest[:off], rest[off+len(l):], i + 3
			}
			off += len(l)
		}
	}
	return "", "", s, 1
}

// ParseFrontMatter reads a Markdown file's TOML ("+++") or YAML ("---")
// front matter into the contract's shape. Keys it does not know go to Extra;
// known keys with the wrong type are errors. It returns the body after the
// front matter and the line where it starts. name is used in errors.
func ParseFrontMatter(data []byte, name string) (fm FrontMatter, body []byte, bodyLine int, err error) {
	delim, text, b, line := splitFrontMatter(string(data))
	body, bodyLine = []byte(b), line
	if delim == "" {
		return fm, body, bodyLine, nil
	}
	m := map[string]any{}
	switch delim {
	case "+++":
		if _, err := toml.Decode(text, &m); err != nil {
			var pe toml.ParseError
			if errors.As(err, &pe) {
				return fm, nil, 0, errorf(name, pe.Position.Line+1, pe.Position.Col, "front matter: %s", lowerMsg(pe.Message))
			}
			return fm, nil, 0, errorf(name, 1, 0, "front matter: %s", lowerMsg(err.Error()))
		}
	case "---":
		if err := yaml.Unmarshal([]byte(text), &m); err != nil {
			msg := err.Error()
			ln := 1
			if mm := prefilter.MustCompile(`line (\d+)`).FindStringSubmatch(msg); mm != nil {
				n, _ := strconv.Atoi(mm[1])
				ln = n + 1
			}
			msg = strings.TrimPrefix(msg, "yaml: ")
			msg = prefilter.MustCompile(`^line \d+: `).ReplaceAllString(msg, "")
			return fm, nil, 0, errorf(name, ln, 0, "front matter: %s", lowerMsg(msg))
		}
		if m == nil {
			m = map[string]any{}
		}
	}
	err = fromMap(&fm, m, name, keyLines(text, delim))
	return fm, body, bodyLine, err
}

func lowerMsg(s string) string {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "."))
	if s == "" {
		return "invalid"
	}
	r := []rune(s)
	if len(r) > 1 && !(r[1] >= 'A' && r[1] <= 'Z') {
		r[0] = []rune(strings.ToLower(string(r[0])))[0]
	}
	return string(r)
}

// keyLines maps top-level keys to their line (for errors).
func keyLines(text, delim string) map[string]int {
	out := map[string]int{}
	for i, l := range strings.Split(text, "\n") {
		sep := "="
		if delim == "---" {
			sep = ":"
		}
		if j := strings.Index(l, sep); j > 0 {
			k := strings.Trim(strings.TrimSpace(l[:j]), `"'`)
			if _, ok := out[k]; !ok {
				out[k] = i + 2
			}
		}
	}
	return out
}

// fromMap fills fm from decoded front matter; unknown keys go to Extra.
func fromMap(fm *FrontMatter, m map[string]any, name string, lines map[string]int) error {
	bad := func(k, want string) error {
		return errorf(name, lines[k], 0, "front matter: %s must be %s", k, want)
	}
	str := func(k string, v any, dst *string) error {
		switch x := v.(type) {
		case string:
			*dst = strings.TrimSpace(x)
		case nil:
		default:
			return bad(k, "a string")
		}
		return nil
	}
	list := func(k string, v any, dst *[]string) error {
		switch x := v.(type) {
		case string:
			if x != "" {
				*dst = appendUnique(*dst, x)
			}
		case []any:
			for _, e := range x {
				s, ok := e.(string)
				if !ok {
					return bad(k, "a list of strings")
				}
				*dst = appendUnique(*dst, s)
			}
		case []string:
			for _, s := range x {
				*dst = appendUnique(*dst, s)
			}
		case nil:
		default:
			return bad(k, "a list of strings")
		}
		return nil
	}
	extra := func(k string, v any) {
		if v == nil {
			return
		}
		if fm.Extra == nil {
			fm.Extra = map[string]any{}
		}
		fm.Extra[k] = v
	}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		v := m[k]
		var err error
		switch strings.ToLower(k) {
		case "title":
			err = str(k, v, &fm.Title)
		case "summary":
			err = str(k, v, &fm.Summary)
		case "description":
			if s, ok := v.(string); ok && fm.Summary == "" && m["summary"] == nil {
				fm.Summary = strings.TrimSpace(s)
			} else {
				extra(k, v)
			}
		case "date", "publishdate", "published", "pubdate":
			if fm.Date != "" && strings.ToLower(k) != "date" {
				extra(k, v)
				continue
			}
			switch x := v.(type) {
			case time.Time:
				fm.Date = x.Format("2006-01-02")
			case string:
				if iso, _, _, ok := findDate(x); ok {
					fm.Date = iso
				} else if strings.TrimSpace(x) != "" {
					return errorf(name, lines[k], 0, "front matter: %s: cannot read date %q", k, x)
				}
			case nil:
			default:
				return bad(k, "a date")
			}
		case "reasons":
			err = list(k, v, &fm.Reasons)
		case "steps":
			err = list(k, v, &fm.Steps)
		case "pitfalls":
			err = list(k, v, &fm.Pitfalls)
		case "author", "authors":
			err = list(k, v, &fm.Authors)
		case "params":
			p, ok := v.(map[string]any)
			if !ok {
				return bad(k, "a table")
			}
			if err := fromParams(fm, p, name, lines[k]); err != nil {
				return err
			}
		case "source", "canonical_url", "canonicalurl", "canonical":
			if s, ok := v.(string); ok && reURL.MatchString(s) && fm.Source.URL == "" {
				fm.Source.URL = strings.TrimSpace(s)
			} else {
				extra(k, v)
			}
		default:
			extra(k, v)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// fromParams reads the [params] table of an input's front matter.
func fromParams(fm *FrontMatter, p map[string]any, name string, line int) error {
	for _, k := range slices.Sorted(maps.Keys(p)) {
		v := p[k]
		switch k {
		case "authors", "author":
			switch x := v.(type) {
			case string:
				fm.Authors = appendUnique(fm.Authors, x)
			case []any:
				for _, e := range x {
					s, ok := e.(string)
					if !ok {
						return errorf(name, line, 0, "front matter: params.%s must be a list of strings", k)
					}
					fm.Authors = appendUnique(fm.Authors, s)
				}
			default:
				return errorf(name, line, 0, "front matter: params.%s must be a list of strings", k)
			}
		case "source":
			s, ok := v.(map[string]any)
			if !ok {
				if str, ok := v.(string); ok {
					fm.Source.URL = str
					continue
				}
				return errorf(name, line, 0, "front matter: params.source must be a table")
			}
			for sk, sv := range s {
				str, ok := sv.(string)
				if !ok {
					return errorf(name, line, 0, "front matter: params.source.%s must be a string", sk)
				}
				switch sk {
				case "title":
					fm.Source.Title = str
				case "author":
					fm.Source.Author = str
				case "url":
					fm.Source.URL = str
				default:
					return errorf(name, line, 0, "front matter: unknown key params.source.%s", sk)
				}
			}
		case "items":
			// recomputed from the body
		default:
			if v == nil {
				continue
			}
			if fm.Extra == nil {
				fm.Extra = map[string]any{}
			}
			fm.Extra[k] = v
		}
	}
	return nil
}

func appendUnique(list []string, s string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return list
	}
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
