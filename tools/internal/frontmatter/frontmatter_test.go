package frontmatter

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func sample() FrontMatter {
	return FrontMatter{
		Title: `Leading "Up"`, Date: "2020-11-26", Summary: "A short one.",
		Reasons: []string{"a-win-for-both"}, Pitfalls: []string{"surprises"},
		Authors: []string{"Renata"},
		Source:  Source{Title: "Leading Upwards", Author: "Renata"},
		Items:   []Item{{Taxonomy: "reasons", Term: "a-win-for-both", Label: "A win", Gist: "Both gain."}, {Taxonomy: "pitfalls", Label: "Surprises"}},
		Extra:   map[string]any{"weight": int64(3), "tags": []any{"x"}},
	}
}

func TestEncodeOrder(t *testing.T) {
	fm := sample()
	got, err := fm.Encode("Generated.")
	if err != nil {
		t.Fatal(err)
	}
	want := `+++
# Generated.
title = "Leading \"Up\""
date = 2020-11-26
summary = "A short one."
reasons = ["a-win-for-both"]
pitfalls = ["surprises"]

[params]
authors = ["Renata"]
tags = ["x"]
weight = 3

[[params.items]]
taxonomy = "reasons"
term = "a-win-for-both"
label = "A win"
gist = "Both gain."

[[params.items]]
taxonomy = "pitfalls"
label = "Surprises"

[params.source]
title = "Leading Upwards"
author = "Renata"
url = ""
+++
`
	if got != want {
		t.Errorf("Encode:\n%s\nwant:\n%s", got, want)
	}
}

func TestRoundTrip(t *testing.T) {
	for _, fm := range []FrontMatter{sample(), {Title: "Only a title"}, {}} {
		enc, err := fm.Encode("")
		if err != nil {
			t.Fatal(err)
		}
		got, body, err := Decode("x.md", []byte(enc+"Body\n"))
		if err != nil {
			t.Fatalf("%v\n%s", err, enc)
		}
		if body != "Body\n" {
			t.Errorf("body %q", body)
		}
		if len(fm.Extra) == 0 {
			fm.Extra = nil
		}
		if !reflect.DeepEqual(got, fm) {
			t.Errorf("round trip:\n got %#v\nwant %#v", got, fm)
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	for _, c := range []struct {
		name, src string
		line      int
		msg       string
	}{
		{"unknown top-level key", "+++\ntitle = \"A\"\nauthor = \"B\"\n+++\n", 3, "unknown key author"},
		{"unknown source key", "+++\ntitle = \"A\"\n\n[params.source]\ntitle = \"A\"\nlink = \"x\"\n+++\n", 6, "unknown key params.source.link"},
		{"unknown item key", "+++\n[params]\n\n[[params.items]]\ntaxonomy = \"steps\"\nlabel = \"L\"\nnote = \"n\"\n+++\n", 7, "unknown key params.items.note"},
		{"wrong type", "+++\ntitle = 3\n+++\n", 2, "title"},
		{"bad date", "+++\ndate = \"soon\"\n+++\n", 2, "date"},
		{"syntax", "+++\ntitle = \"A\ndate = 2020-01-01\n+++\n", 2, "front matter"},
		{"no front matter", "Just text\n", 1, "no TOML front matter"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := Decode("e.md", []byte(c.src))
			var fe *Error
			if !errors.As(err, &fe) {
				t.Fatalf("got %v, want an *Error", err)
			}
			if fe.Line != c.line || !strings.Contains(fe.Msg, c.msg) {
				t.Errorf("got %v, want line %d and %q", err, c.line, c.msg)
			}
			if !strings.HasPrefix(err.Error(), "e.md:") {
				t.Errorf("error %q does not start with the file name", err)
			}
		})
	}
}

func TestCustomParamsKept(t *testing.T) {
	fm, _, err := Decode("c.md", []byte("+++\ntitle = \"A\"\n\n[params]\nweight = 2\n[params.extra]\nx = 1\n+++\n"))
	if err != nil {
		t.Fatal(err)
	}
	if fm.Extra["weight"] != int64(2) || fm.Extra["extra"] == nil {
		t.Errorf("extra = %#v", fm.Extra)
	}
}

func FuzzDecode(f *testing.F) {
	s := sample()
	enc, _ := s.Encode("c")
	f.Add([]byte(enc))
	f.Add([]byte("+++\ntitle = 3\n+++\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		fm, _, err := Decode("f.md", src)
		if err != nil {
			return
		}
		// what decodes encodes, and decodes to the same value again
		enc, err := fm.Encode("")
		if err != nil {
			return // a custom params value TOML cannot write back
		}
		again, _, err := Decode("f.md", []byte(enc))
		if err != nil {
			t.Fatalf("re-decode: %v\n%s", err, enc)
		}
		enc2, _ := again.Encode("")
		if enc2 != enc {
			t.Fatalf("not stable:\n%s\n%s", enc, enc2)
		}
	})
}
