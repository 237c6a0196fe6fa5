package normalize

import "testing"

// TestLabelledVerbatim: a labelled item is written as its source text with
// markup added, never with its separator or punctuation changed.
func TestLabelledVerbatim(t *testing.T) {
	for _, c := range []struct{ text, label, expl, want string }{
		{"Timing: say when the answer is needed.", "Timing", "say when the answer is needed.", "**Timing:** say when the answer is needed."},
		{"Be early - warn before the deadline slips.", "Be early", "warn before the deadline slips.", "**Be early** - warn before the deadline slips."},
		{"Ask first. Then offer a plan.", "Ask first", "Then offer a plan.", "**Ask first.** Then offer a plan."},
		{"Why now? Because the budget closes in May.", "Why now?", "Because the budget closes in May.", "**Why now?** Because the budget closes in May."},
		{"**Listen.**Most of it is listening.", "Listen.", "Most of it is listening.", "**Listen.** Most of it is listening."},
		{"**Listen**: most of it is listening.", "Listen", "most of it is listening.", "**Listen**: most of it is listening."},
		{"Use <b> sparingly: it shouts.", "Use <b> sparingly", "it shouts.", `**Use \<b> sparingly:** it shouts.`},
		// a label with emphasis inside is written as the text
		{"Say *no* kindly: it keeps trust.", "Say *no* kindly", "it keeps trust.", "Say *no* kindly: it keeps trust."},
		// an item put together from other text is written from its parts
		{"Know their goals", "Know the goals", "They are measured on them.", "**Know the goals.** They are measured on them."},
	} {
		if got := labelledText(c.text, c.label, c.expl); got != c.want {
			t.Errorf("labelledText(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestHeadingParts: the decoration a heading's matching text leaves out is
// kept for writing it back.
func TestHeadingParts(t *testing.T) {
	for _, c := range []struct{ in, lead, text, tail string }{
		{"What you can do:", "", "What you can do", ":"},
		{"✅ Do this", "✅ ", "Do this", ""},
		{"**Before the meeting:**", "", "Before the meeting", ":"},
		{"Plain heading", "", "Plain heading", ""},
	} {
		lead, text, tail := headingParts(c.in)
		if lead != c.lead || text != c.text || tail != c.tail {
			t.Errorf("headingParts(%q) = %q, %q, %q; want %q, %q, %q", c.in, lead, text, tail, c.lead, c.text, c.tail)
		}
	}
}

// TestQuoteDash: a lone dash-opened prose line is a paragraph (quoted
// speech); dash lines next to each other are a list.
func TestQuoteDash(t *testing.T) {
	quote := "– We did not expect so many people to come, and we will open a second room next year, said the organiser."
	item := "– Ask before you assume. Most managers would rather answer a question than fix a guess later on."
	for _, c := range []struct {
		name string
		text string
		want []lineKind
	}{
		{"quote between paragraphs", "Intro text.\n\n" + quote + "\n\nMore text.", []lineKind{kText, kBlank, kText, kBlank, kText}},
		{"list of long entries", item + "\n" + item, []lineKind{kBullet, kBullet}},
		{"short lone entry", "– Ask first.", []lineKind{kBullet}},
	} {
		ls := lex(c.text, 1, false)
		for i, l := range ls {
			if i < len(c.want) && l.kind != c.want[i] {
				t.Errorf("%s: line %d kind %d, want %d", c.name, i+1, l.kind, c.want[i])
			}
		}
	}
}
