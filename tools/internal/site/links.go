package site

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// brokenLinkMark starts the warning that the theme's link render hook
// (themes/leadup/layouts/_markup/render-link.html) prints through warnf for
// a link to a page that does not exist. The fields that follow are
// tab-separated: the content file, the link destination, which link to that
// destination on the page it is (1 for the first) and the message.
const brokenLinkMark = "leadup-broken-link\t"

// BrokenLink is an internal link that names no page of the built site. The
// page shows its text without a link.
type BrokenLink struct {
	File string // the content file, relative to the project root
	Line int    // 1-based line of the link in File; 0 when it cannot be found
	Col  int    // 1-based byte column of the destination; 0 with Line 0
	Dest string // the link destination as written
	Msg  string // what happened
}

// String formats the warning as "file:line:col: warning: message".
func (b BrokenLink) String() string {
	if b.Line == 0 {
		return fmt.Sprintf("%s: warning: %s", b.File, b.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: warning: %s", b.File, b.Line, b.Col, b.Msg)
}

// linkWarnings is a writer in front of Hugo's output. It passes every line
// through except the render hook's broken-link warnings, which it collects,
// resolves to a file and line, and prints in the file:line:col form.
type linkWarnings struct {
	root string
	out  io.Writer

	mu     sync.Mutex
	buf    []byte
	broken []BrokenLink
	seen   map[string]bool
}

func newLinkWarnings(root string, out io.Writer) *linkWarnings {
	return &linkWarnings{root: root, out: out, seen: map[string]bool{}}
}

// Write passes complete lines on and keeps a partial last line for later.
func (w *linkWarnings) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf = append(w.buf, p...)
	for {
		i := bytes.IndexByte(w.buf, '\n')
		if i < 0 {
			break
		}
		line := string(w.buf[:i+1])
		w.buf = w.buf[i+1:]
		if err := w.line(line); err != nil {
			return len(p), err
		}
	}
	return len(p), nil
}

// Flush passes on a last line that had no newline.
func (w *linkWarnings) Flush() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.buf) == 0 {
		return nil
	}
	line := string(w.buf) + "\n"
	w.buf = nil
	return w.line(line)
}

func (w *linkWarnings) line(line string) error {
	_, rest, ok := strings.Cut(line, brokenLinkMark)
	if !ok {
		_, err := io.WriteString(w.out, line)
		return err
	}
	fields := strings.SplitN(strings.TrimRight(rest, "\r\n"), "\t", 4)
	nth, err := strconv.Atoi(fields[min(2, len(fields)-1)])
	if len(fields) < 4 || err != nil || nth < 1 {
		_, werr := io.WriteString(w.out, line)
		return werr
	}
	b := BrokenLink{File: fields[0], Dest: fields[1], Msg: fields[3]}
	if b.File == "" {
		b.File = "(a page without a file)"
	} else {
		b.Line, b.Col = findDestination(b.File, b.Dest, nth-1)
		if rel, err := filepath.Rel(w.root, b.File); err == nil && !strings.HasPrefix(rel, "..") {
			b.File = filepath.ToSlash(rel)
		}
	}
	// Hugo renders a page once per output format and may render a
	// summary twice; one warning per place is enough.
	key := fmt.Sprintf("%s:%d:%d:%s", b.File, b.Line, b.Col, b.Dest)
	if w.seen[key] {
		return nil
	}
	w.seen[key] = true
	w.broken = append(w.broken, b)
	_, err = fmt.Fprintln(w.out, b)
	return err
}

// Broken returns the broken links seen so far.
func (w *linkWarnings) Broken() []BrokenLink {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]BrokenLink(nil), w.broken...)
}

// findDestination returns the line and column of the n-th (0-based) link
// to dest in file: the "[" that opens the link text, found from "](dest" or
// from "]: dest" (a reference definition), the position check reports too. It returns 0, 0 when the file cannot be read or
// holds no such link.
func findDestination(file, dest string, n int) (line, col int) {
	src, err := os.ReadFile(file)
	if err != nil {
		return 0, 0
	}
	text := string(src)
	var offsets []int
	for _, pat := range []string{"](" + dest, "](<" + dest, "]: " + dest, "]:" + dest} {
		for i := 0; ; {
			j := strings.Index(text[i:], pat)
			if j < 0 {
				break
			}
			offsets = append(offsets, i+j+len(pat)-len(dest))
			i += j + len(pat)
		}
	}
	if len(offsets) == 0 {
		return 0, 0
	}
	slices.Sort(offsets)
	off := openingBracket(text, offsets[min(n, len(offsets)-1)])
	line = strings.Count(text[:off], "\n") + 1
	col = off - strings.LastIndexByte(text[:off], '\n')
	return line, col
}

// openingBracket returns the offset of the "[" that opens the link text
// whose destination starts at off, or off when there is none on the way.
func openingBracket(text string, off int) int {
	j := strings.LastIndex(text[:off], "]")
	if j < 0 {
		return off
	}
	depth := 0
	for k := j - 1; k >= 0; k-- {
		switch text[k] {
		case ']':
			depth++
		case '[':
			if depth == 0 {
				if k > 0 && text[k-1] == '!' {
					k--
				}
				return k
			}
			depth--
		case '\n':
			if k > 0 && text[k-1] == '\n' {
				return off // a blank line: the text cannot go on
			}
		}
	}
	return off
}
