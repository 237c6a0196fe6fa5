package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadingup/leadingup/tools/internal/essayindex"
)

// inRoot runs the test from the project root, as users run leadup.
func inRoot(t *testing.T) {
	t.Helper()
	t.Chdir("../..")
}

func TestExitCodes(t *testing.T) {
	inRoot(t)
	tmp := t.TempDir()
	tests := []struct {
		name       string
		args       []string
		want       int
		wantStderr string
	}{
		{"no command", nil, 2, "usage: leadup"},
		{"unknown command", []string{"publish"}, 2, `unknown command "publish"`},
		{"bad flag", []string{"build", "-nope"}, 2, "flag provided but not defined"},
		{"normalize without paths", []string{"normalize"}, 2, "name at least one essay"},
		{"stray argument to build", []string{"build", "extra"}, 2, "usage: leadup build"},
		{"stray argument to normalize-sources", []string{"normalize-sources", "extra"}, 2, "usage: leadup normalize-sources"},
		{"help", []string{"help"}, 0, ""},
		{"missing file", []string{"normalize", "-out", tmp, "no/such/essay.txt"}, 1, "no/such/essay.txt: no such file or folder"},
		{"pack on unknown paper", []string{"pack", "-paper", "legal"}, 2, `unknown paper "legal": use a4 or letter`},
		{"stray argument to pack", []string{"pack", "extra"}, 2, "usage: leadup pack"},
		{"pack from a folder with no site", []string{"pack", "-site", tmp, "-chrome", "/bin/true", "-out", tmp + "/x.pdf"}, 1, "holds no built workshop pack"},
		{"missing vocabulary", []string{"normalize", "-vocab", "no/vocab.toml", "-out", tmp, "sources"}, 1, "no/vocab.toml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			got := run(context.Background(), tt.args, &stdout, &stderr)
			if got != tt.want {
				t.Errorf("exit status = %d, want %d\nstderr: %s", got, tt.want, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.wantStderr) {
				t.Errorf("stderr = %q, want it to contain %q", stderr.String(), tt.wantStderr)
			}
		})
	}
}

// TestNormalizeWritesEssaysAndReport runs the documented command on the
// project's own sources and checks the files and the report's contract keys.
func TestNormalizeWritesEssaysAndReport(t *testing.T) {
	inRoot(t)
	out := t.TempDir()
	report := filepath.Join(out, "report.json")
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"normalize", "-out", out, "-report", report, "sources"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit status %d: %s", code, stderr.String())
	}
	var rep struct {
		Essays []map[string]json.RawMessage `json:"essays"`
	}
	b, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatalf("report is not JSON: %v", err)
	}
	sources, _ := filepath.Glob("sources/*.txt")
	if len(rep.Essays) != len(sources) || len(sources) == 0 {
		t.Fatalf("report has %d essays, sources/ has %d", len(rep.Essays), len(sources))
	}
	for _, e := range rep.Essays {
		var output string
		json.Unmarshal(e["output"], &output)
		if _, err := os.Stat(output); err != nil {
			t.Errorf("report names output %q, which was not written: %v", output, err)
		}
		for _, key := range []string{"source", "title", "authors", "date", "reasons", "steps", "pitfalls", "dropped", "candidates", "warnings"} {
			if _, ok := e[key]; !ok {
				t.Errorf("%s: report lacks key %q", output, key)
			}
		}
	}
}

// TestGeneratedEssaysAreFresh proves that content/essays is what the
// normaliser makes of sources/ today, so nobody edits generated files by
// hand and nobody forgets to regenerate them.
func TestGeneratedEssaysAreFresh(t *testing.T) {
	inRoot(t)
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"normalize", "-out", out, "sources"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit status %d: %s", code, stderr.String())
	}
	fresh, _ := filepath.Glob(filepath.Join(out, "*.md"))
	committed, _ := filepath.Glob("content/essays/*.md")
	if len(fresh) != len(committed) {
		t.Errorf("content/essays has %d essays, sources/ makes %d: run `go run ./tools/leadup normalize sources`", len(committed), len(fresh))
	}
	for _, f := range fresh {
		want, _ := os.ReadFile(f)
		name := filepath.Join("content/essays", filepath.Base(f))
		got, err := os.ReadFile(name)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s is stale or missing: run `go run ./tools/leadup normalize sources`", name)
		}
	}
	// The cheat sheets are made from data/essays.toml: it must list the
	// committed essays.
	if stale, err := essayindex.Stale("."); err != nil || stale {
		t.Errorf("%s is stale (err %v): run `go run ./tools/leadup normalize sources`", essayindex.Path, err)
	}
}

// TestNormalizeIntoEssaysWritesIndex proves that normalising into a
// project's content/essays keeps data/essays.toml in step, and that
// normalising anywhere else leaves the project alone.
func TestNormalizeIntoEssaysWritesIndex(t *testing.T) {
	root := t.TempDir()
	src := filepath.Join(root, "sources")
	if err := os.MkdirAll(src, 0o755); err != nil {
		t.Fatal(err)
	}
	essay := "A Small Test Essay\nBy Test Author\n\nManaging up works when you bring your manager options, not only problems.\n"
	if err := os.WriteFile(filepath.Join(src, "small-test.txt"), []byte(essay), 0o644); err != nil {
		t.Fatal(err)
	}
	vocabPath, err := filepath.Abs("../../data/vocabulary.toml")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"normalize", "-vocab", vocabPath, "-out", t.TempDir(), "sources"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit status %d: %s", code, stderr.String())
	}
	if _, err := os.Stat(essayindex.Path); err == nil {
		t.Fatalf("normalising into another folder wrote %s", essayindex.Path)
	}
	if code := run(context.Background(), []string{"normalize", "-vocab", vocabPath, "sources"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit status %d: %s", code, stderr.String())
	}
	b, err := os.ReadFile(essayindex.Path)
	if err != nil {
		t.Fatalf("normalising into content/essays wrote no index: %v", err)
	}
	if !strings.Contains(string(b), `slug = "small-test"`) || !strings.Contains(string(b), `title = "A Small Test Essay"`) {
		t.Errorf("index lacks the essay:\n%s", b)
	}
}
