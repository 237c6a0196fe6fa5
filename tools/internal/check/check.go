package check

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/leadingup/leadingup/tools/internal/corpus"
)

// Options tunes Run. The zero value checks a repository laid out as the team
// contract describes.
type Options struct {
	// Vocabulary is the vocabulary file, relative to the root.
	// Empty means data/vocabulary.toml.
	Vocabulary string
	// Config is the Hugo site configuration, relative to the root, read for
	// the cheat sheet budgets. Empty means config.toml.
	Config string
}

// Problem is one mistake in the content, at a file and line.
type Problem struct {
	File string // path relative to the root, with forward slashes
	Line int    // 1-based; 0 when the problem concerns the whole file
	Msg  string // lowercase, no full stop, says what to do
	Diagnostic
}

// String formats the problem as "file:line:col: message" ("file:line:
// message" without a column, "file: message" without a line), the form
// editors and CI logs understand. Warnings say so after the position.
func (p Problem) String() string {
	pos := p.File
	if p.Line > 0 {
		pos += fmt.Sprintf(":%d", p.Line)
		if p.Col > 0 {
			pos += fmt.Sprintf(":%d", p.Col)
		}
	}
	if p.Severity == Warning {
		return pos + ": warning: " + p.Msg
	}
	return pos + ": " + p.Msg
}

// Errors counts the problems that are errors, not warnings.
func Errors(problems []Problem) int {
	n := 0
	for _, p := range problems {
		if p.Severity == Error {
			n++
		}
	}
	return n
}

// Run checks the content pack under root and returns the problems found,
// sorted by file and line. The error is non-nil only when the check itself
// could not run (for example the root is not readable); mistakes in content,
// including unparsable files, are problems.
func Run(root string, opts Options) ([]Problem, error) {
	if opts.Vocabulary == "" {
		opts.Vocabulary = "data/vocabulary.toml"
	}
	if opts.Config == "" {
		opts.Config = "config.toml"
	}
	if fi, err := os.Stat(root); err != nil {
		return nil, err
	} else if !fi.IsDir() {
		return nil, fmt.Errorf("%s is not a directory", root)
	}
	c := &checker{root: root, opts: opts}
	if err := c.load(); err != nil {
		return nil, err
	}
	c.checkEssays()
	c.checkEssayIndex()
	c.checkVocabulary()
	c.checkPages()
	c.checkBudgets()
	c.attachSources()
	sort.SliceStable(c.problems, func(i, j int) bool {
		a, b := c.problems[i], c.problems[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	return c.problems, nil
}

// checker holds what Run has loaded and the problems found so far.
type checker struct {
	root     string
	opts     Options
	problems []Problem

	vocab      *vocabulary // nil when the vocabulary could not be read
	budgets    budgets
	pages      []*page // every Markdown file under content/, sorted by path
	essays     []*essay
	sources    []string          // slugs of the source essays in sources/
	sourceFile map[string]string // slug → root-relative source file
}

// report records a problem.
func (c *checker) report(file string, line int, format string, args ...any) {
	c.problems = append(c.problems, Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// reportAt records a problem at a byte offset of a page's file, with the
// source line for the caret and a hint.
func (c *checker) reportAt(p *page, off int, sev Severity, hint, format string, args ...any) {
	line, col := position(p.src, off)
	c.problems = append(c.problems, Problem{File: p.file, Line: line, Msg: fmt.Sprintf(format, args...),
		Diagnostic: Diagnostic{Col: col, Severity: sev, Hint: hint, Source: lineAt(p.src, line)}})
}

// load reads the vocabulary, the budgets and every content page.
func (c *checker) load() error {
	c.vocab = c.loadVocabulary()
	c.budgets = c.loadBudgets()
	content := filepath.Join(c.root, "content")
	err := filepath.WalkDir(content, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".md") {
			return nil
		}
		rel, err := filepath.Rel(c.root, path)
		if err != nil {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		p := newPage(filepath.ToSlash(rel), src)
		if p.fmErr != nil {
			c.report(p.file, p.fmErr.line, "%s", p.fmErr.msg)
		}
		c.pages = append(c.pages, p)
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	sort.Slice(c.pages, func(i, j int) bool { return c.pages[i].file < c.pages[j].file })
	// Source essays: what the build normalises (see corpus.Files).
	c.sourceFile = map[string]string{}
	if _, err := os.Stat(filepath.Join(c.root, "sources")); err == nil {
		files, errs := corpus.Files([]string{filepath.Join(c.root, "sources")})
		if len(errs) > 0 {
			return errors.Join(errs...)
		}
		for _, f := range files {
			rel, err := filepath.Rel(c.root, f)
			if err != nil {
				return err
			}
			slug := corpus.Slug(f)
			if _, dup := c.sourceFile[slug]; !dup {
				c.sources = append(c.sources, slug)
				c.sourceFile[slug] = filepath.ToSlash(rel)
			}
		}
	}
	sort.Strings(c.sources)
	return nil
}

// page returns the loaded page at a root-relative path, or nil.
func (c *checker) page(file string) *page {
	for _, p := range c.pages {
		if p.file == file {
			return p
		}
	}
	return nil
}

// attachSources gives every problem that has a line but no source line yet
// the text of that line and a column (see columnOf), so that every problem
// reads file:line:col and is shown with a caret.
func (c *checker) attachSources() {
	srcs := map[string][]byte{}
	for _, p := range c.pages {
		srcs[p.file] = p.src
	}
	for i := range c.problems {
		pr := &c.problems[i]
		if pr.Line <= 0 || pr.Source != "" {
			continue
		}
		src, ok := srcs[pr.File]
		if !ok {
			b, err := os.ReadFile(filepath.Join(c.root, filepath.FromSlash(pr.File)))
			if err != nil {
				continue
			}
			src = []byte(strings.ReplaceAll(string(b), "\r\n", "\n"))
			srcs[pr.File] = src
		}
		pr.Source = lineAt(src, pr.Line)
		pr.Col = columnOf(pr.Source, pr.Msg)
	}
}

// quoted finds the strings a message quotes, such as a slug or a title.
var quoted = regexp.MustCompile(`"([^"]+)"`)

// columnOf places the caret of a line-only problem: under the first string
// the message quotes that the line holds in quotes too (the slug in
// `steps = ["a", "b"]`), else under the line's first character (a key or a
// table header). It returns 0 for a blank line.
func columnOf(line, msg string) int {
	for _, m := range quoted.FindAllStringSubmatch(msg, -1) {
		if i := strings.Index(line, `"`+m[1]+`"`); i >= 0 {
			return i + 1
		}
	}
	if t := strings.TrimLeft(line, " \t"); t != "" {
		return len(line) - len(t) + 1
	}
	return 0
}
