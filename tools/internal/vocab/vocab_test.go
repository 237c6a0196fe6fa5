package vocab

import (
	"errors"
	"strings"
	"testing"
)

const path = "../../../data/vocabulary.toml"

func load(t testing.TB) *Vocabulary {
	t.Helper()
	v, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestLoad(t *testing.T) {
	v := load(t)
	for _, tax := range Taxonomies {
		if len(v.Terms(tax)) == 0 {
			t.Errorf("no %s", tax)
		}
	}
	if tax, term, ok := v.Lookup("a-win-for-both"); !ok || tax != "reasons" || term.Title == "" {
		t.Errorf("Lookup = %q %v %v", tax, term, ok)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"unknown key", "[[reasons]]\nslug = \"a\"\ntitle = \"A\"\ncolour = \"red\"\n", "v.toml:4: unknown key \"reasons.colour\""},
		{"duplicate", "[[reasons]]\nslug = \"a\"\ntitle = \"A\"\n[[steps]]\nslug = \"a\"\ntitle = \"B\"\n", "v.toml:2: duplicate slug \"a\""},
		{"empty title", "[[steps]]\nslug = \"a\"\ntitle = \"\"\n", "v.toml:2: steps[0] \"a\": empty title"},
		{"empty slug", "[[steps]]\ntitle = \"A\"\n", "v.toml: steps[0]: empty slug"},
		{"long description", "[[steps]]\nslug = \"a\"\ntitle = \"A\"\ndescription = \"" + strings.Repeat("x", 91) + "\"\n", "v.toml:2: steps[0] \"a\": description has 91 characters, more than 90"},
		{"syntax", "slug = = 1\n", "v.toml:1: "},
		{"empty situation", "[[steps]]\nslug = \"a\"\ntitle = \"A\"\nsituations = [\"my boss\", \" \"]\n", "v.toml:2: steps[0] \"a\": situation 2 is empty"},
		{"long situation", "[[pitfalls]]\nslug = \"a\"\ntitle = \"A\"\nsituations = [\"" + strings.Repeat("y", 81) + "\"]\n", "v.toml:2: pitfalls[0] \"a\": situation 1 has 81 characters, more than 80"},
		{"unknown table", "[[tips]]\nslug = \"a\"\n", "v.toml:1: unknown key \"tips\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.in), "v.toml")
			var ve *Error
			if !errors.As(err, &ve) {
				t.Fatalf("err = %v, not *Error", err)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("err = %q; want prefix %q", err, tt.want)
			}
		})
	}
}

// TestSituations checks that every term of the real vocabulary says, in a
// reader's words, which situations it helps with: the site search and the
// term pages depend on them.
func TestSituations(t *testing.T) {
	v := load(t)
	for _, tax := range Taxonomies {
		for _, term := range v.Terms(tax) {
			if len(term.Situations) < 2 {
				t.Errorf("%s %q has %d situations; give it at least two", tax, term.Slug, len(term.Situations))
			}
		}
	}
	if _, err := Parse([]byte("[[steps]]\nslug = \"a\"\ntitle = \"A\"\nsituations = [\"my boss micromanages me\"]\n"), "v.toml"); err != nil {
		t.Errorf("a valid situation is rejected: %v", err)
	}
}

func TestStem(t *testing.T) {
	groups := [][]string{
		{"surprise", "surprises", "surprising", "surprised"},
		{"manage", "managing", "managed", "manages"},
		{"push", "pushing", "pushes", "pushed"},
		{"excuse", "excuses"},
		{"priority", "priorities"},
		{"stop", "stopping", "stopped"},
		{"need", "needs", "needed"},
	}
	for _, g := range groups {
		t.Run(g[0], func(t *testing.T) {
			for _, w := range g[1:] {
				if Stem(w) != Stem(g[0]) {
					t.Errorf("Stem(%q) = %q, Stem(%q) = %q", w, Stem(w), g[0], Stem(g[0]))
				}
			}
		})
	}
	if Stem("timing") == Stem("time") {
		t.Error("timing and time should stay apart")
	}
}

