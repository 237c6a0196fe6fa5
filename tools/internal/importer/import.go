package importer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/leadingup/leadingup/tools/internal/atomicfile"
	"github.com/leadingup/leadingup/tools/internal/corpus"
	"github.com/leadingup/leadingup/tools/internal/normalize"
	"github.com/leadingup/leadingup/tools/internal/vocab"
)

// Options configure Load.
type Options struct {
	// Vocab maps the items onto terms; nil makes every item a candidate.
	Vocab *vocab.Vocabulary
	// SourcesDir is the folder the source essays go to (default "sources").
	SourcesDir string
	// Fetch configures fetching addresses.
	Fetch FetchOptions
}

// Article is one imported article, ready to review, diff or write.
type Article struct {
	// Origin is the file or address the article came from.
	Origin string
	// Target is the source essay file it is written to, under SourcesDir.
	Target string
	// Source is the text written to Target: the authoring format.
	Source []byte
	// Existing is Target's current content; nil when Target does not exist.
	Existing []byte
	// FrontMatter and Body are the normalised essay, as the site will have it.
	FrontMatter normalize.FrontMatter
	Body        string
	// Report is the normaliser's report for the essay.
	Report normalize.Report
	// Warnings are the importer's own remarks, shown in the review.
	Warnings []string
}

// Exists reports whether the target file exists already.
func (a *Article) Exists() bool { return a.Existing != nil }

// Changed reports whether writing would change the target file.
func (a *Article) Changed() bool { return !bytes.Equal(a.Existing, a.Source) }

// Expand turns the arguments into the list of articles to import: addresses
// stay as they are, folders are searched for essay files (see
// corpus.Extensions) and files are kept. Missing paths are errors.
func Expand(args []string) ([]string, error) {
	var out, paths []string
	var errs []error
	for _, a := range args {
		if IsURL(a) {
			out = append(out, a)
		} else {
			paths = append(paths, a)
		}
	}
	if len(paths) > 0 {
		files, ferrs := corpus.Files(paths)
		out = append(out, files...)
		errs = append(errs, ferrs...)
	}
	return out, errors.Join(errs...)
}

// Load reads or fetches one article (a file or an http(s) address),
// normalises it and renders its source essay. It writes nothing.
func Load(ctx context.Context, arg string, opts Options) (*Article, error) {
	if opts.SourcesDir == "" {
		opts.SourcesDir = "sources"
	}
	var (
		src       []byte
		name, url string
		slug      string
	)
	if IsURL(arg) {
		body, final, err := Fetch(ctx, arg, opts.Fetch)
		if err != nil {
			return nil, err
		}
		src, url = body, final
		slug = urlSlug(final)
		name = slug + ".html"
		if !looksHTML(body) {
			name = slug + ".txt"
		}
	} else {
		b, err := readFile(arg)
		if err != nil {
			return nil, err
		}
		src, name, slug = b, arg, corpus.Slug(arg)
	}
	res, err := normalize.Normalize(src, normalize.Options{Name: name, SourcePath: arg, Vocab: opts.Vocab})
	if err != nil {
		return nil, err
	}
	fm, body, _, err := normalize.ParseFrontMatter(res.Markdown, name)
	if err != nil {
		return nil, fmt.Errorf("%s: the normaliser wrote front matter it cannot read back (%v): please report this", arg, err)
	}
	if url != "" && fm.Source.URL == "" {
		fm.Source.URL = url
	}
	if slug == "essay" || slug == "" || slug == "index" {
		slug = corpus.Slug(fm.Title + ".md")
	}
	a := &Article{
		Origin:      arg,
		Target:      filepath.ToSlash(filepath.Join(opts.SourcesDir, slug+".md")),
		FrontMatter: fm,
		Body:        strings.TrimSpace(string(body)) + "\n",
		Report:      res.Report,
	}
	if !IsURL(arg) && inDir(arg, opts.SourcesDir) {
		// A source essay already: review it as the build reads it.
		a.Target, a.Source, a.Existing = filepath.ToSlash(arg), src, src
		return a, nil
	}
	text, err := SourceFile(fm, a.Body, arg)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", arg, err)
	}
	a.Source = []byte(text)
	switch old, err := os.ReadFile(filepath.FromSlash(a.Target)); {
	case err == nil:
		a.Existing = old
	case !errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("%s: %w", a.Target, err)
	}
	a.Warnings = roundTrip(a, opts)
	return a, nil
}

