package normalize

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestLex(t *testing.T) {
	tests := []struct {
		in   string
		kind lineKind
		num  int
		body string
	}{
		{"- item", kBullet, 0, "item"},
		{"• item", kBullet, 0, "item"},
		{"  ▪ item", kBullet, 0, "item"},
		{"◦ item", kBullet, 0, "item"},
		{"● item", kBullet, 0, "item"},
		{"► item", kBullet, 0, "item"},
		{"✓ item", kBullet, 0, "item"},
		{"– item", kBullet, 0, "item"},
		{"— item", kBullet, 0, "item"},
		{"* item", kBullet, 0, "item"},
		{"1. item", kNumber, 1, "item"},
		{"2) item", kNumber, 2, "item"},
		{"(3) item", kNumber, 3, "item"},
		{"- 4. item", kNumber, 4, "item"},
		{"Step 5: item", kNumber, 5, "item"},
		{"Rule 3: item", kNumber, 3, "item"},
		{"#1 item", kNumber, 1, "item"},
		{"## Heading", kHeading, 0, "Heading"},
		{"plain text", kText, 0, ""},
		{"-not a bullet", kText, 0, ""},
		{"*emphasis*", kText, 0, ""},
		{"a\tb", kTable, 0, ""},
		{"| a | b |", kTable, 0, ""},
		{"---", kRule, 0, ""},
		{"", kBlank, 0, ""},
		{"2024 was a good year.", kText, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			l := lex(tt.in, 1, true)[0]
			if l.kind != tt.kind || l.num != tt.num || tt.body != "" && l.body != tt.body {
				t.Errorf("lex(%q) = kind %d num %d body %q; want %d %d %q", tt.in, l.kind, l.num, l.body, tt.kind, tt.num, tt.body)
			}
		})
	}
}

func TestFindDate(t *testing.T) {
	tests := []struct {
		in    string
		want  string
		month bool
	}{
		{"Updated: Nov 26, 2020", "2020-11-26", false},
		{"January-February 2021", "2021-01-01", true},
		{"3 min read Apr 25, 2024", "2024-04-25", false},
		{"2024-04-25", "2024-04-25", false},
		{"25 April 2024", "2024-04-25", false},
		{"Published on 4/25/2024", "2024-04-25", false},
		{"25.04.2024", "2024-04-25", false},
		{"April 25th, 2024", "2024-04-25", false},
		{"Sept. 3, 2019", "2019-09-03", false},
		{"August 2022", "2022-08-01", true},
		{"2022-06-08T09:30:00+00:00", "2022-06-08", false},
		{"Posted by Maya Chen on March 3, 2023", "2023-03-03", false},
		{"no date here", "", false},
		{"February 30, 2021", "", false},
		{"6 min readApr 9, 2024", "2024-04-09", false},
		{"Veröffentlicht am 14. Juni 2021", "2021-06-14", false},
		{"Publié le 1er avril 2023", "2023-04-01", false},
		{"Publicado el 5 de mayo de 2022", "2022-05-05", false},
		{"Pubblicato il 12 settembre 2021", "2021-09-12", false},
		{"Gepubliceerd op 3 maart 2020", "2020-03-03", false},
		{"Publicerad 7 oktober 2022", "2022-10-07", false},
		{"November/December 2019 issue", "2019-11-01", true},
		{"Sunday 16 July 2023 07.00 BST", "2023-07-16", false},
		{"8:00 AM EDT, Sat June 1, 2024", "2024-06-01", false},
		{"Winter 2022", "", false},
		{"12. Okt. 2021", "2021-10-12", false},
		{"3 janv. 2020", "2020-01-03", false},
		{"Publicado el 4 abr 2023", "2023-04-04", false},
		{"14 sierpień 2022", "2022-08-14", false},
		{"5. června 2020", "2020-06-05", false},
		{"a month ago, 2019", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, month, _, ok := findDate(tt.in)
			if got != tt.want || ok != (tt.want != "") || month != tt.month {
				t.Errorf("findDate(%q) = %q %v %v; want %q %v", tt.in, got, month, ok, tt.want, tt.month)
			}
		})
	}
}

func TestDateLine(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"Updated: Nov 26, 2020", true},
		{"3 min read · Apr 25, 2024", true},
		{"Published on 4/25/2024", true},
		{"January-February 2021 issue", true},
		{"In January 2021 our team moved to a new office and everything changed.", false},
		{"Updated 3 days ago", false},
		{"6 min readApr 9, 2024", true},
		{"2 hours ago · 4 min read", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if _, _, ok := dateLine(tt.in); ok != tt.ok {
				t.Errorf("dateLine(%q) = %v", tt.in, ok)
			}
		})
	}
}

