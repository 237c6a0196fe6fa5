package check

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
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
}

// String formats the problem as "file:line: message" (or "file: message"
// when the line is unknown), the form editors and CI logs understand.
func (p Problem) String() string {
	if p.Line <= 0 {
		return fmt.Sprintf("%s: %s", p.File, p.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
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
	c.checkVocabulary()
	c.checkPages()
	c.checkBudgets()
	sort.SliceStable(c.problems, func(i, j int) bool {
		a, b := c.problems[i], c.problems[j]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
	return c.problems, nil
}

// checker holds what Run has loaded and the problems found so far.
type checker struct {
	root     string
	opts     Options
	problems []Problem

	vocab   *vocabulary // nil when the vocabulary could not be read
	budgets budgets
	pages   []*page // every Markdown file under content/, sorted by path
	essays  []*essay
	sources []string // slugs of sources/*.txt
}

// report records a problem.
func (c *checker) report(file string, line int, format string, args ...any) {
	c.problems = append(c.problems, Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
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
	srcs, err := filepath.Glob(filepath.Join(c.root, "sources", "*.txt"))
	if err != nil {
		return err
	}
	for _, s := range srcs {
		c.sources = append(c.sources, strings.TrimSuffix(filepath.Base(s), ".txt"))
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
