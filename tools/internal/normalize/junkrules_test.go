package normalize

import "testing"

// TestJunkRules runs every row of the junk-rule table on its own examples:
// each must match the lines it lists under yes and none under no, within
// its word limit and prefilter. Every row is reviewed data: it needs a
// name, a reason, a word limit and at least one example of each kind.
func TestJunkRules(t *testing.T) {
	names := map[string]bool{}
	for _, r := range junkRules {
		t.Run(r.name, func(t *testing.T) {
			if r.name == "" || r.why == "" || r.max <= 0 {
				t.Fatalf("rule %q: needs a name, a reason and a word limit", r.pat)
			}
			if names[r.name] {
				t.Errorf("two rules are named %q", r.name)
			}
			names[r.name] = true
			if len(r.yes) == 0 || len(r.no) == 0 {
				t.Errorf("rule %q needs at least one positive and one negative example", r.name)
			}
			for _, ex := range r.yes {
				if !r.matchesLine(ex) {
					t.Errorf("rule %q does not match its example %q", r.name, ex)
				}
			}
			for _, ex := range r.no {
				if r.matchesLine(ex) {
					t.Errorf("rule %q matches its counter-example %q", r.name, ex)
				}
			}
		})
	}
}

// TestJunkRuleExamplesAreJunk checks the examples through junkLine itself:
// each positive example is junk (for some reason: an earlier row may claim
// it first). Negative examples may still be junk by another row, so they
// are not checked here.
func TestJunkRuleExamplesAreJunk(t *testing.T) {
	for _, r := range junkRules {
		for _, ex := range r.yes {
			if junkLine(ex) == "" {
				t.Errorf("rule %q: junkLine(%q) keeps the line", r.name, ex)
			}
		}
	}
}

// TestCommentShaped: the lines that make a comment thread recognisable
// (names with "says:", time stamps, reply buttons) and prose that is not.
func TestCommentShaped(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"3 days ago", true},
		{"Reply", true},
		{"Baschurr says:", true},
		{"dasmanuel schreibt:", true},
		{"22. Juli 2019 at 16:25", true},
		{"Heidemarie Heim | Di, 21. April 2020 - 16:40", true},
		{"Published 21.04.2020", false},
		{"The meeting starts at 16:30.", false},
		{"She says: ask early, ask often, and write it down.", false},
		{"In 2019 we met at 9:30 every Monday to plan the week.", false},
	}
	for _, tt := range tests {
		if got := commentShaped(tt.in); got != tt.want {
			t.Errorf("commentShaped(%q) = %v; want %v", tt.in, got, tt.want)
		}
	}
}
