// Package corpus normalises a set of essay files into a folder of Hugo
// content and gathers their reports.
//
// It is the file-level layer around package normalize, which works on bytes:
// corpus expands folders into essay files, reads each one, writes each
// result atomically (a temporary file in the output folder, then a rename,
// so a failure never leaves half a file behind), and keeps going after a
// file fails so that one bad paste does not block the rest.
package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/leadingup/leadingup/tools/internal/atomicfile"
	"github.com/leadingup/leadingup/tools/internal/normalize"
	"github.com/leadingup/leadingup/tools/internal/vocab"
)

// Extensions lists the file name extensions that are taken as essays when
// a folder is given. A file named explicitly is read whatever its name.
var Extensions = []string{".txt", ".text", ".md", ".markdown", ".html", ".htm"}

// Options configures Normalize.
type Options struct {
	// Out is the folder the Markdown files are written to.
	Out string
	// Vocab is the controlled vocabulary the items are mapped onto.
	Vocab *vocab.Vocabulary
	// Base, when set, makes the source paths recorded in the output and the
	// report relative to it (normally the project root).
	Base string
	// Cache, when set, is a folder of earlier results: an essay whose
	// source, name, vocabulary and normaliser are all unchanged is taken
	// from it instead of being normalised again (see Cache).
	Cache *Cache
	// Workers is how many files are normalised at once; zero means
	// GOMAXPROCS.
	Workers int
}

// Report is the JSON report of one run, as written by `leadup normalize
// -report FILE`. Outside tooling reads it: its keys are a contract.
type Report = normalize.Reports

// Normalize normalises every essay named by paths (files, or folders that
// are searched recursively for Extensions) into opts.Out. It returns the
// report for the files that succeeded and an error that joins one error per
// failed file; the other files are still processed and written.
func Normalize(paths []string, opts Options) (Report, error) {
	rep := Report{Essays: []normalize.Report{}}
	files, errs := expand(paths)
	if len(files) == 0 && len(errs) == 0 {
		errs = append(errs, errors.New("no essay files found: give .txt, .md or .html files, or folders holding them"))
	}
	type job struct{ file, slug string }
	slugs := map[string]string{}
	var jobs []job
	for _, file := range files {
		slug := Slug(file)
		if prev, dup := slugs[slug]; dup {
			errs = append(errs, fmt.Errorf("%s: has the same name as %s, so both would be written to %s.md: rename one", file, prev, slug))
			continue
		}
		slugs[slug] = file
		jobs = append(jobs, job{file, slug})
	}
	type result struct {
		rep *normalize.Report
		err error
	}
	results := make([]result, len(jobs))
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(workers, len(jobs)) {
		wg.Go(func() {
			for i := range next {
				r, err := normalizeFile(jobs[i].file, jobs[i].slug, opts)
				results[i] = result{r, err}
			}
		})
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	// Reports and errors come out in file order, whatever order the
	// workers finished in, so runs are reproducible.
	for _, r := range results {
		if r.rep != nil {
			rep.Essays = append(rep.Essays, *r.rep)
		}
		if r.err != nil {
			errs = append(errs, r.err)
		}
	}
	if opts.Cache != nil {
		if err := opts.Cache.prune(); err != nil {
			errs = append(errs, err)
		}
	}
	return rep, errors.Join(errs...)
}

func normalizeFile(file, slug string, opts Options) (*normalize.Report, error) {
	src, err := readLimited(file, normalize.DefaultMaxBytes)
	if err != nil {
		return nil, err
	}
	shown := file
	if opts.Base != "" {
		if rel, err := filepath.Rel(opts.Base, file); err == nil && !strings.HasPrefix(rel, "..") {
			shown = rel
		}
	}
	shown = filepath.ToSlash(shown)
	nopts := normalize.Options{
		Name:       file,
		SourcePath: shown,
		Vocab:      opts.Vocab,
	}
	res, hit := opts.Cache.get(src, nopts)
	if !hit {
		if res, err = normalize.Normalize(src, nopts); err != nil {
			return nil, err
		}
		if err := opts.Cache.put(src, nopts, res); err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
	}
	out := filepath.Join(opts.Out, slug+".md")
	res.Report.Source = shown
	res.Report.Output = filepath.ToSlash(out)
	if err := WriteFileAtomic(out, res.Markdown); err != nil {
		return &res.Report, fmt.Errorf("%s: %w", file, err)
	}
	return &res.Report, nil
}

// readLimited reads a file, refusing files larger than limit bytes so that
// a stray video or database dump is reported instead of loaded.
func readLimited(file string, limit int64) ([]byte, error) {
	info, err := os.Stat(file)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, unwrapPathError(err))
	}
	if info.IsDir() {
		return nil, fmt.Errorf("%s: is a folder", file)
	}
	if info.Size() > limit {
		return nil, fmt.Errorf("%s:1: file is %d bytes, over the %d MB limit: split it or trim it to the article", file, info.Size(), limit>>20)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, unwrapPathError(err))
	}
	return b, nil
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, fs.ErrNotExist) {
			return errors.New("no such file or folder")
		}
		return pe.Err
	}
	return err
}

// Files returns the essay files named by paths: files as they are, and
// the files with one of Extensions in folders, searched recursively. The
// list is sorted and has no duplicates; missing paths are errors.
func Files(paths []string) ([]string, []error) { return expand(paths) }

// expand turns the paths into a sorted, de-duplicated list of essay files.
func expand(paths []string) ([]string, []error) {
	var files []string
	var errs []error
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, unwrapPathError(err)))
			continue
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if d.IsDir() {
				if path != p && (strings.HasPrefix(name, ".") || name == "testdata" || name == "node_modules") {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasPrefix(name, ".") {
				return nil
			}
			if slices.Contains(Extensions, strings.ToLower(filepath.Ext(name))) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, err)
		}
	}
	slices.Sort(files)
	return slices.Compact(files), errs
}

// Slug returns the name an essay file gets in the site: its base name
// without extension, lower-cased, with runs of anything but letters and
// digits turned into single hyphens.
func Slug(file string) string {
	base := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(base) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			hyphen = false
		} else if !hyphen && b.Len() > 0 {
			b.WriteByte('-')
			hyphen = true
		}
	}
	s := strings.TrimSuffix(b.String(), "-")
	if s == "" {
		s = "essay"
	}
	return s
}

// WriteFileAtomic writes data to name through a temporary file and a
// rename (see atomicfile.Write), creating the folder if needed. A
// file that already holds data is left alone, so its modification time
// stays and file watchers stay quiet.
func WriteFileAtomic(name string, data []byte) error {
	if old, err := os.ReadFile(name); err == nil && bytes.Equal(old, data) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return atomicfile.Write(name, data, 0o644)
}

// Warning formats one of an essay's report warnings for a terminal as
// "source:line: warning: message" when the warning names a line ("line 12:
// …"), and as "source: warning: message" otherwise, so editors can jump to it.
func Warning(source, w string) string {
	if rest, ok := strings.CutPrefix(w, "line "); ok {
		if n, msg, ok := strings.Cut(rest, ": "); ok && n != "" && strings.Trim(n, "0123456789") == "" {
			return source + ":" + n + ": warning: " + msg
		}
	}
	return source + ": warning: " + w
}

// Count returns how many files an error from Normalize reports.
func Count(err error) int {
	if err == nil {
		return 0
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return len(j.Unwrap())
	}
	return 1
}

// WriteReport writes the report as indented JSON to name, atomically.
func WriteReport(name string, rep Report) error {
	b, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	return WriteFileAtomic(name, append(b, '\n'))
}
