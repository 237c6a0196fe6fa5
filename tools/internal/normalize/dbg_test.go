package normalize

import "testing"

func TestDbgCue(t *testing.T) {
	for _, s := range []string{
		"What doesn't work", "What not to do", "What NOT to do", "Here is why it is worth it.", "A few things that trip people up.",
		"Things we see go wrong", "Why it pays off", "Five moves", "Traps", "Avoid these", "What works", "The payoff",
		"Here are some mistakes people make.", "Try these habits.", "There are three good reasons to do this.",
	} {
		t.Logf("%q -> %q", s, cueOf(s))
	}
}
