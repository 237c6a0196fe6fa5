package importer

import (
	"strings"

	"github.com/pmezard/go-difflib/difflib"
)

// Diff returns the unified diff that writing the article would make to its
// target, with /dev/null as the old side of a new file, or "" when writing
// would change nothing.
func (a *Article) Diff() string {
	if !a.Changed() {
		return ""
	}
	from := "a/" + a.Target
	if !a.Exists() {
		from = "/dev/null"
	}
	d, err := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
		A:        lines(string(a.Existing)),
		B:        lines(string(a.Source)),
		FromFile: from,
		ToFile:   "b/" + a.Target,
		Context:  3,
	})
	if err != nil { // only a failed write to a strings.Builder; cannot happen
		panic(err)
	}
	return d
}

// lines splits text after each newline; a last line without one gets the
// "\\ No newline at end of file" marker of diff(1).
func lines(text string) []string {
	if text == "" {
		return nil
	}
	l := strings.SplitAfter(text, "\n")
	if l[len(l)-1] == "" {
		return l[:len(l)-1]
	}
	l[len(l)-1] += "\n\\ No newline at end of file\n"
	return l
}
