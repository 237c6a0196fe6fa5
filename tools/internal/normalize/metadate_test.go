package normalize

import (
	"slices"
	"testing"
)

// TestDatedBylines: bylines that are a name and a date with little else,
// split at dashes, glued or led by the date, and long date lines.
func TestDatedBylines(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string // nil: not a byline
	}{
		{"Priya Natarajan, 04.03.2023, 09:15 Uhr", []string{"Priya Natarajan"}},
		{"Priya Natarajan,04.03.2023, 09:15 Uhr", []string{"Priya Natarajan"}},
		{"Lena Vogt , 3. Feb. 2020, 10:01 Uhr 4 min Lesezeit", []string{"Lena Vogt"}},
		{"12. Mai 2021 Tomas Berg über Karriere", []string{"Tomas Berg"}},
		{"March 3, 2021 Dana Whitfield in Careers", []string{"Dana Whitfield"}},
		{"3 May 2021 was the day I quit my job", nil},
		{"How to Lead Up, 3 May 2021", nil},
		{"Updated 3 May 2021", nil},
	} {
		if got := datedName(c.in); !slices.Equal(got, c.want) {
			t.Errorf("datedName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"05.06.2019 um 10:20 Uhr - Lena Vogt - 12 Kommentare", []string{"Lena Vogt"}},
		{"Mai 4, 2020 von Anna Kategorien: Alltag | Kommentar schreiben", []string{"Anna"}},
		{"Jo Park jo.park@example.org | 22 April 2022", []string{"Jo Park"}},
		{"Managing up - a guide for new staff", nil},
	} {
		if got := parseByline(c.in, false); !slices.Equal(got, c.want) {
			t.Errorf("parseByline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		in   string
		want string
	}{
		{"4. März 2021, 10:15 Uhr Aktualisiert am 4. März 2021, 12:40 Uhr Wochenblatt Nr. 9/2021", "2021-03-04"},
		{"14. Mai 202114. Mai 2021", "2021-05-14"},
		{"4 March 2021 was the day our team finally agreed on how we would run the weekly planning meeting", ""},
	} {
		iso, _, ok := dateLine(c.in)
		if ok != (c.want != "") || iso != c.want && ok {
			t.Errorf("dateLine(%q) = %q %v, want %q", c.in, iso, ok, c.want)
		}
	}
}

// TestCreditInArticle: a dated author credit inside the article, far from
// its edges, names the author when the header has no byline.
func TestCreditInArticle(t *testing.T) {
	src := "How a weekly note changed my one-to-ones\n\n" + articleText + "\nWritten by Dana Whitfield on July 27, 2017\n\n" + articleText + articleText
	res, err := Normalize([]byte(src), Options{Name: "note.txt", Vocab: loadVocab(t)})
	if err != nil {
		t.Fatal(err)
	}
	if r := res.Report; !slices.Equal(r.Authors, []string{"Dana Whitfield"}) || r.Date != "2017-07-27" {
		t.Errorf("authors %q, date %q; want Dana Whitfield, 2017-07-27", r.Authors, r.Date)
	}
}

// TestDatesBesideOtherNumbers: a year glued to the read time after it is
// read, and a span of two dates (an archive's captures) yields to the date
// under the byline.
func TestDatesBesideOtherNumbers(t *testing.T) {
	for _, c := range []struct {
		name, header, want string
	}{
		{"year glued to read time", "Sign in\nManaging up is a skill\nLena Okafor\nFollow\nSep 9, 20248 min read\n", "2024-09-09"},
		{"read time on its own line", "Sign in\nManaging up is a skill\nLena Okafor\nFollow\n8 min read\nSep 9, 2024\n", "2024-09-09"},
		{"archive capture span above the byline date", "The Wayback Machine - https://web.archive.org/web/20210302/https://example.org/lead-up\n148 captures\n2 Feb 2021 - 12 Mar 2024\nAbout this capture\nThe quiet art of helping your boss\nBy Maria Lindqvist\nJune 14, 2019\n", "2019-06-14"},
		{"a span when nothing else dates the page", "Course notes\nManaging up is a skill\n2 Feb 2021 – 12 Mar 2021\n", "2021-02-02"},
	} {
		res, err := Normalize([]byte(c.header+"\n"+articleText+articleText), Options{Name: "x.txt", Vocab: loadVocab(t)})
		if err != nil {
			t.Fatal(err)
		}
		if res.Report.Date != c.want {
			t.Errorf("%s: date %q, want %q", c.name, res.Report.Date, c.want)
		}
	}
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"2 Feb 2021 - 12 Mar 2024", true},
		{"March 3, 2021 – April 9, 2021", true},
		{"January-February 2021", false},
		{"Published 2 Feb 2021", false},
		{"2 Feb 2021 - Jo Park", false},
	} {
		if got := dateSpan(c.in); got != c.want {
			t.Errorf("dateSpan(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
