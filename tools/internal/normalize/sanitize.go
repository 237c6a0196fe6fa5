// sanitize.go: removes raw HTML (script, style, comments, tags, event
// handlers) from text and Markdown input, reporting each removal.

package normalize

import (
	"regexp"
	"strings"
)

var (
	reTag         = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)
	reHandler     = regexp.MustCompile(`(?i)\son[a-z]+\s*=`)
	reScriptOpen  = regexp.MustCompile(`(?i)<(script|style)\b`)
	reHTMLComment = regexp.MustCompile(`<!--.*?-->`)
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

func replaceUnescaped(re *regexp.Regexp, s string, f func(string) string) string {
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
