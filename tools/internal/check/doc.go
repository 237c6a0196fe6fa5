// Package check validates the Leading Up content pack: the essays' front
// matter, the controlled vocabulary and its term pages, the Markdown of every
// page and the cheat sheet budgets. It is the library behind
// `go run ./tools/leadup check`.
//
// Run walks a repository root and returns one Problem per mistake found,
// each naming a file and a line and saying what to do about it:
//
//	content/essays/leading-upwards.md:23: gist is 143 characters; the cheat sheet budget is 120 (params.cheatsheets.maxGistChars in config.toml): shorten it in the source essay
//	data/vocabulary.toml:41: steps term "give-context" has no page: create content/steps/give-context/_index.md with title "Give context"
//
// The checks, one file each:
//
//   - essays.go: essay front matter parses, required keys are present, every
//     item is well formed and every term exists and has a page, and the
//     reasons/steps/pitfalls arrays list exactly the terms of the items;
//   - vocab.go: every vocabulary term is used and has a page whose title
//     matches, and no term page lacks a vocabulary term;
//   - pages.go: no Markdown page has an empty section, and every internal link
//     resolves to a page of the site;
//   - budgets.go: what goes on a printed cheat sheet fits its budget from
//     config.toml [params.cheatsheets].
package check