// Write writes the source essay to its target atomically (a temporary file,
// then a rename), replacing what was there.
func (a *Article) Write() error {
	if !a.Changed() {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(filepath.FromSlash(a.Target)), 0o755); err != nil {
		return err
	}
	return atomicfile.Write(filepath.FromSlash(a.Target), a.Source, 0o644)
}

// inDir reports whether file is directly inside dir.
func inDir(file, dir string) bool {
	f, err1 := filepath.Abs(filepath.Dir(file))
	d, err2 := filepath.Abs(dir)
	return err1 == nil && err2 == nil && f == d
}

// readFile reads an article file, refusing folders and files over the
// normaliser's size limit.
func readFile(name string) ([]byte, error) {
	info, err := os.Stat(name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such file or folder", name)
		}
		return nil, err
	}
	if info.IsDir() {
		return nil, fmt.Errorf("%s: is a folder", name)
	}
	if info.Size() > normalize.DefaultMaxBytes {
		return nil, fmt.Errorf("%s: file is %d bytes, over the %d MB limit: trim it to the article", name, info.Size(), normalize.DefaultMaxBytes>>20)
	}
	return os.ReadFile(name)
}

// looksHTML reports whether a fetched body is a web page.
func looksHTML(b []byte) bool {
	return normalize.DetectFormat("page.html", b) == normalize.FormatHTML
}

// urlSlug names an article after the last segment of its address's path:
// https://example.org/blog/ask-early.html → ask-early.
func urlSlug(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	base := path.Base(strings.TrimSuffix(u.Path, "/"))
	if base == "." || base == "/" {
		return ""
	}
	return corpus.Slug(base)
}

// SourceFile renders a normalised essay as a Markdown source essay: TOML
// front matter that pins what the normaliser found (title, date, byline and
// the credited original with its address), then the body. The normaliser
// reads its own output back unchanged, so the build makes exactly the essay
// the review showed; items and terms are found again from the body, so
// editing a heading or a list item in the source changes them as expected.
func SourceFile(fm normalize.FrontMatter, body, origin string) (string, error) {
	pinned := normalize.FrontMatter{
		Title:   fm.Title,
		Date:    fm.Date,
		Authors: fm.Authors,
		Source:  fm.Source,
	}
	comment := fmt.Sprintf("Imported by \"go run ./tools/leadup import\" from %s.\nThis is the source essay: edit it freely, the build normalises it again.", oneLine(origin))
	head, err := pinned.Encode(comment)
	if err != nil {
		return "", err
	}
	return head + "\n" + strings.TrimSpace(body) + "\n", nil
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// roundTrip normalises the rendered source again, as the build will, and
// says where the result differs from what the review shows.
func roundTrip(a *Article, opts Options) []string {
	res, err := normalize.Normalize(a.Source, normalize.Options{Name: a.Target, Vocab: opts.Vocab})
	if err != nil {
		return []string{fmt.Sprintf("the written source does not normalise again (%v): edit %s by hand after writing it", err, a.Target)}
	}
	fm, _, _, err := normalize.ParseFrontMatter(res.Markdown, a.Target)
	if err != nil {
		return []string{fmt.Sprintf("the written source does not normalise again (%v)", err)}
	}
	var w []string
	differ := func(what, got, want string) {
		if got != want {
			w = append(w, fmt.Sprintf("the build will read the %s of %s as %q, not %q: edit the file after writing it", what, a.Target, got, want))
		}
	}
	differ("title", fm.Title, a.FrontMatter.Title)
	differ("byline", strings.Join(fm.Authors, ", "), strings.Join(a.FrontMatter.Authors, ", "))
	differ("date", fm.Date, a.FrontMatter.Date)
	differ("source", creditLine(fm), creditLine(a.FrontMatter))
	got, want := itemList(res.Report), itemList(a.Report)
	for i := 0; i < max(len(got), len(want)); i++ {
		g, wt := "(none)", "(none)"
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			wt = want[i]
		}
		if g != wt {
			w = append(w, fmt.Sprintf("the build will find %d items in %s, not %d: item %d is %s, not %s; check the lists after writing it", len(got), a.Target, len(want), i+1, g, wt))
			break
		}
	}
	return w
}

// itemList lists a report's items as "label → term", in order.
func itemList(r normalize.Report) []string {
	var items []string
	for _, g := range [][]normalize.ItemRef{r.Reasons, r.Steps, r.Pitfalls} {
		for _, it := range g {
			term := it.Term
			if term == "" {
				term = "no term"
			}
			items = append(items, fmt.Sprintf("%q → %s", it.Label, term))
		}
	}
	return items
}
