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
//	    -report FILE  also write a JSON report: for every essay its title,
//	                  authors, date, the items found and the term each maps
//	                  to, the lines dropped as junk and why, candidate terms
//	                  that matched nothing, and warnings.
//	    -vocab FILE   the controlled vocabulary (default data/vocabulary.toml).
//
//	build [-out DIR]
//	    Normalise sources/ into content/essays, render the site with Hugo
//	    into DIR (default public), and index it for search with Pagefind.
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
//	    Validate the content: front matter, vocabulary terms and their
//	    pages, links, empty sections and the cheat sheets' size budgets.
//	    Prints file:line: message for each problem.
//
// Leadup exits with status 0 on success, 1 when any file or check failed
// (after processing the rest) and 2 on bad usage. Run it from the project
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
	"syscall"

	"github.com/leadingup/leadingup/tools/internal/check"
	"github.com/leadingup/leadingup/tools/internal/corpus"
	"github.com/leadingup/leadingup/tools/internal/site"
	"github.com/leadingup/leadingup/tools/internal/vocab"
)

const usage = `usage: leadup <command> [flags] [arguments]

commands:
  normalize [-out DIR] [-report FILE] [-vocab FILE] PATH...   essays → Hugo content
  build [-out DIR]                                             build the site (default public/)
  serve [-port N]                                              build and serve on 127.0.0.1:1313
  check                                                        validate the content
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
	case "serve":
		err = runServe(ctx, rest, stdout, stderr)
	case "check":
		err = runCheck(rest, stdout, stderr)
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
	if nerr != nil {
		fmt.Fprintf(stderr, "; %s failed:\n", plural(corpus.Count(nerr), "file"))
		// One line per failed file, file:line: message, as compilers do.
		fmt.Fprintln(stderr, nerr)
		return errFilesFailed
	}
	fmt.Fprintln(stderr)
	return nil
}

// plural returns "1 essay" or "3 essays".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func runBuild(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("build", "[-out DIR]", stderr)
	out := fs.String("out", "public", "write the site into `DIR`")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	if err := site.Build(ctx, site.Options{Out: *out, Stdout: stdout, Stderr: stderr}); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "leadup: site built in %s\n", *out)
	return nil
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
		return err
	}
	for _, p := range problems {
		fmt.Fprintln(stdout, p)
	}
	if len(problems) > 0 {
		return fmt.Errorf("%d problems found", len(problems))
	}
	return nil
}
