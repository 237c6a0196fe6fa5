// Package lint holds the test that keeps the Go code gofmt, go vet and
// staticcheck clean, so that `go test ./...` is the only command to run.
package lint

import (
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
			text := strings.TrimSpace(string(out))
			if err != nil || text != "" {
				t.Errorf("%s in %s: %v\n%s\n(%s)", strings.Join(tt.args, " "), filepath.Clean(root), err, text, tt.hint)
			}
		})
	}
}
