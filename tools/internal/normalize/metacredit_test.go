package normalize

import (
	"slices"
	"testing"
)

// TestMetaCredit runs the byline shapes of metacredit.go on lines they
// must read and lines they must not.
func TestMetaCredit(t *testing.T) {
	for _, tc := range []struct {
		fn   string
		in   string
		want string // "" when the line names no author
	}{
		{"agency", "Anna Berglund (Reuters)", "Anna Berglund"},
		{"agency", "Jo Park (The Associated Press)", "Jo Park"},
		{"agency", "Budget Talks (Updated)", ""},
		{"agency", "Jo Park (left)", ""},
		{"agency", "By Jo Park (AP)", ""}, // parseByline's
		{"outlet", "Olivia Grant for Civic Ledger", "Olivia Grant"},
		{"outlet", "Jo Park, writing for The Memo", "Jo Park"},
		{"outlet", "Simple habits for new leaders", ""},
		{"outlet", "Olivia Grant for the record", ""},
		{"outlet", "By Peter Nakamura for The Commons Review", ""},
		{"bio", "Renata Kowalski is a leadership coach who works with new managers.", "Renata Kowalski"},
		{"bio", "Marcus Bellamy has spent fifteen years helping engineers.", "Marcus Bellamy"},
		{"bio", "Managing Up is a skill you can learn.", ""},
		{"bio", "The Author is a coach.", ""},
	} {
		var got []string
		switch tc.fn {
		case "agency":
			got = nameAgency(tc.in)
		case "outlet":
			got = nameForOutlet(tc.in)
		case "bio":
			if n := bioLeadName(tc.in); n != "" {
				got = []string{n}
			}
		}
		var want []string
		if tc.want != "" {
			want = []string{tc.want}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s(%q) = %q, want %q", tc.fn, tc.in, got, want)
		}
	}
}

// TestDayForMonth: a month-only date takes the day of a date line
// elsewhere on the page when the two agree, and only then.
func TestDayForMonth(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"day below", "Practice Notes\nMarch 2025\nHow to agree on priorities with a new boss\nText: Jo Park\nA first paragraph that is long enough to be read as the prose of the article itself, with more words.\nA second paragraph that is long enough to be read as the prose of the article itself, with more words.\nPublished 14 March 2025\n", "2025-03-14"},
		{"far day", "Practice Notes\nMarch 2025\nHow to agree on priorities with a new boss\nText: Jo Park\nA first paragraph that is long enough to be read as the prose of the article itself, with more words.\nA second paragraph that is long enough to be read as the prose of the article itself, with more words.\nPublished 14 September 2023\n", "2025-03-01"},
		{"teaser link", "Practice Notes\nMarch 2025\nHow to agree on priorities with a new boss\nText: Jo Park\nA first paragraph that is long enough to be read as the prose of the article itself, with more words.\nA second paragraph that is long enough to be read as the prose of the article itself, with more words.\n« Dinner with the regional team 14.03.2025, 19 Uhr\n", "2025-03-01"},
	} {
		res, err := Normalize([]byte(tc.in), Options{Name: "page.txt", Vocab: loadVocab(t)})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if res.Report.Date != tc.want {
			t.Errorf("%s: date %q, want %q", tc.name, res.Report.Date, tc.want)
		}
	}
}

// TestBylineTails: what follows the name in an explicit byline and is
// not a name: the outlet it was written for, the category it was filed
// under.
func TestBylineTails(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"By Peter Nakamura for The Commons Review", []string{"Peter Nakamura"}},
		{"By Jo Park, for the Weekly Memo", []string{"Jo Park"}},
		{"Posted by Nesselsetzer under Just For Fun, Rebloggt", []string{"Nesselsetzer"}},
		{"By Mara Voigt and Julian Reyes", []string{"Mara Voigt", "Julian Reyes"}},
	} {
		if got := parseByline(c.in, false); !slices.Equal(got, c.want) {
			t.Errorf("parseByline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestClockLineNotTitle: a clock time on its own line between the
// headline and the date is part of the dateline, never the title.
func TestClockLineNotTitle(t *testing.T) {
	para := "A first paragraph that is long enough to be read as the prose of the article itself, with more words in it.\n"
	src := "The Valley Courier\nNews\nBusiness\nHow to tell your manager the deadline is not going to hold\n5:35 p.m.\nMarch 3, 2025\n" + para + para
	res, err := Normalize([]byte(src), Options{Name: "page.txt", Vocab: loadVocab(t)})
	if err != nil {
		t.Fatal(err)
	}
	if r := res.Report; r.Title != "How to tell your manager the deadline is not going to hold" || r.Date != "2025-03-03" {
		t.Errorf("title %q, date %q", r.Title, r.Date)
	}
}
