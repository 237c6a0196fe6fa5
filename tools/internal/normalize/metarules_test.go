package normalize

import "testing"

// TestMetaRules runs every metadata rule on its examples: each must match
// the lines it names and no others; a positive example must also fit the
// rule's word limit.
func TestMetaRules(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range metaRules {
		t.Run(r.name, func(t *testing.T) {
			if seen[r.name] {
				t.Fatalf("two rules are named %q", r.name)
			}
			seen[r.name] = true
			if len(r.yes) == 0 || len(r.no) == 0 {
				t.Fatalf("rule %q needs at least one positive and one negative example", r.name)
			}
			for _, s := range r.yes {
				if !r.re.MatchString(s) {
					t.Errorf("%q does not match %q", r.re, s)
				}
				if r.maxWords > 0 && wordCount(s) > r.maxWords {
					t.Errorf("example %q is longer than the limit of %d words", s, r.maxWords)
				}
			}
			for _, s := range r.no {
				if r.re.MatchString(s) {
					t.Errorf("%q matches %q", r.re, s)
				}
			}
		})
	}
}
