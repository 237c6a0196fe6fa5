package normalize

import "testing"

func TestDbgSplit(t *testing.T) {
	for _, s := range []string{
		"That's it for this week. Hit reply and tell me how your manager relationship is going; I read every email.",
		"A word of caution: leading up fails when it turns into managing perceptions instead of delivering results.",
		"There is also a selfless case. Managers are more stretched than ever.",
	} {
		l, e, ok := splitLabel(s, false)
		l2, e2, ok2 := sentenceLabel(s)
		t.Logf("%q\n split %v %q %q\n sent %v %q %q", s, ok, l, e, ok2, l2, e2)
	}
}
