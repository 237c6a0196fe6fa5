// Package site builds and serves the Leading Up website.
//
// A build has three stages, each a separate program run from the project
// root:
//
//  1. the source essays in sources/ are normalised into content/essays
//     (see package corpus);
//  2. Hugo, pinned in go.mod as a Go tool, renders the site with
//     `go tool hugo`;
//  3. Pagefind, pinned in package.json, indexes the rendered HTML for search
//     (a large site in parts, one run after another; see RunPagefind).
//
// Serve runs the same stages and then keeps the site live on
// 127.0.0.1:1313: Hugo's own server reloads the browser when content or
// templates change, and a watcher re-normalises an essay when its source
// file changes and refreshes the search index.
package site

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"
)

// Options says where the project lives and where the site goes.
type Options struct {
	// Root is the project root: the folder holding config.toml and go.mod.
	Root string
	// Out is the folder the site is written to. Relative paths are taken
	// from the current directory; empty means Root/public.
	Out string
	// Sources is the folder of source essays; empty means Root/sources.
	Sources string
	// Stdout and Stderr receive the output of the programs the build runs.
	// Nil means os.Stdout and os.Stderr.
	Stdout, Stderr io.Writer
	// BaseURL, when set, replaces config.toml's baseURL for this build: a
	// deploy preview builds with its own address so that canonical links and
	// the cheat sheets' QR codes point at the preview.
	BaseURL string
	// Offline builds a copy to open from the disk (file://): relative links
	// that name index.html files. See makeOffline.
	Offline bool
	// SearchPartPages is the most pages one Pagefind run indexes before the
	// search index is built in parts; 0 means $LEADUP_SEARCH_PART_PAGES or
	// DefaultSearchPartPages (see RunPagefind).
	SearchPartPages int
	// SearchTierEssays is the most essays a site may have and still be
	// searched in one tier; 0 means $LEADUP_SEARCH_TIER_ESSAYS or
	// DefaultSearchTierEssays (see RunPagefind).
	SearchTierEssays int
	// Normalizer, when set, is the command (program and arguments) that
	// Build runs from Root to normalise the source essays in a process of
	// its own, in place of calling NormalizeSources, which it must do (a
	// leadup binary's `normalize-sources`). Hugo runs next, and what the
	// normaliser loaded (compiled rules, tables) then leaves with that
	// process instead of staying resident beside Hugo: at 10,000 essays
	// leadup held 82-133 MiB there, the margin by which the whole build
	// missed its memory budget (BENCHMARKS.md). Nil normalises in this
	// process.
	Normalizer []string

	env []string // extra environment for Hugo
}

func (o Options) withDefaults() (Options, error) {
	if o.Root == "" {
		o.Root = "."
	}
	root, err := filepath.Abs(o.Root)
	if err != nil {
		return o, err
	}
	o.Root = root
	if _, err := os.Stat(filepath.Join(root, "config.toml")); err != nil {
		return o, fmt.Errorf("%s has no config.toml: run leadup from the project root", root)
	}
	if o.Out == "" {
		o.Out = filepath.Join(root, "public")
	}
	if o.Out, err = filepath.Abs(o.Out); err != nil {
		return o, err
	}
	if o.Sources == "" {
		o.Sources = filepath.Join(root, "sources")
	}
	if o.Stdout == nil {
		o.Stdout = os.Stdout
	}
	if o.Stderr == nil {
		o.Stderr = os.Stderr
	}
	return o, nil
}

// Build normalises the source essays, renders the site with Hugo into
// opts.Out and indexes it with Pagefind. Nothing is left half-built in
// opts.Out when Hugo fails: Hugo renders into a temporary folder beside it,
// which replaces opts.Out only once every stage has succeeded. A build holds
// the project's lock throughout (see LockPath): a second build or serve
// waits for it, and the first thing a build does is remove the folders
// that builds killed half-way left behind.
func Build(ctx context.Context, opts Options) error {
	opts, err := opts.withDefaults()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(opts.Out), 0o755); err != nil {
		return err
	}
	unlock, err := lockProject(ctx, opts)
	if err != nil {
		return err
	}
	defer unlock()
	if err := normalizeStage(ctx, opts); err != nil {
		return err
	}
	now, err := currentState(ctx, opts)
	if err != nil {
		return err
	}
	last, _ := loadState(opts.Root)
	changed, rebuildOnly := changedBodies(last, now, opts)
	if rebuildOnly && len(changed) == 0 {
		fmt.Fprintf(opts.Stderr, "leadup: nothing changed since the last build; %s is up to date\n", opts.Out)
		return nil
	}
	tmp, err := os.MkdirTemp(filepath.Dir(opts.Out), "."+filepath.Base(opts.Out)+".building-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	// Hugo runs next, beside this process, which is done allocating: what
	// the packages it links built at start (the date parser's tables alone
	// allocate 78 MB) and what hashing the project read are mostly garbage
	// by now, and go back to the system rather than stay resident beside
	// Hugo's peak (BENCHMARKS.md).
	debug.FreeOSMemory()
	if rebuildOnly {
		err := rebuild(ctx, opts, now.Essays, changed, tmp)
		if errors.Is(err, errNoRebuild) {
			rebuildOnly = false
		} else if err != nil {
			return err
		}
	}
	if !rebuildOnly {
		if err := buildAll(ctx, opts, tmp); err != nil {
			return err
		}
	}
	if err := replaceDir(tmp, opts.Out); err != nil {
		return err
	}
	return saveState(opts.Root, now)
}

