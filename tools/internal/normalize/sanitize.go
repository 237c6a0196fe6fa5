// sanitize.go: removes raw HTML (script, style, comments, tags, event
// handlers) from text and Markdown input, reporting each removal.

package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
)

var (
	reTag         = prefilter.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)
	reHandler     = prefilter.MustCompile(`(?i)\son[a-z]+\s*=`)
	reScriptOpen  = prefilter.MustCompile(`(?i)<(script|style)\b`)
	reHTMLComment = prefilter.MustCompile(`<!--.*?-->`)
)

// stripHTML removes raw HTML from a text or Markdown body: script and style
// elements with their content, comments and tags (their text is kept). Each
// removal is reported; nothing of it reaches the output.
func (d *doc) stripHTML() {
	inScript, inComment := "", false
	for i := range d.lines {
		l := &d.lines[i]
		if l.kind == kFence || l.kind == kBlank {
			continue
		}
		if l.code {
			continue
		}
		raw := l.raw
		if inScript != "" {
			d.dropLine(i, "script")
			if strings.Contains(strings.ToLower(raw), "</"+inScript) {
				inScript = ""
			}
			continue
		}
		if inComment {
			d.dropLine(i, "html comment")
			if strings.Contains(raw, "-->") {
				inComment = false
			}
			continue
		}
		if !strings.Contains(raw, "<") {
			continue
		}
		var removed []string
		if m := reScriptOpen.FindStringSubmatchIndex(raw); m != nil && !escapedAt(raw, m[0]) {
			name := strings.ToLower(raw[m[2]:m[3]])
			d.warn("line %d: removed <%s> element", l.n, name)
			rest := raw[m[0]:]
			if j := strings.Index(strings.ToLower(rest), "</"+name); j >= 0 {
				end := j + len(name) + 2
				if k := strings.Index(rest[end:], ">"); k >= 0 {
					end += k + 1
				}
				removed = append(removed, rest[:end])
				raw = raw[:m[0]] + rest[end:]
			} else {
				removed = append(removed, rest)
				raw = raw[:m[0]]
				inScript = name
			}
		}
		raw = reHTMLComment.ReplaceAllStringFunc(raw, func(c string) string {
			removed = append(removed, c)
			return ""
		})
		if k := strings.Index(raw, "<!--"); k >= 0 && !escapedAt(raw, k) {
			removed = append(removed, raw[k:])
			raw = raw[:k]
			inComment = true
		}
		raw = replaceUnescaped(reTag, raw, func(t string) string {
			if reHandler.MatchString(t) {
				d.warn("line %d: removed event handler in raw html", l.n)
			}
			removed = append(removed, t)
			return ""
		})
		if len(removed) == 0 {
			continue
		}
		d.drop(l.n, strings.Join(removed, " "), "raw html")
		nl := lex(raw, l.n, d.markdown)[0]
		if strings.TrimSpace(nl.text) == "" {
			d.skip[i] = true
		}
		*l = nl
	}
}

func escapedAt(s string, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && s[j] == '\\'; j-- {
		n++
	}
	return n%2 == 1
}

func replaceUnescaped(re *prefilter.Regexp, s string, f func(string) string) string {
	var b strings.Builder
	last := 0
	for _, m := range re.FindAllStringIndex(s, -1) {
		if escapedAt(s, m[0]) {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(f(s[m[0]:m[1]]))
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// validURL accepts absolute http(s) URLs without spaces or markup.
func validURL(u string) bool {
	return reURL.FindString(u) == u && u != "" && !strings.ContainsAny(u, "<>\"'` \\")
}

// hidden marks an escaped Markdown character while emphasis is read: "\*"
// is a literal asterisk, never the start or end of emphasis. The marks are
// runes of the last private-use plane, which pasted text does not hold
// (when it does, nothing is hidden).
const hidden = 0xF0000

// hideEscapes replaces each backslash escape "\c" (c ASCII punctuation)
// with a mark; ok reports whether it did anything.
func hideEscapes(s string) (string, bool) {
	if !strings.Contains(s, `\`) {
		return s, false
	}
	for _, r := range s {
		if r >= hidden {
			return s, false
		}
	}
	var b strings.Builder
	changed := false
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]) {
			b.WriteRune(hidden + rune(s[i+1]))
			i++
			changed = true
			continue
		}
		b.WriteByte(s[i])
	}
	if !changed {
		return s, false
	}
	return b.String(), true
}

// unhideEscapes turns the marks of hideEscapes back into escapes.
func unhideEscapes(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= hidden && r < hidden+utf8.RuneSelf {
			b.WriteByte('\\')
			b.WriteByte(byte(r - hidden))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isASCIIPunct reports whether c is ASCII punctuation, which a backslash
// escapes in Markdown.
func isASCIIPunct(c byte) bool {
	return c < utf8.RuneSelf && (unicode.IsPunct(rune(c)) || unicode.IsSymbol(rune(c)))
}
