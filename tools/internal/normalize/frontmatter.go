package normalize

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	yaml "go.yaml.in/yaml/v3"
)

// FrontMatter is the essay front matter of the contract (see CONTRACTS.md).
// Encode writes it as TOML with the keys in the contract's order.
type FrontMatter struct {
	Title    string
	Date     string // YYYY-MM-DD, "" when unknown
	Summary  string
	Reasons  []string
	Steps    []string
	Pitfalls []string
	Authors  []string
	Source   Source
	Items    []Item
	// Extra holds every other key found in an input's front matter; it is
	// written under [params], keys sorted.
	Extra map[string]any
}

// Source is params.source: the credited source essay.
type Source struct {
	Title  string
	Author string
	URL    string
}

// Item is one entry of params.items.
type Item struct {
	Taxonomy string
	Term     string
	Label    string
	Gist     string
}

// Encode renders the front matter between "+++" lines; comment (if not
// empty) is written as a TOML comment on the second line.
func (fm *FrontMatter) Encode(comment string) string {
	var b strings.Builder
	b.WriteString("+++\n")
	if comment != "" {
		for _, l := range strings.Split(comment, "\n") {
			b.WriteString("# " + l + "\n")
		}
	}
	kv := func(k, v string) { b.WriteString(k + " = " + v + "\n") }
	if fm.Title != "" {
		kv("title", quote(fm.Title))
	}
	if fm.Date != "" {
		kv("date", fm.Date)
	}
	if fm.Summary != "" {
		kv("summary", quote(fm.Summary))
	}
	for _, t := range []struct {
		k string
		v []string
	}{{"reasons", fm.Reasons}, {"steps", fm.Steps}, {"pitfalls", fm.Pitfalls}} {
		if len(t.v) > 0 {
			kv(t.k, quoteList(t.v))
		}
	}
	b.WriteString("\n[params]\n")
	if len(fm.Authors) > 0 {
		kv("authors", quoteList(fm.Authors))
	}
	keys := make([]string, 0, len(fm.Extra))
	for k := range fm.Extra {
		if k == "authors" || k == "source" || k == "items" {
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if v, ok := encodeValue(fm.Extra[k]); ok {
			kv(encodeKey(k), v)
		}
	}
	b.WriteString("\n[params.source]\n")
	kv("title", quote(fm.Source.Title))
	kv("author", quote(fm.Source.Author))
	kv("url", quote(fm.Source.URL))
	for _, it := range fm.Items {
		b.WriteString("\n[[params.items]]\n")
		kv("taxonomy", quote(it.Taxonomy))
		if it.Term != "" {
			kv("term", quote(it.Term))
		}
		kv("label", quote(it.Label))
		if it.Gist != "" {
			kv("gist", quote(it.Gist))
		}
	}
	b.WriteString("+++\n")
	return b.String()
}

var reBareKey = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)

func encodeKey(k string) string {
	if reBareKey.MatchString(k) {
		return k
	}
	return quote(k)
}

// quote writes a TOML basic string.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

func quoteList(v []string) string {
	q := make([]string, len(v))
	for i, s := range v {
		q[i] = quote(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// encodeValue encodes a decoded TOML or YAML value; maps become inline tables.
func encodeValue(v any) (string, bool) {
	switch x := v.(type) {
	case nil:
		return "", false
	case string:
		return quote(x), true
	case bool:
		return strconv.FormatBool(x), true
	case int:
		return strconv.Itoa(x), true
	case int64:
		return strconv.FormatInt(x, 10), true
	case uint64:
		return strconv.FormatUint(x, 10), true
	case float64:
		switch {
		case math.IsNaN(x):
			return "nan", true
		case math.IsInf(x, 1):
			return "inf", true
		case math.IsInf(x, -1):
			return "-inf", true
		}
		s := strconv.FormatFloat(x, 'g', -1, 64)
		if !strings.ContainsAny(s, ".eEn") {
			s += ".0"
		}
		return s, true
	case time.Time:
		switch x.Location().String() {
		case "LocalDate", "date", "date-local":
			return x.Format("2006-01-02"), true
		case "LocalTime", "time", "time-local":
			return x.Format("15:04:05.999999999"), true
		case "LocalDatetime", "datetime-local":
			return x.Format("2006-01-02T15:04:05.999999999"), true
		}
		if x.Location() == time.UTC && x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 {
			// a YAML date without a time
			return x.Format("2006-01-02"), true
		}
		return x.Format(time.RFC3339Nano), true
	case []any:
		parts := make([]string, 0, len(x))
		for _, e := range x {
			if s, ok := encodeValue(e); ok {
				parts = append(parts, s)
			}
		}
		return "[" + strings.Join(parts, ", ") + "]", true
	case []map[string]any:
		parts := make([]string, 0, len(x))
		for _, e := range x {
			s, _ := encodeValue(e)
			parts = append(parts, s)
		}
		return "[" + strings.Join(parts, ", ") + "]", true
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, 0, len(keys))
		for _, k := range keys {
			if s, ok := encodeValue(x[k]); ok {
				parts = append(parts, encodeKey(k)+" = "+s)
			}
		}
		if len(parts) == 0 {
			return "{}", true
		}
		return "{ " + strings.Join(parts, ", ") + " }", true
	case map[any]any:
		m := map[string]any{}
		for k, e := range x {
			m[fmt.Sprint(k)] = e
		}
		return encodeValue(m)
	}
	return quote(fmt.Sprint(v)), true
}

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
			if mm := regexp.MustCompile(`line (\d+)`).FindStringSubmatch(msg); mm != nil {
				n, _ := strconv.Atoi(mm[1])
				ln = n + 1
			}
			msg = strings.TrimPrefix(msg, "yaml: ")
			msg = regexp.MustCompile(`^line \d+: `).ReplaceAllString(msg, "")
			return fm, nil, 0, errorf(name, ln, 0, "front matter: %s", lowerMsg(msg))
		}
		if m == nil {
			m = map[string]any{}
		}
	}
	err = fm.fromMap(m, name, keyLines(text, delim))
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

func (fm *FrontMatter) fromMap(m map[string]any, name string, lines map[string]int) error {
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
			if err := fm.fromParams(p, name, lines[k]); err != nil {
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

func (fm *FrontMatter) fromParams(p map[string]any, name string, line int) error {
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
