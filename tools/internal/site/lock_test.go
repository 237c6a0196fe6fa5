package site

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a strings.Builder safe for a writer and a reader in two
// goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestLockProjectWaitsAndSaysWho(t *testing.T) {
	root := t.TempDir()
	opts := Options{Root: root, Out: filepath.Join(root, "public")}
	var log syncBuffer
	opts.Stderr = &log
	unlock, err := lockProject(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	second := make(chan error, 1)
	go func() {
		u, err := lockProject(context.Background(), opts)
		if err == nil {
			u()
		}
		second <- err
	}()
	select {
	case err := <-second:
		t.Fatalf("a second build got the lock while the first held it (err %v)", err)
	case <-time.After(2 * lockWait):
	}
	if msg := log.String(); !strings.Contains(msg, "waiting") || !strings.Contains(msg, "process") {
		t.Errorf("the waiting build does not say who holds the lock: %q", msg)
	}
	unlock()
	if err := <-second; err != nil {
		t.Fatalf("the second build failed after the lock was released: %v", err)
	}
}

func TestLockProjectGivesUpWhenCancelled(t *testing.T) {
	root := t.TempDir()
	opts := Options{Root: root, Out: filepath.Join(root, "public"), Stderr: &syncBuffer{}}
	unlock, err := lockProject(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 3*lockWait)
	defer cancel()
	if _, err := lockProject(ctx, opts); err == nil || !strings.Contains(err.Error(), "gave up") {
		t.Errorf("err = %v, want a 'gave up waiting' error", err)
	}
}

func TestLockProjectRemovesLeftovers(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "public")
	for _, d := range []string{".public.building-123", ".public.building-456", "public.old", "public", ".other.building-1"} {
		os.MkdirAll(filepath.Join(root, d), 0o755)
	}
	unlock, err := lockProject(context.Background(), Options{Root: root, Out: out, Stderr: &syncBuffer{}})
	if err != nil {
		t.Fatal(err)
	}
	unlock()
	var left []string
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		left = append(left, e.Name())
	}
	if got := strings.Join(left, " "); got != ".cache .other.building-1 public" {
		t.Errorf("left %q, want only the site, the cache and other sites' folders", got)
	}
}
