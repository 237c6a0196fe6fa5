package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/leadingup/leadingup/tools/internal/projcopy"
	"github.com/leadingup/leadingup/tools/internal/site"
)

// lockedBuffer collects a program's output while the test reads it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestServeSearchInParts runs `leadup serve` on a copy of the project with
// its search index forced into parts (as on a fork above
// site.DefaultSearchPartPages indexed pages) and checks, through Hugo's
// server, that every part the list names is served, that a search in the
// browser finds pages, and that a word added to a source essay while the
// server runs is found once the index has been rebuilt (in parts again).
func TestServeSearchInParts(t *testing.T) {
	if testing.Short() {
		t.Skip("runs leadup serve on a second copy of the project")
	}
	ctx := newTab(t)
	tmp := t.TempDir()
	root := filepath.Join(tmp, "repo")
	if err := projcopy.Copy(repoRoot, root); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(tmp, "leadup")
	if out, err := exec.Command("go", "build", "-o", bin, filepath.Join(repoRoot, "tools", "leadup")).CombinedOutput(); err != nil {
		t.Fatalf("go build ./tools/leadup: %v\n%s", err, out)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()

	var logs lockedBuffer
	cmd := exec.Command(bin, "serve", "-port", fmt.Sprint(port))
	cmd.Dir = root
	cmd.Env = append(os.Environ(), site.SearchPartPagesEnv+"=30")
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		// leadup stops Hugo's server when interrupted.
		cmd.Process.Signal(os.Interrupt)
		select {
		case <-exited:
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			<-exited
			t.Error("leadup serve did not stop within 30s of an interrupt")
		}
	}()

	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	get := func(path string) (int, []byte) {
		res, err := http.Get(base + path)
		if err != nil {
			return 0, nil
		}
		defer res.Body.Close()
		var b bytes.Buffer
		b.ReadFrom(res.Body)
		return res.StatusCode, b.Bytes()
	}
	// The first build, the index in parts and Hugo's server take a while
	// on a busy machine.
	var list struct{ Parts []string }
	deadline := time.Now().Add(4 * time.Minute)
	for {
		code, body := get("/pagefind/parts.json")
		if code == http.StatusOK && json.Unmarshal(body, &list) == nil {
			break
		}
		select {
		case err := <-exited:
			t.Fatalf("leadup serve stopped (%v):\n%s", err, logs.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("leadup serve served no /pagefind/parts.json within 4 minutes:\n%s", logs.String())
		}
		time.Sleep(time.Second)
	}
	if len(list.Parts) < 2 {
		t.Fatalf("/pagefind/parts.json lists %v: want at least two parts besides pagefind/ at 30 pages a part", list.Parts)
	}
	for _, p := range list.Parts {
		path := "/pagefind/" + p + "pagefind-entry.json"
		if code, _ := get(path); code != http.StatusOK {
			t.Errorf("parts.json lists %s, but the server answers %d for %s", p, code, path)
		}
	}

	find := func(q string, timeout time.Duration) searchOutcome {
		t.Helper()
		var out searchOutcome
		for end := time.Now().Add(timeout); ; {
			if err := chromedp.Do(ctx, chromedp.Navigate(base+"/search/?q="+q)); err != nil {
				t.Fatal(err)
			}
			o, err := chromedp.Run(ctx, chromedp.Poll[searchOutcome](searchDone, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(20*time.Second)))
			if err == nil {
				out = o
				if len(out.Links) > 0 || time.Now().After(end) {
					return out
				}
			} else if time.Now().After(end) {
				t.Fatalf("%q: no search status (%v)", q, err)
			}
			time.Sleep(2 * time.Second)
		}
	}
	if out := find("boss", 0); len(out.Links) == 0 {
		t.Errorf("%q on the served site: no results (status %q)", "boss", out.Status)
	}

	// A word no page has, added to a source essay while the server runs.
	const word = "zebrafinches"
	sources, _ := filepath.Glob(filepath.Join(root, "sources", "*.txt"))
	if len(sources) == 0 {
		t.Fatal("no source essays in the copy")
	}
	f, err := os.OpenFile(sources[0], os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(f, "\nA note about %s, added while the site is served.\n", word)
	f.Close()
	out := find(word, 2*time.Minute)
	if len(out.Links) == 0 {
		t.Fatalf("%q, added to %s while serving: still not found after 2 minutes (status %q):\n%s", word, filepath.Base(sources[0]), out.Status, logs.String())
	}
	slug := strings.TrimSuffix(filepath.Base(sources[0]), ".txt")
	if !strings.Contains(out.Links[0], slug) {
		t.Errorf("%q: first result %s, want the essay %s", word, out.Links[0], slug)
	}
	code, body := get("/pagefind/parts.json")
	if code != http.StatusOK || json.Unmarshal(body, &list) != nil || len(list.Parts) < 2 {
		t.Errorf("after the index was rebuilt, /pagefind/parts.json answers %d: %s", code, body)
	}
}
