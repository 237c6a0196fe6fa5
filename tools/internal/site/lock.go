package site

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/rogpeppe/go-internal/lockedfile"
)

// lockWait is how long lockOutput waits quietly before it says who holds
// the lock.
const lockWait = 300 * time.Millisecond

// LockPath is the lock file of a project, relative to its root.
const LockPath = ".cache/leadup/build.lock"

// lockProject takes the project's build lock, so that two builds, or a
// build and a serve, never write content/essays, the cache or the site at
// once. A second caller waits, and says which process holds the lock. The
// lock is an operating-system file lock: it is released when the holder
// exits, even when it is killed.
//
// Once the lock is held, the leftovers of builds that were killed half-way
// (".<out>.building-*" and "<out>.old" folders) are removed.
func lockProject(ctx context.Context, opts Options) (unlock func(), err error) {
	lockPath := filepath.Join(opts.Root, LockPath)
	if err := os.MkdirAll(filepath.Dir(lockPath), 0o755); err != nil {
		return nil, err
	}
	holderPath := lockPath + ".holder"

	type locked struct {
		unlock func()
		err    error
	}
	got := make(chan locked, 1)
	go func() {
		u, err := lockedfile.MutexAt(lockPath).Lock()
		got <- locked{u, err}
	}()
	var l locked
	select {
	case l = <-got:
	case <-time.After(lockWait):
		holder, _ := os.ReadFile(holderPath)
		who := strings.TrimSpace(string(holder))
		if who == "" {
			who = "another leadup process"
		}
		fmt.Fprintf(opts.Stderr, "leadup: the site in %s is being built by %s; waiting for it to finish (Ctrl-C to give up)\n", opts.Root, who)
		select {
		case l = <-got:
		case <-ctx.Done():
			// Release the lock at once if it is granted after all.
			go func() {
				if l := <-got; l.err == nil {
					l.unlock()
				}
			}()
			return nil, fmt.Errorf("gave up waiting for %s: %w", lockPath, ctx.Err())
		}
	}
	if l.err != nil {
		return nil, fmt.Errorf("cannot lock %s: %w", lockPath, l.err)
	}
	exe := filepath.Base(os.Args[0])
	holder := fmt.Sprintf("%s %s (process %d, since %s)", exe, strings.Join(os.Args[1:], " "), os.Getpid(), time.Now().Format(time.TimeOnly))
	if err := os.WriteFile(holderPath, []byte(holder+"\n"), 0o644); err != nil {
		l.unlock()
		return nil, err
	}
	if err := removeStale(filepath.Dir(opts.Out), filepath.Base(opts.Out)); err != nil {
		l.unlock()
		return nil, err
	}
	return func() {
		os.Remove(holderPath)
		l.unlock()
	}, nil
}

// removeStale removes what builds of dir/base killed half-way left behind.
// Only the lock holder calls it, so no running build loses its folder.
func removeStale(dir, base string) error {
	stale, err := filepath.Glob(filepath.Join(dir, "."+base+".building-*"))
	if err != nil {
		return err
	}
	stale = append(stale, filepath.Join(dir, base+".old"))
	for _, p := range stale {
		if err := os.RemoveAll(p); err != nil {
			return fmt.Errorf("cannot remove the leftover of an interrupted build: %w", err)
		}
	}
	return nil
}
