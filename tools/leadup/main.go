// Leadup turns plain-text essays into the Leading Up website.
//
// Usage:
//
//	go run ./tools/leadup <command> [flags] [arguments]
//
// The commands are:
//
//	normalize [-out DIR] [-report FILE] [-vocab FILE] PATH...
//	    Normalise essays into Hugo content. PATH is any mix of files and
//	    folders; folders are searched for .txt, .md and .html files. Each
//	    essay becomes DIR/<name>.md: Markdown with TOML front matter whose
//	    reasons, steps and pitfalls are terms of the controlled vocabulary.
//
//	        sources/leading-upwards.txt  →  content/essays/leading-upwards.md
//
//	    -out DIR      where the Markdown goes (default content/essays).
//	                  Writing into content/essays also rewrites
//	                  data/essays.toml, the index the cheat sheets are
//	                  made from.
//	    -report FILE  also write a JSON report: for every essay its title,
//	                  authors, date, the items found and the term each maps
//	                  to, the lines dropped as junk and why, candidate terms
//	                  that matched nothing, and warnings.
//	    -vocab FILE   the controlled vocabulary (default data/vocabulary.toml).
//
//	build [-out DIR] [-baseurl URL] [-offline]
//	    Normalise sources/ into content/essays, render the site with Hugo
//	    into DIR (default public), and index it for search with Pagefind.
//	    A link to a page that does not exist is shown as plain text and
//	    printed as file:line:col: warning.
//
//	    -baseurl URL  build for this address instead of config.toml's
//	                  baseURL, e.g. a deploy preview's own address.
//	    -offline      build a copy to open from the disk (file://): links
//	                  are relative and name index.html; search needs a web
//	                  server and is not available from file://.
//
//	serve [-port N]
//	    Build, then serve the site on http://127.0.0.1:1313/ with live
//	    reload; an edited source essay is normalised again on save.
//
//	pack [-out FILE] [-paper a4|letter] [-site DIR] [-chrome PATH]
//	    Print the workshop pack (/workshop/pack/: the facilitator guide, the
//	    exercises, the discussion questions and every cheat sheet) to a PDF
//	    with headless Chromium, which must be installed. The site is built
//	    first, or taken from -site DIR, and served on 127.0.0.1 to print.
//
//	        public/workshop/pack/  →  workshop-pack.pdf (A4 or Letter)
//
//	check
//	    The gate before publishing. Validate the content: front matter,
//	    vocabulary terms and their pages, the Markdown of every page
//	    (parsed with goldmark, as Hugo does: empty sections, internal links
//	    and images that lead nowhere, code block languages) and the cheat
//	    sheets' size budgets. Each problem is printed as
//	    file:line:col: message (warnings say "warning:"), then the source
//	    line with a caret under the column and a hint:
//
//	        content/overview.md:32:1: link /essays/leading-upwards/ leads to no page of the site
//	            [Leading Upwards](/essays/leading-upwards/) sums it up in three claims.
//	            ^
//	            hint: fix the path (content/x.md is /x/, content/x/_index.md is /x/) or remove the link; …
//
//	    Exit status 0 when there are no errors (warnings are allowed), 1
//	    when there are errors, 3 when the check could not run at all.
//
//	import [-d | -w] PATH|URL...
//	    Bring outside articles into sources/ as source essays. PATH is a
//	    file (plain text, Markdown or a saved web page) or a folder of them;
//	    URL is an http or https address, fetched with a timeout and a size
//	    cap. Each article is normalised and written as sources/<name>.md:
//
//	        https://example.org/blog/ask-early  →  sources/ask-early.md
//
//	    Without a flag nothing is written: a review of each article is
//	    printed (title, byline, date, the items and their terms, candidates
//	    that map to no term, and the lines dropped as junk, counted and
//	    sampled), coloured when the output is a terminal.
//
//	    -d  print the unified diff of what would be written instead.
//	    -w  write the files. An existing file is replaced only with -w.
//
//	new essay "Title"
//	    Start sources/<title-as-slug>.txt in the authoring format, with short
//	    comments saying where the reasons, steps and pitfalls go.
//
//	new term [-alias PHRASE]... TAXONOMY "Title" "Description"
//	    Add a term to data/vocabulary.toml (after the last term of
//	    TAXONOMY: reasons, steps or pitfalls; the file's layout is kept) and
//	    create its page content/TAXONOMY/<slug>/_index.md from
//	    archetypes/term.md, which copies the title and description from the
//	    vocabulary. -alias adds a phrase that maps items onto the term.
//
// Leadup exits with status 0 on success, 1 when any file or check failed
// (after processing the rest), 2 on bad usage and 3 when check could not
// run. Run it from the project
// root.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/leadingup/leadingup/tools/internal/check"
	"github.com/leadingup/leadingup/tools/internal/corpus"
	"github.com/leadingup/leadingup/tools/internal/essayindex"
	"github.com/leadingup/leadingup/tools/internal/essaywords"
	"github.com/leadingup/leadingup/tools/internal/importer"
	"github.com/leadingup/leadingup/tools/internal/scaffold"
	"github.com/leadingup/leadingup/tools/internal/site"
	"github.com/leadingup/leadingup/tools/internal/vocab"
)

