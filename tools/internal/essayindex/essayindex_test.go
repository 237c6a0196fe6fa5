package essayindex

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

func essay(title string) string {
	return fmt.Sprintf("+++\ntitle = %q\nsummary = \"s\"\n+++\n\nBody.\n", title)
}

// project makes a project root holding content/essays with files.
func project(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	dir := filepath.Join(root, EssaysDir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestScan(t *testing.T) {
	for _, tc := range []struct {
		name    string
		files   map[string]string
		want    []Entry
		wantErr string // substring; "" for no error
	}{
		{
			name:  "sorted by slug, section index and non-Markdown skipped",
			files: map[string]string{"b-two.md": essay("Two"), "a-one.md": essay("One \"quoted\""), "_index.md": "+++\ntitle = \"Essays\"\n+++\n", "notes.txt": "x"},
			want:  []Entry{{"a-one", "One \"quoted\""}, {"b-two", "Two"}},
		},
		{
			name:  "an essay without a title keeps its slug",
			files: map[string]string{"untitled.md": "+++\nsummary = \"s\"\n+++\n"},
			want:  []Entry{{"untitled", ""}},
		},
		{
			name:    "unknown key names file and line",
			files:   map[string]string{"bad.md": "+++\ntitle = \"T\"\ncolour = \"red\"\n+++\n"},
			wantErr: "content/essays/bad.md:3: front matter: unknown key colour",
		},
		{
			name:    "no front matter names the file",
			files:   map[string]string{"plain.md": "Just text.\n"},
			wantErr: "content/essays/plain.md:1:",
		},
		{
			name: "no essays folder is an empty index",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			if tc.files != nil {
				root = project(t, tc.files)
			}
			got, err := Scan(root)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %#v, want %#v", got, tc.want)
			}
		})
	}
}

func TestEncodeRoundTrips(t *testing.T) {
	for _, entries := range [][]Entry{nil, {{"a", "Ünïcode — and \"quotes\"\\"}, {"b", ""}}} {
		b, err := Encode(entries)
		if err != nil {
			t.Fatal(err)
		}
		var back struct{ Essays []Entry }
		if _, err := toml.Decode(string(b), &back); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if len(back.Essays) != len(entries) || len(entries) > 0 && !reflect.DeepEqual(back.Essays, entries) {
			t.Errorf("round trip: got %#v, want %#v", back.Essays, entries)
		}
	}
}

func TestWriteAndStale(t *testing.T) {
	root := project(t, map[string]string{"one.md": essay("One")})
	if stale, err := Stale(root); err != nil || !stale {
		t.Fatalf("missing index: stale=%v err=%v, want stale", stale, err)
	}
	if changed, err := Write(root); err != nil || !changed {
		t.Fatalf("first write: changed=%v err=%v", changed, err)
	}
	if changed, err := Write(root); err != nil || changed {
		t.Fatalf("second write of the same essays: changed=%v err=%v, want unchanged", changed, err)
	}
	if stale, _ := Stale(root); stale {
		t.Fatal("index stale right after Write")
	}
	if err := os.WriteFile(filepath.Join(root, EssaysDir, "two.md"), []byte(essay("Two")), 0o644); err != nil {
		t.Fatal(err)
	}
	if stale, _ := Stale(root); !stale {
		t.Fatal("a new essay did not make the index stale")
	}
	if _, err := Write(root); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(root, Path))
	if !strings.Contains(string(b), `slug = "two"`) || !strings.Contains(string(b), `title = "Two"`) {
		t.Errorf("index lacks the new essay:\n%s", b)
	}
	// A broken essay fails the write and leaves the index as it was.
	if err := os.WriteFile(filepath.Join(root, EssaysDir, "bad.md"), []byte("+++\ntitle = 3\n+++\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Write(root); err == nil || !strings.Contains(err.Error(), "bad.md:") {
		t.Errorf("broken essay: error %v, want one naming bad.md and its line", err)
	}
	if after, _ := os.ReadFile(filepath.Join(root, Path)); string(after) != string(b) {
		t.Error("a failed write changed the index")
	}
}
