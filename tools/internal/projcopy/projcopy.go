// Package projcopy copies a Leading Up project for a throwaway build, as the
// end-to-end tests and the benchmark make: the files a build reads, without
// the git history, the caches or an earlier built site, with node_modules
// linked rather than copied.
package projcopy

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// skipped names the top-level entries a copy leaves out: history, caches,
// built output and the npm packages (linked instead).
var skipped = map[string]bool{".git": true, ".cache": true, "node_modules": true, "public": true, "resources": true}

// Copy copies the project at src into dst (created if missing). Symbolic
// links and other special files are left out; src/node_modules, when it
// exists, is linked from dst so that Pagefind and the browser tests' npm
// packages need no second install.
func Copy(src, dst string) error {
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		if skipped[rel] {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil // a worktree's .git file, a node_modules link
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		return fmt.Errorf("copying the project %s to %s: %w", src, dst, err)
	}
	if _, err := os.Stat(filepath.Join(src, "node_modules")); err == nil {
		if err := os.Symlink(filepath.Join(src, "node_modules"), filepath.Join(dst, "node_modules")); err != nil {
			return fmt.Errorf("linking node_modules into the copy: %w", err)
		}
	}
	return nil
}
