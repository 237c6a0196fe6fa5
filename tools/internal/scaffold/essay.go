package scaffold

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/leadingup/leadingup/tools/internal/atomicfile"
	"github.com/leadingup/leadingup/tools/internal/corpus"
)

// essayTemplate is a new source essay. %[1]s is the title.
const essayTemplate = `%[1]s

By Your Name
<!-- One "By" line names who wrote this version. If it adapts someone else's
     work, keep the next line and credit the original; otherwise delete it. -->
Adapted from "Original Title" by Original Author (https://example.org/original)

<!-- The first paragraph is the summary shown on cards and the cheat sheet.
     Keep it to one or two sentences. -->
Say in a sentence or two what this essay is about and who it is for.

<!-- Reasons go under a heading that starts with "Why". Write each item on
     one line as "Label - Explanation": the label is printed on the cheat
     sheet, the first sentence of the explanation too. -->
Why it matters

1. Your boss needs your help - Say why, in a sentence or two.

<!-- Steps go under a heading such as "How to ...", "Steps" or "Tips". -->
How to do it

- Give context - Say what to do, and give a short example from work.

<!-- Pitfalls go under "Mistakes to avoid"; an item that starts with
     "Don't", "Never" or "Avoid" is a pitfall anywhere. -->
Mistakes to avoid

- Don't surprise your boss with bad news - Say what goes wrong and why.

<!-- Check what the normaliser makes of this file:
       go run ./tools/leadup import sources/%[2]s.txt
     then build and check the site:
       go run ./tools/leadup build && go run ./tools/leadup check -->
`

// Essay creates sources/<slug>.txt under root for a new essay with the
// given title, and returns its path relative to root. It never overwrites
// a file.
func Essay(root, title string) (string, error) {
	title = strings.Join(strings.Fields(title), " ")
	if title == "" {
		return "", errors.New("give the essay a title, e.g. leadup new essay \"Ask for Feedback\"")
	}
	slug := corpus.Slug(title + ".txt")
	rel := filepath.ToSlash(filepath.Join("sources", slug+".txt"))
	for _, ext := range corpus.Extensions {
		other := filepath.Join(root, "sources", slug+ext)
		if _, err := os.Stat(other); err == nil {
			return "", fmt.Errorf("%s exists: choose another title, or edit that file", filepath.ToSlash(filepath.Join("sources", slug+ext)))
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
	}
	path := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return "", err
	}
	return rel, atomicfile.Write(path, []byte(fmt.Sprintf(essayTemplate, title, slug)), 0o644)
}
