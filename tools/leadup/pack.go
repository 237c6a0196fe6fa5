package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/leadingup/leadingup/tools/internal/pack"
	"github.com/leadingup/leadingup/tools/internal/site"
)

// runPack prints the workshop pack to a PDF: it builds the site into a
// temporary folder (or uses the build named with -site), then hands it to
// package pack.
func runPack(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("pack", "[-out FILE] [-paper a4|letter] [-site DIR] [-chrome PATH]", stderr)
	out := fs.String("out", "workshop-pack.pdf", "write the PDF to `FILE`")
	paperName := fs.String("paper", "a4", "print on `a4|letter` paper")
	siteDir := fs.String("site", "", "print from the site already built in `DIR` (default: build it first)")
	chrome := fs.String("chrome", "", "print with the Chromium-based browser at `PATH` (default: look for chromium or chrome)")
	if err := parse(fs, args); err != nil {
		return err
	}
	paper, err := pack.ParsePaper(*paperName)
	if fs.NArg() > 0 || err != nil {
		if err != nil {
			fmt.Fprintf(stderr, "leadup pack: %v\n", err)
		}
		fs.Usage()
		return errUsage
	}
	// Find the browser before a build that would be wasted without one.
	if *chrome == "" {
		if *chrome, err = pack.FindChrome(); err != nil {
			return err
		}
	}
	if *siteDir == "" {
		tmp, err := os.MkdirTemp("", "leadup-pack-site-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		*siteDir = tmp + "/public"
		if err := site.Build(ctx, site.Options{Out: *siteDir, Stdout: stderr, Stderr: stderr}); err != nil {
			return errors.Join(errors.New("cannot build the site to print"), err)
		}
	}
	res, err := pack.Print(ctx, pack.Options{Site: *siteDir, Out: *out, Paper: paper, Chrome: *chrome})
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "leadup: wrote the workshop pack to %s (%d pages of %s, %d KB)\n", *out, res.Pages, paper.Name, (res.Bytes+512)/1024)
	return nil
}
