package check

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// page is one Markdown file under content/, split into front matter and body.
type page struct {
	file     string         // root-relative path, forward slashes
	format   byte           // '+' for TOML, '-' for YAML, 0 for none
	data     map[string]any // the decoded front matter; empty when none or broken
	lines    map[string]int // front matter key path → file line, see tomlKeyPositions
	cols     map[string]int // front matter key path → column of the key
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
	p := &page{file: file, data: map[string]any{}, lines: map[string]int{}, cols: map[string]int{}, bodyLine: 1}
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
	_, err := toml.Decode(strings.Join(fm, "\n"), &data)
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
	pos, err := tomlKeyPositions([]byte(strings.Join(fm, "\n")))
	if err != nil {
		// BurntSushi accepted what the position parser did not: keep the
		// data, place keys at the opening delimiter.
		return
	}
	p.setPositions(pos)
}

// setPositions records key positions given in front matter lines (line 1
// is the line after the opening delimiter) as file lines and columns.
func (p *page) setPositions(pos map[string]keyPos) {
	for k, at := range pos {
		p.lines[k] = p.fmLine + at.line
		p.cols[k] = at.col
	}
}

// decodeYAML decodes YAML front matter lines with a YAML parser and
// records the line and column of every key.
func (p *page) decodeYAML(fm []string) {
	data, pos, err := yamlKeyPositions([]byte(strings.Join(fm, "\n")))
	if err != nil {
		line, msg := p.fmLine, strings.TrimPrefix(err.Error(), "yaml: ")
		if rest, ok := strings.CutPrefix(msg, "line "); ok {
			if n, after, ok := strings.Cut(rest, ": "); ok {
				if l, err := strconv.Atoi(n); err == nil {
					line, msg = p.fmLine+l, after
				}
			}
		}
		p.fmErr = &fmError{line, "front matter is not valid YAML: " + msg}
		return
	}
	p.data = data
	p.setPositions(pos)
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
