package normalize

import (
	"strings"
	"testing"
)

// TestSentenceRules runs every sentence rule's own examples: each positive
// example is typed by that rule, each negative one is not.
func TestSentenceRules(t *testing.T) {
	for _, r := range sentenceRules {
		if len(r.pos) == 0 || len(r.neg) == 0 {
			t.Errorf("rule %q: needs at least one positive and one negative example", r.name)
		}
		for _, s := range r.pos {
			if got := classifySentence(s); got.rule != r.name {
				t.Errorf("rule %q: %q was typed by %q (%+v)", r.name, s, got.rule, got)
			}
		}
		for _, s := range r.neg {
			if got := classifySentence(s); got.rule == r.name {
				t.Errorf("rule %q: %q must not match it", r.name, s)
			}
		}
	}
}

func TestClassifySentence(t *testing.T) {
	for _, c := range []struct {
		in, tax, label string
		enum           bool
	}{
		{"First, learn what your manager is measured on.", "steps", "learn what your manager is measured on.", true},
		{"Finally, don't wait for the perfect moment.", "pitfalls", "don't wait for the perfect moment.", true},
		{"Second you should tell her about each risk the week you see it.", "steps", "tell her about each risk the week you see it.", true},
		{"The first reason to do it is that your manager cannot see everything.", "reasons", "your manager cannot see everything.", false},
		{"The second is to give every update a headline.", "steps", "give every update a headline.", false},
		{"LSA: Start by finding out how your manager is measured.", "steps", "finding out how your manager is measured.", false},
		{"Do ask how they like to receive updates.", "steps", "Do ask how they like to receive updates.", false},
		{"Then agree on a rhythm for updates.", "steps", "agree on a rhythm for updates.", false},
		{"When something is urgent, walk over or call.", "steps", "walk over or call.", false},
		{"When you disagree, do it early and in private.", "steps", "When you disagree, do it early and in private.", false},
		{"People who make their manager's job easier get bigger work.", "reasons", "People who make their manager's job easier get bigger work.", false},
		{"If you want help with this, book a free discovery call.", "", "", false},
		{"First, they agreed on where things stood.", "", "", false},
		{"I worked late and fixed what I could.", "", "", false},
		{"Why should an employee bother?", "", "", false},
		{"Read on to find out more.", "", "", false},
		{"Tell me in the comments.", "", "", false},
		{"Be prepared to explain your numbers.", "steps", "Be prepared to explain your numbers.", false},
		{"Embrace the awkward first conversation.", "steps", "Embrace the awkward first conversation.", false},
		{"Feedback from the team was mixed.", "", "", false},
		{"Sometimes the best move is to wait.", "", "", false},
	} {
		got := classifySentence(c.in)
		if got.tax != c.tax || got.tax != "" && got.label != c.label || got.enum != c.enum {
			t.Errorf("classifySentence(%q) = %+v, want tax %q label %q enum %v", c.in, got, c.tax, c.label, c.enum)
		}
	}
}

