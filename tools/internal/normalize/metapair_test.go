package normalize

import (
	"strings"
	"testing"
)

// portalTop is a news portal's header: a long menu and a "Most read" box
// whose teasers carry their own dates (a list of headline/date pairs).
func portalTop() string {
	return menuLines(34) + "Most read\nCouncil votes to sell the old library building\n12 March 2024\nRail strike called off after late talks overnight\n11 March 2024\nThe bakery that closes when the bread runs out\n10 March 2024\n" + menuLines(6)
}

// sharePanel is a share panel of many lines, which pushes a headline above
// it out of the header zone over the article's first paragraph.
func sharePanel() string {
	var b strings.Builder
	for _, n := range []string{"Facebook", "Messenger", "Twitter", "Email", "Pinterest", "WhatsApp", "LinkedIn", "Reddit", "Telegram"} {
		b.WriteString("Share this with " + n + "\nCopy this link\n")
	}
	return b.String() + "These are external links and will open in a new window\nClose share panel\n"
}

// TestDatelineZone: a headline far down a portal page, over its date or
// byline and above a video caption where the article region starts, is
// the title and its dateline dates the page; a list of teasers with their
// dates is never read as one, and a page whose top window has a byline
// keeps its own headline.
func TestDatelineZone(t *testing.T) {
	caption := "Media playback is unsupported on your device\nMedia captionA short clip from the office floor\n"
	for _, c := range []struct {
		name, paste           string
		title, date, notTitle string
	}{
		{"deep headline over its date", portalTop() + "Why good reports tell their boss bad news first\n14 March 2024\nShare this with Facebook\n" + caption + articleText,
			"Why good reports tell their boss bad news first", "2024-03-14", ""},
		{"deep headline over its byline and date", portalTop() + "Why good reports tell their boss bad news first\nBy Mara Quint\n14 March 2024\nShare this with Facebook\n" + caption + articleText,
			"Why good reports tell their boss bad news first", "2024-03-14", ""},
		{"deep headline above a long share panel", portalTop() + "Why good reports tell their boss bad news first\n14 March 2024\n" + sharePanel() + caption + articleText,
			"Why good reports tell their boss bad news first", "2024-03-14", ""},
		{"teasers with dates only", portalTop() + "Share this with Facebook\n" + caption + articleText,
			"", "", "Council votes to sell the old library building"},
		{"byline in the top window", "Why good reports tell their boss bad news first\nBy Mara Quint\n2 May 2023\n" + articleText + "\nMore from the desk\nCouncil votes to sell the old library building\n12 March 2024\n",
			"Why good reports tell their boss bad news first", "2023-05-02", ""},
	} {
		res, err := Normalize([]byte(c.paste), Options{Name: "page.txt", Vocab: loadVocab(t)})
		if err != nil {
			t.Fatal(err)
		}
		r := res.Report
		if c.title != "" && r.Title != c.title {
			t.Errorf("%s: title %q, want %q", c.name, r.Title, c.title)
		}
		if c.notTitle != "" && strings.EqualFold(r.Title, c.notTitle) {
			t.Errorf("%s: a teaser %q became the title", c.name, r.Title)
		}
		if c.title != "" && r.Date != c.date || c.notTitle != "" && r.Date != "" {
			t.Errorf("%s: date %q, want %q", c.name, r.Date, c.date)
		}
	}
}
