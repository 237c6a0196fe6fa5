package normalize

import (
	"strings"
	"testing"
)

// featureCase is a paste in which the line marked ">> " is a title
// candidate; name is the file name (default "paste.txt") and html the
// saved page's titles.
type featureCase struct {
	name  string
	html  []string
	paste string
}

// titleFeatureCases gives every title feature pastes where it must fire
// (yes) and where it must not (no).
var titleFeatureCases = map[string]struct{ yes, no []featureCase }{
	"length": {
		yes: []featureCase{{paste: ">> Leadership\n\nBy Jane Roe\n\nSome text of the article that goes on for a while here."}},
		no:  nil, // every candidate has a length; the "no" side is a zero score for three to sixteen words, tested below
	},
	"h1": {
		yes: []featureCase{{name: "p.md", paste: ">> # Working with a new manager\n\nBy Jane Roe\n\nThe text."}},
		no:  []featureCase{{name: "p.md", paste: ">> ## Working with a new manager\n\nBy Jane Roe\n\nThe text."}},
	},
	"pipes": {
		yes: []featureCase{{paste: ">> Working with a new manager | The Memo\n\nBy Jane Roe\n\nThe text."}},
		no:  []featureCase{{paste: ">> Working with a new manager\n\nBy Jane Roe\n\nThe text."}},
	},
	"breadcrumb-end": {
		yes: []featureCase{{paste: "Home > Guides > Working with your manager\n>> Working with your manager\n\nBy Jane Roe\n\nThe text."}},
		no:  []featureCase{{paste: "Home > Guides > Other things\n>> Working with your manager\n\nBy Jane Roe\n\nThe text."}},
	},
	"tag-list": {
		yes: []featureCase{{paste: "Leading up for beginners\n\n14. November 2019\n\n>> Careers, Management, Feedback\n\n" + articleText}},
		no:  []featureCase{{paste: ">> Lions, tigers and the managers who tame them\n\nBy Jane Roe\n\nThe text."}},
	},
	"glued-menu": {
		yes: []featureCase{{paste: ">> Contact UsOur TeamCareersEnter to Win About UsSubmit A Tip\nLeading up for beginners\n\nBy Jane Roe\n\nThe text."}},
		no:  []featureCase{{paste: ">> How LinkedIn and YouTube changed my reports\n\nBy Jane Roe\n\nThe text."}},
	},
	"title-case": {
		yes: []featureCase{{paste: ">> Working With Your Manager\n\nBy Jane Roe\n\nThe text."}},
		no:  []featureCase{{paste: ">> Working with your manager\n\nBy Jane Roe\n\nThe text."}},
	},
	"file-name": {
		yes: []featureCase{{name: "working-with-your-manager.txt", paste: ">> Working with your manager\n\nBy Jane Roe\n\nThe text."}},
		no:  []featureCase{{name: "0a12df42d1764095.txt", paste: ">> Working with your manager\n\nBy Jane Roe\n\nThe text."}},
	},
	"under-dateline": {
		yes: []featureCase{{paste: "Eye on Money\nCBS News February 24, 2020, 7:57 AM\n>> Black voters in the state are crucial for every candidate\nShare\n\nThe text of the article that goes on for a while here."}},
		no:  []featureCase{{paste: "Working with a new manager\nMay 2, 2024\n>> What the first month of working together looks like\n\nThe text of the article that goes on for a while here."}},
	},
	"teaser-run": {
		yes: []featureCase{{paste: "Trending\nRail strike: what changes on Monday\n>> Interest rates held for a third month\nBusiness\nYour boss is overloaded and here is what to do\nBy Jane Roe\n\nThe text."}},
		no:  []featureCase{{paste: "Trending\nRail strike: what changes on Monday\nInterest rates held for a third month\nBusiness\n>> Your boss is overloaded and here is what to do\nBy Jane Roe\n\nThe text."}},
	},
	"after-section": {
		yes: []featureCase{{paste: "Read the latest columns\nLOCAL NEWS\n>> Council approves the new library on a split vote\nThe vote was close\nBy Jane Roe\n\nThe text."}},
		no:  []featureCase{{paste: "Local News\n>> Council approves the new library on a split vote\nBy Jane Roe\n\nThe text."}},
	},
	"lead-in": {
		yes: []featureCase{{paste: "Jane Roe\n3d •\n\n>> What they do differently:\n- They plan\n- They ask\n"}},
		no:  []featureCase{{paste: ">> Working with your manager\n\nBy Jane Roe\n\nThe text."}},
	},
	"question": {
		yes: []featureCase{{paste: ">> How do I tell my boss I am overloaded?\n\nBy Jane Roe\n\nThe text."}},
		no:  []featureCase{{paste: ">> Why bother?\n\nBy Jane Roe\n\nThe text."}},
	},
	"above-byline": {
		yes: []featureCase{{paste: ">> Working with your manager\nBy Jane Roe\n\nThe text."}, {paste: ">> Working with your manager\nLeadership Notes\nBy Jane Roe\n\nThe text."}},
		no:  []featureCase{{paste: ">> Working with your manager\nA second headline of some length\nBy Jane Roe\n\nThe text."}, {paste: ">> Working with your manager\nHome\nAbout\nBy Jane Roe\n\nThe text."}, {paste: ">> The Leadership Review\nSep/Oct 2023\nWhy your manager needs you to disagree\n\nThe text of the article that goes on for a while here."}},
	},
	"blogger-date": {
		yes: []featureCase{{paste: "Monday, 3 May 2021\n>> Working with your manager\nThe text of the post goes on here for twenty words or more, which is what a paragraph of a blog post looks like."}},
		no:  []featureCase{{paste: "Monday, 3 May 2021\n>> Working with your manager\nShort line."}},
	},
	"menu-run": {
		yes: []featureCase{{paste: "Home\n>> Guides\nAbout\n\nWorking with your manager\n\nBy Jane Roe\n\nThe text."}},
		no: []featureCase{{paste: ">> Working with your manager\n\nBy Jane Roe\n\nThe text."},
			{paste: "Home\nNews\nAbout\n>> Changes at the top\nBy Jane Roe\n\n" + articleText}},
	},
	"not-title": {
		yes: []featureCase{{paste: ">> Share on LinkedIn\nWorking with your manager\n\nBy Jane Roe\n\nThe text."}, {paste: ">> Zum Inhalt springen\nWorking with your manager\n\nBy Jane Roe\n\nThe text."}},
		no:  []featureCase{{paste: ">> Working with your manager\n\nBy Jane Roe\n\nThe text."}},
	},
	"dated": {
		yes: []featureCase{{paste: ">> 24.01.2022 - Press release - Energy in buildings\n\nBy Jane Roe\n\nThe text."}},
		no:  []featureCase{{paste: ">> Energy in buildings after 24.01.2022\n\nBy Jane Roe\n\nThe text."}},
	},
	"separators": {
		yes: []featureCase{{paste: ">> Category: Leadership\nWorking with your manager\n\nBy Jane Roe\n\nThe text."}},
		no:  []featureCase{{paste: ">> Klimaschutz: Bohren, bis es heiß wird\n\nVon Jane Roe\n\nThe text."}},
	},
	"chrome-next": {
		yes: []featureCase{{paste: ">> The Weekly Memo\nSubscribe\n\nWorking with your manager\n\nBy Jane Roe\n\nThe text."}},
		no:  []featureCase{{paste: ">> Working with your manager\n\nBy Jane Roe\n\nThe text."}},
	},
	"above-issue": {
		yes: []featureCase{{paste: ">> The Middle Manager's Almanac\nIssue #112 · 4 June 2024\nWhen your manager changes their mind\nBy Jane Roe\n\nThe text."}, {paste: ">> The Work Journal\nFrom the January-February 2021 Issue\nAsk for feedback early\n\nThe text."}, {paste: ">> The Leadership Review\nJanuary-February 2021\nWhy your manager needs you to disagree\nJane Roe\n\nThe text."}},
		no:  []featureCase{{paste: ">> When your manager changes their mind\n4 June 2024\nBy Jane Roe\n\nThe text."}},
	},
	"repeated": {
		yes: []featureCase{{paste: ">> Working with your manager\n\nBy Jane Roe\n\nThe text.\n\nWorking with your manager\n"}},
		no:  []featureCase{{paste: ">> Working with your manager\n\nBy Jane Roe\n\nThe text."}},
	},
	"html-title": {
		yes: []featureCase{{html: []string{"Working with your manager | The Memo"}, paste: ">> Working with your manager\n\nBy Jane Roe\n\nThe text."}},
		no:  []featureCase{{html: []string{"The Memo"}, paste: ">> Working with your manager\n\nBy Jane Roe\n\nThe text."}},
	},
	"kicker": {
		yes: []featureCase{{paste: ">> Ask the Coach\nQ&A: My manager takes my ideas to her boss as her own\nBy Jane Roe\n\nThe text."},
			{paste: "POLITICS\n>> Budget Talks\nCoalition agrees on the outline of next year's plan\nBy Jane Roe\n\nThe text."}},
		no: []featureCase{{paste: ">> Ask the Coach\nBy Jane Roe\n\nThe text."},
			{paste: "LEADERSHIP\n>> The Upward Brief\nHow to give a senior leader what they need in the time they actually have\nBY JANE ROE\n\nThe text."}},
	},
	"qa-question": {
		yes: []featureCase{{paste: "Dear Manager: My boss takes credit for my ideas\nJane Roe, Tribune Content Agency\nAug. 14, 2023\n>> Q: My boss presents my ideas in meetings as his own. What can I do?\nA: Put your ideas in writing before the meeting and copy the people who need to know them."}},
		no:  []featureCase{{paste: ">> Q&A: My manager takes my ideas to her boss as her own\nBy Jane Roe\n\nThe text."}},
	},
	"near-article": {
		yes: []featureCase{{paste: menuLines(30) + "Subscribe\nSign in\n\n>> Working with your manager\n" + articleText}},
		no:  []featureCase{{paste: ">> Working with your manager\n" + menuLines(30) + "Subscribe\nSign in\n\n" + articleText}},
	},
	"other-language": {
		yes: []featureCase{{paste: "Startseite\n>> Jetzt kostenlos testen: Der Wochenbrief für Führungskräfte\nManaging up when your manager is far away\n\nBy Jane Roe\n\n" + articleText}},
		no: []featureCase{
			{paste: ">> Managing up across time zones\n\nBy Jane Roe\n\n" + articleText},
			{paste: ">> Get the weekly digest: the news for our team\n\nBy Jane Roe\n\n" + articleText},
		},
	},
	"masthead": {
		yes: []featureCase{{paste: ">> THE SUNDAY STANDUP\nIssue 58\nThe meeting before the meeting\n\nBy Jane Roe\n\nThe text."}},
		no: []featureCase{
			{paste: ">> LEADING UP 101\nMaking your manager your partner\n\nBy Jane Roe\n\nThe text."},
			{paste: ">> THE ONE-TO-ONE IS YOUR MEETING\n\nBy Jane Roe\n\nThe text."},
		},
	},
	"name-only": {
		yes: []featureCase{{paste: ">> Dana Whitfield\nWorking with your manager\n\nThe text."}},
		no:  []featureCase{{paste: ">> Working with your manager\n\nBy Jane Roe\n\nThe text."}, {paste: ">> WORK LIFE\nWorking with your manager\n\nThe text."}},
	},
	"above-text": {
		yes: []featureCase{{paste: "Site\n\n>> Working with your manager\nA standfirst that says what the article is about in a sentence or so.\n\nThe text."}},
		no:  []featureCase{{paste: "Site\n\n>> Working with your manager\nShort line\n\nThe text."}},
	},
}

