// Package lint holds the test that keeps the Go code gofmt, go vet and
// staticcheck clean, and the theme's scripts free of syntax errors, so that
// `go test ./...` is the only command to run.
package lint

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// root is the module root, two folders up from this package.
const root = "../.."

func TestLint(t *testing.T) {
	if testing.Short() {
		t.Skip("linters are slow; run without -short")
	}
	tests := []struct {
		name string
		args []string
		hint string
	}{
		{"gofmt", []string{"gofmt", "-l", "tools"}, "run `gofmt -w tools`"},
		{"vet", []string{"go", "vet", "./..."}, "fix what go vet reports"},
		{"staticcheck", []string{"go", "tool", "staticcheck", "./..."}, "fix what staticcheck reports"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(tt.args[0], tt.args[1:]...)
			cmd.Dir = root
			out, err := cmd.CombinedOutput()
			text := findings(out)
			if err != nil || text != "" {
				t.Errorf("%s in %s: %v\n%s\n(%s)", strings.Join(tt.args, " "), filepath.Clean(root), err, text, tt.hint)
			}
		})
	}
}

// findings is a linter's output less the go command's own progress lines
// ("go: downloading honnef.co/go/tools v0.8.2" when the module cache is
// empty, as on a fresh machine), which say nothing about the code.
func findings(out []byte) string {
	var kept []string
	for _, line := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(line, "go: downloading ") {
			continue
		}
		kept = append(kept, line)
	}
	return strings.TrimSpace(strings.Join(kept, "\n"))
}

// TestScriptsParse checks that every script of the theme parses as what the
// pages load it as: an ES module (scripts.html loads each with
// type="module"). A module is stricter than a classic script: two top-level
// functions of one name, for one, are a syntax error that kills the whole
// script in the browser, yet `node --check` of a .js file passes them, as it
// reads the file as a classic script. So each file is given to node on
// standard input with --input-type=module.
func TestScriptsParse(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is not on PATH (the project needs Node.js, see README): %v", err)
	}
	files, err := filepath.Glob(filepath.Join(root, "themes", "*", "assets", "js", "*.js"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no scripts found under themes/*/assets/js: the glob is stale")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(node, "--input-type=module", "--check")
			cmd.Stdin = bytes.NewReader(src)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Errorf("%s does not parse as an ES module (%v):\n%s", filepath.Clean(f), err, strings.TrimSpace(string(out)))
			}
		})
	}
}

func TestFindings(t *testing.T) {
	tests := []struct {
		name, out, want string
	}{
		{"nothing", "", ""},
		{"only downloads", "go: downloading honnef.co/go/tools v0.8.2\ngo: downloading golang.org/x/exp/typeparams v0.0.0-20231108232855-2478ac86f678\n", ""},
		{"a finding among downloads", "go: downloading honnef.co/go/tools v0.8.2\ntools/x.go:3:2: unused (U1000)\n", "tools/x.go:3:2: unused (U1000)"},
		{"gofmt's file list", "tools/a.go\ntools/b.go\n", "tools/a.go\ntools/b.go"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := findings([]byte(tt.out)); got != tt.want {
				t.Errorf("findings(%q) = %q, want %q", tt.out, got, tt.want)
			}
		})
	}
}
