package normalize

import "testing"

// TestAdviceFrames runs each advice frame on the sentences it must and
// must not hold for, and checks how framedAdvice types framed words.
func TestAdviceFrames(t *testing.T) {
	for _, f := range adviceFrames {
		for _, s := range f.pos {
			if !f.re.MatchString(cleanText(s)) {
				t.Errorf("frame %q: should hold for %q", f.name, s)
			}
		}
		for _, s := range f.neg {
			if _, ok := framedAdvice(cleanText(s)); ok && f.re.MatchString(cleanText(s)) {
				t.Errorf("frame %q: should not hold for %q", f.name, s)
			}
		}
	}
	for _, tc := range []struct{ in, tax, label string }{
		{"You would be wise to put the one decision you need from her at the very top.", "steps", "put the one decision you need from her at the very top."},
		{"The answer is to treat the report as a conversation starter, not a record.", "steps", ""},
		{"What I learned: a supervisor can only fix the problems she can see.", "reasons", "a supervisor can only fix the problems she can see."},
		{"The lesson: never pretend a piece of work is finished.", "pitfalls", ""},
		{"What I learned: I was wrong about her.", "", ""},
	} {
		cl, ok := framedAdvice(cleanText(tc.in))
		if ok != (tc.tax != "") || cl.tax != tc.tax || tc.label != "" && cl.label != tc.label {
			t.Errorf("framedAdvice(%q) = %q %q %v, want %q %q", tc.in, cl.tax, cl.label, ok, tc.tax, tc.label)
		}
	}
}
