package check

import (
	"path/filepath"
	"testing"
)

// BenchmarkRunProject checks the whole project, as `leadup check` does:
// every page parsed with goldmark, front matter with the TOML and YAML
// parsers, the vocabulary and the budgets.
//
//	go test -run '^$' -bench RunProject -benchmem ./tools/internal/check
func BenchmarkRunProject(b *testing.B) {
	root := filepath.Join("..", "..", "..")
	for b.Loop() {
		if _, err := Run(root, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
