package normalize

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// jsonLDPage is a saved page whose JSON-LD names no author of the article,
// only people of its publisher (an editor and a founder): the extractor
// collects them while walking Go maps, in an order that changes from run
// to run.
const jsonLDPage = `<!doctype html>
<html><head><title>Fines for late filing</title>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Fines for late filing",
 "publisher":{"@type":"Organization","name":"Example Press","legalName":"Example Press Ltd",
  "employee":{"@type":"Person","name":"Ada Editor","jobTitle":"Managing editor"},
  "founder":{"@type":"Person","name":"Ben Founder"},
  "parentOrganization":{"@type":"Organization","name":"Example Group"},
  "member":{"@type":"Person","name":"Cleo Member"}}}
</script></head>
<body><article><h1>Fines for late filing</h1>
<p>A company that files its annual accounts late pays a fine that grows with the delay, and the office that collects it sends a reminder first, so that most firms have a few weeks to put things right before anything is owed.</p>
<p>The fine is set by law and does not depend on the size of the firm; a second late filing in a row doubles it, which is why accountants keep a calendar of the deadlines for every client they look after.</p>
<p>Appeals are possible when the delay had a cause outside the firm's control, such as an illness of the only director or a fire at the office, and they have to be made in writing within a month of the notice.</p>
</article></body></html>
`

// TestHTMLMetaDeterministic normalises the same page many times: the
// authors (and everything else) must come out the same each time, in the
// order the page names them.
func TestHTMLMetaDeterministic(t *testing.T) {
	var first Result
	for i := range 40 {
		res, err := Normalize([]byte(jsonLDPage), Options{Name: "fines.html"})
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = res
			if want := []string{"Ada Editor", "Ben Founder", "Cleo Member"}; !slices.Equal(res.Report.Authors, want) {
				t.Errorf("authors %q, want %q (the order of the page source)", res.Report.Authors, want)
			}
			continue
		}
		if !bytes.Equal(res.Markdown, first.Markdown) {
			t.Fatalf("run %d: output differs from run 1:\n%s\nwant\n%s", i+1, res.Markdown, first.Markdown)
		}
		if !slices.Equal(res.Report.Authors, first.Report.Authors) {
			t.Fatalf("run %d: authors %q, run 1 %q", i+1, res.Report.Authors, first.Report.Authors)
		}
	}
}

// TestJSONLDOrder: names sort by where the JSON-LD first names them when
// it names every one, whatever order they came in; otherwise they stay as
// they came.
func TestJSONLDOrder(t *testing.T) {
	ld := "NewsArticle\npublisher\nemployee\nAda Editor\nfounder\nBen Founder\nAda Editor\n"
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"JSON-LD order", []string{"Ben Founder", "Ada Editor"}, []string{"Ada Editor", "Ben Founder"}},
		{"already in order", []string{"Ada Editor", "Ben Founder"}, []string{"Ada Editor", "Ben Founder"}},
		{"one not named: as they came", []string{"Zoe Other", "Ben Founder", "Ada Editor"}, []string{"Zoe Other", "Ben Founder", "Ada Editor"}},
		{"same place: bytes", []string{"Ada Editor", "Ada"}, []string{"Ada", "Ada Editor"}},
		{"one", []string{"Zoe Other"}, []string{"Zoe Other"}},
		{"none", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := jsonLDOrder(slices.Clone(tc.in), ld); !slices.Equal(got, tc.want) {
				t.Errorf("jsonLDOrder(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestJSONLDStrings: the strings of the page's JSON-LD, unescaped, in the
// page's order, and none of another script.
func TestJSONLDStrings(t *testing.T) {
	page := `<html><head><script>var x = "Not JSON-LD";</script>
<script type="application/ld+json">{"@type":"Person","name":"Jos\u00e9 Ruiz","knows":[{"name":"Ann &amp; Co"}]}</script></head><body></body></html>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	want := "@type\nPerson\nname\nJosé Ruiz\nknows\nname\nAnn & Co\n"
	if got := jsonLDStrings(root); got != want {
		t.Errorf("jsonLDStrings = %q, want %q", got, want)
	}
}

// TestHTMLCorpusDeterministic normalises the real saved page where the
// nondeterminism was seen (skipped when the corpus is absent, and with
// -short).
func TestHTMLCorpusDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	path := filepath.Join(corpusDir, "haufe.de-ordnungsgeld.html.gz")
	src, err := readGz(path)
	if os.IsNotExist(err) {
		t.Skip("real-page corpus not present")
	}
	if err != nil {
		t.Fatal(err)
	}
	v := loadVocab(t)
	var first string
	for i := range 8 {
		res, err := Normalize(src, Options{Name: "page.html", Vocab: v})
		if err != nil {
			t.Fatal(err)
		}
		got := string(res.Markdown) + "\n" + strings.Join(res.Report.Authors, "; ")
		if i == 0 {
			first = got
		} else if got != first {
			t.Fatalf("run %d differs from run 1", i+1)
		}
	}
}
