package normalize

import "testing"

// TestKindClaims checks the reporting frames reportedClaim strips and
// the ones it leaves alone.
func TestKindClaims(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"According to coach Daniel Frey, employees who learn their manager's priorities early are given bigger projects sooner.",
			"Employees who learn their manager's priorities early are given bigger projects sooner."},
		{`"A manager who is kept informed is calmer," she says.`, "A manager who is kept informed is calmer"},
		{"Workers who tell him what they need, he says, finish on time.", "Workers who tell him what they need finish on time."},
		{"In my experience, many readers in your position find that a calm question works better than a complaint.",
			"A calm question works better than a complaint."},
		{"This is what everyone says.", "This is what everyone says."},
		{"Managers who hear bad news early trust the people who bring it.", "Managers who hear bad news early trust the people who bring it."},
	} {
		if got := reportedClaim(tc.in); got != tc.want {
			t.Errorf("reportedClaim(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
