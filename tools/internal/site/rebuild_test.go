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
	cfg, ok := segmentConfig(out, essays, []string{"b.md"})
	if !ok {
		t.Fatal("segmentConfig refused plain folder names")
	}
	got := string(cfg)
	// Left out: the unchanged essay a and its sheet. Rendered: b, the
	// pagers, the fixed sheet.
	for _, want := range []string{`"/{essays,cheatsheets}/**"`, `"! /essays/b"`, `"! /cheatsheets/b"`, `"! /essays/page"`, `"! /cheatsheets/why-lead-up"`, `kind = "**"`, "[segments." + rebuildSegment + "]"} {
		if !strings.Contains(got, want) {
			t.Errorf("segment config lacks %s:\n%s", want, got)
		}
	}
	for _, unwanted := range []string{`"! /essays/a"`, `"! /cheatsheets/a"`} {
		if strings.Contains(got, unwanted) {
			t.Errorf("segment config renders the unchanged essay (%s):\n%s", unwanted, got)
		}
	}
	if err := os.MkdirAll(filepath.Join(out, "essays", "Odd{name}"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, ok := segmentConfig(out, essays, []string{"b.md"}); ok {
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
