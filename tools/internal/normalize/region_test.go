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
		{"x Lotte", false, true},
		{"xoxo Mara Lind", false, true},
		{"Have a lovely Sunday, everyone <3", false, true},
		{"See you next week 🙂", false, true},
		{"x", false, false},
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

// TestCommentStamp: the head of one comment is a name with a date or a
// time, or "Name says:"; a bare date, a dateline with a category and a
// dated heading are not.
func TestCommentStamp(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Tobias · April 19, 2019", true},
		{"Karla Brandt / 22.04.2020", true},
		{"Karla Brandt / 22.04.2020 um 14:05 Uhr", true},
		{"Ines Roth sagt:", true},
		{"Jane Doe • 2d", true},
		{"@opsguy, 12 mars 2021", true},
		{"Karla Brandt 12. März 2021 at 9:41 Antworten", true},
		{"Jon Hale 3 May 2020 at 18:02", true},
		{"Georg N. am 10.4.2020", true},
		{"Karla Brandt | Di, 21. April 2020 - 16:40", true},
		{"Stand 12. März 2021", false},
		{"Treffen am 12.3.2021", false},
		{"#2 Kommentar von Lena", true},
		{"Comment by Sam Hill", true},
		{"Comment by the board on the plan was short.", false},
		{"Posted on March 3, 2021", false},
		{"12 March 2021", false},
		{"02 de febrero de 2022 12:02 PM", false},
		{"12.12.2022 | 06:46 | Energie", false},
		{"Update vom 3. April 2019", false},
		{"Donnerstag, 03. Februar 2022", false},
		{"Paddy · April 19, 2019 · Mac · 7 comments", false},
		{"Our plan for 19 April 2019 is simple.", false},
	} {
		if got := commentStamp(c.in); got != c.want {
			t.Errorf("commentStamp(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestRegionCommentThread: a short post followed by a longer thread of
// replies keeps the post and drops the replies (each in the report); an
// article written as a dated timeline is not a thread.
func TestRegionCommentThread(t *testing.T) {
	post := "Last week I tried something new with my manager: instead of waiting for our monthly review, I sent a three-line note every Friday with what moved, what was stuck and where I needed a decision from her."
	replies := []string{
		"Same here, and it took about a month before my boss started answering the notes, so do not give up after the first two weeks of silence.",
		"I would add one line on what you plan next week, because that is the part my director forwards to her own manager without changing a word.",
		"We tried this in a team of six and the notes got too long to read, so now each person writes at most five lines and we merge them on Friday afternoon.",
		"Good reminder that managing up is mostly about making the other person's week easier, not about impressing anyone in a meeting.",
	}
	thread := "Wenn du Fragen hast, schreib sie unten.\n\n4 Kommentare\n\n"
	for k, r := range replies {
		thread += []string{"Tobias Berg", "Ines Roth", "Karla Brandt", "Jo Wiese"}[k] + " · " + []string{"April 19, 2019", "April 20, 2019", "22.04.2019", "May 2, 2019"}[k] + "\n\n" + r + "\n\nAntworten\n\n"
	}
	page := "Home\nBlog\nAbout\n\nA Friday note for my manager\n\n" + post + "\n\n" + thread
	res, err := Normalize([]byte(page), Options{Name: "post.txt"})
	if err != nil {
		t.Fatal(err)
	}
	md := string(res.Markdown)
	if !strings.Contains(md, "sent a three-line note every Friday") {
		t.Errorf("the post was lost to its comment thread:\n%s", md)
	}
	for _, r := range replies {
		if strings.Contains(md, r[:30]) {
			t.Errorf("a reply was kept: %q", r[:30])
		}
		found := false
		for _, d := range res.Report.Dropped {
			if strings.HasPrefix(d.Text, r[:30]) {
				found = true
			}
		}
		if !found {
			t.Errorf("a reply is missing from the report's dropped lines: %q", r[:30])
		}
	}

	// the same stamps' dates, as the steps of a timeline in the article
	timeline := "12 March 2021\n\n" + replies[0] + "\n\n19 March 2021\n\n" + replies[1] + "\n\n2 April 2021\n\n" + replies[2] + "\n"
	res, err = Normalize([]byte(regionPage(timeline)), Options{Name: "page.txt"})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range replies[:3] {
		if !strings.Contains(string(res.Markdown), r[:30]) {
			t.Errorf("a dated paragraph of the article was dropped: %q", r[:30])
		}
	}
}

// TestDataRow: quantities and "Label: value" pairs are rows of a data box;
// sentences, menu words and bare labels are not.
func TestDataRow(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"200 g Zucker", true},
		{"1,5 l Milch", true},
		{"Zubereitungszeit: 25 Minuten", true},
		{"Art der Aufnahme: Digitalfoto", true},
		{"390 kcal", true},
		{"Zutaten:", false},
		{"Über uns", false},
		{"Kontakt", false},
		{"Note: the plan changed after the meeting with her.", false},
		{"2019 was the year we moved the weekly note to Fridays and it stuck", false},
	} {
		if got := dataRow(c.in); got != c.want {
			t.Errorf("dataRow(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestRegionDataBox: a recipe's data box right below the method stays with
// the article; a menu of plain words there goes.
func TestRegionDataBox(t *testing.T) {
	box := "Nährwerte\n\nPortion: 1 Stück\n\n390 kcal\n\n8 g Eiweiß\n\n13 g Fett\n\n"
	res, err := Normalize([]byte(regionPage(box+"Start\nRezepte\nKontakt\nImpressum\n")), Options{Name: "page.txt"})
	if err != nil {
		t.Fatal(err)
	}
	md := string(res.Markdown)
	for _, w := range []string{"390 kcal", "8 g Eiweiß", "13 g Fett"} {
		if !strings.Contains(md, w) {
			t.Errorf("data row %q was dropped:\n%s", w, md)
		}
	}
	for _, w := range []string{"Impressum", "Rezepte"} {
		if strings.Contains(md, w) {
			t.Errorf("menu entry %q was kept", w)
		}
	}
}

// TestMenuRepeats: a menu entry that comes back alone inside the article
// is chrome and goes; a table of contents whose entries come back as the
// article's section headings, in order and apart, keeps those headings.
func TestMenuRepeats(t *testing.T) {
	para := []string{
		"Most managers are stretched thinner than their teams can see, and the people closest to the work notice the gaps first, long before anyone above them does.",
		"Start by asking what a good month looks like for your manager, then shape the next update you send around that answer instead of around your own task list.",
		"When you bring a problem, bring one option you would choose and say why, so the conversation starts from a proposal rather than from a complaint.",
		"Agree on how often you will check in and what each update should hold, then keep to it for a month before you judge whether it is working.",
		"None of this is flattery: it is making the shared work easier to steer, which is why it keeps paying off long after the first conversation.",
	}
	heads := []string{"Why it matters", "Where to start", "Bringing problems", "Keeping a rhythm", "Final thoughts"}
	menu := "Home\nNews\nCareers\nLeadership\nOpinion\nEvents\nContact\n\n"

	toc := menu + "Leading up without a title\nBy Sam Ortiz · 5 min read\n\nTable of Contents\n" + strings.Join(heads, "\n") + "\n\n"
	for k, h := range heads {
		toc += h + "\n\n" + para[k] + "\n\n"
	}
	chrome := menu + "Leading up without a title\n\n" + para[0] + "\n\nOpinion\n\n" + strings.Join(para[1:], "\n\n") + "\n"

	for _, c := range []struct {
		name       string
		page       string
		kept, gone []string
	}{
		{"table of contents", toc, heads, nil},
		{"menu entry repeated in the article", chrome, nil, []string{"Opinion"}},
	} {
		res, err := Normalize([]byte(c.page), Options{Name: "page.txt"})
		if err != nil {
			t.Fatal(err)
		}
		md := string(res.Markdown)
		body := md[strings.LastIndex(md, "+++")+3:]
		for _, p := range para {
			if !strings.Contains(body, p[:40]) {
				t.Errorf("%s: a paragraph was lost: %q\n%s", c.name, p[:40], md)
			}
		}
		for _, h := range c.kept {
			if !strings.Contains(body, h) {
				t.Errorf("%s: the section heading %q was dropped:\n%s", c.name, h, md)
			}
		}
		for _, g := range c.gone {
			for _, l := range strings.Split(body, "\n") {
				if strings.TrimSpace(strings.Trim(l, "#* ")) == g {
					t.Errorf("%s: the repeated menu entry %q was kept:\n%s", c.name, g, md)
				}
			}
		}
	}
}