// articleText is a few paragraphs of running text.
const articleText = `When you start with a new manager, the first weeks decide a lot of what follows, and most of it is set by small habits.
Ask early how they like to hear about problems, and write down what they say so that you can come back to it later on.
Send a short note after each one-to-one with what you agreed, since two people often remember the same talk in different ways.
Keep a list of the decisions you need from them, and bring it to every meeting, so that nothing waits a week for an answer.
`

// menuLines is a site's menu of n entries.
func menuLines(n int) string {
	var b strings.Builder
	for k := range n {
		b.WriteString([]string{"Home", "News", "Sport", "Culture", "Travel", "Jobs", "Shop"}[k%7])
		b.WriteString(" " + string(rune('A'+k%26)) + "\n")
	}
	return b.String()
}

// featureScore runs the metadata stage on a case and returns what the
// named feature gives its marked line.
func featureScore(t *testing.T, f titleFeature, c featureCase) int {
	t.Helper()
	var src []string
	mark := -1
	for k, ln := range strings.Split(c.paste, "\n") {
		if s, ok := strings.CutPrefix(ln, ">> "); ok {
			ln, mark = s, k+1
		}
		src = append(src, ln)
	}
	if mark < 0 {
		t.Fatalf("no marked line in %q", c.paste)
	}
	name := c.name
	if name == "" {
		name = "paste.txt"
	}
	md := strings.HasSuffix(name, ".md")
	d := &doc{name: name, skip: map[int]bool{}, titleLine: -1, markdown: md, lines: lex(strings.Join(src, "\n"), 1, md)}
	d.findRegion()
	d.extractMeta(htmlMeta{})
	d.meta.htmlTitles = c.html
	for i, l := range d.lines {
		if l.n == mark {
			tt := metaText(l)
			return f.score(d, titleCand{i: i, t: tt, w: wordCount(tt), isCand: d.meta.cands, anchor: d.metaAnchor()})
		}
	}
	t.Fatalf("marked line %d not found", mark)
	return 0
}

