// Package scaffold creates new content the way the project expects it: the
// library behind `go run ./tools/leadup new`.
//
// Essay writes a source essay in the authoring format of sources/ with
// short guidance comments (HTML comments, which the normaliser drops):
//
//	leadup new essay "Ask for Feedback"  →  sources/ask-for-feedback.txt
//
// Term adds a term to the controlled vocabulary, keeping the file's layout
// and comments (the entry goes after the last term of its taxonomy), then
// creates the term's page with Hugo from archetypes/term.md, which reads the
// title and description back from the vocabulary, so the two agree:
//
//	leadup new term steps "Ask for feedback"  →  data/vocabulary.toml [[steps]] ask-for-feedback
//	                                             content/steps/ask-for-feedback/_index.md
package scaffold
