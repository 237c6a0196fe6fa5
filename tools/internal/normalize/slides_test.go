package normalize

import (
	"strings"
	"testing"
)

// TestSlideRuns: counters that count up separate slides, whose first line
// is a list entry and the rest its explanation (one level down); too few
// counters, or counters out of order, make no run.
func TestSlideRuns(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // the entries of the list built, "  " marking depth 1; nil for no run
	}{
		{"carousel", "Intro line\n2/5\nAsk early\nIt saves a week.\n3/5\nWrite it down\n4/5\nName an owner\n",
			[]string{"Ask early", "  It saves a week.", "Write it down", "Name an owner"}},
		{"deck with notes", "Slide 1\nKnow the goals\nNotes: ask the room.\n\nSlide 2\nBring a proposal\n\nSlide 3\nClose the loop\n",
			[]string{"Know the goals", "  Notes: ask the room.", "Bring a proposal", "Close the loop"}},
		{"thread", "1/\nWrite things down.\n2/\nAsk for the goal.\n3/\nBatch updates.\n/end\nFollow me.\n",
			[]string{"Write things down.", "Ask for the goal.", "Batch updates."}},
		{"too few", "1/2\nOne\n2/2\nTwo\n", nil},
		{"out of order", "1/5\nOne\n3/5\nThree\n2/5\nTwo\n", nil},
		{"a date is no counter", "12/03\nOne\n13/03\nTwo\n14/03\nThree\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := lex(tt.in, 1, false)
			blocks := buildBlocks(lines, map[int]bool{}, false)
			var got []string
			for _, b := range blocks {
				if b.kind != bList || !strings.Contains(tt.in, "\n"+b.items[0].text) {
					continue
				}
				for _, it := range b.items {
					got = append(got, strings.Repeat("  ", it.depth)+it.text)
				}
				break
			}
			if tt.want == nil {
				if len(slideRuns(lines)) != 0 {
					t.Errorf("found a slide run in %q", tt.in)
				}
				return
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("entries %q; want %q", got, tt.want)
			}
		})
	}
}

// TestEmojiBullets: a run of lines opened by the same emoji (or three by
// any) are bullets; a lone emoji line, a line without a space after the
// emoji, or a © line stay text.
func TestEmojiBullets(t *testing.T) {
	tests := []struct {
		in   string
		want string // the kinds, b for bullet and t for text
	}{
		{"✨ Ask early\n✨ Write it down\n🚫 Don't wait", "bbb"},
		{"📌 Ask early\n🎯 Write it down\n💡 Name an owner", "bbb"},
		{"📌 Ask early\n🎯 Write it down", "tt"},
		{"🚀 Big news today.\nThe rest of the post.", "tt"},
		{"✨✨ Ask\n✨✨ Write", "tt"},
		{"© 2024 Jane\n© 2025 Jane", "tt"},
	}
	for _, tt := range tests {
		var got string
		for _, l := range lex(tt.in, 1, false) {
			if l.kind == kBullet {
				got += "b"
			} else {
				got += "t"
			}
		}
		if got != tt.want {
			t.Errorf("%q: kinds %s; want %s", tt.in, got, tt.want)
		}
	}
}
