package normalize

import (
	"fmt"
	"strings"
)

// Error is a problem with the input at a position. Error() gives
// "file:line:col: message" (lowercase, no full stop); Line and Col are
// 1-based and left out of the message when zero. Use errors.As to get it.
type Error struct {
	File string
	Line int
	Col  int
	Msg  string
}

// Error formats the error as "file:line:col: message".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

func errorf(file string, line, col int, format string, args ...any) *Error {
	return &Error{File: file, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}