func TestParseByline(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"By Jane Doe", []string{"Jane Doe"}},
		{"by Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		{"Jane Doe · Follow", []string{"Jane Doe"}},
		{"Written by Jane Doe", []string{"Jane Doe"}},
		{"Posted by Jane Doe on March 3, 2023", []string{"Jane Doe"}},
		{"Author: Jane Doe", []string{"Jane Doe"}},
		{"By Jane Doe, Senior Editor", []string{"Jane Doe"}},
		{"By Jane Doe, Special to the Courier", []string{"Jane Doe"}},
		{"By Evan HalperStaff Writer", []string{"Evan Halper"}},
		{"February 4, 2020 • words written by Kanae Ito • Art by Koichi", []string{"Kanae Ito"}},
		{"By Jane Doe, columnist for The Daily", []string{"Jane Doe"}},
		{"By Jane Doe | April 3, 2024", []string{"Jane Doe"}},
		{"By the Leading Up editors", []string{"the Leading Up editors"}},
		{"By Liam O'Connor", []string{"Liam O'Connor"}},
		{"Von Jana Vogel, Redakteurin", []string{"Jana Vogel"}},
		{"Par Claire Dubois, journaliste", []string{"Claire Dubois"}},
		{"By Tom Hale | Northwind News Service", []string{"Tom Hale"}},
		{"By Tom Hale, Associated Features Syndicate", []string{"Tom Hale"}},
		{"By Ana Ruiz, Ben Ode and Cleo Li", []string{"Ana Ruiz", "Ben Ode", "Cleo Li"}},
		{"from Mia Lund & Otto Berg", []string{"Mia Lund", "Otto Berg"}},
		{"Post by kel_m » Wed Feb 14, 2024 7:40 am", []string{"kel_m"}},
		{"Posted by admin", nil},
		{"Written by Jo Park, PhD, Director of Talent at Brightpath", []string{"Jo Park"}},
		{"BY MAYA CHEN AND OLU BELLO", []string{"Maya Chen", "Olu Bello"}},
		{"Words by Sam Lee · Photos by Ana Ruiz", []string{"Sam Lee"}},
		{"Rebecca Oduya · 2nd · Head of Finance at Carrow", []string{"Rebecca Oduya"}},
		{"Tom Hale • 3rd+ • Coach | Speaker", []string{"Tom Hale"}},
		{"Tom Hale · 1st", []string{"Tom Hale"}},
		{"By now you know the drill.", nil},
		{"Byzantine rules slow teams down", nil},
		{"Share", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := parseByline(tt.in, false); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parseByline(%q) = %q; want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseCredit(t *testing.T) {
	tests := []struct {
		in                 string
		title, author, url string
	}{
		{`Adapted from "Leading Upwards" by Renata (https://example.com/x)`, "Leading Upwards", "Renata", "https://example.com/x"},
		{`Adapted from "Why Leading Up Is Necessary" (author unknown)`, "Why Leading Up Is Necessary", "", ""},
		{`Based on “Leading Up” by Jane Doe`, "Leading Up", "Jane Doe", ""},
		{`Originally published at https://blog.example.org/post.`, "", "", "https://blog.example.org/post"},
		{`Source: "Starting Strong" newsletter (https://s.example.org/12)`, "Starting Strong", "", "https://s.example.org/12"},
		{`Canonical URL: https://example.com/a`, "", "", "https://example.com/a"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			title, author, url, _, ok := parseCredit(tt.in)
			if !ok || title != tt.title || author != tt.author || url != tt.url {
				t.Errorf("parseCredit(%q) = %q %q %q %v", tt.in, title, author, url, ok)
			}
		})
	}
	if _, _, _, _, ok := parseCredit("Source: Getty Images"); ok {
		t.Error("a photo source is not a credit")
	}
}

func TestJunkLine(t *testing.T) {
	tests := []struct {
		in, why string
	}{
		{"Photo by Kelly Brooks on Unsplash", whyPhoto},
		{"Image: Getty", whyPhoto},
		{"Credit: Jane Doe", whyPhoto},
		{"5 min read", whyReadTime},
		{"Member-only story", whyReadTime},
		{"Share on LinkedIn", whyShare},
		{"Facebook Twitter LinkedIn Email", whyShare},
		{"Copy link", whyShare},
		{"Tweet", whyShare},
		{"Leave a Reply", whyForm},
		{"Your email address will not be published. Required fields are marked *", whyForm},
		{"Save my name, email, and website in this browser for the next time I comment.", whyForm},
		{"Post Comment", whyForm},
		{"Subscribe", whyNewsletter},
		{"Sign up for our newsletter", whyNewsletter},
		{"We use cookies to give you the best experience.", whyCookie},
		{"Accept all", whyCookie},
		{"Sign in", whyLogin},
		{"Log in to continue", whyLogin},
		{"Home > Blog > Leadership", whyNav},
		{"Home / Articles", whyNav},
		{"Tags: leadership, careers", whyTags},
		{"Categories: Management", whyTags},
		{"Filed under: Career", whyTags},
		{"Related articles", whyRelated},
		{"You may also like", whyRelated},
		{"More from Jane Doe", whyRelated},
		{"About the author", whyBio},
		{"Reply", whyComment},
		{"Like", whyComment},
		{"12 likes", whyComment},
		{"3 comments", whyComment},
		{"2h", whyComment},
		{"3 days ago", whyComment},
		{"vor 2 Tagen", whyComment},
		{"il y a 3 jours", whyComment},
		{"hace 2 días", whyComment},
		{"2 giorni fa", whyComment},
		{"3 dagen geleden", whyComment},
		{"há 2 dias", whyComment},
		{"Gefällt mir", whyComment},
		{"J'aime", whyComment},
		{"Me gusta", whyComment},
		{"Antworten", whyComment},
		{"Répondre", whyComment},
		{"Responder", whyComment},
		{"Type your email…", whyNewsletter},
		{"Most popular", whyRelated},
		{"One thought on “Leading up”", whyComments},
		{"Discussion about this post", whyComments},
		{"12 restacks", whyComment},
		{"Advertisement - Continue Reading Below", whyAd},
		{"Leer en español", whyNav},
		{"Opinions expressed by Forbes Contributors are their own.", whyFooter},
		{"Northfield University, Quarry Road, Northfield NF1 2AB", whyFooter},
		{"Acme Corp, 12 Main Street, Springfield, IL 62704", whyFooter},
		// content survives
		{"Share what you see from the front line with your manager every week.", ""},
		{"People like to be asked for their view before a decision is made.", ""},
		{"Reply quickly when your boss asks for a status, even if the answer is not ready.", ""},
		{"Home is where most of us first learn how authority works, long before our first job.", ""},
		{"If you subscribe to the idea that leadership is a title, you will wait for a long time before anyone hands it to you.", ""},
		{"Leading up", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := junkLine(tt.in); got != tt.why {
				t.Errorf("junkLine(%q) = %q; want %q", tt.in, got, tt.why)
			}
		})
	}
}

