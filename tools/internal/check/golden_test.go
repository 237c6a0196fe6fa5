package check

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/cases")

// TestDiagnosticsGolden prints the problems of each case the way `leadup
// check` shows them (position, source line, caret, hint) and compares the
// output with testdata/cases/<case>.golden. Run with -update to rewrite the
// golden files after an intended change, then review the diff.
func TestDiagnosticsGolden(t *testing.T) {
	for _, name := range []string{"markdown", "pages", "code", "terms"} {
		t.Run(name, func(t *testing.T) {
			problems, err := Run(fixture(t, name), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			for _, p := range problems {
				if err := p.Print(&b, 80); err != nil {
					t.Fatal(err)
				}
			}
			file := filepath.Join("testdata", "cases", name+".golden")
			if *update {
				if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run go test ./tools/internal/check -update to create it)", err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("%s differs (run with -update after checking the change):\n--- got\n%s--- want\n%s", file, b.Bytes(), want)
			}
		})
	}
}

func TestWindow(t *testing.T) {
	tests := []struct {
		line       string
		col, width int
		shown, ind string
	}{
		{"abc", 2, 80, "abc", " "},
		{"\tx = [a](/b/)", 7, 80, "\tx = [a](/b/)", "\t     "},
		{"éé [x](/y/)", 6, 80, "éé [x](/y/)", "   "},
		{"0123456789abcdefghij", 15, 9, "…bcdefghij", "    "},
		{"0123456789", 3, 5, "…12345…", "  "},
		{"short line", 7, 5, "… line", "  "},
	}
	for _, tt := range tests {
		shown, ind := window(tt.line, tt.col, tt.width)
		if shown != tt.shown || ind != tt.ind {
			t.Errorf("window(%q, %d, %d) = %q, %q; want %q, %q", tt.line, tt.col, tt.width, shown, ind, tt.shown, tt.ind)
		}
	}
}

func TestClosest(t *testing.T) {
	cands := []string{"be-a-solution", "be-transparent", "give-context", "/essays/leading-upwards/", "/overview/"}
	tests := []struct{ in, want string }{
		{"be-a-solutoin", "be-a-solution"},
		{"be-solution", "be-a-solution"},
		{"give-contxt", "give-context"},
		{"/oveview/", "/overview/"},
		{"/essays/leading-upward/", "/essays/leading-upwards/"},
		{"something-else", ""},
		{"be", ""},
	}
	for _, tt := range tests {
		if got := closest(tt.in, cands, 6); got != tt.want {
			t.Errorf("closest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
