// Package importer brings outside articles into the content pack as source
// essays: the library behind `go run ./tools/leadup import`.
//
// An article is a file (plain text, Markdown or a saved web page) or an
// http(s) address, which is fetched with a timeout and a size cap. Load runs
// it through the normaliser (a web page through its HTML path) and renders
// what the normaliser found back into the authoring format of sources/: Markdown with
// front matter that pins the title, byline, date and the credited original
// with its address, then the text with its headings and lists.
//
//	https://example.org/blog/ask-early  →  sources/ask-early.md
//
// Nothing is written until asked: Article.Review describes the article (its
// title, byline, date, the items found and the term each maps to, the
// candidates that mapped to no term, and the lines dropped as junk, counted
// by reason and sampled), Article.Diff is the unified diff of what would be
// written, and Article.Write writes it atomically. A file that already
// exists is replaced only by Write, and the review says so.
package importer