func TestCue(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Why your leader needs you", "reasons"},
		{"Reasons to lead up", "reasons"},
		{"The benefits", "reasons"},
		{"How to lead up", "steps"},
		{"Five tips", "steps"},
		{"Steps to take", "steps"},
		{"Ways to help", "steps"},
		{"Strategies that work", "steps"},
		{"Mistakes to avoid", "pitfalls"},
		{"Common myths", "pitfalls"},
		{"Pitfalls", "pitfalls"},
		{"Traps", "pitfalls"},
		{"Don'ts", "pitfalls"},
		{"How to avoid the worst mistakes", "pitfalls"},
		{"Conclusion", "none"},
		{"Notes", "none"},
		{"Notes and sources", "none"},
		{"Notes From the Night Shift", ""},
		{"Background on the study", ""},
		{"Old beliefs and new beliefs", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := cueOf(tt.in); got != tt.want {
				t.Errorf("cueOf(%q) = %q; want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitLabel(t *testing.T) {
	tests := []struct {
		in          string
		list        bool
		label, expl string
	}{
		{"Be transparent. No surprises.", true, "Be transparent", "No surprises."},
		{"Be transparent - No surprises.", false, "Be transparent", "No surprises."},
		{"Be transparent – No surprises.", false, "Be transparent", "No surprises."},
		{"Be transparent: no surprises.", false, "Be transparent", "no surprises."},
		{"**Be transparent.** No surprises.", false, "Be transparent.", "No surprises."},
		{"Be transparent—tell them early.", true, "Be transparent", "tell them early."},
		{"This is a sentence. And another one.", false, "", ""},
		{"Note: this is not a label.", false, "", ""},
		{"First point: is very important to listen.", false, "", ""},
		{"Second: you must to inform him.", false, "", ""},
		{"Second opinions: ask a peer first.", false, "Second opinions", "ask a peer first."},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			l, e, _ := splitLabel(tt.in, tt.list)
			if l != tt.label || e != tt.expl {
				t.Errorf("splitLabel(%q) = %q, %q; want %q, %q", tt.in, l, e, tt.label, tt.expl)
			}
		})
	}
}

func TestClassifyItems(t *testing.T) {
	v := loadVocab(t)
	src := "Title Here\n\nBy Jane Doe\n\nSome opening paragraph that is long enough to be a real summary of the essay at hand.\n\n" +
		"How to lead up\n\n- Be transparent. Warn early.\n- Don't push it. Back off when they resist.\n- Stop gossiping. It spreads.\n\n" +
		"Why it matters\n\n1. A win for both of you. You share the success.\n2. Something nobody has a term for. Really.\n"
	res, err := Normalize([]byte(src), Options{Name: "x.txt", Vocab: v})
	if err != nil {
		t.Fatal(err)
	}
	r := res.Report
	got := func(refs []ItemRef) []string {
		var s []string
		for _, x := range refs {
			s = append(s, x.Label+"="+x.Term)
		}
		return s
	}
	if want := []string{"Be transparent=be-transparent"}; !reflect.DeepEqual(got(r.Steps), want) {
		t.Errorf("steps %v; want %v", got(r.Steps), want)
	}
	if want := []string{"Don't push it=pushing-past-pushback", "Stop gossiping=talking-behind-their-back"}; !reflect.DeepEqual(got(r.Pitfalls), want) {
		t.Errorf("pitfalls %v; want %v", got(r.Pitfalls), want)
	}
	if want := []string{"A win for both of you=a-win-for-both", "Something nobody has a term for="}; !reflect.DeepEqual(got(r.Reasons), want) {
		t.Errorf("reasons %v; want %v", got(r.Reasons), want)
	}
	if len(r.Candidates) != 1 || r.Candidates[0].Taxonomy != "reasons" {
		t.Errorf("candidates %v", r.Candidates)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name, in string
		max      int
		want     string
	}{
		{"empty", "  \n\n", 0, "e.txt: empty file"},
		{"nul", "Title\nab\x00c\n", 0, "e.txt:2:3: binary file (NUL byte)"},
		{"utf8", "Title\n\nok line\nbad \xff here\n", 0, "e.txt:4:5: invalid UTF-8"},
		{"size", "0123456789abcdef", 10, "e.txt: file is 16 bytes, more than the limit of 10"},
		{"frontmatter", "+++\ntitle = \"x\"\nbad = \n+++\nbody\n", 0, "e.txt:3:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Normalize([]byte(tt.in), Options{Name: "e.txt", MaxBytes: tt.max})
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *Error", err)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("got %q; want prefix %q", err, tt.want)
			}
			if msg := err.Error(); strings.HasSuffix(msg, ".") {
				t.Errorf("message ends with a full stop: %q", msg)
			}
		})
	}
}

