package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// vnuJar is the Nu HTML checker that npm ci installs (package vnu-jar).
func vnuJar(t *testing.T) string {
	t.Helper()
	jar := filepath.Join(repoRoot, "node_modules", "vnu-jar", "build", "dist", "vnu.jar")
	if _, err := os.Stat(jar); err != nil {
		msg := fmt.Sprintf("the Nu HTML checker is not installed (%v): run npm ci", err)
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	if _, err := exec.LookPath("java"); err != nil {
		msg := "java is not installed; the Nu HTML checker needs it: sudo apt-get install default-jre-headless"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return jar
}

// vnuErrors runs the Nu HTML checker on every HTML file under dir and
// returns its errors as "file:line:col: message".
func vnuErrors(t *testing.T, jar, dir string) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "java", "-jar", jar, "--errors-only", "--skip-non-html", "--no-langdetect", "--format", "json", dir)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	var report struct {
		Messages []struct {
			Type, URL, Message, SubType string
			LastLine, FirstColumn       int
		}
	}
	if err := json.Unmarshal(stderr.Bytes(), &report); err != nil {
		t.Fatalf("the Nu HTML checker failed (%v) and printed no report: %s %s", runErr, stdout.String(), stderr.String())
	}
	var out []string
	for _, m := range report.Messages {
		if m.Type != "error" && m.SubType != "fatal" {
			continue
		}
		file := strings.TrimPrefix(m.URL, "file:")
		if rel, err := filepath.Rel(dir, file); err == nil {
			file = filepath.ToSlash(rel)
		}
		out = append(out, fmt.Sprintf("%s:%d:%d: %s", file, m.LastLine, m.FirstColumn, m.Message))
	}
	return out
}

// TestValidHTML runs the Nu HTML checker on the whole built site: no errors.
func TestValidHTML(t *testing.T) {
	needSite(t)
	jar := vnuJar(t)
	failAll(t, "the Nu HTML checker finds errors in the built site", vnuErrors(t, jar, siteDir))
}

// htmltestErrors runs htmltest (a Go tool of this module) on dir, checking
// internal links, anchors, images, scripts and the favicon but no other
// sites, and returns what it reports, or nil when it passes.
func htmltestErrors(t *testing.T, dir string) []string {
	t.Helper()
	tmp := t.TempDir()
	conf := filepath.Join(tmp, "htmltest.yml")
	yml := fmt.Sprintf("DirectoryPath: %q\nCheckExternal: false\nCheckInternalHash: true\nCheckFavicon: true\nOutputDir: %q\n", dir, filepath.Join(tmp, "out"))
	if err := os.WriteFile(conf, []byte(yml), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", "tool", "htmltest", "-c", conf)
	cmd.Dir = repoRoot
	out, err := cmd.CombinedOutput()
	if err == nil {
		return nil
	}
	if _, ok := err.(*exec.ExitError); !ok {
		t.Fatalf("go tool htmltest: %v\n%s", err, out)
	}
	var lines []string
	for _, l := range strings.Split(string(out), "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "htmltest started") && !strings.HasPrefix(l, "====") {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		lines = []string{fmt.Sprintf("htmltest failed (%v) without saying why", err)}
	}
	return lines
}

// TestLinks runs htmltest on the built site: no broken internal link or
// anchor (#fragment), no missing image, script or favicon.
func TestLinks(t *testing.T) {
	needSite(t)
	failAll(t, "htmltest finds broken links in the built site", htmltestErrors(t, siteDir))
}

// TestValidatorsCatchFaults feeds both checkers a page with an HTML error, a
// broken link and a broken anchor, and a clean page.
func TestValidatorsCatchFaults(t *testing.T) {
	dir := t.TempDir()
	page := func(body string) string {
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title><link rel="icon" href="/favicon.svg"></head><body>` + body + `</body></html>`
	}
	files := map[string]string{
		"favicon.svg":     `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>`,
		"index.html":      page(`<main><h1 id="top">Fine</h1><p><a href="/bad/">bad</a> <a href="#top">top</a></p></main>`),
		"bad/index.html":  page(`<main><p><div>block in a paragraph</div></p><a href="/missing/">gone</a> <a href="/#nowhere">no anchor</a></main>`),
		"good/index.html": page(`<main><h1>Good</h1></main>`),
	}
	for name, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Run("htmltest", func(t *testing.T) {
		got := strings.Join(htmltestErrors(t, dir), "\n")
		for _, want := range []string{"/missing/", "nowhere"} {
			if !strings.Contains(got, want) {
				t.Errorf("htmltest misses the broken link or anchor %q; it says:\n%s", want, got)
			}
		}
	})
	t.Run("vnu", func(t *testing.T) {
		jar := vnuJar(t)
		got := vnuErrors(t, jar, dir)
		if len(got) == 0 || !strings.HasPrefix(got[0], "bad/index.html:") {
			t.Errorf("the Nu HTML checker misses the error of bad/index.html; it says: %q", got)
		}
		for _, g := range got {
			if !strings.HasPrefix(g, "bad/index.html:") {
				t.Errorf("the Nu HTML checker flags a clean page: %s", g)
			}
		}
	})
}
