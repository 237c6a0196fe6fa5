package normalize

import (
	"slices"
	"testing"
)

// TestBylineAgency: an agency or publication after the name, with or
// without a comma and with a dateline's place after it, is cut; a name
// that ends in such a word keeps it.
func TestBylineAgency(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"By MARY O'NEILL Associated Press", []string{"Mary O'Neill"}},
		{"By Jo Park Reuters", []string{"Jo Park"}},
		{"By Nada Tawfik, BBC News, New York", []string{"Nada Tawfik"}},
		{"By Tom Becker, Bloomberg", []string{"Tom Becker"}},
		{"By Ana Ruiz, Ben Ode and Cleo Li", []string{"Ana Ruiz", "Ben Ode", "Cleo Li"}},
		{"By Michael Bloomberg", []string{"Michael Bloomberg"}},
		{"By JEAN-PAUL DUBOIS, AFP", []string{"Jean-Paul Dubois"}},
	} {
		if got := parseByline(c.in, false); !slices.Equal(got, c.want) {
			t.Errorf("parseByline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestBylineLabels: a forum's starter label and a publication label after
// the name, in other languages too, are not part of the name.
func TestBylineLabels(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Themenstarter Pepemaus", []string{"Pepemaus"}},
		{"von Diane Kruse Veröffentlicht am 1. Mai 2019", []string{"Diane Kruse"}},
		{"Por Lucía Romero Actualizado: 14/03/2024", []string{"Lucía Romero"}},
		{"Par Claire Dubois Publié le 5 mars 2024", []string{"Claire Dubois"}},
		{"By Ana Ruiz", []string{"Ana Ruiz"}},
	} {
		if got := parseByline(c.in, false); !slices.Equal(got, c.want) {
			t.Errorf("parseByline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestForeignPhrase: phrases of other languages are not names; names with
// particles are.
func TestForeignPhrase(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Die Mischung", true}, {"Zu Ihrer Information", true}, {"Für Arbeitgeber", true}, {"Im Schlepptau", true},
		{"de Kristen Falc'hon", true}, {"Les coulisses", true},
		{"Ursula von der Leyen", false}, {"Maria das Dores", false}, {"Ana de Souza", false}, {"De Souza", false},
		{"La Toya Jackson", false}, {"Jan van Dijk", false}, {"Karl zu Guttenberg", false}, {"Ana Ruiz", false},
	} {
		if got := foreignPhrase(c.in); got != c.want {
			t.Errorf("foreignPhrase(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestNameOrg: a name and an agency, outlet or syndication credit after a
// comma or a bar is a byline without "By"; a headline with a comma, two
// names or a role are not read as one.
func TestNameOrg(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Margaret Hollis, Tribune Content Agency", []string{"Margaret Hollis"}},
		{"DANIEL PRICE | Special to the Herald", []string{"Daniel Price"}},
		{"Jo Park, Reuters", []string{"Jo Park"}},
		{"Ana Ruiz, for The Weekly Memo", []string{"Ana Ruiz"}},
		{"Sanne de Vries, Reuters", []string{"Sanne de Vries"}},
		{"Jo Park, Staff", nil},
		{"Working Together, Daily News", nil},
		{"Ana Ruiz, Ben Ode", nil},
		{"Nadia Petrenko, Senior People Partner", nil},
		{"Managing up, the hard way", nil},
	} {
		if got := nameOrg(c.in); !slices.Equal(got, c.want) {
			t.Errorf("nameOrg(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