func TestHTMLNeverReachesOutput(t *testing.T) {
	inputs := map[string]string{
		"page.html": `<html><body><article><h1>T</h1><p onclick="x()">Hello <b>there</b>.</p><script>alert(1)</script><p>More text <img src=x onerror=alert(1)></p></article></body></html>`,
		"note.md":   "# T\n\nText with <span onclick=\"evil()\">a span</span> and <script>alert(1)</script> inline.\n\n<script>\nalert(2)\n</script>\n\n<iframe src=\"x\"></iframe>\n",
		"paste.txt": "T\n\nSome text <b onmouseover=\"x()\">bold</b> and a < b comparison.\n",
	}
	for name, src := range inputs {
		t.Run(name, func(t *testing.T) {
			res, err := Normalize([]byte(src), Options{Name: name})
			if err != nil {
				t.Fatal(err)
			}
			out := strings.ToLower(string(res.Markdown))
			for _, bad := range []string{"<script", "alert(", "onclick", "onerror", "onmouseover", "<span", "<iframe", "<b>"} {
				if strings.Contains(out, bad) {
					t.Errorf("output contains %q:\n%s", bad, res.Markdown)
				}
			}
			if strings.Contains(name, "html") || strings.Contains(name, "md") {
				if len(res.Report.Warnings) == 0 {
					t.Errorf("no warning for script or handlers")
				}
			}
		})
	}
}

func TestDetectFormat(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"a.txt", "Hello", FormatText},
		{"a.md", "Hello", FormatMarkdown},
		{"a.html", "<!DOCTYPE html><html></html>", FormatHTML},
		{"a.txt", "<!DOCTYPE html><html></html>", FormatHTML},
		{"a", "+++\ntitle = \"x\"\n+++\n", FormatMarkdown},
		{"a", "<html><body>x</body></html>", FormatHTML},
		{"a", "Just text", FormatText},
		{"a.html", "# Actually Markdown\n\ntext", FormatMarkdown},
	}
	for _, tt := range tests {
		t.Run(tt.name+" "+tt.src, func(t *testing.T) {
			if got := DetectFormat(tt.name, []byte(tt.src)); got != tt.want {
				t.Errorf("DetectFormat = %q; want %q", got, tt.want)
			}
		})
	}
}

