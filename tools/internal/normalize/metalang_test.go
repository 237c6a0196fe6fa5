package normalize

import (
	"slices"
	"testing"
)

// TestMetaNinthShapes covers the shapes heldout-meta9 was written for:
// dates after a clock time, "Name | Role" bylines, team bylines and
// function words that tell a line's language.
func TestMetaNinthShapes(t *testing.T) {
	dates := []struct{ in, want string }{
		{"Updated 10:14 a.m. EST, Tue January 7, 2025", "2025-01-07"},
		{"Published 6:45 PM ET, Mon February 10, 2025", "2025-02-10"},
		{"Posted: Tue Nov 12, 2024 8:41 pm", "2024-11-12"},
		{"We met at 10:14 a.m. on a Tuesday to plan the whole of January 7, 2025", ""},
	}
	for _, c := range dates {
		iso, _, ok := dateLine(c.in)
		if !ok {
			iso = ""
		}
		if iso != c.want {
			t.Errorf("dateLine(%q) = %q, want %q", c.in, iso, c.want)
		}
	}
	bylines := []struct {
		in   string
		want []string
	}{
		{"Daniel Okafor | Leadership Coach", []string{"Daniel Okafor"}},
		{"Elena Voss | Executive Coach & Former HR Director", []string{"Elena Voss"}},
		{"Leadership | Coaching", nil},
	}
	for _, c := range bylines {
		if got := parseByline(c.in, false); !slices.Equal(got, c.want) {
			t.Errorf("parseByline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	langs := []struct {
		in   string
		lang string
		n    int
	}{
		{"Jetzt kostenlos testen: Der Wochenbrief für Führungskräfte", "de", 2},
		{"Managing up when your manager works in another time zone", "en", 4},
	}
	for _, c := range langs {
		if got := langHits(c.in)[c.lang]; got != c.n {
			t.Errorf("langHits(%q)[%s] = %d, want %d", c.in, c.lang, got, c.n)
		}
	}
	d := &doc{}
	d.addAuthors([]string{"The Bright Path Editorial Team", "Redaktion", "Ana Ruiz"})
	if !slices.Equal(d.meta.authors, []string{"Ana Ruiz"}) {
		t.Errorf("addAuthors kept %q, want only the person", d.meta.authors)
	}
}
