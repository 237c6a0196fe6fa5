package check

import (
	"testing"
)

func TestKeyPositions(t *testing.T) {
	toml := `title = "x = not a key"
summary = """
steps = ["not", "a", "key"]
"""
steps = ["give-context"]
"quoted key" = 1
site.name = "dotted"

[params]
authors = ["A"]
source = { title = "T", url = "u" }

[[params.items]]
term = "a"

[[params.items]]
  term = "b"
  label = "B"
`
	pos, err := tomlKeyPositions([]byte(toml))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]keyPos{
		"title":                 {1, 1},
		"summary":               {2, 1},
		"steps":                 {5, 1},
		"quoted key":            {6, 1},
		"site.name":             {7, 1},
		"params":                {9, 2},
		"params.authors":        {10, 1},
		"params.source":         {11, 1},
		"params.source.title":   {11, 12},
		"params.source.url":     {11, 25},
		"params.items[0]":       {13, 3},
		"params.items[0].term":  {14, 1},
		"params.items[1]":       {16, 3},
		"params.items[1].term":  {17, 3},
		"params.items[1].label": {18, 3},
	}
	for k, w := range want {
		if got, ok := pos[k]; !ok || got != w {
			t.Errorf("TOML %s at %v, want %v", k, got, w)
		}
	}

	yml := "title: Ask\nparams:\n  authors: [A, B]\n  items:\n    - term: a\n      label: A\n    - term: b\n"
	data, ypos, err := yamlKeyPositions([]byte(yml))
	if err != nil {
		t.Fatal(err)
	}
	for k, w := range map[string]keyPos{
		"title": {1, 1}, "params": {2, 1}, "params.authors": {3, 3},
		"params.items[0].term": {5, 7}, "params.items[0].label": {6, 7}, "params.items[1].term": {7, 7},
	} {
		if got := ypos[k]; got != w {
			t.Errorf("YAML %s at %v, want %v", k, got, w)
		}
	}
	if data["title"] != "Ask" {
		t.Errorf("YAML data %v", data)
	}
	if _, _, err := yamlKeyPositions([]byte("title: [unclosed\n")); err == nil {
		t.Error("broken YAML gave no error")
	}
}
