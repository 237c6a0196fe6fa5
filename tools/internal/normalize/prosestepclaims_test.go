package normalize

import "testing"

func TestGeneralSubject(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Managers who get proposals instead of questions spend less of their day deciding small things.", true},
		{"People who ask for feedback tend to improve faster.", true},
		{"Admitting an error early keeps a small problem from turning into a story about you.", true},
		{"Knowing them lets you line your work up behind theirs.", true},
		{"This shows initiative and saves your manager time.", false},
		{"It gives your manager something concrete to react to.", false},
	}
	for _, tt := range tests {
		if got := generalSubject(tt.in); got != tt.want {
			t.Errorf("generalSubject(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
