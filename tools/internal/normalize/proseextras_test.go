package normalize

import "testing"

// TestProseExtras checks the sentence tests of the whole-page prose
// passes: maxims, named subjects and opening claims.
func TestProseExtras(t *testing.T) {
	names := map[string]bool{"osei": true}
	for _, tc := range []struct {
		name string
		got  bool
		want bool
	}{
		{"maxim: plural subject", isMaxim("Bosses respect people who disagree with evidence."), true},
		{"maxim: verb in -s", isMaxim("Good news travels slowly."), true},
		{"maxim: a/an subject", isMaxim("A clear ask gets a clear answer."), true},
		{"not a maxim: definite subject", isMaxim("The first cause is inexperience."), false},
		{"not a maxim: imperative", isMaxim("Picture a warehouse on a busy night."), false},
		{"not a maxim: first person", isMaxim("Managers taught me patience."), false},
		{"not a maxim: copula", isMaxim("Quiet people are often overlooked."), false},
		{"named subject: surname", personSubject("Osei now sends a rough outline first.", names), true},
		{"named subject: full name", personSubject("Coach Ingrid Lund has seen the pattern often.", names), true},
		{"not named: kind of person", personSubject("Managers who hear bad news early trust the people who bring it.", names), false},
		{"opening claim", openingClaim("Employees who manage up well get promoted sooner, and they enjoy their work more while they wait."), true},
		{"opening definition", openingClaim("Managing up is the habit of making your manager's job easier on purpose."), false},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, tc.got, tc.want)
		}
	}
	if got := pageSurnames([]*block{{kind: bPara, text: "Kwame Osei was two months into his first job. Coach Ingrid Lund agrees."}}); !got["osei"] || !got["lund"] || got["coach"] {
		t.Errorf("pageSurnames = %v, want osei and lund, not coach", got)
	}
}
