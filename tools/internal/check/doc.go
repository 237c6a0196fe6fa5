// Package check validates the Leading Up content pack: the essays' front
// matter, the controlled vocabulary and its term pages, the Markdown of every
// page and the cheat sheet budgets. It is the library behind
// `go run ./tools/leadup check`.
//
// Run walks a repository root and returns one Problem per mistake found,
// each naming a file, a line and (where the parsers give one) a column, and
// saying what to do about it. Problem.Print shows it the way compilers do,
// with the source line, a caret and a hint:
//
//	content/overview.md:32:1: link /essays/leading-upwards/ leads to no page of the site
//	    [Leading Upwards](/essays/leading-upwards/) sums it up in three claims.
//	    ^
//	    hint: fix the path (content/x.md is /x/, content/x/_index.md is /x/) or remove the link; …
//	content/essays/one.md:5:26: steps lists "set-the-timng", which is not a steps term in data/vocabulary.toml: …
//	    hint: did you mean `set-the-timing`?
//
// Problems are errors (the published site would show them) or warnings
// (worth fixing, harmless to readers); Errors counts the former.
//
// The checks, one file each, on real parsers:
//
//   - frontmatter.go, positions.go: front matter is decoded with the TOML
//     and YAML libraries, and every key's line and column is read from the
//     parsers' nodes (pelletier/go-toml's AST, yaml.v3 nodes);
//   - essays.go: essay front matter parses, required keys are present, every
//     item is well formed and every term exists and has a page, and the
//     reasons/steps/pitfalls arrays list exactly the terms of the items;
//   - vocab.go: the vocabulary passes the loader the normaliser uses
//     (package vocab), every term is used and has a page whose title and
//     description match, and no term page lacks a vocabulary term;
//   - pages.go: every page body is parsed with goldmark, configured as Hugo
//     does: no section is empty (setext headings included; a section holding
//     only HTML comments is empty), and every internal link (inline,
//     reference or in raw HTML) and image resolves to a page or file of the
//     site; code.go: fenced code blocks name a language Chroma knows;
//   - budgets.go: what goes on a printed cheat sheet fits its budget from
//     config.toml [params.cheatsheets].
package check
