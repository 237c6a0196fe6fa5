package e2e

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/leadingup/leadingup/tools/internal/projcopy"
)

// TestRebuildMatchesFullBuild edits the text of one source essay after a
// build and checks that the rebuild, which renders only the pages the edit
// touches and indexes only the search part holding them
// (tools/internal/site/rebuild.go), makes byte for byte the site a full
// build makes, though it left the term pages as the last build made them;
// that a build with nothing changed leaves the site as it is; and that an
// edit of the essay's title (front matter) renders the term pages again.
// The index is built in parts (three for our site) so that the rebuild of
// one part is what is checked.
func TestRebuildMatchesFullBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the site five times")
	}
	root := filepath.Join(t.TempDir(), "repo")
	if err := projcopy.Copy(repoRoot, root); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "public")
	build := func(want string, unwanted ...string) {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, "go", "run", "./tools/leadup", "build", "-out", out)
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "LEADUP_SEARCH_PART_PAGES=30")
		var buf bytes.Buffer
		cmd.Stdout, cmd.Stderr = &buf, &buf
		if err := cmd.Run(); err != nil {
			t.Fatalf("leadup build: %v\n%s", err, buf.String())
		}
		if !strings.Contains(buf.String(), want) {
			t.Fatalf("leadup build did not say %q:\n%s", want, buf.String())
		}
		for _, u := range unwanted {
			if strings.Contains(buf.String(), u) {
				t.Fatalf("leadup build said %q:\n%s", u, buf.String())
			}
		}
	}
	// A term page of the essay edited below: it lists the essay by its
	// title and items (front matter), so an edit of the text leaves it as
	// it was and an edit of the title renders it again.
	term := filepath.Join(out, "reasons", "leadership-belongs-at-every-level", "index.html")
	build("site built in")
	build("nothing changed since the last build")

	// A new paragraph in the middle of an essay's prose: its text changes,
	// its front matter (title, summary, items) does not.
	src := filepath.Join(root, "sources", "how-do-i-lead-up.txt")
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	const para = "A paragraph written for this test: it asks the reader to notice how often a calm question does more than a clever argument."
	// After the fourth paragraph break: past the title, byline, credit
	// and the first paragraph, which the summary may come from.
	at := -1
	for i, from := 0, 0; i < 4; i++ {
		j := bytes.Index(b[from:], []byte("\n\n"))
		if j < 0 {
			t.Fatal("the source essay has fewer than four paragraphs")
		}
		at, from = from+j, from+j+2
	}
	edited := append(append(append([]byte{}, b[:at]...), []byte("\n\n"+para)...), b[at:]...)
	if err := os.WriteFile(src, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	before, err := os.Stat(term)
	if err != nil {
		t.Fatal(err)
	}
	build("only the text of 1 essays changed")
	if after, err := os.Stat(term); err != nil || !os.SameFile(before, after) {
		t.Errorf("the rebuild after an edit of an essay's text rendered the term page %s again (err %v)", term, err)
	}
	page, err := os.ReadFile(filepath.Join(out, "essays", "how-do-i-lead-up", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(page, []byte("calm question does more")) {
		t.Fatal("the rebuilt essay page lacks the new paragraph")
	}
	rebuilt := snapshot(t, out)

	// The same sources built whole.
	if err := os.Remove(filepath.Join(root, ".cache", "leadup", "build.json")); err != nil {
		t.Fatal(err)
	}
	build("site built in")
	full := snapshot(t, out)
	for name, want := range full {
		got, ok := rebuilt[name]
		switch {
		case !ok:
			t.Errorf("%s: made by the full build, missing after the rebuild", name)
		case !bytes.Equal(got, want):
			t.Errorf("%s: differs between the rebuild and the full build", name)
		}
	}
	for name := range rebuilt {
		if _, ok := full[name]; !ok {
			t.Errorf("%s: left by the rebuild, not made by the full build", name)
		}
	}

	// A new title is front matter: every page that lists the essay shows
	// it, so the build renders the whole site, term pages included.
	const title = "How Do I Lead Up When Nobody Asked Me To?"
	edited = bytes.Replace(edited, []byte("How Do I Lead Up?\n"), []byte(title+"\n"), 1)
	if err := os.WriteFile(src, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	build("site built in", "only the text of")
	termPage, err := os.ReadFile(term)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(termPage, []byte(title)) {
		t.Errorf("after a new title, the term page %s does not show it", term)
	}
}

// snapshot returns every file of the folder by its relative path.
func snapshot(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = b
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