const usage = `usage: leadup <command> [flags] [arguments]

commands:
  normalize [-out DIR] [-report FILE] [-vocab FILE] PATH...   essays → Hugo content
  build [-out DIR] [-baseurl URL] [-offline]                   build the site (default public/)
  serve [-port N]                                              build and serve on 127.0.0.1:1313
  check                                                        validate the content
  import [-d | -w] PATH|URL...                                 bring outside articles into sources/
  new essay "Title"                                            start a source essay
  new term [-alias A]... TAXONOMY "Title" "Description"        add a vocabulary term and its page
  pack [-out FILE] [-paper a4|letter] [-site DIR]              print the workshop pack to a PDF

Run "go run ./tools/leadup <command> -h" for a command's flags.
`

func main() {
	log.SetPrefix("leadup: ")
	log.SetFlags(0)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// errUsage marks errors that are the caller's mistake in the command line.
var errUsage = errors.New("usage")

// errFilesFailed says that some files failed after their errors were
// printed; it only sets the exit status.
var errFilesFailed = errors.New("some files failed")

// errCheckBroken says that check could not run at all (exit status 3).
var errCheckBroken = errors.New("check could not run")

// run carries out one command and returns the process exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch cmd, rest := args[0], args[1:]; cmd {
	case "normalize", "normalise":
		err = runNormalize(rest, stderr)
	case "build":
		err = runBuild(ctx, rest, stdout, stderr)
	case normalizeSourcesCmd:
		err = runNormalizeSources(rest, stderr)
	case "serve":
		err = runServe(ctx, rest, stdout, stderr)
	case "check":
		err = runCheck(rest, stdout, stderr)
	case "import":
		err = runImport(ctx, rest, stdout, stderr)
	case "new":
		err = runNew(ctx, rest, stdout, stderr)
	case "pack":
		err = runPack(ctx, rest, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "leadup: unknown command %q\n\n%s", cmd, usage)
		return 2
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, errFilesFailed):
		return 1
	case errors.Is(err, errCheckBroken):
		fmt.Fprintf(stderr, "leadup: %v\n", err)
		return 3
	default:
		fmt.Fprintf(stderr, "leadup: %v\n", err)
		return 1
	}
}

// newFlagSet returns a flag set that reports its errors as usage errors.
func newFlagSet(name, args string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: leadup %s %s\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}

