package normalize

import "testing"

// TestBioAfter: the contributor bios read after an article's text, in
// several languages, and sentences that only mention a person.
func TestBioAfter(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Jane Doe writes about careers and the people who manage them.", true},
		{"Sam Lee is a freelance editor based in Leeds.", true},
		{"Anna Berg leitet das Ressort Wirtschaft und schreibt über Arbeit.", true},
		{"Tom Weber ist freier Journalist in Köln.", true},
		{"Ich bin Lotte, ich schreibe hier über Führung von unten.", true},
		{"Lucía Pérez es periodista y vive en Sevilla.", true},
		{"Claire Martin est journaliste indépendante.", true},
		{"My manager writes about the plan every Monday.", false},
		{"Jane said the editor had already left.", false},
		{"Ich bin froh, dass mein Chef zuhört.", false},
	}
	for _, tt := range tests {
		if got := reBioAfter.MatchString(tt.in); got != tt.want {
			t.Errorf("reBioAfter(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestBioPhrases: the phrases that make a short line near the end a
// contributor's bio, and the article's own sentences that share their words.
func TestBioPhrases(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"She lives in Bristol with her partner and two cats.", true},
		{"Priya lives with her family in Pune.", true},
		{"You can follow her on Mastodon.", true},
		{"Marta Silva is the author of two books on careers.", true},
		{"A manager who lives in meetings reads almost nothing longer than a phone screen.", false},
		{"Coaches who work with new leads hear this often; the team lives in its inbox.", false},
		{"My boss writes very short emails.", false},
	}
	for _, tt := range tests {
		if got := reBio2.MatchString(tt.in); got != tt.want {
			t.Errorf("reBio2(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