func TestLeadCue(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Why bother?", "reasons"},
		{"MC: So what should people actually do on Monday morning?", "steps"},
		{"Is there anything you'd warn people against?", "pitfalls"},
		{"Looking back, three lessons stand out.", "steps"},
		{"Here is what has worked for me and for the people I coach.", "steps"},
		{"What's your favourite colour?", ""},
		{"We shipped the launch in the end.", unsetCue},
		{"Why should you care? 👇", "reasons"},
		{"This essay shows why it pays off and how to do it.", unsetCue},
		{"There is a career reason too.", "reasons"},
		{"One caution.", "pitfalls"},
		{"Doing this has a payoff beyond the calendar.", "reasons"},
		{"It pays off for you too.", "reasons"},
		{"It has a cost.", unsetCue},
		{"The project has a budget.", unsetCue},
		{"A word of warning:", "pitfalls"},
	} {
		if got := leadCue(c.in); got != c.want {
			t.Errorf("leadCue(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestProseLabel(t *testing.T) {
	for _, c := range []struct{ in, label, rest string }{
		{"your manager's success and yours are tied together; if they fail, so do you.", "your manager's success and yours are tied together", "if they fail, so do you."},
		{"Bring two options, not one.", "Bring two options, not one", ""},
		{"Tell them first, even if it is awkward.", "Tell them first", "even if it is awkward."},
		{"Managers allocate scarce resources, and they favour the people whose work they understand.", "Managers allocate scarce resources", "and they favour the people whose work they understand."},
		{"Find out what your manager is measured on this year and write it down.", "Find out what your manager is measured on this year", "and write it down."},
		{"Write a note with what you finished, what is blocked and what you need.", "Write a note with what you finished, what is blocked and what you need", ""},
	} {
		l, r := proseLabel(c.in)
		if l != c.label || r != c.rest {
			t.Errorf("proseLabel(%q) = %q, %q; want %q, %q", c.in, l, r, c.label, c.rest)
		}
	}
}

func TestFoldLookalikes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"𝐋𝐞𝐚𝐫𝐧 𝐭𝐡𝐞𝐢𝐫 𝐠𝐨𝐚𝐥𝐬", "Learn their goals"},
		{"𝗦𝗵𝗮𝗿𝗲 𝘆𝗼𝘂𝗿 𝗽𝗹𝗮𝗻𝘀", "Share your plans"},
		{"𝑊ℎ𝑦 𝑑𝑜𝑒𝑠 𝑖𝑡 𝑤𝑜𝑟𝑘?", "Why does it work?"},
		{"ＦＵＬＬ width", "FULL width"},
		{"“Quotes” … ™ № ﬁ stay", "“Quotes” … ™ № ﬁ stay"},
		{"plain", "plain"},
	} {
		if got := foldLookalikes(c.in); got != c.want {
			t.Errorf("foldLookalikes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestNotItemRules runs each rule's examples: positives are rejected by
// that rule, negatives by no rule.
func TestNotItemRules(t *testing.T) {
	for _, r := range notItemRules {
		if len(r.pos) == 0 || len(r.neg) == 0 {
			t.Errorf("rule %q: needs positive and negative examples", r.name)
		}
		for _, p := range r.pos {
			if !r.test(p[0], p[1]) {
				t.Errorf("rule %q: must reject %q", r.name, p[0])
			}
		}
		for _, p := range r.neg {
			if got := notItem(p[0], p[1]); got != "" {
				t.Errorf("rule %q example %q is rejected by %q", r.name, p[0], got)
			}
		}
	}
}

func TestCountOf(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"She gives three reasons to take it seriously.", 3},
		{"The research points to three payoffs.", 3},
		{"Looking back, three lessons stand out.", 3},
		{"We spent three weeks on it.", 0},
		{"Two of us left.", 0},
	} {
		if got := countOf(c.in); got != c.want {
			t.Errorf("countOf(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

func TestWhyClaim(t *testing.T) {
	for _, c := range []struct {
		in, want string
	}{
		{"Why managing up protects your well-being", "managing up protects your well-being"},
		{"Why your boss needs you to lead up", "your boss needs you to lead up"},
		{"Why it matters", ""},
		{"Why it is worth speaking up", ""},
	} {
		got := ""
		if m := reWhyClaim.FindStringSubmatch(c.in); m != nil && !whyCue[strings.ToLower(strings.Fields(m[1])[0])] {
			got = m[1]
		}
		if got != c.want {
			t.Errorf("why claim of %q = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestNarrative: reNarrative reads a story sentence by its subject (a
// pronoun or a capitalised name) and a past-tense verb; a lower-case first
// word is no name, and an imperative with a past participle after it
// ("Share detailed notes") is advice, not a story.
func TestNarrative(t *testing.T) {
	for _, c := range []struct {
		in    string
		story bool
	}{
		{"They agreed on a weekly check-in.", true},
		{"Theo went in with the numbers and no story.", true},
		{"First, she asked what the board expected.", true},
		{"Share detailed notes after each meeting.", false},
		{"Ask focused questions before the review.", false},
		{"Bring finished drafts, not outlines.", false},
		{"weekly updated notes help everyone.", false},
	} {
		if got := classifySentence(c.in).story; got != c.story {
			t.Errorf("classifySentence(%q).story = %v, want %v", c.in, got, c.story)
		}
	}
	if reNarrative.MatchString("weekly updated notes help everyone") {
		t.Error("reNarrative: a lower-case first word must not count as a name")
	}
}

func TestBenefitFeatures(t *testing.T) {
	for _, f := range benefitFeatures {
		for _, s := range f.pos {
			if !f.match(cleanText(s)) {
				t.Errorf("benefit feature %q does not match %q", f.name, s)
			}
		}
		for _, s := range f.neg {
			if f.match(cleanText(s)) {
				t.Errorf("benefit feature %q matches %q", f.name, s)
			}
		}
	}
}

func TestBenefitScore(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool // clears minBenefitScore
	}{
		{"New managers settle faster when someone below them is calmly helping them see their own pattern.", true},
		{"Fewer of our requests got stuck in the queue behind other teams' emergencies, and the Friday scramble mostly went away.", true},
		{"Stating needs plainly reads as knowing your own work.", true},
		{"A manager who can see your needs coming can clear the road before you reach it.", true},
		{"Ask her what her own boss is asking for.", false},
		{"I was one of the loudest in the break room.", false},
		{"Projects we were told were urgent quietly die.", false},
		{"My updates had been chronological, the way I experienced the week.", false},
		{"Does it help you?", false},
	} {
		if got := benefitScore(c.in) >= minBenefitScore; got != c.want {
			t.Errorf("benefitScore(%q) = %.2f, clears %.1f: %v, want %v", c.in, benefitScore(c.in), minBenefitScore, got, c.want)
		}
	}
}

func TestSubjectClaim(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Clear written asks save your manager from decoding your week.", true},
		{"Short notes help them plan the week.", true},
		{"Clear the road before the review.", false},
		{"Ask her to help you order it.", false},
		{"Have a \"how do you like to work\" conversation in the first two weeks.", false},
		{"Put the ask in the first line of every update.", false},
		{"Tell them to give your team a day.", false},
	} {
		if got := subjectClaim(c.in); got != c.want {
			t.Errorf("subjectClaim(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestBenefitLeadFor(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"This does something for her as much as for you.", true},
		{"It also helps you.", true},
		{"Doing this pays off too.", true},
		{"It helps you plan the week.", false},
		{"This is for the team.", true},
		{"She did it for the money.", false},
	} {
		if got := reBenefitFor.MatchString(c.in); got != c.want {
			t.Errorf("reBenefitFor(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestToldMistake(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"For the first month I padded the list with trivial risks so it would look thorough.", "padded the list with trivial risks so it would look thorough"},
		{"I also used to hide the risks I was embarrassed about, which defeats the purpose.", "hide the risks I was embarrassed about"},
		{"We kept rewriting the plan every Monday.", "rewriting the plan every Monday"},
		{"I thought she would notice on her own.", ""},
		{"I wanted to look thorough.", ""},
		{"My manager stopped reading it.", ""},
	} {
		if got := toldMistake(c.in); got != c.want {
			t.Errorf("toldMistake(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestColonAdvice(t *testing.T) {
	for _, c := range []struct{ in, tax, rest string }{
		{"The principle is simple: find out what your manager is weak at, and quietly make that part easier.", "steps", "find out what your manager is weak at, and quietly make that part easier."},
		{"My advice is this: don't wait for the review.", "pitfalls", "don't wait for the review."},
		{"The principle is simple: managers are people.", "", ""},
		{"She said one thing: call me first.", "", ""},
	} {
		if tax, rest := colonAdvice(c.in); tax != c.tax || rest != c.rest {
			t.Errorf("colonAdvice(%q) = %q, %q; want %q, %q", c.in, tax, rest, c.tax, c.rest)
		}
	}
}

func TestLeadPredicate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"What not to do is equally clear.", "pitfalls"},
		{"The reasons are simple.", "reasons"},
		{"What not to do is copy her boss.", unsetCue},
	} {
		if got := leadCue(c.in); got != c.want {
			t.Errorf("leadCue(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTailClaims(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Keep a simple log of what you have done each week; it makes your review far easier to write, and your supervisor will use it when they write your reference.",
			[]string{"it makes your review far easier to write", "your supervisor will use it when they write your reference"}},
		{"Put your ideas in writing first: a two-line email after the conversation (\"Following up …\") creates a record without accusing anyone.",
			[]string{"a two-line email after the conversation creates a record without accusing anyone"}},
		{"Keep it short; it doesn't need to be long.", nil},
		{"Send the note on Friday; then ask for a slot on Monday.", nil},
		{"Bring one page to every meeting.", nil},
	} {
		got := tailClaims(c.in)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("tailClaims(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestBecauseClaims(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Most managers will say yes because it takes something off their plate.", []string{"it takes something off their plate"}},
		{"Monday morning gets read because people are planning their week.", []string{"people are planning their week"}},
		{"Take a breath first, because this is more common than it is malicious.", nil},
		{"He sent it because he had noticed she was underprepared.", nil},
		{"It failed because of the budget.", nil},
	} {
		got := becauseClaims(c.in)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("becauseClaims(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestClosingHeading(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"The bottom line", true}, {"Final thoughts", true}, {"Conclusion:", true},
		{"The bottom line on budgets is different", false}, {"Related articles", false}, {"Why it matters", false},
	} {
		if got := reClosingHeading.MatchString(c.in); got != c.want {
			t.Errorf("reClosingHeading(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