// normalizeStage normalises the source essays: with opts.Normalizer in a
// process of its own, else by NormalizeSources.
func normalizeStage(ctx context.Context, opts Options) error {
	if len(opts.Normalizer) == 0 {
		return NormalizeSources(opts)
	}
	cmd := exec.CommandContext(ctx, opts.Normalizer[0], opts.Normalizer[1:]...)
	cmd.Dir = opts.Root
	cmd.Stdout, cmd.Stderr = opts.Stdout, opts.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("normalising the source essays failed (%s: %v): read its messages above", filepath.Base(opts.Normalizer[0]), err)
	}
	return nil
}

// renderSite runs Hugo with args for a build (the offline environment when
// opts.Offline) and says how many links lead to no page: the link render
// hook warns about each, and both streams are filtered, whichever Hugo
// prints warnings on.
func renderSite(ctx context.Context, opts Options, args ...string) error {
	errLinks, outLinks := newLinkWarnings(opts.Root, opts.Stderr), newLinkWarnings(opts.Root, opts.Stdout)
	hugo := opts
	hugo.Stdout, hugo.Stderr = outLinks, errLinks
	if opts.Offline {
		hugo.env = offlineEnv
	}
	err := RunHugo(ctx, hugo, args...)
	errLinks.Flush()
	outLinks.Flush()
	if err != nil {
		return err
	}
	if n := len(errLinks.Broken()) + len(outLinks.Broken()); n > 0 {
		fmt.Fprintf(opts.Stderr, "leadup: %d links lead to no page and are shown as plain text; `go run ./tools/leadup check` lists them as errors\n", n)
	}
	return nil
}

// buildAll renders the whole site with Hugo into tmp and indexes it.
func buildAll(ctx context.Context, opts Options, tmp string) error {
	args := []string{"--destination", tmp, "--cleanDestinationDir"}
	if opts.BaseURL != "" {
		args = append(args, "--baseURL", opts.BaseURL)
	}
	if err := renderSite(ctx, opts, args...); err != nil {
		return err
	}
	if err := RunPagefind(ctx, opts, tmp); err != nil {
		return err
	}
	if opts.Offline {
		if err := makeOffline(tmp); err != nil {
			return err
		}
	}
	return nil
}

// replaceDir moves the finished build in src into place at dst, removing
// whatever dst held before.
func replaceDir(src, dst string) error {
	old := dst + ".old"
	if err := os.RemoveAll(old); err != nil {
		return err
	}
	if err := os.Rename(dst, old); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("cannot replace %s: %w", dst, err)
	}
	if err := os.Rename(src, dst); err != nil {
		return fmt.Errorf("cannot move the new site into %s: %w", dst, err)
	}
	if err := os.Chmod(dst, 0o755); err != nil {
		return err
	}
	return os.RemoveAll(old)
}

// RunHugo runs `go tool hugo` in the project root with the given arguments,
// with Hugo's memory limited unless the environment says otherwise
// (withMemoryLimits).
func RunHugo(ctx context.Context, opts Options, args ...string) error {
	cmd, err := hugoCommand(ctx, opts, append([]string{"--source", opts.Root}, args...)...)
	if err != nil {
		return err
	}
	cmd.Stdout, cmd.Stderr = opts.Stdout, opts.Stderr
	cmd.Env = withMemoryLimits(append(os.Environ(), opts.env...))
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("hugo failed (%v): read its messages above; `go tool hugo` must run from the project root", err)
	}
	return nil
}

// hugoCommand returns the command that runs Hugo, the Go tool pinned in
// go.mod, with args in the project root. It runs Hugo's own binary, which
// `go tool -n hugo` builds (once; Go caches it) and names, rather than
// `go tool hugo`: that runs Hugo as a child of the go command, so when ctx
// is cancelled (an interrupted build, a stopped serve) only the go command
// was killed and Hugo, or Hugo's server, kept running.
func hugoCommand(ctx context.Context, opts Options, args ...string) (*exec.Cmd, error) {
	find := exec.CommandContext(ctx, "go", "tool", "-n", "hugo")
	find.Dir = opts.Root
	var stderr bytes.Buffer
	find.Stderr = &stderr
	out, err := find.Output()
	bin := strings.TrimSpace(string(out))
	if err != nil || bin == "" {
		return nil, fmt.Errorf("cannot find Hugo (`go tool -n hugo` in %s: %v): Hugo must be listed as a tool in go.mod\n%s", opts.Root, err, stderr.String())
	}
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = opts.Root
	// Output copying must not outlive a killed Hugo for long.
	cmd.WaitDelay = 5 * time.Second
	return cmd, nil
}

// pagefindBinary returns the path of the Pagefind binary in node_modules,
// running `npm ci` first if it is not there yet.
func pagefindBinary(ctx context.Context, opts Options) (string, error) {
	bin := filepath.Join(opts.Root, "node_modules", ".bin", "pagefind")
	if _, err := os.Stat(bin); err == nil {
		return bin, nil
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		return "", errors.New("pagefind is not installed and npm was not found: install Node.js 22 or 24 (a current LTS), then run the build again")
	}
	fmt.Fprintln(opts.Stderr, "leadup: installing the npm packages pinned in package-lock.json (npm ci)")
	cmd := exec.CommandContext(ctx, npm, "ci", "--no-audit", "--no-fund")
	cmd.Dir = opts.Root
	cmd.Stdout, cmd.Stderr = opts.Stderr, opts.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("npm ci failed (%v): check your network access to the npm registry", err)
	}
	if _, err := os.Stat(bin); err != nil {
		return "", fmt.Errorf("npm ci finished but %s is missing: is pagefind listed in package.json?", bin)
	}
	return bin, nil
}
