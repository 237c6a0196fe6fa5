package site

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// ServeOptions configures Serve.
type ServeOptions struct {
	Options
	// Port is the TCP port on 127.0.0.1; zero means 1313.
	Port int
	// Poll is how often the source essays and content are checked for
	// changes; zero means every 700ms.
	Poll time.Duration
}

// Serve builds the site and serves it on 127.0.0.1 with live reload until
// ctx is cancelled. When a source essay changes it is normalised again
// (Hugo then reloads the browser); when content changes the search index
// is rebuilt.
func Serve(ctx context.Context, opts ServeOptions) error {
	o, err := opts.withDefaults()
	if err != nil {
		return err
	}
	opts.Options = o
	// Links to missing pages are warned about as file:line:col, as in Build.
	opts.Stdout = newLinkWarnings(o.Root, o.Stdout)
	opts.Stderr = newLinkWarnings(o.Root, o.Stderr)
	if opts.Port == 0 {
		opts.Port = 1313
	}
	if opts.Poll == 0 {
		opts.Poll = 700 * time.Millisecond
	}
	unlock, err := lockProject(ctx, opts.Options)
	if err != nil {
		return err
	}
	defer unlock()
	if err := NormalizeSources(opts.Options); err != nil {
		return err
	}
	// A first full build gives Pagefind something to index before the
	// server starts; the server then renders to the same folder.
	if err := RunHugo(ctx, opts.Options, "--destination", opts.Out, "--cleanDestinationDir"); err != nil {
		return err
	}
	if err := RunPagefind(ctx, opts.Options, opts.Out); err != nil {
		return err
	}

	port := strconv.Itoa(opts.Port)
	server, err := hugoCommand(ctx, opts.Options, "server",
		"--source", opts.Root,
		"--destination", opts.Out,
		"--bind", "127.0.0.1",
		"--port", port,
		"--baseURL", "http://127.0.0.1:"+port+"/",
		"--poll", opts.Poll.String(),
	)
	if err != nil {
		return err
	}
	server.Env = withMemoryLimits(os.Environ())
	server.Stdout, server.Stderr = opts.Stdout, opts.Stderr
	if err := server.Start(); err != nil {
		return fmt.Errorf("cannot start hugo server: %w", err)
	}
	done := make(chan error, 1)
	go func() { done <- server.Wait() }()

	watch := newWatcher(opts.Sources, filepath.Join(opts.Root, "content"))
	ticker := time.NewTicker(opts.Poll)
	defer ticker.Stop()
	var reindexAt time.Time
	for {
		select {
		case err := <-done:
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("hugo server stopped: %v", err)
		case <-ticker.C:
			changed := watch.changed()
			if changed[opts.Sources] {
				if err := NormalizeSources(opts.Options); err != nil {
					fmt.Fprintf(opts.Stderr, "leadup: %v\n", err)
				}
			}
			if len(changed) > 0 {
				// Give Hugo time to re-render before indexing again.
				reindexAt = time.Now().Add(2 * time.Second)
			}
			if !reindexAt.IsZero() && time.Now().After(reindexAt) {
				reindexAt = time.Time{}
				if err := RunPagefind(ctx, opts.Options, opts.Out); err != nil {
					fmt.Fprintf(opts.Stderr, "leadup: %v\n", err)
				}
			}
		}
	}
}

// watcher notices changes in folder trees by comparing a fingerprint of
// every file's path, size and modification time between polls.
type watcher struct {
	dirs []string
	last map[string]string
}

func newWatcher(dirs ...string) *watcher {
	w := &watcher{dirs: dirs, last: map[string]string{}}
	w.changed()
	return w
}

// changed reports which of the watched folders changed since the last call.
func (w *watcher) changed() map[string]bool {
	out := map[string]bool{}
	for _, dir := range w.dirs {
		sum := fingerprint(dir)
		if prev, ok := w.last[dir]; ok && prev != sum {
			out[dir] = true
		}
		w.last[dir] = sum
	}
	return out
}

func fingerprint(dir string) string {
	var b []byte
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if info, err := d.Info(); err == nil {
			b = fmt.Appendf(b, "%s\x00%d\x00%d\n", path, info.Size(), info.ModTime().UnixNano())
		}
		return nil
	})
	return string(b)
}

// exists reports whether path names an existing file or folder.
func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
