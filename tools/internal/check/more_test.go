package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOverBudgetSheet proves that an essay whose cheat sheet would not fit on
// one page is caught: too many items and a gist that is too long.
func TestOverBudgetSheet(t *testing.T) {
	problems, err := Run(fixture(t, "overbudget"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"content/essays/one.md:36:1: essay has 5 items; the cheat sheet budget is 4 (params.cheatsheets.maxItems in config.toml)",
		"content/essays/one.md:18:1: gist is 82 characters; the cheat sheet budget is 60 (params.cheatsheets.maxGistChars in config.toml): shorten it in the source essay",
	} {
		found := false
		for _, p := range problems {
			found = found || strings.HasPrefix(p.String(), want)
		}
		if !found {
			t.Errorf("no problem starts with %q; got %v", want, problems)
		}
	}
}

func TestProblemString(t *testing.T) {
	tests := []struct {
		p    Problem
		want string
	}{
		{Problem{File: "content/a.md", Line: 3, Msg: "title is missing"}, "content/a.md:3: title is missing"},
		{Problem{File: "content/a.md", Msg: "page has no term"}, "content/a.md: page has no term"},
		{Problem{File: "content/a.md", Line: 3, Msg: "link /x/ leads to no page of the site", Diagnostic: Diagnostic{Col: 7}}, "content/a.md:3:7: link /x/ leads to no page of the site"},
		{Problem{File: "content/a.md", Line: 3, Msg: "odd link", Diagnostic: Diagnostic{Col: 7, Severity: Warning}}, "content/a.md:3:7: warning: odd link"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
	}
}

func TestPageURL(t *testing.T) {
	tests := []struct {
		file, src, want string
	}{
		{"content/_index.md", "", "/"},
		{"content/overview.md", "", "/overview/"},
		{"content/essays/leading-upwards.md", "", "/essays/leading-upwards/"},
		{"content/steps/give-context/_index.md", "", "/steps/give-context/"},
		{"content/workshop/kit/index.md", "", "/workshop/kit/"},
		{"content/workshop/Agenda.md", "", "/workshop/agenda/"},
		{"content/search.md", "+++\nurl = \"/find\"\n+++\n", "/find/"},
		{"content/workshop/x.md", "+++\nslug = \"plan\"\n+++\n", "/workshop/plan/"},
		{"content/about.md", "---\nurl: /credits/\n---\n", "/credits/"},
	}
	for _, tt := range tests {
		if got := pageURL(newPage(tt.file, []byte(tt.src))); got != tt.want {
			t.Errorf("pageURL(%s) = %q, want %q", tt.file, got, tt.want)
		}
	}
}

func TestKeyLines(t *testing.T) {
	src := "+++\n" + // 1
		"title = \"T\" # x = 1\n" + // 2
		"reasons = [\"a\",\n" + // 3
		"  \"b\"]\n" + // 4
		"[params]\n" + // 5
		"authors = [\"A\"]\n" + // 6
		"[params.source]\n" + // 7
		"title = \"S\"\n" + // 8
		"[[params.items]]\n" + // 9
		"label = \"gist = no\"\n" + // 10
		"gist = \"G\"\n" + // 11
		"[[params.items]]\n" + // 12
		"inline = {label = \"L\", gist = \"H\"}\n" + // 13
		"+++\nbody\n"
	p := newPage("x.md", []byte(src))
	if p.fmErr != nil {
		t.Fatal(p.fmErr.msg)
	}
	for key, want := range map[string]int{
		"title": 2, "reasons": 3, "params": 5, "params.authors": 6, "params.source": 7,
		"params.source.title": 8, "params.items[0]": 9, "params.items[0].label": 10,
		"params.items[0].gist": 11, "params.items[1]": 12, "params.items[1].inline.gist": 13,
		"params.items[1].nothing": 12,
	} {
		if got := p.line(key); got != want {
			t.Errorf("line(%q) = %d, want %d", key, got, want)
		}
	}
	if p.bodyLine != 15 {
		t.Errorf("bodyLine = %d, want 15", p.bodyLine)
	}
}

// TestRepository runs every check on the real content and fails with the
// list of problems, so that it guards what the team commits. It skips until
// essays exist.
func TestRepository(t *testing.T) {
	root := filepath.Join("..", "..", "..")
	essays, _ := filepath.Glob(filepath.Join(root, "content", "essays", "*.md"))
	if len(essays) == 0 {
		t.Skip("no essays in content/essays yet: run go run ./tools/leadup normalize sources")
	}
	if _, err := os.Stat(filepath.Join(root, "data", "vocabulary.toml")); err != nil {
		t.Skip("no vocabulary yet")
	}
	problems, err := Run(root, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) > 0 {
		var b strings.Builder
		for _, p := range problems {
			b.WriteString("\n\t" + p.String())
		}
		t.Errorf("go run ./tools/leadup check finds %d problems (paths relative to the repository root):%s", len(problems), b.String())
	}
}
