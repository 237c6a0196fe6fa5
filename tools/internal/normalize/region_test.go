package normalize

import (
	"strings"
	"testing"
)

// TestSignOff: the short lines after an article's last paragraph that the
// region keeps are sign-offs, not the labels and links of page chrome.
func TestSignOff(t *testing.T) {
	for _, c := range []struct {
		in    string
		greet bool
		want  bool
	}{
		{"Tamsin", true, true},
		{"Tamsin", false, false},
		{"— Mara", false, true},
		{"Thanks for reading!", false, true},
		{"Until next week,", false, true},
		{"Mara Lindqvist", false, true},
		{"Share this post:", false, false},
		{"More from the team", false, false},
		{"Downloads", false, false},
		{"Issue 12 Out Now", false, false},
	} {
		if got := signOff(c.in, c.greet); got != c.want {
			t.Errorf("signOff(%q, %v) = %v, want %v", c.in, c.greet, got, c.want)
		}
	}
}

// TestGluedLinks: a row of links copied without separators glues words
// together; running text and code do not count.
func TestGluedLinks(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"Weekly digestTeam newsPodcastsEvents calendarArchive", 3},
		{"Desk lamp 24,99 €Office chair 89,00 €Notebook set 4,50 €Pens", 3},
		{"She met her manager on Monday and brought two options for the rota.", 0},
		{"Open the file with openFile(name) and call readAll(f) after it.", 0},
		{"He bought an iPhone and sold the old one on eBay.", 0},
	} {
		if got := gluedLinks(c.in); got != c.want {
			t.Errorf("gluedLinks(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

// regionPage is a page of our own: a menu, an article of five paragraphs,
// then what follows the article (tail).
func regionPage(tail string) string {
	para := []string{
		"Most people think of leadership as something that flows downward, from a manager to the team, but a good part of it runs the other way and starts with the person who reports to someone.",
		"When you know what your manager is measured on, you can bring them news in the order they need it, and you can offer help where it will count rather than where it is easiest to give.",
		"A short weekly note that lists what moved, what is stuck and what you need from them saves both of you a meeting, and it gives your manager something to forward when they are asked.",
		"None of this is flattery or politics; it is the ordinary work of making a shared goal easier to reach, and it tends to be noticed by the people who decide on the next project.",
		"Start with one habit this week, keep it for a month, and then add the next one, because a habit that lasts is worth more than a plan that stays in a notebook.",
	}
	return "Home\nTopics\nAbout\nContact\n\nLeading from the middle\n\n" + strings.Join(para, "\n\n") + "\n\n" + tail
}

// TestRegionTailChrome: a share row or newsletter prompt after the last
// paragraph ends the article, so that a lone teaser below goes; a credit
// line with the article going on below it does not.
func TestRegionTailChrome(t *testing.T) {
	teaser := "Our editors picked five books on negotiation for the summer, from a classic on bargaining to a new guide for first-time managers who have to argue for a budget."
	more := []string{
		"Some managers prefer a call to a note, and the habit works the same way when it is spoken, as long as the three parts stay in the same order every week.",
		"Ask them after a month whether the note helps, and change its length or its day if they say so, since the point is their time and not your format.",
	}
	for _, c := range []struct {
		name       string
		tail       string
		gone, kept []string
	}{
		{"share row then teaser", "Share this article\n\nMore stories\n\n" + teaser + "\n\nRead more\n", []string{"Our editors picked"}, nil},
		{"newsletter then teaser", "Sign up for our newsletter\n\n" + teaser + "\n", []string{"Our editors picked"}, nil},
		{"credit then more article", "© Studio Nord\n\n" + more[0] + "\n\n" + more[1] + "\n", nil, []string{"Some managers prefer a call", "Ask them after a month"}},
	} {
		res, err := Normalize([]byte(regionPage(c.tail)), Options{Name: "page.txt"})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		md := string(res.Markdown)
		for _, w := range append(c.kept, "Start with one habit", "Most people think of leadership") {
			if !strings.Contains(md, w) {
				t.Errorf("%s: output lacks %q", c.name, w)
			}
		}
		for _, w := range c.gone {
			if strings.Contains(md, w) {
				t.Errorf("%s: output keeps %q", c.name, w)
			}
		}
	}
}

// TestCommentClusterNeedsWords: rows of bare numbers (a program's output,
// a table) after the text do not start a comment thread, which would drop
// everything below them. (Each row alone still reads as a counter.)
func TestCommentClusterNeedsWords(t *testing.T) {
	tail := "Run it twice and compare what it prints:\n\n1 1 1\n\n1 2 1\n\n3 2 3\n\nThe second row changes because the counter is shared between the two objects, which surprises most people the first time they see it."
	res, err := Normalize([]byte(regionPage(tail)), Options{Name: "page.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if md := string(res.Markdown); !strings.Contains(md, "The second row changes") {
		t.Errorf("numbers taken for a comment thread:\n%s", md)
	}
}

// TestLongParagraphWithBrandNames: a paragraph that names a few
// camel-case products is running text, not a row of links glued together.
func TestLongParagraphWithBrandNames(t *testing.T) {
	tail := "Our team moved the weekly note out of PowerPoint and onto a shared page, posts a short summary on LinkedIn once a quarter, and keeps a YouTube playlist of the talks, so that anyone who joins later can see what the group decided and why it matters to the wider department."
	res, err := Normalize([]byte(regionPage(tail)), Options{Name: "page.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if md := string(res.Markdown); !strings.Contains(md, "keeps a YouTube playlist") {
		t.Errorf("a paragraph naming three products was dropped as glued links:\n%s", md)
	}
}