func runNormalize(args []string, stderr io.Writer) error {
	fs := newFlagSet("normalize", "[-out DIR] [-report FILE] [-vocab FILE] PATH...", stderr)
	out := fs.String("out", site.EssaysDir, "write the Markdown essays into `DIR`")
	report := fs.String("report", "", "also write a JSON report of items, terms, dropped lines and warnings to `FILE`")
	vocabPath := fs.String("vocab", site.VocabularyPath, "read the controlled vocabulary from `FILE`")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "leadup normalize: name at least one essay file or folder")
		fs.Usage()
		return errUsage
	}
	v, err := vocab.Load(*vocabPath)
	if err != nil {
		return err
	}
	wd, _ := os.Getwd()
	rep, nerr := corpus.Normalize(fs.Args(), corpus.Options{Out: *out, Vocab: v, Base: wd})
	for _, e := range rep.Essays {
		for _, w := range e.Warnings {
			fmt.Fprintln(stderr, corpus.Warning(e.Source, w))
		}
	}
	if *report != "" {
		if err := corpus.WriteReport(*report, rep); err != nil {
			return errors.Join(nerr, fmt.Errorf("cannot write the report: %w", err))
		}
	}
	fmt.Fprintf(stderr, "leadup: normalised %s into %s", plural(len(rep.Essays), "essay"), *out)
	if nerr == nil && sameDir(*out, filepath.Join(wd, site.EssaysDir)) {
		// The cheat sheets are made from the essay index: keep it in step.
		if _, err := essayindex.Write(wd); err != nil {
			fmt.Fprintln(stderr)
			return err
		}
		// And the search page's word list reads the essays' words here.
		if _, err := essaywords.Write(wd); err != nil {
			fmt.Fprintln(stderr)
			return err
		}
	}
	if nerr != nil {
		fmt.Fprintf(stderr, "; %s failed:\n", plural(corpus.Count(nerr), "file"))
		// One line per failed file, file:line: message, as compilers do.
		fmt.Fprintln(stderr, nerr)
		return errFilesFailed
	}
	fmt.Fprintln(stderr)
	return nil
}

// sameDir reports whether a and b name the same folder.
func sameDir(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && filepath.Clean(aa) == filepath.Clean(bb)
}

// plural returns "1 essay" or "3 essays".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func runBuild(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("build", "[-out DIR] [-baseurl URL] [-offline]", stderr)
	out := fs.String("out", "public", "write the site into `DIR`")
	baseURL := fs.String("baseurl", "", "build for the address `URL` instead of config.toml's baseURL (deploy previews)")
	offline := fs.Bool("offline", false, "build a copy to open from the disk: relative links to index.html files (search needs a web server)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	opts := site.Options{Out: *out, Stdout: stdout, Stderr: stderr, BaseURL: *baseURL, Offline: *offline}
	// The normaliser runs in a process of its own (site.Options.Normalizer):
	// this one stays small beside Hugo.
	if self, err := os.Executable(); err == nil {
		opts.Normalizer = []string{self, normalizeSourcesCmd}
	}
	if err := site.Build(ctx, opts); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "leadup: site built in %s\n", *out)
	return nil
}

// normalizeSourcesCmd is the command, not listed in the usage, that build
// runs in a process of its own to normalise sources/ into content/essays
// from the project root, as a build does (site.NormalizeSources).
const normalizeSourcesCmd = "normalize-sources"

func runNormalizeSources(args []string, stderr io.Writer) error {
	fs := newFlagSet(normalizeSourcesCmd, "", stderr)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	return site.NormalizeSources(site.Options{Stderr: stderr})
}

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("serve", "[-port N]", stderr)
	port := fs.Int("port", 1313, "serve on 127.0.0.1 at `port` N")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	return site.Serve(ctx, site.ServeOptions{Options: site.Options{Stdout: stdout, Stderr: stderr}, Port: *port})
}

func runCheck(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("check", "", stderr)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	problems, err := check.Run(".", check.Options{})
	if err != nil {
		return errors.Join(errCheckBroken, err)
	}
	for _, p := range problems {
		if err := p.Print(stdout, 100); err != nil {
			return err
		}
	}
	errs := check.Errors(problems)
	if warns := len(problems) - errs; warns > 0 || errs > 0 {
		fmt.Fprintf(stderr, "leadup: check found %s and %s\n", plural(errs, "error"), plural(warns, "warning"))
	}
	if errs > 0 {
		return errFilesFailed
	}
	return nil
}

