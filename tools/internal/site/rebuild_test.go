package site

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestChangedBodies(t *testing.T) {
	out := t.TempDir()
	if err := os.WriteFile(filepath.Join(out, "index.html"), []byte("<p>home</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	base := func() buildState {
		return buildState{Version: stateVersion, Out: out, OutMark: outMark(out), Inputs: "in",
			Essays: map[string][2]string{"a.md": {"fa", "ba"}, "b.md": {"fb", "bb"}}}
	}
	tests := []struct {
		name   string
		change func(last, now *buildState, opts *Options)
		want   []string
		ok     bool
	}{
		{"nothing changed", func(_, _ *buildState, _ *Options) {}, nil, true},
		{"one body", func(_, now *buildState, _ *Options) { now.Essays["b.md"] = [2]string{"fb", "new"} }, []string{"b.md"}, true},
		{"two bodies", func(_, now *buildState, _ *Options) {
			now.Essays["a.md"] = [2]string{"fa", "x"}
			now.Essays["b.md"] = [2]string{"fb", "y"}
		}, []string{"a.md", "b.md"}, true},
		{"front matter", func(_, now *buildState, _ *Options) { now.Essays["a.md"] = [2]string{"new", "ba"} }, nil, false},
		{"essay added", func(_, now *buildState, _ *Options) { now.Essays["c.md"] = [2]string{"fc", "bc"} }, nil, false},
		{"essay removed", func(_, now *buildState, _ *Options) { delete(now.Essays, "a.md") }, nil, false},
		{"essay renamed", func(_, now *buildState, _ *Options) {
			delete(now.Essays, "a.md")
			now.Essays["c.md"] = [2]string{"fa", "ba"}
		}, nil, false},
		{"other input", func(_, now *buildState, _ *Options) { now.Inputs = "other" }, nil, false},
		{"other folder", func(_, now *buildState, _ *Options) { now.Out = out + "2" }, nil, false},
		{"folder changed since", func(last, _ *buildState, _ *Options) { last.OutMark = "0 0 0" }, nil, false},
		{"no last build", func(last, _ *buildState, _ *Options) { *last = buildState{} }, nil, false},
		{"offline", func(_, _ *buildState, o *Options) { o.Offline = true }, nil, false},
		{"name a glob would read", func(last, now *buildState, _ *Options) {
			last.Essays["c*d.md"] = [2]string{"f", "b"}
			now.Essays["c*d.md"] = [2]string{"f", "new"}
		}, nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			last, now := base(), base()
			now.OutMark = ""
			opts := Options{Out: out}
			tc.change(&last, &now, &opts)
			got, ok := changedBodies(last, now, opts)
			if ok != tc.ok || !slices.Equal(got, tc.want) {
				t.Errorf("changedBodies = %q, %v; want %q, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestSegmentConfig(t *testing.T) {
	out := t.TempDir()
	for _, d := range []string{"essays/a", "essays/b", "essays/page/2", "cheatsheets/a", "cheatsheets/b", "cheatsheets/why-lead-up"} {
		if err := os.MkdirAll(filepath.Join(out, filepath.FromSlash(d)), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	essays := map[string][2]string{"a.md": {}, "b.md": {}}
	for _, cards := range []bool{false, true} {
		cfg, ok := segmentConfig(out, essays, []string{"b.md"}, cards)
		if !ok {
			t.Fatal("segmentConfig refused plain folder names")
		}
		got := string(cfg)
		// Left out: the unchanged essay a and its sheet, the taxonomy and
		// term pages, the list of sheets and, unless a changed essay's card
		// shows its text, the list of essays. Rendered: b, the fixed sheet.
		lists := `"{/essays,/cheatsheets}"`
		if cards {
			lists = `"/cheatsheets"`
		}
		for _, want := range []string{`"/{essays,cheatsheets}/**"`, `"! /essays/b"`, `"! /cheatsheets/b"`, `"! /essays/page"`, `"! /cheatsheets/why-lead-up"`, `kind = "**"`, "[segments." + rebuildSegment + "]",
			"excludes]]\nkind = \"{taxonomy,term}\"\n[[segments." + rebuildSegment + ".excludes]]\npath = " + lists + "\n[[segments." + rebuildSegment + ".excludes]]\npath = [\"/{essays"} {
			if !strings.Contains(got, want) {
				t.Errorf("cards %v: segment config lacks %s:\n%s", cards, want, got)
			}
		}
		for _, unwanted := range []string{`"! /essays/a"`, `"! /cheatsheets/a"`} {
			if strings.Contains(got, unwanted) {
				t.Errorf("segment config renders the unchanged essay (%s):\n%s", unwanted, got)
			}
		}
	}
	if err := os.MkdirAll(filepath.Join(out, "essays", "Odd{name}"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, ok := segmentConfig(out, essays, []string{"b.md"}, false); ok {
		t.Error("segmentConfig accepted a folder name a glob would read")
	}
}

func TestSplitFront(t *testing.T) {
	tests := []struct{ in, front, body string }{
		{"+++\ntitle = \"A\"\n+++\nBody.\n", "+++\ntitle = \"A\"\n+++\n", "Body.\n"},
		{"+++\ntitle = \"A\"\n+++\n", "+++\ntitle = \"A\"\n+++\n", ""},
		{"+++\nno end\n", "+++\nno end\n", ""},
	}
	for _, tc := range tests {
		front, body := splitFront([]byte(tc.in))
		if string(front) != tc.front || string(body) != tc.body {
			t.Errorf("splitFront(%q) = %q, %q; want %q, %q", tc.in, front, body, tc.front, tc.body)
		}
	}
}

func TestCardsShowText(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"summary.md":  "+++\n# Generated\ntitle = \"A\"\nsummary = \"What it says.\"\n+++\nBody.\n",
		"none.md":     "+++\ntitle = \"B\"\n+++\nBody.\n",
		"blank.md":    "+++\ntitle = \"C\"\nsummary = \" \"\n+++\nBody.\n",
		"params.md":   "+++\ntitle = \"D\"\n[params]\nsummary = \"not the page's\"\n+++\nBody.\n",
		"bad-toml.md": "+++\ntitle = \n+++\nBody.\n",
		"summary2.md": "+++\ntitle = \"E\"\nsummary = \"Also.\"\n+++\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		names []string
		want  bool
	}{
		{[]string{"summary.md"}, false},
		{[]string{"summary.md", "summary2.md"}, false},
		{[]string{"none.md"}, true},
		{[]string{"summary.md", "none.md"}, true},
		{[]string{"blank.md"}, true},
		{[]string{"params.md"}, true},
		{[]string{"bad-toml.md"}, true},
		{[]string{"missing.md"}, true},
	}
	for _, tc := range tests {
		if got := cardsShowText(dir, tc.names); got != tc.want {
			t.Errorf("cardsShowText(%q) = %v, want %v", tc.names, got, tc.want)
		}
	}
}

func TestDropUnrendered(t *testing.T) {
	out, tmp := t.TempDir(), t.TempDir()
	// The last build's files, linked into tmp as rebuild does.
	old := []string{"index.html", "sitemap.xml", "search/index.html",
		"search/words.00112233445566778899aabbccddeeff.json", "css/site.0123456789abcdef0123.css",
		"essays/a/index.html", "essays/b/index.html", "essays/index.html", "essays/page/2/index.html",
		"images/qr/qr_0123456789abcdef.png", "images/qr/qr_fedcba9876543210.png",
		"reasons/x/index.html", "pagefind/pagefind.js", "pagefind/pagefind-entry.json"}
	for _, rel := range old {
		for _, root := range []string{out, tmp} {
			p := filepath.Join(root, filepath.FromSlash(rel))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(rel), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	// The render made the home page, the sitemap, the search page with a
	// new word list, the same style sheet, the changed essay b and its QR
	// code; the unchanged essay a, its QR code, the term page and the
	// pagers were skipped.
	rendered := map[string]bool{"index.html": true, "sitemap.xml": true, "search/index.html": true,
		"search/words.ffeeddccbbaa99887766554433221100.json": true, "css/site.0123456789abcdef0123.css": true,
		"essays/b/index.html": true, "images/qr/qr_0123456789abcdef.png": true}
	if err := dropUnrendered(out, tmp, rendered); err != nil {
		t.Fatal(err)
	}
	for _, rel := range old {
		_, err := os.Stat(filepath.Join(tmp, filepath.FromSlash(rel)))
		gone := rel == "search/words.00112233445566778899aabbccddeeff.json"
		if gone != os.IsNotExist(err) {
			t.Errorf("%s: removed %v, want %v", rel, os.IsNotExist(err), gone)
		}
	}
}

func TestUnfingerprinted(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"search/words.00112233445566778899aabbccddeeff.json", "search/words.json", true},
		// The word list's part for one letter ("a", 0x61): search/words.html.
		{"search/words.61.00112233445566778899aabbccddeeff.json", "search/words.61.json", true},
		{"css/site.min.0123456789abcdef.css", "css/site.min.css", true},
		{"images/qr/qr_0123456789abcdef.png", "", false},
		{"essays/a/index.html", "", false},
		{"js/app.abc.js", "", false},
	}
	for _, tc := range tests {
		got, ok := unfingerprinted(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("unfingerprinted(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
