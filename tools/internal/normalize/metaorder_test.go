package normalize

import (
	"slices"
	"testing"
)

// TestDateOrder: a numeric date that reads either way is read in the
// order the page's other dates show, else in its language's order; a
// date that reads one way only is never turned round.
func TestDateOrder(t *testing.T) {
	for _, c := range []struct {
		name, paste, want string
	}{
		{"another date day first", "Working with your supervisor\nPublished: 03/04/2022\n\nYour supervisor is busy and has a full workload on top of you.\n\nPage last reviewed: 21/09/2022\n", "2022-04-03"},
		{"another date month first", "Working with your supervisor\nPosted 03/04/2022\n\nYour supervisor is busy and has a full workload on top of you.\n\nUpdated on 12/15/2022 with comments.\n", "2022-03-04"},
		{"English, no other date", "Working with your supervisor\nPosted 03/04/2022\n\nYour supervisor is busy and has a full workload on top of you, and that is why the notes you send matter.\n", "2022-03-04"},
		{"German, no other date", "Warum Ihr Chef Ihre Berichte nicht liest\nVeröffentlicht: 05/06/2021\n\nViele Teams schreiben jeden Freitag einen Bericht, und die Vorgesetzten lesen ihn nicht, weil er zu lang ist.\n", "2021-06-05"},
		{"one way only", "Warum Ihr Chef Ihre Berichte nicht liest\nVeröffentlicht: 05/16/2021\n\nViele Teams schreiben jeden Freitag einen Bericht, und die Vorgesetzten lesen ihn nicht, weil er zu lang ist.\n", "2021-05-16"},
		{"dotted stays day first", "Working with your supervisor\nPosted 03.04.2022\n\nYour supervisor is busy and has a full workload on top of you.\n\nUpdated on 12/15/2022 with comments.\n", "2022-04-03"},
	} {
		res, err := Normalize([]byte(c.paste), Options{Name: "page.txt", Vocab: loadVocab(t)})
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Report.Date; got != c.want {
			t.Errorf("%s: date %q, want %q", c.name, got, c.want)
		}
	}
}

// TestHeaderShapes: header lines that name the title, author or date in
// less common shapes.
func TestHeaderShapes(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int // the byte where the headline starts; 0: no headline after a date
	}{
		{"3. März 2021 Fünf Fragen, die Sie Ihrem Chef stellen sollten", 14}, // (bytes: "ä" takes two)
		{"May 4, 2021 How I learned to brief my boss", 12},
		{"24.01.2022 - Press release - Energy in buildings", 0},
		{"3 May 2021 was the day I quit", 0},
		{"3 May 2021 by Jane Roe", 0},
		{"How I learned to brief my boss", 0},
	} {
		k, ok := headAfterDate(c.in)
		if !ok {
			k = 0
		}
		if k != c.want {
			t.Errorf("headAfterDate(%q) = %d, want %d", c.in, k, c.want)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"Up the Ladder | Marcus Feld", "Marcus Feld"},
		{"Marcus Feld · Up the Ladder · Podcast", "Marcus Feld"},
		{"Home | About | Contact", ""},
		{"Jane Roe | Ana Ruiz", ""},
		{"Working with your manager | The Weekly Memo", ""},
	} {
		if got := hostName(c.in); got != c.want {
			t.Errorf("hostName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Amara Collins | Advice columnist", []string{"Amara Collins"}},
		{"Jo Park | Rédaction", []string{"Jo Park"}},
		{"Leading up | Editorial standards", nil},
		{"Discussion in 'Workplace' started by tired_pm, Mar 3, 2024.", []string{"tired_pm"}},
		{"Started by tired_pm, Mar 3, 2024", []string{"tired_pm"}},
	} {
		if got := parseByline(c.in, false); !slices.Equal(got, c.want) {
			t.Errorf("parseByline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		name, paste  string
		title, autor string
	}{
		{"long headline", "Sign in\nNobody told me that managing up is mostly about timing, so here is the one habit that finally made my boss trust my judgement\nPriya Raman\nFollow\n6 min readFeb 2, 2024\n\n" + articleText, "Nobody told me that managing up is mostly about timing, so here is the one habit that finally made my boss trust my judgement", "Priya Raman"},
		{"date on the headline's line", "Blog\nKontakt\n3. März 2021 Fünf Fragen, die Sie Ihrem Chef stellen sollten\nvon Jonas Albrecht\n\n" + articleText, "Fünf Fragen, die Sie Ihrem Chef stellen sollten", "Jonas Albrecht"},
		{"column name", "Opinion\nDear Workplace\nMy boss takes credit for my ideas. Should I say something?\nAmara Collins | Advice columnist\nNov 8, 2022\n\n" + articleText, "My boss takes credit for my ideas. Should I say something?", "Amara Collins"},
		{"headline over a shorter subtitle", "Sign in\nManaging up is a skill, not a personality trait\nHere is how to practise it\nLena Okafor\nFollow\n5 min read\n·\nApr 9, 2024\n\n" + articleText, "Managing up is a skill, not a personality trait", "Lena Okafor"},
		{"teaser over a headline", "Promotion\nThe team keeps the whole building clean around the clock!\nWhy a weekly note to your manager pays off\nBy Lena Okafor\n\n" + articleText, "Why a weekly note to your manager pays off", "Lena Okafor"},
		{"dash sign-off with a role", "THE ONE-TO-ONE IS YOUR MEETING\nPublished Sep 18, 2023\n\n" + articleText + "\n— Graham Whitfield, Head of Operations\n", "The One-to-One Is Your Meeting", "Graham Whitfield"},
	} {
		res, err := Normalize([]byte(c.paste), Options{Name: "page.txt", Vocab: loadVocab(t)})
		if err != nil {
			t.Fatal(err)
		}
		r := res.Report
		if evalKey(r.Title) != evalKey(c.title) || !slices.Equal(r.Authors, []string{c.autor}) {
			t.Errorf("%s: title %q, authors %q; want %q, %q", c.name, r.Title, r.Authors, c.title, c.autor)
		}
	}
}

// TestNamePhrases: a label cut before its name ("Tipps von") is not a
// name; names with particles and given names that are function words in
// some language are.
func TestNamePhrases(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Tipps von", false},
		{"Ana de Souza", true},
		{"Ursula von der Leyen", true},
		{"Dan Whitford", true},
		{"Mia Lund", true},
		{"Jonas Albrecht", true},
	} {
		if got := plainName(c.in); got != c.want {
			t.Errorf("plainName(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	// interface words are never part of a name; names that hold one as
	// a substring are still names
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Top Posts", false},
		{"Full Screen View", false},
		{"RSS Feed", false},
		{"Christopher Topham", true},
		{"Medina Datta", true},
	} {
		if got := nameLike(c.in); got != c.want {
			t.Errorf("nameLike(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestEdgeDate: a date alone on a line where the article ends dates it
// when the header has none; a date in running text does not.
func TestEdgeDate(t *testing.T) {
	for _, c := range []struct{ name, paste, want string }{
		{"date under the last paragraph", "How a weekly note changed my one-to-ones\n\n" + articleText + "\n19.11.2021\n", "2021-11-19"},
		{"date in the text only", "How a weekly note changed my one-to-ones\n\n" + articleText + "\nOn 19 November 2021 we met again and talked it through, which is when the habit stuck for good.\n", ""},
	} {
		res, err := Normalize([]byte(c.paste), Options{Name: "page.txt", Vocab: loadVocab(t)})
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Report.Date; got != c.want {
			t.Errorf("%s: date %q, want %q", c.name, got, c.want)
		}
	}
}