func runImport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("import", "[-d | -w] PATH|URL...", stderr)
	diff := fs.Bool("d", false, "print the unified diff of what would be written under sources/")
	write := fs.Bool("w", false, "write the source essays (replacing files that exist)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 || *diff && *write {
		fmt.Fprintln(stderr, "leadup import: name at least one file, folder or address, and use at most one of -d and -w")
		fs.Usage()
		return errUsage
	}
	v, err := vocab.Load(site.VocabularyPath)
	if err != nil {
		return err
	}
	items, err := importer.Expand(fs.Args())
	if err != nil {
		fmt.Fprintln(stderr, err)
	}
	failed := err != nil
	opts := importer.Options{Vocab: v, SourcesDir: "sources"}
	for i, arg := range items {
		a, err := importer.Load(ctx, arg, opts)
		if err != nil {
			fmt.Fprintln(stderr, err)
			failed = true
			continue
		}
		switch {
		case *write:
			if err := a.Write(); err != nil {
				fmt.Fprintf(stderr, "%s: %v\n", a.Target, err)
				failed = true
				continue
			}
			fmt.Fprintf(stderr, "leadup: wrote %s from %s (%s, %s)\n", a.Target, a.Origin,
				plural(len(a.Report.Reasons)+len(a.Report.Steps)+len(a.Report.Pitfalls), "item"), plural(len(a.Report.Candidates), "candidate"))
		case *diff:
			fmt.Fprint(stdout, a.Diff())
		default:
			if i > 0 {
				fmt.Fprintln(stdout)
			}
			if err := a.Review(stdout, importer.ReviewOptions{Color: isTerminal(stdout)}); err != nil {
				return err
			}
		}
	}
	if failed {
		return errFilesFailed
	}
	return nil
}

// isTerminal reports whether w is a terminal, where colour helps.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// aliases collects repeated -alias flags.
type aliases []string

func (a *aliases) String() string     { return strings.Join(*a, ", ") }
func (a *aliases) Set(s string) error { *a = append(*a, s); return nil }

func runNew(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "essay" {
		fs := newFlagSet("new essay", `"Title"`, stderr)
		if err := parse(fs, args[1:]); err != nil {
			return err
		}
		if fs.NArg() != 1 {
			fs.Usage()
			return errUsage
		}
		file, err := scaffold.Essay(".", fs.Arg(0))
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "created %s: write the essay there, then run go run ./tools/leadup import %s to review it\n", file, file)
		return nil
	}
	if len(args) > 0 && args[0] == "term" {
		fs := newFlagSet("new term", `[-alias PHRASE]... TAXONOMY "Title" "Description"`, stderr)
		var al aliases
		fs.Var(&al, "alias", "a `PHRASE` that maps an item onto the term (repeat for more)")
		if err := parse(fs, args[1:]); err != nil {
			return err
		}
		if fs.NArg() != 3 {
			fmt.Fprintln(stderr, `leadup new term: give the taxonomy (reasons, steps or pitfalls), the title and a one-line description`)
			fs.Usage()
			return errUsage
		}
		c, err := scaffold.Term(ctx, ".", scaffold.NewTerm{Taxonomy: fs.Arg(0), Title: fs.Arg(1), Description: fs.Arg(2), Aliases: al})
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "added %s term %q at %s:%d and created %s: write the page's sections there\n", fs.Arg(0), c.Slug, c.Vocab, c.Line, c.Page)
		return nil
	}
	fmt.Fprint(stderr, "usage: leadup new essay \"Title\"\n       leadup new term [-alias PHRASE]... TAXONOMY \"Title\" \"Description\"\n")
	return errUsage
}
