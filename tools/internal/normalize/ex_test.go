package normalize

import (
	"os"
	"testing"
)

func TestScratch(t *testing.T) {
	v := loadVocab(t)
	src, _ := os.ReadFile(os.Getenv("SCRATCH"))
	res, err := Normalize(src, Options{Name: os.Getenv("SCRATCH"), SourcePath: "sources/x.txt", Vocab: v})
	if err != nil {
		t.Fatal(err)
	}
	os.Stdout.Write(res.Markdown)
	os.Stdout.Write(reportJSON(res.Report))
}