// TestTitleFeatures runs every title feature on its examples.
func TestTitleFeatures(t *testing.T) {
	for _, f := range titleFeatures {
		t.Run(f.name, func(t *testing.T) {
			cs, ok := titleFeatureCases[f.name]
			if !ok || len(cs.yes) == 0 {
				t.Fatalf("feature %q has no examples", f.name)
			}
			for _, c := range cs.yes {
				if featureScore(t, f, c) == 0 {
					t.Errorf("does not fire on %q", c.paste)
				}
			}
			for _, c := range cs.no {
				if sc := featureScore(t, f, c); sc != 0 {
					t.Errorf("fires (%+d) on %q", sc, c.paste)
				}
			}
			if len(cs.no) == 0 && f.name != "length" {
				t.Errorf("feature %q needs a negative example", f.name)
			}
		})
	}
	// length: three to sixteen words are a headline's length
	if sc := featureScore(t, titleFeatures[0], featureCase{paste: ">> Working with your manager\n\nBy Jane Roe\n\nThe text."}); sc != headlineLenBonus {
		t.Errorf("length of a four-word headline scores %d, want %d", sc, headlineLenBonus)
	}
}

// TestHTMLTitleAgreement: a saved page whose <h1> is the site's name and
// whose og:title names the headline, set in an <h2>, takes the headline;
// an <h1> that agrees with the head, or a page with no head title, keeps
// the <h1>.
func TestHTMLTitleAgreement(t *testing.T) {
	body := `<article><h1>%s</h1><h2>%s</h2><p>By Jane Roe</p>
<p>When you start with a new manager, the first weeks decide a lot of what follows, and most of it is set by small habits you can choose.</p>
<p>Ask early how they like to hear about problems, and write down what they say so that you can come back to it later.</p></article>`
	page := func(head, h1, h2 string) []byte {
		return []byte("<html><head>" + head + "</head><body>" + strings.Replace(strings.Replace(body, "%s", h1, 1), "%s", h2, 1) + "</body></html>")
	}
	for _, c := range []struct {
		head, h1, h2, want string
	}{
		{`<meta property="og:title" content="Working with a new manager | The Memo">`, "The Memo", "Working with a new manager", "Working with a new manager"},
		{`<title>Working with a new manager - The Memo</title>`, "Working with a new manager", "First weeks", "Working with a new manager"},
		{``, "Working with a new manager", "First weeks", "Working with a new manager"},
		{`<title>Something else entirely</title>`, "Working with a new manager", "First weeks", "Working with a new manager"},
	} {
		res, err := Normalize(page(c.head, c.h1, c.h2), Options{Name: "page.html", Vocab: loadVocab(t)})
		if err != nil {
			t.Fatal(err)
		}
		if res.Report.Title != c.want {
			t.Errorf("head %q, h1 %q, h2 %q: title %q, want %q", c.head, c.h1, c.h2, res.Report.Title, c.want)
		}
	}
}
