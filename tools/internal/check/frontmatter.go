package check

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// page is one Markdown file under content/, split into front matter and body.
type page struct {
	file     string         // root-relative path, forward slashes
	format   byte           // '+' for TOML, '-' for YAML, 0 for none
	data     map[string]any // the decoded front matter; empty when none or broken
	lines    map[string]int // front matter key path → file line, see keyLines
	fmLine   int            // file line of the opening delimiter
	body     string         // everything after the front matter
	bodyLine int            // file line of the body's first line
	src      []byte         // the whole file, CRLF as LF, without a BOM
	bodyOff  int            // byte offset of body in src
	fmErr    *fmError       // why the front matter could not be read, or nil
}

// fmError is a front matter mistake with its file line.
type fmError struct {
	line int
	msg  string
}

// newPage splits src and decodes its front matter. It never fails: a broken
// front matter is recorded in fmErr and leaves data empty.
func newPage(file string, src []byte) *page {
	p := &page{file: file, data: map[string]any{}, lines: map[string]int{}, bodyLine: 1}
	text := strings.ReplaceAll(string(src), "\r\n", "\n")
	text = strings.TrimPrefix(text, "\ufeff")
	p.src = []byte(text)
	lines := strings.Split(text, "\n")
	if len(lines) == 0 {
		p.body = text
		return p
	}
	delim := strings.TrimRight(lines[0], " \t")
	if delim != "+++" && delim != "---" {
		p.body = text
		return p
	}
	p.format = delim[0]
	p.fmLine = 1
	end := -1
	for i := 1; i < len(lines); i++ {
		if strings.TrimRight(lines[i], " \t") == delim {
			end = i
			break
		}
	}
	if end < 0 {
		p.fmErr = &fmError{1, fmt.Sprintf("front matter has no closing %s line: end it with a line of %s", delim, delim)}
		p.format = 0
		return p
	}
	fm := lines[1:end]
	p.body = strings.Join(lines[end+1:], "\n")
	p.bodyLine = end + 2
	p.bodyOff = len(text) - len(p.body)
	if p.format == '+' {
		p.decodeTOML(fm)
	} else {
		p.decodeYAML(fm)
	}
	return p
}

// decodeTOML decodes TOML front matter lines and finds the line of every key
// from the key order in toml.MetaData.
func (p *page) decodeTOML(fm []string) {
	var data map[string]any
	md, err := toml.Decode(strings.Join(fm, "\n"), &data)
	if err != nil {
		line, msg := p.fmLine, err.Error()
		var pe toml.ParseError
		if errors.As(err, &pe) {
			line = p.fmLine + pe.Position.Line
			msg = pe.Message
		}
		p.fmErr = &fmError{line, "front matter is not valid TOML: " + strings.TrimSuffix(msg, ".")}
		return
	}
	p.data = data
	p.lines = keyLines(md, fm, p.fmLine+1)
}

// keyLines maps every key of md to the file line that defines it. first is
// the file line of fm[0]. Keys inside the i-th table of an array of tables are
// named with an index, as in "params.items[2].gist", the paths page.get reads.
//
// MetaData lists keys in document order but not their positions, so each key
// is searched for in the source from the line of the previous key on.
func keyLines(md toml.MetaData, fm []string, first int) map[string]int {
	out := map[string]int{}
	count := map[string]int{} // array of tables → tables seen so far
	cur, started := 0, false
	for _, k := range md.Keys() {
		if len(k) == 0 {
			continue
		}
		typ := md.Type(k...)
		// Name the key, indexing every array-of-tables prefix.
		var name strings.Builder
		for i := range k {
			if i > 0 {
				name.WriteByte('.')
			}
			name.WriteString(k[i])
			prefix := k[:i+1].String()
			if i == len(k)-1 && typ == "ArrayHash" {
				count[prefix]++
			}
			if n, ok := count[prefix]; ok && (i < len(k)-1 || typ == "ArrayHash") {
				name.WriteString("[" + strconv.Itoa(n-1) + "]")
			}
		}
		last := regexp.QuoteMeta(k[len(k)-1])
		header := regexp.MustCompile(`^\s*\[\[?\s*[^\]]*?"?` + last + `"?\s*\]`)
		assign := regexp.MustCompile(`(^|[\s{,.])"?` + last + `"?\s*=`)
		found := -1
		if typ == "Hash" || typ == "ArrayHash" {
			from := cur + 1
			if !started {
				from = 0
			}
			for i := from; i < len(fm) && found < 0; i++ {
				if header.MatchString(fm[i]) {
					found = i
				}
			}
		}
		for i := cur; i < len(fm) && found < 0; i++ {
			if assign.MatchString(stripTOMLString(fm[i])) {
				found = i
			}
		}
		if found >= 0 {
			cur, started = found, true
		}
		out[name.String()] = first + cur
	}
	return out
}

