package normalize

import "testing"

// TestClaimFeatures runs every claim feature on the sentences it must and
// must not hold for.
func TestClaimFeatures(t *testing.T) {
	for _, f := range claimFeatures {
		t.Run(f.name, func(t *testing.T) {
			if len(f.pos) == 0 || len(f.neg) == 0 {
				t.Fatalf("claim feature %q needs positive and negative examples", f.name)
			}
			for _, s := range f.pos {
				if s = cleanText(s); !f.test(s, readClaim(s)) {
					t.Errorf("does not hold for %q", s)
				}
			}
			for _, s := range f.neg {
				if s = cleanText(s); f.test(s, readClaim(s)) {
					t.Errorf("holds for %q", s)
				}
			}
		})
	}
}
