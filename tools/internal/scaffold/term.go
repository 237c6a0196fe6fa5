package scaffold

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/leadingup/leadingup/tools/internal/atomicfile"
	"github.com/leadingup/leadingup/tools/internal/corpus"
	"github.com/leadingup/leadingup/tools/internal/vocab"
)

// VocabularyPath is the vocabulary file, relative to the project root.
const VocabularyPath = "data/vocabulary.toml"

// NewTerm describes a term to add.
type NewTerm struct {
	Taxonomy    string   // reasons, steps or pitfalls
	Title       string   // a claim, an imperative or the mistake's name
	Description string   // one line, printed on the cheat sheets
	Aliases     []string // phrases that map an item onto the term
}

// Created says what Term made.
type Created struct {
	Slug  string
	Line  int    // line of the new [[taxonomy]] header in the vocabulary
	Page  string // the term page, relative to the root
	Vocab string // the vocabulary file, relative to the root
}

// Term adds t to root's vocabulary and creates its page from the archetype
// with `go tool hugo new content`. The vocabulary is validated before it is
// written; when Hugo fails the vocabulary is restored.
func Term(ctx context.Context, root string, t NewTerm) (Created, error) {
	if !slices.Contains(vocab.Taxonomies, t.Taxonomy) {
		return Created{}, fmt.Errorf("unknown taxonomy %q: use reasons, steps or pitfalls", t.Taxonomy)
	}
	t.Title = strings.Join(strings.Fields(t.Title), " ")
	t.Description = strings.Join(strings.Fields(t.Description), " ")
	if t.Title == "" || t.Description == "" {
		return Created{}, errors.New(`give the term a title and a one-line description, e.g. leadup new term steps "Ask for feedback" "Ask what you could do better, and act on it."`)
	}
	slug := corpus.Slug(t.Title + ".txt")
	c := Created{Slug: slug, Vocab: VocabularyPath, Page: filepath.ToSlash(filepath.Join("content", t.Taxonomy, slug, "_index.md"))}
	file := filepath.Join(root, VocabularyPath)
	old, err := os.ReadFile(file)
	if err != nil {
		return c, err
	}
	v, err := vocab.Parse(old, VocabularyPath)
	if err != nil {
		return c, fmt.Errorf("fix the vocabulary first: %w", err)
	}
	if tax, _, ok := v.Lookup(slug); ok {
		return c, fmt.Errorf("%s already has the %s term %q: choose another title, or edit that term", VocabularyPath, tax, slug)
	}
	if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(c.Page))); err == nil {
		return c, fmt.Errorf("%s exists without a vocabulary term: delete it or add its term by hand", c.Page)
	}
	src, line := AddTerm(old, t.Taxonomy, vocab.Term{Slug: slug, Title: t.Title, Description: t.Description, Aliases: t.Aliases})
	if _, err := vocab.Parse(src, VocabularyPath); err != nil {
		return c, fmt.Errorf("the new term is not valid: %w", err)
	}
	c.Line = line
	if err := atomicfile.Write(file, src, 0o644); err != nil {
		return c, err
	}
	cmd := exec.CommandContext(ctx, "go", "tool", "hugo", "new", "content", "--source", root, "--kind", "term", filepath.Join(t.Taxonomy, slug, "_index.md"))
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	if err != nil {
		os.Remove(filepath.Join(root, filepath.FromSlash(c.Page)))
		if rerr := atomicfile.Write(file, old, 0o644); rerr != nil {
			return c, fmt.Errorf("hugo new content failed (%v) and %s could not be restored: %v\n%s", err, VocabularyPath, rerr, out)
		}
		return c, fmt.Errorf("hugo new content failed (%v); %s is unchanged:\n%s", err, VocabularyPath, out)
	}
	return c, nil
}

// AddTerm returns the vocabulary src with a new term appended after the
// last term of taxonomy (or at the end of the file when it has none), in
// the file's own layout, and the line of the new [[taxonomy]] header.
// Everything else, comments included, is kept byte for byte.
func AddTerm(src []byte, taxonomy string, t vocab.Term) ([]byte, int) {
	lines := strings.SplitAfter(string(src), "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	header := "[[" + taxonomy + "]]"
	last := -1
	for i, l := range lines {
		if strings.TrimSpace(l) == header {
			last = i
		}
	}
	insert := len(lines)
	if last >= 0 {
		// The entry ends before the next table, section comment or blank
		// line followed by either.
		insert = last + 1
		for insert < len(lines) {
			s := strings.TrimSpace(lines[insert])
			if s == "" || strings.HasPrefix(s, "[") || strings.HasPrefix(s, "#") {
				break
			}
			insert++
		}
	}
	var b strings.Builder
	if insert > 0 && !strings.HasSuffix(lines[insert-1], "\n") {
		lines[insert-1] += "\n"
	}
	b.WriteString("\n" + header + "\n")
	b.WriteString("slug = " + strconv.Quote(t.Slug) + "\n")
	b.WriteString("title = " + strconv.Quote(t.Title) + "\n")
	b.WriteString("description = " + strconv.Quote(t.Description) + "\n")
	quoted := make([]string, len(t.Aliases))
	for i, a := range t.Aliases {
		quoted[i] = strconv.Quote(a)
	}
	b.WriteString("aliases = [" + strings.Join(quoted, ", ") + "]\n")
	entry := b.String()
	out := strings.Join(lines[:insert], "") + entry + strings.Join(lines[insert:], "")
	return []byte(out), insert + 2 // the blank line, then the header
}
