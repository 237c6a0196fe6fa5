package normalize

import (
	"strings"
	"testing"
)

func TestUnprefix(t *testing.T) {
	for _, tc := range []struct {
		label, expl     string
		wantL, wantE    string
		wantOK, pitfall bool
	}{
		{"Do", "Ask for a minute first. It helps.", "Ask for a minute first", "It helps.", true, false},
		{"✅ Do", "Share the draft early.", "Share the draft early", "", true, false},
		{"Don't", "Correct them in public.", "Don't correct them in public", "", true, true},
		{"❌ Don’t", "Go quiet for weeks.", "Don’t go quiet for weeks", "", true, true},
		{"Step one", "Learn their goals.", "Learn their goals", "", true, false},
		{"Tip #3", "Offer two options.", "Offer two options", "", true, false},
		{"Fourth", "Keep promises small.", "Keep promises small", "", true, false},
		{"Don't", "I ask twice.", "Don't I ask twice", "", true, true},
		{"Done", "Ship it.", "Done", "Ship it.", false, false},
		{"Do", "", "Do", "", false, false},
	} {
		l, e, ok := unprefix(tc.label, tc.expl)
		if l != tc.wantL || e != tc.wantE || ok != tc.wantOK {
			t.Errorf("unprefix(%q, %q) = %q, %q, %v; want %q, %q, %v", tc.label, tc.expl, l, e, ok, tc.wantL, tc.wantE, tc.wantOK)
		}
		if ok && pitfallItem(cleanText(l)) != tc.pitfall {
			t.Errorf("unprefix(%q, %q): label %q pitfall = %v, want %v", tc.label, tc.expl, l, !tc.pitfall, tc.pitfall)
		}
	}
}

func TestPitfallLead(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Finally, do not send it on a Friday.", true},
		{"And lastly, never guess.", true},
		{"I stopped adding a summary, and nobody missed it.", true},
		{"We quit chasing every thread.", true},
		{"Finally, send it on Monday.", false},
		{"Finally, don't just complain, propose a fix.", false},
		{"I started adding a summary.", false},
	} {
		if got := pitfallLead(tc.in); got != tc.want {
			t.Errorf("pitfallLead(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestListShapes(t *testing.T) {
	list := func(lines ...string) *block {
		b := &block{kind: bList}
		for _, l := range lines {
			b.items = append(b.items, &listItem{text: l})
		}
		return b
	}
	heads := listHeads(list("What to avoid", "Pitching in the hallway", "Raising three ideas at once"))
	if heads[0] != "pitfalls" {
		t.Errorf("listHeads: %v, want entry 0 = pitfalls", heads)
	}
	if h := listHeads(list("Avoid reopening decisions", "Thank them", "Ask early")); len(h) != 0 {
		t.Errorf("listHeads of advice entries = %v, want none", h)
	}
	for _, tc := range []struct {
		b        *block
		from     int
		wantFrom int
		wantOK   bool
	}{
		{list("Answer the question", "Then add context.", "Flag risks early", "A date makes it useful.", "Thank them"), 0, 0, true},
		{list("It explains the heading.", "Flag risks early", "A date makes it useful.", "Ask often", "It pays."), 0, 1, true},
		{list("Answer the question", "Flag risks early", "Thank them", "Ask often"), 0, 0, false},
		{list("One.", "Two.", "Three.", "Four."), 0, 0, false},
	} {
		from, ok := barePairs(tc.b, tc.from)
		if from != tc.wantFrom || ok != tc.wantOK {
			t.Errorf("barePairs(%q) = %d, %v; want %d, %v", tc.b.items[0].text, from, ok, tc.wantFrom, tc.wantOK)
		}
	}
}

// TestCounterLabel: a word counter and its label on a line of their own
// stand as an item heading; a sentence, a digit counter or a long line
// does not.
func TestCounterLabel(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"Step one — Read your manager's last two updates", "Read your manager's last two updates", true},
		{"Step two: Pick one question about strategy", "Pick one question about strategy", true},
		{"Second – Bring a proposal", "Bring a proposal", true},
		{"Step one — Read the updates. Then write.", "", false},
		{"Note: the team was small", "", false},
		{"Step one — " + strings.Repeat("word ", 16), "", false},
	}
	for _, tt := range tests {
		got, ok := counterLabel(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("counterLabel(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
