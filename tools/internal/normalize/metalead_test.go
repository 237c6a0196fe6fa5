package normalize

import "testing"

// TestLeadDateline: a place, agency or editor's mark, a full date and a
// separator opening the first paragraph date the story; a date inside
// running text, a month alone or a date with nothing after it do not.
func TestLeadDateline(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Wien, 14. Dezember 2021 – Aufgrund der steigenden Mobilität suchen mehr Menschen Erholung im Wald.", "2021-12-14"},
		{"NEW YORK, March 3, 2024 — Managers say the habit they value most is hearing bad news early.", "2024-03-03"},
		{"Red. / 31.10.2023 Die ehemalige Kolonie steht vor dem Niedergang und vor großen Fragen.", "2023-10-31"},
		{"Karlsruhe, (12.11.2021). Traditionell gedenken die Gemeinden an diesem Sonntag der Verstorbenen.", "2021-11-12"},
		{"On 3 May 2021 we met again and talked it through, which is when the habit stuck.", ""},
		{"The survey, published March 3, 2024, found that most managers want bad news early.", ""},
		{"Darmstadt - Januar 2021. Mit Hilfe hochenergetischer Teilchen wurde etwas gemessen.", ""},
		{"Berlin, 14.05.2024", ""},
	} {
		got, _ := leadDateline(c.in)
		if got != c.want {
			t.Errorf("leadDateline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestFixCapsInvisibles: soft hyphens and zero-width characters leave a
// title; capitals become Title Case.
func TestFixCapsInvisibles(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Mes\u00adsen\u00adger\u00addiens\u00adte sind kein Raum", "Messengerdienste sind kein Raum"},
		{"\ufeffLeading up\u200b today", "Leading up today"},
		{"LEADING UP FOR NEW MANAGERS", "Leading Up for New Managers"},
		{"Working with your manager", "Working with your manager"},
	} {
		if got := fixCaps(c.in); got != c.want {
			t.Errorf("fixCaps(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