// stripTOMLString blanks out a basic or literal string at the end of an
// assignment so that "x = 'a = b'" only matches the key x.
func stripTOMLString(line string) string {
	for i, r := range line {
		if r == '"' || r == '\'' {
			if j := strings.IndexByte(line, '='); j >= 0 && j < i {
				return line[:i]
			}
			return line
		}
	}
	return line
}

// yamlKey matches a top-level "key: value" line of YAML front matter.
var yamlKey = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_-]*)\s*:\s*(.*)$`)

// decodeYAML reads the top-level scalars and lists of YAML front matter:
// enough for titles, URLs and term lists. Nested maps are skipped.
func (p *page) decodeYAML(fm []string) {
	var listKey string
	for i, l := range fm {
		line := p.fmLine + 1 + i
		if m := yamlKey.FindStringSubmatch(l); m != nil {
			listKey = ""
			k, v := m[1], strings.TrimSpace(m[2])
			p.lines[k] = line
			switch {
			case v == "":
				listKey = k
			case strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]"):
				var list []any
				for _, s := range strings.Split(v[1:len(v)-1], ",") {
					if s = yamlScalar(s); s != "" {
						list = append(list, s)
					}
				}
				p.data[k] = list
			default:
				p.data[k] = yamlScalar(v)
			}
			continue
		}
		t := strings.TrimSpace(l)
		if listKey != "" && strings.HasPrefix(t, "- ") {
			list, _ := p.data[listKey].([]any)
			p.data[listKey] = append(list, yamlScalar(t[2:]))
		}
	}
}

// yamlScalar unquotes a plain YAML scalar.
func yamlScalar(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		if s[0] == '"' {
			if u, err := strconv.Unquote(s); err == nil {
				return u
			}
		}
		return s[1 : len(s)-1]
	}
	if i := strings.Index(s, " #"); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	return s
}

// get returns the front matter value at a dotted path, or nil. A segment may
// index an array of tables, as in "params.items[2]".
func (p *page) get(path string) any {
	var v any = p.data
	for _, seg := range strings.Split(path, ".") {
		idx := -1
		if i := strings.IndexByte(seg, '['); i >= 0 && strings.HasSuffix(seg, "]") {
			n, err := strconv.Atoi(seg[i+1 : len(seg)-1])
			if err != nil {
				return nil
			}
			seg, idx = seg[:i], n
		}
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[seg]
		if idx >= 0 {
			ts := tables(v)
			if idx >= len(ts) {
				return nil
			}
			v = ts[idx]
		}
	}
	return v
}

// line returns the file line of a front matter key path, falling back to its
// closest defined parent and then to the opening delimiter.
func (p *page) line(path string) int {
	for path != "" {
		if l, ok := p.lines[path]; ok {
			return l
		}
		i := strings.LastIndexByte(path, '.')
		if i < 0 {
			break
		}
		path = path[:i]
	}
	if p.fmLine > 0 {
		return p.fmLine
	}
	return 1
}

// str returns the string at path and whether it is a string at all.
func (p *page) str(path string) (string, bool) {
	s, ok := p.get(path).(string)
	return s, ok
}

// list returns the strings of the array at path. ok is false when the
// value is missing or not an array of strings.
func (p *page) list(path string) (list []string, ok bool) {
	return stringList(p.get(path))
}

// stringList converts a decoded array of strings.
func stringList(v any) ([]string, bool) {
	switch v := v.(type) {
	case []string:
		return v, true
	case []any:
		out := make([]string, 0, len(v))
		for _, e := range v {
			s, ok := e.(string)
			if !ok {
				return nil, false
			}
			out = append(out, s)
		}
		return out, true
	}
	return nil, false
}

// tables converts a decoded array of tables.
func tables(v any) []map[string]any {
	switch v := v.(type) {
	case []map[string]any:
		return v
	case []any:
		var out []map[string]any
		for _, e := range v {
			if m, ok := e.(map[string]any); ok {
				out = append(out, m)
			}
		}
		return out
	}
	return nil
}