func TestReportJSONShape(t *testing.T) {
	res, err := Normalize([]byte("Just one line of text here."), Options{Name: "a.txt"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := MarshalReports([]Report{res.Report})
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, k := range []string{`"essays"`, `"source"`, `"output"`, `"title"`, `"authors": []`, `"date"`, `"reasons": []`, `"steps": []`, `"pitfalls": []`, `"dropped": []`, `"candidates": []`, `"warnings"`} {
		if !strings.Contains(s, k) {
			t.Errorf("report lacks %s:\n%s", k, s)
		}
	}
	if strings.Contains(s, "null") {
		t.Errorf("report has null:\n%s", s)
	}
}

func TestGistShortened(t *testing.T) {
	long := strings.Repeat("word ", 40) + "end."
	g, cut := gistOf(long)
	if !cut || len([]rune(g)) > 120 || !strings.HasSuffix(g, "…") {
		t.Errorf("gistOf = %q %v", g, cut)
	}
	if g, cut := gistOf("Short [1] sentence. Second one."); cut || g != "Short sentence." {
		t.Errorf("gistOf = %q %v", g, cut)
	}
}

func TestOutputPath(t *testing.T) {
	if got := OutputPath("content/essays", "sources/leading-upwards.txt"); got != "content/essays/leading-upwards.md" {
		t.Errorf("OutputPath = %q", got)
	}
	if got := OutputPath("out", "page.html"); got != "out/page.md" {
		t.Errorf("OutputPath = %q", got)
	}
}

func TestMetaCases(t *testing.T) {
	tests := []struct {
		name, src, title, author, date string
	}{
		{"caps byline", "Leading From the Middle\nBY JANE DOE\nTuesday, March 5, 2024\n\nA long enough opening paragraph that talks about leading up and what it means for a team.\n", "Leading From the Middle", "Jane Doe", "2024-03-05"},
		{"site suffix", "How to Lead Up | Acme Blog\nBy Jane Doe | Updated Mar 5, 2024\n\nA long enough opening paragraph that talks about leading up and what it means for a team.\n", "How to Lead Up", "Jane Doe", "2024-03-05"},
		{"medium header", "Member-only story\nThe Quiet Skill\nJane Doe\nFollow\n5 min read\n·\nMar 5, 2024\n\nA long enough opening paragraph that talks about leading up and what it means for a team.\n", "The Quiet Skill", "Jane Doe", "2024-03-05"},
		{"credit only", "By Jane Doe\nAdapted from \"The Quiet Skill\" by John Roe\n\nA long enough opening paragraph that talks about leading up and what it means for a team.\n", "The Quiet Skill", "Jane Doe", ""},
		{"written by on", "The Quiet Skill\n\nWritten by Jane Doe on 25 April 2024\n\nA long enough opening paragraph that talks about leading up and what it means for a team.\n", "The Quiet Skill", "Jane Doe", "2024-04-25"},
		{"pipe byline", "Site Name\nHome\nBlog\nShop\nManaging Up Without Fear\nJane Smith | 03/14/2024 | Leadership\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "Managing Up Without Fear", "Jane Smith", "2024-03-14"},
		{"lower-case by and", "Managing Up Without Fear\nby alice chen and bob ode\nMarch 3, 2023\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "Managing Up Without Fear", "Alice Chen", "2023-03-03"},
		{"two names by a date", "Managing Up Without Fear\nAlice Chen and Bob Ode\nMarch 3, 2023\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "Managing Up Without Fear", "Alice Chen", "2023-03-03"},
		{"created by last modified", "Managing Up Without Fear\nCreated by Alice Chen, last modified on Mar 03, 2023\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "Managing Up Without Fear", "Alice Chen", "2023-03-03"},
		{"published beats updated", "Managing Up Without Fear\nBy Dr. Jane Smith, PhD, MBA\nUpdated: Jan 5, 2024\nPublished: Dec 1, 2023\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "Managing Up Without Fear", "Jane Smith", "2023-12-01"},
		{"credentials and time before date", "Managing Up Without Fear\nJane Smith, PCC\n8:02 AM · Feb 19, 2023\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "Managing Up Without Fear", "Jane Smith", "2023-02-19"},
		{"german day-dot date", "Führen von unten\nVon Jana Schmidt\n8. Juni 2019\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "Führen von unten", "Jana Schmidt", "2019-06-08"},
		{"reviewer and received", "Managing Up Without Fear\nBy Jane Smith, Senior Editor\nReviewed by Dr. Bob Ode\nReceived: Jan 2, 2020\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "Managing Up Without Fear", "Jane Smith", ""},
		{"name with credential and role", "Home › Insights › Leadership\nLeading Up Is a Skill You Can Learn\nJane Smith, MBA | Partner\nPublished 3 March 2023 | 5 min read\n\nA long enough opening paragraph that talks about leading up and what it means for a team.\n", "Leading Up Is a Skill You Can Learn", "Jane Smith", "2023-03-03"},
		{"site name and tagline, no byline", "Northwind Coaching\nHelping leaders grow since 2010\nLeading Up Is a Skill You Can Learn\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "Leading Up Is a Skill You Can Learn", "", ""},
		{"site name, title and standfirst", "Northwind Coaching\n\nLeading Up Is a Skill You Can Learn\n\nA practical guide for new team members\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "Leading Up Is a Skill You Can Learn", "", ""},
		{"section then a title with a colon", "Guides\nLeading up: a guide for new staff\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "Leading up: a guide for new staff", "", ""},
		{"title among menu crumbs and counters", "Careers\nLeadership · Teams · Culture\nHome / Blog / Leadership\n3 of 12\nManaging Up Without Fear\nWhy your manager needs you more than you think\nJane Smith\n2 days ago\nMarch 3, 2023\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "Managing Up Without Fear", "Jane Smith", "2023-03-03"},
		{"title then subtitle", "Leading Up\nA practical guide\nBy Jane Doe\n\nA long enough opening paragraph that talks about leading up and what it means for a team.\n", "Leading Up", "Jane Doe", ""},
		{"site name then nav", "The Quiet Manager\nMenu\nSearch\n\nWhy Managers Need You\nBy Jane Doe\n\nA long enough opening paragraph that talks about leading up and what it means for a team.\n", "Why Managers Need You", "Jane Doe", ""},
		{"iso date", "The Quiet Skill\nAuthor: Jane Doe\n2024-04-25\n\nA long enough opening paragraph that talks about leading up and what it means for a team.\n", "The Quiet Skill", "Jane Doe", "2024-04-25"},
		{"social post: profile header, no headline", "Home\nJobs\nMe\nJane Doe\nJane Doe\n• 2nd\nHead of People at Acme | Speaker\n3w • Edited\nManaging up is not sucking up. Here is what I have learned in ten years of doing it.\n\nA long enough second paragraph that talks about leading up and what it means for a team.\n", "Managing up is not sucking up", "Jane Doe", ""},
		{"kicker above a question headline", "WORK LIFE\nDear Jo: my boss never answers my emails. What now?\nJo Park\nSaturday 9 September 2023\n\nA long enough opening paragraph that talks about leading up and what it means for a team.\n", "Dear Jo: my boss never answers my emails. What now?", "Jo Park", "2023-09-09"},
		{"relative age is not a title", "Updated 11 days ago\nManaging Up Without Fear\nBy Jane Doe\nPublished Feb. 4, 2022 at 6:00 a.m. ET\n\nA long enough opening paragraph that talks about leading up and what it means for a team.\n", "Managing Up Without Fear", "Jane Doe", "2022-02-04"},
		{"archive capture time is not the date", "archive.today\nwebpage capture\n12 Mar 2020 09:41:17 UTC\nThe Quiet Skill\nby Jane Doe and John Roe\n\nA long enough opening paragraph that talks about leading up and what it means for a team.\n", "The Quiet Skill", "Jane Doe", ""},
		{"byline under the last paragraph", "Home\nNews\nSport\nHealth\nScience\nBusiness\nTravel\nFood\nStyle\nVideo\nPodcasts\nNewsletters\nEvents\nJobs\nShop\nAbout\nContact\nHelp\nCareers\nPress\nAdvertise\nTerms\nPrivacy\nCookies\nSitemap\nSearch\nMenu\nHow the Brain Turns Information Into Thought\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see, and more words besides.\n\nThird paragraph with enough words in it to count as a long line of prose for the normaliser to see, and more words besides.\n\nWritten by Ana Ruiz on July 27, 2017\nLatest news\nA study of sleep\nA study of food\n", "How the Brain Turns Information Into Thought", "Ana Ruiz", "2017-07-27"},
		{"share label above the title", "Copy this link\nManaging Up Without Fear\nBy Jane Doe\n\nA long enough opening paragraph that talks about leading up and what it means for a team.\n", "Managing Up Without Fear", "Jane Doe", ""},
		{"share row and kicker above the title", "Share\nTweet\nEmail\nMANAGING UP\nFive Habits That Make Your Boss's Week Easier\nWritten by Priya Shah\nMay 2, 2024\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "Five Habits That Make Your Boss's Week Easier", "Priya Shah", "2024-05-02"},
		{"tag line and a byline with a role at a company", "LEADERSHIP · 6 MIN READ\nHow to Brief a Busy Director\nby Omar Reyes, Head of People at Fernvale\nMarch 8, 2024\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "How to Brief a Busy Director", "Omar Reyes", "2024-03-08"},
		{"read time glued to the date", "Listen\nShare\nThe Meeting Before the Meeting\nWhy a ten-minute chat saves an hour\nLena Park\nFollow\n4 min readJan 9, 2024\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "The Meeting Before the Meeting", "Lena Park", "2024-01-09"},
		{"byline and date above the title", "By Jane Doe\nJune 3, 2022\nThe Quiet Skill of Briefing Up\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "The Quiet Skill of Briefing Up", "Jane Doe", "2022-06-03"},
		{"breadcrumb, share labels, two authors, day-first date", "Acme Consulting\nHome > Insights > Leading up in a matrix\nShare on LinkedIn\nShare by email\nLeading up in a matrix\nBy Jo Park and Li Wen\nUpdated 2 days ago\nPublished 15/01/2024\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "Leading up in a matrix", "Jo Park", "2024-01-15"},
		{"profile header on one line", "Jane Doe · 3rd+ · Head of People at Acme\n2w ·\nThe best managers I had all did one thing.\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "The best managers I had all did one thing", "Jane Doe", ""},
		{"menu entry above a dateline is no byline; the headline under it", "Home\nNews\nSport\nBusiness\nMorning Show\nLife at Work\nCity News February 24, 2020, 7:57 AM\nWhy your manager needs your bad news early\nShare\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "Why your manager needs your bad news early", "", "2020-02-24"},
		{"sign-off without a space", "Why I Stopped Waiting\nMarch 14, 2022\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n\n—Ana Ferreira\n", "Why I Stopped Waiting", "Ana Ferreira", "2022-03-14"},
		{"credit from two and an issue date", "Why Your Manager Needs You\nfrom Mia Lund & Otto Berg\nJanuary-February 2021\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "Why Your Manager Needs You", "Mia Lund", "2021-01-01"},
		{"foreign role after the byline", "Der Chef lernt auch\nVon Jana Vogel, Redakteurin\nVeröffentlicht am 14. Juni 2021\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "Der Chef lernt auch", "Jana Vogel", "2021-06-14"},
		{"newsletter closing and a name", "The Tuesday Memo\nHow to Say No Upward\nMay 7, 2024\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n\nWarmly,\nIrene Kowalski\n\nUnsubscribe\n", "How to Say No Upward", "Irene Kowalski", "2024-05-07"},
		{"closing with the name on its line", "How to Say No Upward\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n\nCheers, Tom Varga\n", "How to Say No Upward", "Tom Varga", ""},
		{"repost of a feed post", "LinkedIn\nHome\nMy Network\nJobs\nAna Ruiz reposted this\nOmar Said\nOmar Said\n · 2nd\nCOO at Brightline | Advisor\n3w ·\nFollow\nI learned to manage up the hard way.\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "I learned to manage up the hard way", "Omar Said", ""},
		{"question headline and a standfirst under a kicker", "CAREERS\nAsk Lena: How do I tell my director the plan will not work?\nOur columnist on disagreeing upward without a fight\nBy Lena Hart, Western Features Syndicate\nSaturday 4 May 2024 09.00 BST\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "Ask Lena: How do I tell my director the plan will not work?", "Lena Hart", "2024-05-04"},
		{"forum thread starter", "Forums\nWhat's new\nMembers\nWork and careers\nMy new boss rewrites everything I send\nThread starter jo_ko\nStart date Apr 2, 2024\njo_ko\nNew member\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "My new boss rewrites everything I send", "jo_ko", "2024-04-02"},
		{"a call to action is no headline", "Westfield College\nStudy\nResearch\nStaff\nHome / Staff / Your first review\nYour first review\nStaff\nReviews\nYour first review\nPay\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n\nUnsure what to bring? Book an appointment with an HR adviser.\nPage last updated: 3 May 2024\n", "Your first review", "", "2024-05-03"},
		{"a dated teaser line is no headline", "Newsroom\n12.03.2024 - Press release - Teams at work\nLeading Up Across Time Zones\n\nYour manager carries more than you can see from your desk, and the work you do to help them lands back on your own desk later as better decisions.\n\nSecond paragraph with enough words in it to count as a long line of prose for the normaliser to see.\n", "Leading Up Across Time Zones", "", ""},
		{"spanish and polish dates", "The Quiet Skill\nPor Ana Ruiz\n12 de marzo de 2021\n\nA long enough opening paragraph that talks about leading up and what it means for a team.\n", "The Quiet Skill", "Ana Ruiz", "2021-03-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Normalize([]byte(tt.src), Options{Name: "x.txt"})
			if err != nil {
				t.Fatal(err)
			}
			r := res.Report
			author := ""
			if len(r.Authors) > 0 {
				author = r.Authors[0]
			}
			if r.Title != tt.title || author != tt.author || r.Date != tt.date {
				t.Errorf("got %q %q %q; want %q %q %q", r.Title, author, r.Date, tt.title, tt.author, tt.date)
			}
		})
	}
}

func TestContentSurvives(t *testing.T) {
	src := "Ten Habits\n\nBy Jane Doe\n\nA long enough opening paragraph that talks about leading up and what it means for a team.\n\n" +
		"Tips\n\n- Listen\n- Follow up\n- Reply the same day\n\n" +
		"Tom is a director at a logistics firm, and he asked his team for help before the audit, which changed everything for them.\n\n" +
		"People like to be asked. Share what you know, and like any habit, it grows.\n\n" +
		"The rest is practice, week after week, until it feels ordinary to everyone involved.\n\n" +
		"Start this week.\n"
	res, err := Normalize([]byte(src), Options{Name: "x.txt"})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Report.Dropped {
		if d.Why != whyTitleLine && d.Why != whyByline {
			t.Errorf("dropped content: %+v", d)
		}
	}
	for _, w := range []string{"- Listen", "- Follow up", "Tom is a director", "People like to be asked"} {
		if !strings.Contains(string(res.Markdown), w) {
			t.Errorf("output lacks %q", w)
		}
	}
}

func TestPullQuote(t *testing.T) {
	long := "Most managers are not bad at their jobs; they are overloaded, and the people who report to them can see it long before anyone else does, which is exactly why leading up matters so much in a busy team."
	src := "A Title Here\n\nBy Jane Doe\n\n" + long + "\n\n“They are overloaded, and the people who report to them can see it”\n\nA closing paragraph that says something else entirely about the work.\n"
	res, err := Normalize([]byte(src), Options{Name: "x.txt"})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, d := range res.Report.Dropped {
		if d.Why == "pull quote" {
			found = true
		}
	}
	if !found {
		t.Errorf("pull quote kept: %+v", res.Report.Dropped)
	}
}

func TestItemShapes(t *testing.T) {
	v := loadVocab(t)
	intro := "A Title\n\nBy Jane Doe\n\nAn opening paragraph that is long enough to be a summary of the whole piece for readers.\n\n"
	tests := []struct {
		name, body string
		want       []string // taxonomy:label
	}{
		{"myths", "Myths about leading up\n\nMyth: Leading up is flattery.\nReality: It is about helping your boss do well.\n\nMyth: You need a title first.\nReality: Most people lead long before they have one.\n",
			[]string{"pitfalls:Leading up is flattery", "pitfalls:You need a title first"}},
		{"table under a cue", "Habits that backfire\n\nHabit\tWhy it backfires\nHiding slippage\tYour manager loses the chance to adjust\nSaying yes to everything\tOverload erodes trust\n",
			[]string{"pitfalls:Hiding slippage", "pitfalls:Saying yes to everything"}},
		{"heading run of imperatives", "Know their goals\n\nAsk what they are measured on and write it down somewhere.\n\nMake updates skimmable\n\nPut the headline first and the detail below it for busy readers.\n\nDon't make them guess\n\nSay early when you are overloaded or bored with the work.\n",
			[]string{"steps:Know their goals", "steps:Make updates skimmable", "pitfalls:Don't make them guess"}},
		{"one-imperative paragraphs in a run", "In your first month\n\nAgree how often you will meet and how you will send updates.\n\nAsk what a good first year would look like from their side.\n",
			[]string{"steps:Agree how often you will meet and how you will send updates", "steps:Ask what a good first year would look like from their side"}},
		{"one imperative paragraph alone", "A note\n\nAgree how often you will meet and how you will send updates.\n\nThe rest of the year went by quickly for all of us.\n",
			nil},
		{"section of benefit claims under a plain heading", "What the slot buys you\n\nSmall questions stop piling up. I save them for the slot.\n\nManagers give more responsibility to people who keep them informed. It shows.\n\nSetting it up\n\nKeep a shared doc for the agenda.\n",
			[]string{"reasons:Small questions stop piling up", "reasons:Managers give more responsibility to people who keep them informed"}},
		{"plain section of background", "Where we started\n\nNew managers are often buried in the first year. They rarely ask.\n\nMost onboarding plans teach the tools. Few teach the people.\n",
			nil},
		{"enumerated paragraphs with their reasons", "First, make your wins legible. Send a short note when something lands.\n\nSecond, bring her the problem early. Managers defend people who warn them; they stop defending people who surprise them.\n",
			[]string{"steps:make your wins legible", "steps:bring her the problem early", "reasons:Managers defend people who warn them"}},
		{"a weak topic gives way to the strong claim", "What the slot buys you\n\nThe trust compounds. When your manager has seen you raise problems calmly, she stops hovering over the projects you run.\n\nSmall questions stop piling up. I save them for the slot.\n",
			[]string{"reasons:she stops hovering over the projects you run", "reasons:Small questions stop piling up"}},
		{"a topic that states its own claim stays", "What the note buys you\n\nThe list also changes how your manager reads your silence. When the note says nothing new, she can stop wondering.\n\nSmall questions stop piling up. I save them for the slot.\n",
			[]string{"reasons:The list also changes how your manager reads your silence", "reasons:Small questions stop piling up"}},
		{"a claim in the outro", "Habits that help\n\n- Ask what decision the numbers feed.\n- Write the decision down the same day.\n\nNone of this is glamorous. But a manager who can predict you is a manager who can defend you, and that is worth more than any win.\n",
			[]string{"steps:Ask what decision the numbers feed", "steps:Write the decision down the same day", "reasons:a manager who can predict you is a manager who can defend you"}},
		{"a story in the outro", "Habits that help\n\n- Ask what decision the numbers feed.\n- Write the decision down the same day.\n\nI started doing this last year, and my manager noticed within a month.\n",
			[]string{"steps:Ask what decision the numbers feed", "steps:Write the decision down the same day"}},
		{"forum counters are not items", "Posts: 2,341\n\nAsk her in private what she wants from you specifically. Some managers want the history.\n",
			nil},
		{"paragraph run after an intro", "Experts suggested several practical ways to help.\n\nDo your homework before you ask. Questions with facts take less time to answer.\n\nFlag risks early and in writing. A short note gives your manager room to act.\n",
			[]string{"steps:Do your homework before you ask", "steps:Flag risks early and in writing"}},
		{"do's and don'ts typed by phrasing", "Do's and Don'ts\n\nDo ask how they like to get updates.\nDon't wait for your review to raise your goals.\nTry not to bring every small question to them.\n",
			[]string{"steps:Ask how they like to get updates", "pitfalls:Don't wait for your review to raise your goals", "pitfalls:Try not to bring every small question to them"}},
		{"answer to a why question", "Why bother? Because a boss who trusts you will fight for your projects when you are not there, and because the habits you build now are the ones senior jobs ask for.\n",
			[]string{"reasons:a boss who trusts you will fight for your projects", "reasons:the habits you build now are the ones senior jobs ask for"}},
		{"one-item lead-in", "Leading up saves you time. A boss who knows your constraints stops sending surprise requests.\n\nThere is a career reason too. People who make their manager's job easier get stretched with bigger work, simply because they are trusted.\n",
			[]string{"reasons:People who make their manager's job easier get stretched with bigger work"}},
		{"closing call to action after the lists", "Five reasons it matters\n\n1. Your manager cannot see everything. They rely on you for the view from the ground.\n2. Good ideas come from below. Someone has to pass them on.\n\nWhere to begin\n\nYou do not need permission. Pick one thing your manager is struggling with this month. Ask yourself what you know that could help.\n",
			[]string{"reasons:Your manager cannot see everything", "reasons:Good ideas come from below"}},
		{"all-caps imperative headings, one line each", "ASK ABOUT THEIR WEEK\nA two-minute question on Monday tells you what will matter by Friday.\n\nSEND THE SHORT VERSION\nThree lines beat three pages when your manager is travelling.\n\nNEVER SURPRISE THEM IN PUBLIC\nBad news lands better in private first.\n",
			[]string{"steps:ASK ABOUT THEIR WEEK", "steps:SEND THE SHORT VERSION", "pitfalls:NEVER SURPRISE THEM IN PUBLIC"}},
		{"ordinal paragraphs", "First, learn which numbers your manager reports each month and keep them in view.\n\nSecond, agree how often you will send updates and stick to it.\n\nFinally, try not to save every problem for the weekly meeting.\n",
			[]string{"steps:learn which numbers your manager reports each month", "steps:agree how often you will send updates and stick to it", "pitfalls:try not to save every problem for the weekly meeting"}},
		{"first-person list under a how-I lead-in", "Once I saw that, I changed how I worked with her:\n\n- I sent a Monday note with my three priorities.\n- I flagged risks the day I saw them.\n",
			[]string{"steps:I sent a Monday note with my three priorities", "steps:I flagged risks the day I saw them"}},
		{"what not to do and a salutation", "Dear Worried: you are not alone in this.\n\nThe first thing to do is ask for ten minutes alone with her. What you should not do is raise it in front of the whole team.\n",
			[]string{"steps:ask for ten minutes alone with her", "pitfalls:raise it in front of the whole team"}},
		{"prose is not items", "Most of us grew up with one picture of work. The boss knows the answers and hands down the plan.\n\nThat picture was never quite true. Work changes too fast for it now.\n",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Normalize([]byte(intro+tt.body), Options{Name: "x.txt", Vocab: v})
			if err != nil {
				t.Fatal(err)
			}
			if got := typedItems(res.Report); !sameItems(got, tt.want) {
				t.Errorf("got %q; want %q", got, tt.want)
			}
		})
	}
}
