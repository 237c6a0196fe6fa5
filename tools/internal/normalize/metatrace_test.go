package normalize

import (
	"fmt"
	"os"
	"testing"
)

// TestTitleTrace prints how every title candidate of the file named by
// $LEADUP_TITLE_TRACE scored, feature by feature, and what was chosen; a
// debugging aid:
// LEADUP_TITLE_TRACE=page.txt go test -run TestTitleTrace -v ./tools/internal/normalize
func TestTitleTrace(t *testing.T) {
	path := os.Getenv("LEADUP_TITLE_TRACE")
	if path == "" {
		t.Skip("LEADUP_TITLE_TRACE not set")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	titleTraceHook = func(format string, args ...any) { fmt.Printf(format+"\n", args...) }
	defer func() { titleTraceHook = nil }()
	res, err := Normalize(src, Options{Name: path, Vocab: loadVocab(t)})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("title %q\nauthors %q\ndate %q\n", res.Report.Title, res.Report.Authors, res.Report.Date)
}
