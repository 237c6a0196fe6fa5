package normalize

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// syntheticPage builds a saved web page of about n bytes: a head with meta
// tags and JSON-LD, a menu, an article of paragraphs and lists, a sidebar,
// a comment thread and a footer, with scripts between them.
func syntheticPage(n int) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Leading Up at Scale | Bench Notes</title>
<meta property="og:site_name" content="Bench Notes"><meta name="author" content="Test Author">
<script type="application/ld+json">{"@type":"Article","headline":"Leading Up at Scale","datePublished":"2020-11-26"}</script>
<script>var tracking = true;</script><style>body{margin:0}</style></head><body>
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li><li><a href="/about">About</a></li></ul></nav></header>
<main><article><h1>Leading Up at Scale</h1><p class="byline">By Test Author</p>
`)
	labels := []string{"Be transparent", "Build the relationship", "Don't push it", "Understand their role", "Bring the facts"}
	body := n * 3 / 4
	for i := 0; b.Len() < body; i++ {
		fmt.Fprintf(&b, "<h2>Section %d</h2>\n<p>Section %d of the essay starts with a paragraph long enough to be prose, so that the extractor has real text to weigh and the text stages have real sentences to read.</p>\n<ul>\n", i, i)
		for j, l := range labels {
			fmt.Fprintf(&b, "<li><strong>%s.</strong> Explanation number %d explains the item in a sentence.</li>\n", l, j)
		}
		b.WriteString("</ul>\n<script>track();</script>\n")
	}
	b.WriteString(`</article><aside class="sidebar"><h3>Popular posts</h3><ul><li><a href="/x">Another post</a></li></ul></aside>
<section id="comments" class="comments-area"><h2>Comments</h2>`)
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, `<div class="comment"><p class="comment-author">Reader %d</p><p onclick="like()">Thanks, this helped me with my own manager.</p></div>`+"\n", i)
	}
	b.WriteString(`</section></main><footer class="site-footer"><p>© 2020 Bench Notes</p></footer></body></html>`)
	return []byte(b.String())
}

// BenchmarkNormalizeHTML measures the HTML path (extraction, conversion and
// the text stages) in MB/s of HTML on synthetic pages of three sizes; the
// figures stay close when the path is linear in the page size.
func BenchmarkNormalizeHTML(b *testing.B) {
	for _, size := range []int{50 << 10, 200 << 10, 1 << 20} {
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			v := loadVocab(b)
			src := syntheticPage(size)
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := Normalize(src, Options{Name: "bench.html", Vocab: v}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkNormalizeHTMLCorpus measures the same on the first real pages of
// the corpus (skipped when it is absent).
func BenchmarkNormalizeHTMLCorpus(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.html.gz"))
	if len(files) == 0 {
		b.Skip("real-page corpus not present")
	}
	v := loadVocab(b)
	var pages [][]byte
	var size int64
	for _, f := range files[:min(40, len(files))] {
		src, err := readGz(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, src)
		size += int64(len(src))
	}
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		for _, src := range pages {
			if _, err := Normalize(src, Options{Name: "page.html", Vocab: v}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
