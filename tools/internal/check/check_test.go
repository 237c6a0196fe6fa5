package check

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadingup/leadingup/tools/internal/essayindex"
)

// fixture copies testdata/good into a temporary root and lays the files of
// testdata/cases/<name> over it, so each case states only what differs.
func fixture(t *testing.T, name string) string {
	t.Helper()
	root := t.TempDir()
	dirs := []string{filepath.Join("testdata", "good")}
	if name != "good" {
		dirs = append(dirs, filepath.Join("testdata", "cases", name))
	}
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(dir, path)
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			dst := filepath.Join(root, rel)
			if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
				return err
			}
			return os.WriteFile(dst, src, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	// The essay index follows the essays, as build keeps it, unless the
	// case brings its own (stale) one. An essay too broken to index leaves
	// it absent, and check reports the essay instead.
	if _, err := os.Stat(filepath.Join("testdata", "cases", name, essayindex.Path)); err != nil {
		_, _ = essayindex.Write(root)
	}
	return root
}

func TestRun(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"good", nil},
		{"overbudget", []string{
			`content/essays/one.md:18:1: gist is 82 characters; the cheat sheet budget is 60 (params.cheatsheets.maxGistChars in config.toml): shorten it in the source essay`,
			`content/essays/one.md:23:1: label is 43 characters; the cheat sheet budget is 30 (params.cheatsheets.maxLabelChars in config.toml): shorten it in the source essay`,
			`content/essays/one.md:36:1: essay has 5 items; the cheat sheet budget is 4 (params.cheatsheets.maxItems in config.toml): cut or merge items in the source essay; item 5 is the first that does not fit`,
			`content/workshop/self-assessment.md:12:3: checklist item is 70 characters; the cheat sheet budget is 60 (params.cheatsheets.maxGistChars in config.toml): shorten it`,
			`content/workshop/self-assessment.md:12:3: self-assessment checklist has 4 items; the cheat sheet budget is 3 (params.cheatsheets.maxChecklistItems in config.toml): cut or merge items; this is the first that does not fit`,
			`data/vocabulary.toml:12:1: description of reasons term "you-see-problems-first" is 77 characters; the cheat sheet budget is 60 (params.cheatsheets.maxGistChars in config.toml): shorten it`,
		}},
		{"checklist-terms", []string{
			`content/workshop/self-assessment.md:7:1: checklist group has 2 statements and 1 terms: give each statement one term (taxonomy/slug), in the same order`,
			`content/workshop/self-assessment.md:7:10: checklist term "steps/be-brave" is not a term of data/vocabulary.toml: write taxonomy/slug, such as steps/give-context`,
			`content/workshop/self-assessment.md:12:10: checklist term "give-context" is not a term of data/vocabulary.toml: write taxonomy/slug, such as steps/give-context`,
		}},
		{"broken-frontmatter", []string{
			`content/essays/one.md:3:1: front matter is not valid TOML: unexpected EOF; expected '"'`,
		}},
		{"unknown-key", []string{
			`content/essays/one.md:5:1: front matter: unknown key author: remove it, or move a custom field under [params]: fix sources/one.txt and run go run ./tools/leadup normalize sources`,
		}},
		{"missing-keys", []string{
			`content/essays/one.md:1:1: summary is missing or empty: fix sources/one.txt and run go run ./tools/leadup normalize sources`,
			`content/essays/one.md:8:1: params.authors is missing or empty: give the essay a By line; fix sources/one.txt and run go run ./tools/leadup normalize sources`,
			`content/essays/one.md:10:1: params.source.title is missing or empty: fix sources/one.txt and run go run ./tools/leadup normalize sources`,
			`content/essays/one.md:20:12: item "Bring cake" has taxonomy "ideas": it must be reasons, steps or pitfalls; fix sources/one.txt and run go run ./tools/leadup normalize sources`,
			`content/essays/one.md:28:1: item "Give context" has no gist: fix sources/one.txt and run go run ./tools/leadup normalize sources`,
		}},
		{"terms", []string{
			`content/essays/one.md:4:12: reasons lists "a-win-for-both" twice: fix sources/one.txt and run go run ./tools/leadup normalize sources`,
			`content/essays/one.md:5:10: steps lists "give-context" but no item has that term: the array must list exactly the items' terms; run go run ./tools/leadup normalize sources`,
			`content/essays/one.md:5:26: steps lists "set-the-timng", which is not a steps term in data/vocabulary.toml: use a term of the vocabulary or add it there with a page`,
			`content/essays/one.md:5:26: steps lists "set-the-timng" but no item has that term: the array must list exactly the items' terms; run go run ./tools/leadup normalize sources`,
			`content/essays/one.md:21:8: an item has pitfalls term "wasting-their-time" but the pitfalls array does not list it: the array must list exactly the items' terms; run go run ./tools/leadup normalize sources`,
			`content/essays/one.md:27:8: item "Gossip" has term "gossip", which is not a pitfalls term in data/vocabulary.toml: add the term (with a page) or an alias that maps the item to an existing term, then run go run ./tools/leadup normalize sources`,
			`content/essays/one.md:27:8: an item has pitfalls term "gossip" but the pitfalls array does not list it: the array must list exactly the items' terms; run go run ./tools/leadup normalize sources`,
			`content/steps/be-a-solution/_index.md: page for steps term "be-a-solution", but data/vocabulary.toml has no such term: add the term there or delete this page`,
			`content/steps/give-context/_index.md:2:9: title "Give more context" differs from the vocabulary title "Give context" (data/vocabulary.toml:15): make them equal`,
			`data/vocabulary.toml:21:1: pitfalls term "wasting-their-time" is used by no essay and not by content/overview.md: use it in a source essay or list it in the overview's front matter pitfalls array, or remove it`,
			`data/vocabulary.toml:27:1: steps term "set-the-timing" is used by no essay and not by content/overview.md: use it in a source essay or list it in the overview's front matter steps array, or remove it`,
			`data/vocabulary.toml:27:1: steps term "set-the-timing" has no page: create content/steps/set-the-timing/_index.md with title "Set the timing"`,
		}},
		{"stale-index", []string{
			`data/essays.toml: out of date: it must list every essay in content/essays with its title, or their cheat sheets go missing; run go run ./tools/leadup build (or normalize) to rewrite it`,
		}},
		{"termsheets", []string{
			`data/vocabulary.toml:9:1: the reasons terms' titles and descriptions come to 180 characters; their cheat sheet fits 150 (params.cheatsheets.maxTaxonomySheetChars in config.toml), and reasons term "you-see-problems-first" is the first that does not fit: shorten descriptions or merge terms`,
			`data/vocabulary.toml:21:1: the vocabulary's titles and descriptions come to 315 characters; the "Leading up on one page" cheat sheet fits 250 (params.cheatsheets.maxOnePageChars in config.toml), and pitfalls term "wasting-their-time" is the first that does not fit: shorten descriptions or merge terms`,
		}},
		{"code", []string{
			`content/about.md:13:4: warning: code block language "tmol" is unknown to Chroma, Hugo's highlighter, so the block is not highlighted`,
			`content/about.md:25:4: warning: code block language "klingon" is unknown to Chroma, Hugo's highlighter, so the block is not highlighted`,
		}},
		{"pages", []string{
			`content/about.md:4:1: section "Empty at once" is empty: write its text or remove the heading`,
			`content/about.md:7:13: link /nowhere/ leads to no page of the site`,
			`content/about.md:7:35: warning: link /about lacks its final slash (Hugo resolves it, other tools may not)`,
			`content/about.md:9:1: section "Detail" is empty: write its text or remove the heading`,
			`content/about.md:10:1: section "Licence" is empty: write its text or remove the heading`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			problems, err := Run(fixture(t, tt.name), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range problems {
				got = append(got, p.String())
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("problems:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
			}
		})
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"toml", "toml", 0},
		{"tmol", "toml", 1},
		{"yml", "yaml", 1},
		{"", "go", 2},
		{"kitten", "sitting", 3},
	}
	for _, tt := range tests {
		t.Run(tt.a+"→"+tt.b, func(t *testing.T) {
			if got := editDistance(tt.a, tt.b); got != tt.want {
				t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
			}
		})
	}
}
