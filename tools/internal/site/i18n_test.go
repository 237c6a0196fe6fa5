package site

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// placeholder matches what a translation must keep: Go template actions
// ({{ .Count }}) and the search script's {name} slots.
var placeholder = regexp.MustCompile(`\{\{[^}]*\}\}|\{[a-z]+\}`)

// TestTranslationsComplete checks that every language of the theme's
// interface has every key of the English file, with the same plural forms
// and the same placeholders, so that a fork switching
// defaultContentLanguage sees no English string and no broken one.
func TestTranslationsComplete(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "themes", "leadup", "i18n")
	read := func(file string) map[string]map[string]string {
		var m map[string]map[string]string
		if _, err := toml.DecodeFile(file, &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	en := read(filepath.Join(dir, "en.toml"))
	files, _ := filepath.Glob(filepath.Join(dir, "*.toml"))
	if len(files) < 2 {
		t.Fatalf("found %d interface languages in %s, want English and German at least", len(files), dir)
	}
	for _, f := range files {
		if filepath.Base(f) == "en.toml" {
			continue
		}
		lang := read(f)
		var fails []string
		for key, forms := range en {
			tr, ok := lang[key]
			if !ok {
				fails = append(fails, fmt.Sprintf("%s lacks %q (English: %q): add its translation", filepath.Base(f), key, forms["other"]))
				continue
			}
			for form, text := range forms {
				got, ok := tr[form]
				if !ok {
					fails = append(fails, fmt.Sprintf("%s: %q lacks the %q form", filepath.Base(f), key, form))
					continue
				}
				want := placeholder.FindAllString(text, -1)
				have := placeholder.FindAllString(got, -1)
				slices.Sort(want)
				slices.Sort(have)
				if !slices.Equal(want, have) {
					fails = append(fails, fmt.Sprintf("%s: %q has placeholders %v, English has %v", filepath.Base(f), key, have, want))
				}
			}
		}
		slices.Sort(fails)
		if len(fails) > 0 {
			t.Errorf("%d problems:\n\t%s", len(fails), strings.Join(fails, "\n\t"))
		}
	}
}
