package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/leadingup/leadingup/tools/internal/atomicfile"
	"github.com/leadingup/leadingup/tools/internal/normalize"
)

// Cache keeps the results of earlier runs in a folder, one file per essay,
// so that a rebuild normalises only the essays that changed.
//
// An entry is keyed by everything the result depends on: the source bytes,
// the options passed to normalize.Normalize (name, source path, command,
// size limit), the salt given to OpenCache (the vocabulary file's bytes)
// and the running program itself, so a new version of the normaliser never
// serves a result of the old one. Entries no run asked for are removed at
// the end of each run, so the folder holds one entry per essay.
//
// A nil *Cache is valid and caches nothing.
type Cache struct {
	dir  string
	salt []byte

	mu   sync.Mutex
	used map[string]bool
	hits int
}

// Hits returns how many results were taken from the cache so far.
func (c *Cache) Hits() int {
	if c == nil {
		return 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits
}

// cacheExt ends the name of every entry; prune removes nothing else.
const cacheExt = ".normalized"

// OpenCache returns a cache kept in dir (created when missing). salt is
// mixed into every key: pass the bytes of the vocabulary file, so that
// editing the vocabulary re-normalises every essay.
func OpenCache(dir string, salt []byte) (*Cache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("cannot create the normaliser cache: %w", err)
	}
	h := sha256.New()
	h.Write(programHash())
	h.Write(salt)
	return &Cache{dir: dir, salt: h.Sum(nil), used: map[string]bool{}}, nil
}

// programHash returns a hash of the running executable, or nil when it
// cannot be read (then the cache still keys on everything else).
var programHash = sync.OnceValue(func() []byte {
	exe, err := os.Executable()
	if err != nil {
		return nil
	}
	f, err := os.Open(exe)
	if err != nil {
		return nil
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return nil
	}
	return h.Sum(nil)
})

func (c *Cache) key(src []byte, opts normalize.Options) string {
	h := sha256.New()
	h.Write(c.salt)
	fmt.Fprintf(h, "%q %q %q %d\n", opts.Name, opts.SourcePath, opts.Command, opts.MaxBytes)
	h.Write(src)
	return hex.EncodeToString(h.Sum(nil))
}

func (c *Cache) path(key string) string { return filepath.Join(c.dir, key+cacheExt) }

// get returns the cached result for src, if there is one.
func (c *Cache) get(src []byte, opts normalize.Options) (normalize.Result, bool) {
	var res normalize.Result
	if c == nil {
		return res, false
	}
	key := c.key(src, opts)
	c.mu.Lock()
	c.used[key] = true
	c.mu.Unlock()
	b, err := os.ReadFile(c.path(key))
	if err != nil {
		return res, false
	}
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&res); err != nil {
		return normalize.Result{}, false // a damaged entry is rebuilt
	}
	c.mu.Lock()
	c.hits++
	c.mu.Unlock()
	return res, true
}

// put stores the result for src.
func (c *Cache) put(src []byte, opts normalize.Options, res normalize.Result) error {
	if c == nil {
		return nil
	}
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(res); err != nil {
		return fmt.Errorf("cannot cache the result: %w", err)
	}
	key := c.key(src, opts)
	c.mu.Lock()
	c.used[key] = true
	c.mu.Unlock()
	if err := atomicfile.Write(c.path(key), b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("cannot write the normaliser cache (delete %s to start afresh): %w", c.dir, err)
	}
	return nil
}

// prune removes the entries this run did not ask for.
func (c *Cache) prune() error {
	entries, err := os.ReadDir(c.dir)
	if err != nil {
		return err
	}
	var errs []error
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, e := range entries {
		key, ok := strings.CutSuffix(e.Name(), cacheExt)
		if !ok || c.used[key] {
			continue
		}
		if err := os.Remove(filepath.Join(c.dir, e.Name())); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
