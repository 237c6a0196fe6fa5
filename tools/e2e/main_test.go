package e2e

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/leadingup/leadingup/tools/internal/projcopy"

	"github.com/BurntSushi/toml"
)

var (
	// repoRoot is the repository root, absolute.
	repoRoot string
	// builtRoot is the copy of the repository the site was built from; the
	// build regenerates content/essays there, never in the work tree.
	builtRoot string
	// siteDir is the built site.
	siteDir string
	// buildErr says why the site could not be built; every test fails with it.
	buildErr error
	// server serves siteDir on 127.0.0.1 for the browser tests.
	server *httptest.Server
)

// TestMain builds the site once, serves it, runs the tests and cleans up.
func TestMain(m *testing.M) {
	code := run(m)
	os.Exit(code)
}

func run(m *testing.M) int {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	repoRoot = root
	builtRoot = root
	if dir := os.Getenv("LEADUP_E2E_SITE"); dir != "" {
		siteDir, _ = filepath.Abs(dir)
		if _, err := os.Stat(filepath.Join(siteDir, "index.html")); err != nil {
			buildErr = fmt.Errorf("LEADUP_E2E_SITE=%s holds no built site: %v", dir, err)
		}
	} else {
		tmp, err := os.MkdirTemp("", "leadup-e2e-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(tmp)
		siteDir = filepath.Join(tmp, "public")
		builtRoot = filepath.Join(tmp, "repo")
		if buildErr = projcopy.Copy(repoRoot, builtRoot); buildErr == nil {
			if buildErr = writeWorstCases(builtRoot); buildErr == nil {
				buildErr = buildSite(builtRoot, siteDir)
			}
		}
	}
	if buildErr != nil {
		fmt.Fprintf(os.Stderr, "e2e: %v\n", buildErr)
	}
	server = httptest.NewServer(http.FileServer(http.Dir(siteDir)))
	defer server.Close()
	code := m.Run()
	closeBrowser()
	closeRealSite()
	return code
}

// buildLimit is how long one build of the site may take. The first build of
// a fresh clone compiles Hugo, and on a loaded machine that took more than
// the four minutes this limit once was (the build was killed, and every test
// failed with it): the limit only stops a build that hangs, well inside the
// 40-minute package timeout of CI, so that a slow machine is slower, never red.
const buildLimit = 15 * time.Minute

// buildSite runs the build exactly as a user would, from the project root,
// with env (KEY=value entries) added to the environment.
func buildSite(root, out string, env ...string) error {
	ctx, cancel := context.WithTimeout(context.Background(), buildLimit)
	defer cancel()
	start := time.Now()
	cmd := exec.CommandContext(ctx, "go", "run", "./tools/leadup", "build", "-out", out)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), env...)
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go run ./tools/leadup build -out %s failed (%v) after %s:\n%s", out, err, time.Since(start).Round(time.Second), buf.String())
	}
	fmt.Fprintf(os.Stderr, "e2e: built the site in %s\n", time.Since(start).Round(100*time.Millisecond))
	return nil
}

// needSite fails the test when the site could not be built.
func needSite(t *testing.T) {
	t.Helper()
	if buildErr != nil {
		msg, _, _ := strings.Cut(buildErr.Error(), "\n")
		t.Fatalf("no site to test: %s (the full output is printed above the test results)", msg)
	}
}

// essaySlugs returns the slug of every sources/*.txt, sorted.
func essaySlugs(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(repoRoot, "sources", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var slugs []string
	for _, f := range files {
		slugs = append(slugs, strings.TrimSuffix(filepath.Base(f), ".txt"))
	}
	sort.Strings(slugs)
	if len(slugs) == 0 {
		t.Fatal("no sources/*.txt: nothing to test")
	}
	return slugs
}

// taxonomies are the three taxonomies of the site.
var taxonomies = []string{"reasons", "steps", "pitfalls"}

// term is one vocabulary term.
type term struct {
	Slug, Title, Description string
}

// vocabulary reads data/vocabulary.toml: taxonomy → terms.
func vocabulary(t *testing.T) map[string][]term {
	t.Helper()
	var v map[string][]term
	if _, err := toml.DecodeFile(filepath.Join(repoRoot, "data", "vocabulary.toml"), &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// item is one item of an essay's front matter.
type item struct {
	Taxonomy, Term, Label, Gist string
}

// essayMeta is the part of an essay's front matter the tests read.
type essayMeta struct {
	Title    string
	Reasons  []string
	Steps    []string
	Pitfalls []string
	Params   struct {
		Items []item
	}
}

// terms returns the essay's terms of a taxonomy.
func (e essayMeta) terms(tax string) []string {
	switch tax {
	case "reasons":
		return e.Reasons
	case "steps":
		return e.Steps
	}
	return e.Pitfalls
}

// readEssay reads the front matter of content/essays/<slug>.md, which the
// build has just generated.
func readEssay(t *testing.T, slug string) essayMeta {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(builtRoot, "content", "essays", slug+".md"))
	if err != nil {
		t.Fatalf("the build made no essay for sources/%s.txt: %v", slug, err)
	}
	parts := strings.SplitN(strings.ReplaceAll(string(src), "\r\n", "\n"), "+++\n", 3)
	if len(parts) < 3 || parts[0] != "" {
		t.Fatalf("content/essays/%s.md has no TOML front matter", slug)
	}
	var e essayMeta
	if _, err := toml.Decode(parts[1], &e); err != nil {
		t.Fatalf("content/essays/%s.md: %v", slug, err)
	}
	return e
}

// cheatSheetPaths returns the URL path of every cheat sheet (not the index).
func cheatSheetPaths(t *testing.T) []string {
	var paths []string
	for _, s := range essaySlugs(t) {
		paths = append(paths, "/cheatsheets/"+s+"/")
	}
	for _, s := range []string{"why-lead-up", "how-to-lead-up", "pitfalls-to-avoid", "leading-up-on-one-page", "self-assessment"} {
		paths = append(paths, "/cheatsheets/"+s+"/")
	}
	if builtRoot != repoRoot {
		for _, wc := range worstCases {
			paths = append(paths, "/cheatsheets/"+wc.slug+"/")
		}
	}
	return paths
}
