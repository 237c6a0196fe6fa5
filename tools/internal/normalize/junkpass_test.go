package normalize

import (
	"strings"
	"testing"
)

func TestNamedSubject(t *testing.T) {
	for _, c := range []struct {
		s, name string
		want    bool
	}{
		{"Owen places finance leaders across the region.", "Owen Pritchard", true},
		{"Pritchard, who runs the desk, places finance leaders.", "Owen Pritchard", true},
		{"Owen Pritchard Recruitment places finance leaders.", "Owen Pritchard", false}, // the name goes on: not a sentence about the person
		{"Pritchard writes about hiring.", "Owen Pritchard", true},
		{"Owen Pritchard", "Owen Pritchard", false},
		{"Managers place trust in people who deliver.", "Owen Pritchard", false},
		{"Al runs the team.", "Al Lee", false}, // names of two letters are too common as words
	} {
		if got := namedSubject(c.s, c.name); got != c.want {
			t.Errorf("namedSubject(%q, %q) = %v, want %v", c.s, c.name, got, c.want)
		}
	}
}

// TestSocialPostThread: a social post of short sentences (no line of twenty
// words) still ends at its comments' sort control, and the comment under it
// goes; the post's own sentences stay.
func TestSocialPostThread(t *testing.T) {
	post := []string{
		"Feed post",
		"Rosa Lind",
		"• 2nd",
		"Team Lead at Harbour Labs | Coach 3d •",
		"Here is what my best reports did for me.",
		"1. They wrote the meeting notes within the hour.",
		"2. They flagged risks early and brought a fix.",
		"3. They asked what worried me this quarter.",
		"4. They never went around me to my boss.",
		"Why does it matter? I had time to fight for them.",
		"What would you add? ♻️ Repost to help your network.",
		"Like",
		"Comment",
		"Most relevant",
		"Sam Ortiz",
		"• 3rd+",
		"Analyst",
		"So true, the notes changed my year.",
		"Like",
		"Reply",
	}
	res, err := Normalize([]byte(strings.Join(post, "\n")), Options{Name: "post.txt"})
	if err != nil {
		t.Fatal(err)
	}
	body := string(res.Markdown)
	for _, gone := range []string{"So true, the notes", "Sam Ortiz", "3rd+", "2nd", "Coach 3d", "Repost to help"} {
		if strings.Contains(body, gone) {
			t.Errorf("output keeps %q:\n%s", gone, body)
		}
	}
	for _, kept := range []string{"meeting notes within the hour", "never went around me", "fight for them"} {
		if !strings.Contains(body, kept) {
			t.Errorf("output lost %q:\n%s", kept, body)
		}
	}
}