func TestMatch(t *testing.T) {
	v := load(t)
	tests := []struct {
		tax, label, expl, want string
	}{
		{"reasons", "A win for both of you", "", "a-win-for-both"},
		{"reasons", "Your boss genuinely needs your help", "", "your-boss-needs-help"},
		{"reasons", "Too busy", "Your leader juggles many priorities.", "your-leader-is-stretched"},
		{"steps", "Understand their role", "", "understand-their-role"},
		{"steps", "Be a solution", "", "be-a-solution"},
		{"steps", "Be transparent", "", "be-transparent"},
		{"steps", "Fact-based", "", "bring-the-facts"},
		{"steps", "Results-oriented", "", "show-the-results"},
		{"steps", "Timing", "", "set-the-timing"},
		{"steps", "Say when you need it", "", "set-the-timing"},
		{"steps", "Context", "", "give-context"},
		{"steps", "Understanding your manager's role", "", "understand-their-role"},
		{"pitfalls", "Don't push it", "", "pushing-past-pushback"},
		{"pitfalls", "Surprising your boss", "", "surprising-with-bad-news"},
		{"pitfalls", "Gossiping about the boss", "", "talking-behind-their-back"},
		{"pitfalls", "Making excuses", "", "making-excuses"},
		{"pitfalls", "Flattery", "", "manipulating-your-boss"},
		{"steps", "Build the relationship", "Spend time together.", "build-the-relationship"},
		{"reasons", "Nobody is trained for everything", "", "no-one-is-fully-qualified"},
		{"reasons", "The whole shift depends on it", "", "your-work-depends-on-it"},
		// nothing fits
		{"steps", "Volunteer for the rota", "Rotas and minutes are dull but useful.", ""},
		{"reasons", "Weather is nice", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.tax+"/"+tt.label, func(t *testing.T) {
			slug, score, ok := v.MatchItem(tt.tax, tt.label, tt.expl)
			if tt.want == "" {
				if ok {
					t.Errorf("matched %q (%.2f); want none", slug, score)
				}
				return
			}
			if !ok || slug != tt.want {
				t.Errorf("MatchItem = %q %.2f %v; want %q", slug, score, ok, tt.want)
			}
		})
	}
}

func TestMatchLabelOutweighsExplanation(t *testing.T) {
	v := load(t)
	// the label says transparency; the explanation mentions trust
	slug, _, _ := v.MatchItem("steps", "Be transparent", "It builds trust over time.")
	if slug != "be-transparent" {
		t.Errorf("got %q", slug)
	}
}

func TestMatchAny(t *testing.T) {
	v := load(t)
	tax, slug, _, ok := v.MatchAny("Talking behind your boss's back", "")
	if !ok || tax != "pitfalls" || slug != "talking-behind-their-back" {
		t.Errorf("MatchAny = %q %q %v", tax, slug, ok)
	}
	if _, _, _, ok := v.MatchAny("Lunch menus", ""); ok {
		t.Error("matched nonsense")
	}
}

func TestMatchDeterministic(t *testing.T) {
	v := load(t)
	a, sa, _ := v.Match("steps", "Offer help and build trust before the deadline")
	for i := 0; i < 20; i++ {
		b, sb, _ := v.Match("steps", "Offer help and build trust before the deadline")
		if a != b || sa != sb {
			t.Fatalf("not deterministic: %q %v vs %q %v", a, sa, b, sb)
		}
	}
}

// TestForgetRecent checks that ForgetRecent empties the texts kept
// between matches and that an item matches the same afterwards.
func TestForgetRecent(t *testing.T) {
	v := load(t)
	label := "Ask what your boss needs"
	slug, _, ok := v.MatchItem("steps", label, "")
	ForgetRecent()
	for i := range recentTexts {
		if recentTexts[i].Load() != nil {
			t.Fatalf("slot %d still holds a text after ForgetRecent", i)
		}
	}
	v2 := load(t) // a fresh vocabulary: its own answers memo is empty
	slug2, _, ok2 := v2.MatchItem("steps", label, "")
	if slug != slug2 || ok != ok2 {
		t.Errorf("MatchItem(%q) = %q, %v before ForgetRecent, %q, %v after", label, slug, ok, slug2, ok2)
	}
}
