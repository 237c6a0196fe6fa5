package normalize

import "testing"

// TestItemShapesProse: item shapes the prose and structure passes must
// read (positive cases) and lines that look like items but are not
// (negative cases). Each body follows a short title and byline.
func TestItemShapesProse(t *testing.T) {
	v := loadVocab(t)
	intro := "A Title\n\nBy Jane Doe\n\nAn opening paragraph that is long enough to be a summary of the whole piece for readers.\n\n"
	tests := []struct {
		name, body string
		want       []string // taxonomy:label
	}{
		{"a Q&A question as a heading is not a closing section",
			"Q&A: \"My team lead never tells me how I am doing\"\n\nQ: I have asked twice and heard nothing. Should I give up?\n\nA: Not yet. You should ask for one specific piece of feedback after each project, in writing. Never wait for the annual review to find out.\n",
			[]string{"steps:ask for one specific piece of feedback after each project, in writing", "pitfalls:Never wait for the annual review to find out"}},
		{"third-person habits under numbered headings",
			"What trusted people do\n\n1. They tell their manager about a slip before anyone asks\n\nIt buys time to react.\n\n2. They never argue with a decision in front of the team\n\nThey raise it in private instead.\n",
			[]string{"steps:They tell their manager about a slip before anyone asks", "pitfalls:They never argue with a decision in front of the team"}},
		{"lessons after a story, under a plain heading",
			"I spent a year guessing what my director wanted. I sent long reports she never read, and I waited for praise that never came.\n\nIf I were starting again\n\nAsk in the first week what a good month looks like to them. Write it down and check it every Friday. Don't save bad news for the monthly review.\n",
			[]string{"steps:Ask in the first week what a good month looks like to them", "steps:Write it down and check it every Friday", "pitfalls:Don't save bad news for the monthly review"}},
		{"gerund lines under an avoid heading",
			"Things to steer clear of\n\nAgreeing to deadlines you already know are impossible.\n\nSending your manager a problem with no context at all.\n",
			[]string{"pitfalls:Agreeing to deadlines you already know are impossible", "pitfalls:Sending your manager a problem with no context at all"}},
		{"gerund lines, one per line, under a what-to-avoid heading",
			"What to avoid\nWaiting until your review to mention a problem.\nAssuming your manager knows what your course requires.\n",
			[]string{"pitfalls:Waiting until your review to mention a problem", "pitfalls:Assuming your manager knows what your course requires"}},
		{"a gerund without a cue is narrative",
			"Getting there took me most of two years and three managers.\n\nKeeping quiet felt safer at the time, though it was not.\n",
			nil},
		{"an unmarked imperative in a list of don'ts is a step",
			"The don'ts\n\n- Don't hide a missed deadline from your manager.\n- Don't argue about a decision in public.\n- Ask for help early instead of late.\n",
			[]string{"pitfalls:Don't hide a missed deadline from your manager", "pitfalls:Don't argue about a decision in public", "steps:Ask for help early instead of late"}},
		{"check-mark and cross lines",
			"Here is what changed after that:\n\n✅ I asked for her top three goals each quarter.\n✅ I sent a two-line summary after every meeting.\n❌ I stopped hiding problems until they were fixed.\n",
			[]string{"steps:I asked for her top three goals each quarter", "steps:I sent a two-line summary after every meeting", "pitfalls:I stopped hiding problems until they were fixed"}},
		{"a cue as the label of a sentence",
			"We tried a few things over the winter with our new director.\n\nWhat did not help: sending her a reminder every single day.\n\nWhy it matters: a manager who can plan around your work protects it from last-minute changes.\n",
			[]string{"pitfalls:sending her a reminder every single day", "reasons:a manager who can plan around your work protects it from last-minute changes"}},
		{"the payoff after a summing-up sentence",
			"We talked about three small changes to how you report on your work.\n\nDo these things and you will find the silence ends quickly. Directors tend to give more room to people who make their week easier.\n",
			[]string{"reasons:Directors tend to give more room to people who make their week easier"}},
		{"numbered one-line entries with a paragraph each, no cue anywhere",
			"1. Learn what your director reports upward\n\nShe answers to someone too. Her targets shape her week.\n\n2. Send the same short note every Friday\n\nIt stops the chasing.\n",
			[]string{"steps:Learn what your director reports upward", "steps:Send the same short note every Friday"}},
		{"a cue-less list of imperatives under a plain heading",
			"In your first month\n\n- Book a half-hour with your lead before day one.\n- Agree which channel suits urgent questions.\n- Keep a note of each thing you finish.\n",
			[]string{"steps:Book a half-hour with your lead before day one", "steps:Agree which channel suits urgent questions", "steps:Keep a note of each thing you finish"}},
		{"a cue-less list of plain facts is not advice",
			"In your first month\n\n- The office opens at eight.\n- Lunch is served on the third floor.\n",
			nil},
		{"a payoff sentence and the claims after it",
			"We looked at how to raise a disagreement with the person you report to.\n\nHandled like this, nothing much changes at first. Done properly, a disagreement earns you a reputation for candour. Senior people seek out those who tell them the truth, and they bring them into harder decisions.\n",
			[]string{"reasons:a disagreement earns you a reputation for candour", "reasons:Senior people seek out those who tell them the truth", "reasons:they bring them into harder decisions"}},
		{"a payoff series after a summing-up opener",
			"These habits take a few weeks to settle in.\n\nWhen it works, you get quicker answers, fewer reversals, and a boss who vouches for you.\n",
			[]string{"reasons:you get quicker answers", "reasons:fewer reversals", "reasons:a boss who vouches for you"}},
		{"outcomes told after an announced effect",
			"For a year I kept my manager in the dark about slipping work, and then I stopped doing that.\n\nThe result was not instant, but it was real. She began warning me about reorganisations early. She argued for my budget in the planning round.\n",
			[]string{"reasons:She began warning me about reorganisations early", "reasons:She argued for my budget in the planning round"}},
		{"every claim after a why question, a leading clause dropped",
			"Some people think only bosses lead.\n\nWhy does this matter? When your lead hears about risks early, she can still change the plan. Also the group stays calmer, because there are fewer shocks.\n",
			[]string{"reasons:she can still change the plan", "reasons:the group stays calmer"}},
		{"the fix after each mistake when the page promises one",
			"Mistakes I see in mentoring\n\nHere they are, with a fix for each.\n\n1. Sitting on bad news\n\nPeople hope the problem will shrink. It rarely does. Tell your lead the day you know.\n\n2. Guessing at priorities\n\nTargets move every quarter. Ask her which goal matters most this month.\n",
			[]string{"pitfalls:Sitting on bad news", "steps:Tell your lead the day you know", "pitfalls:Guessing at priorities", "steps:Ask her which goal matters most this month"}},
		{"without a promise only a marked fix is a step",
			"Mistakes I see in mentoring\n\n1. Sitting on bad news\n\nPeople hope the problem will shrink. Tell your lead the day you know.\n\n2. Guessing at priorities\n\nTargets move every quarter. Instead, ask her which goal matters most this month.\n",
			[]string{"pitfalls:Sitting on bad news", "pitfalls:Guessing at priorities", "steps:ask her which goal matters most this month"}},
		{"mistakes named after a lead-in without the word mistake",
			"Most people get the basics right.\n\nThere are traps, of course. The most common is confusing attendance with influence: sitting in every meeting changes nothing. Another is keeping a tally of favours owed.\n",
			[]string{"pitfalls:confusing attendance with influence", "pitfalls:keeping a tally of favours owed"}},
		{"practices told in the past tense after a habits lead-in",
			"For a year I kept my director at arm's length and it cost me.\n\nThen I changed a few habits. I asked her which calls she wanted to make herself. I sent a three-line note every Thursday. I thought it would feel like bureaucracy.\n",
			[]string{"steps:I asked her which calls she wanted to make herself", "steps:I sent a three-line note every Thursday"}},
		{"an unmarked imperative among avoid and do-not lines",
			"When it goes wrong\n\n- Avoid venting about your lead in group chats.\n- Do not walk out of a placement without a word to the office.\n- Call the placement office if the relationship is failing.\n",
			[]string{"pitfalls:Avoid venting about your lead in group chats", "pitfalls:Do not walk out of a placement without a word to the office", "steps:Call the placement office if the relationship is failing"}},
		{"what I would not do is a pitfall",
			"How should I handle a lead who changes the plan every week?\n\nWrite down each change and the date it came. What I would not do is raise it for the first time in front of the whole team.\n",
			[]string{"steps:Write down each change and the date it came", "pitfalls:raise it for the first time in front of the whole team"}},
		{"a payoff paragraph after the last item heading closes the list",
			"How to do it\n\nShare the plan early\n\nSend it before the meeting.\n\nAsk what worries them\n\nTheir concerns shape the answer.\n\nLeads gain as well. Groups that do this need less chasing, escalate fewer shocks, and free their lead for harder work.\n",
			[]string{"steps:Share the plan early", "steps:Ask what worries them", "reasons:Groups that do this need less chasing", "reasons:escalate fewer shocks", "reasons:free their lead for harder work"}},
		{"quoted questions on a page about questions to ask",
			"Two questions to ask your lead before the quarter starts.\n\n\"Which result would make this a good quarter for you?\" The answer shows where your work counts.\n\n\"When should I bring you a problem?\" Some leads want it at once.\n",
			[]string{"steps:Which result would make this a good quarter for you?", "steps:When should I bring you a problem?"}},
		{"an imperative that ends in why is advice, not a lead-in; its second action is a step of its own",
			"How to object\n\nPick a quiet moment. Start with the part you support, then name the change you would make and why. Never make it personal.\n",
			[]string{"steps:Pick a quiet moment", "steps:the part you support", "steps:name the change you would make and why", "pitfalls:Never make it personal"}},
		{"two actions in one sentence are two items, a second verb on the same object is not",
			"How to handle it\n\nAsk which current priority the new one replaces, and write down the answer where the team can see it. Resist the urge to complain, and do not keep a tally of dropped projects. Keep a list of open decisions, and review it with her every week.\n",
			[]string{"steps:Ask which current priority the new one replaces", "steps:write down the answer where the team can see it", "pitfalls:Resist the urge to complain", "pitfalls:do not keep a tally of dropped projects", "steps:Keep a list of open decisions"}},
		{"an imperative naming a number of things is advice, not a lead-in",
			"How to listen\n\nListen for the two or three things that keep coming back. Write them down after each meeting.\n",
			[]string{"steps:Listen for the two or three things that keep coming back", "steps:Write them down after each meeting"}},
		{"benefits in prose with no cue words, after the opening paragraph",
			"I changed one habit last spring.\n\nNew managers settle faster when someone below them is calmly helping them see their own pattern. Fewer of our requests got stuck in the queue. The mechanics are dull.\n",
			[]string{"reasons:New managers settle faster when someone below them is calmly helping them see their own pattern", "reasons:Fewer of our requests got stuck in the queue"}},
		{"a key takeaways section is typed line by line",
			"Key takeaways\n\n- Spend live overlap time on decisions, not status.\n- Help is not flattery.\n- Don't read silence as approval.\n- Clear updates save your manager an hour of guessing.\n",
			[]string{"reasons:Clear updates save your manager an hour of guessing", "steps:Spend live overlap time on decisions, not status", "pitfalls:Don't read silence as approval"}},
		{"a forum answer: imperatives in several paragraphs are advice, page buttons are not",
			"2 Answers\n\nMake the load visible before you talk about it. List everything on your plate with an estimate next to each item.\n\nThen ask her to help you order it: \"Which three matter most this sprint?\"\n\nWhatever you do, don't just keep absorbing it silently.\n\nGive it a couple of weeks.\n\nImprove this answer\n\nYou must log in or register to reply here.\n",
			[]string{"steps:Make the load visible before you talk about it", "steps:List everything on your plate with an estimate next to each item", "steps:ask her to help you order it", "pitfalls:don't just keep absorbing it silently", "steps:Give it a couple of weeks"}},
		{"metadata and rhetoric are not items",
			"Issue #12\n\n— Tired in Leeds\n\nAsk anyone who has tried it and they will tell you it is hard work.\n",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Normalize([]byte(intro+tt.body), Options{Name: "x.txt", Vocab: v})
			if err != nil {
				t.Fatal(err)
			}
			if got := typedItems(res.Report); !sameItems(got, tt.want) {
				t.Errorf("got %q;\nwant %q", got, tt.want)
			}
		})
	}
}

// typedItems lists a report's items as "taxonomy:label".
func typedItems(r Report) []string {
	var got []string
	for _, g := range []struct {
		tax  string
		refs []ItemRef
	}{{"reasons", r.Reasons}, {"steps", r.Steps}, {"pitfalls", r.Pitfalls}} {
		for _, ref := range g.refs {
			got = append(got, g.tax+":"+ref.Label)
		}
	}
	return got
}

// sameItems reports whether got holds as many items as want, each of them
// one of want's.
func sameItems(got, want []string) bool {
	in := map[string]bool{}
	for _, w := range want {
		in[w] = true
	}
	if len(got) != len(want) {
		return false
	}
	for _, g := range got {
		if !in[g] {
			return false
		}
	}
	return true
}

// TestItemCues: the readers of itemcues.go, each with sentences it must
// and must not accept.
func TestItemCues(t *testing.T) {
	habits := []struct {
		in       string
		ok, neg  bool
		wantPred string
	}{
		{"They close the loop on every request", true, false, "close the loop on every request"},
		{"The best analysts always ask what the decision is for", true, false, "ask what the decision is for"},
		{"They never argue with a decision in front of the team", true, true, "never argue with a decision in front of the team"},
		{"They never told me why", false, false, ""},              // a story in the past tense
		{"They write your story for the board", false, false, ""}, // a claim about the reader's manager
		{"They were late again", false, false, ""},
	}
	for _, h := range habits {
		pred, neg, ok := habitPredicate(h.in)
		if ok != h.ok || ok && (neg != h.neg || pred != h.wantPred) {
			t.Errorf("habitPredicate(%q) = %q, %v, %v; want %q, %v, %v", h.in, pred, neg, ok, h.wantPred, h.neg, h.ok)
		}
	}
	labels := []struct{ in, cue, rest string }{
		{"What did not help: pinging him every day.", "pitfalls", "pinging him every day."},
		{"Why it matters: your requests arrive in a form she can approve.", "reasons", "your requests arrive in a form she can approve."},
		{"A word of caution: polish is no substitute for results.", "pitfalls", "polish is no substitute for results."},
		{"6/ Worst thing you can do: surprise me in front of my boss.", "pitfalls", "surprise me in front of my boss."},
		{"The upside so far: fewer late nights.", "reasons", "fewer late nights."},
		{"First, information flows both ways: people who share hear more.", "", ""},
		{"Context: the team had just lost two people.", "", ""},
		{"Avoid surprises: tell them early.", "", ""},
	}
	for _, l := range labels {
		cue, rest, ok := cueLabelled(l.in)
		if ok != (l.cue != "") || cue != l.cue || rest != l.rest {
			t.Errorf("cueLabelled(%q) = %q, %q, %v; want %q, %q", l.in, cue, rest, ok, l.cue, l.rest)
		}
	}
	gerunds := []struct {
		in string
		ok bool
	}{
		{"Waiting until your review to mention a problem.", true},
		{"Saying yes to every task without checking how it fits.", true},
		{"Agreeing to deadlines you already know are impossible.", true},
		{"Hiding mistakes until they are fixed", true},
		{"Managing up refers to the actions you take for your manager.", false},
		{"Overcommitting early is the fastest way to miss a deadline.", false},
		{"Leading up simply puts both kinds of knowledge to work.", false},
		{"Meeting notes go out on Fridays.", false},
		{"Nothing happened.", false},
	}
	for _, g := range gerunds {
		if got := gerundFirst(g.in); got != g.ok {
			t.Errorf("gerundFirst(%q) = %v, want %v", g.in, got, g.ok)
		}
	}
}

// TestNotAdviceTail: calls to action and rhetoric are not advice.
func TestNotAdviceTail(t *testing.T) {
	for _, s := range []string{"If this was useful, forward it to someone who needs it.", "Share this with a colleague.",
		"Book a free discovery call.", "Try this.", "Do that and you will see."} {
		if c := classifySentence(s); c.tax != "" {
			t.Errorf("classifySentence(%q) = %q (%s), want no item", s, c.tax, c.rule)
		}
	}
	for _, s := range []string{"Write it down and check it every Friday.", "Keep it short and put the ask first."} {
		if c := classifySentence(s); c.tax != "steps" {
			t.Errorf("classifySentence(%q) = %q, want steps", s, c.tax)
		}
	}
}

// TestSeriesParts: a series of three or more steps or benefits is split
// into its members; two clauses, or a list inside one item, are not.
func TestSeriesParts(t *testing.T) {
	tests := []struct {
		tax, in string
		want    int
	}{
		{"steps", "Send the status before they ask, name the decision you need, and say what you will do next", 3},
		{"reasons", "teams that work this way get faster sign-offs, fewer weekend surprises, and a manager who backs them", 3},
		{"steps", "Ask what they will be questioned on, and prepare them for it", 1},
		{"steps", "Keep it short, clear and kind", 1},
		{"reasons", "It saves time, and it builds trust", 1},
		{"reasons", "you learn what they need, you hear news earlier, and you get more room", 1}, // clauses, not noun phrases
		{"pitfalls", "Don't hide it, delay it, or spin it", 1},
		{"reasons", "the habit makes your lead look good, gets decisions made sooner, and gives you a voice in the plan", 3},
		{"reasons", "groups that do this need less chasing, escalate fewer shocks, and free their lead for harder work", 3},
		{"reasons", "you will spend less time redoing work, and more time on work people see", 2},
		{"reasons", "It saves time, and trust grows", 1},
	}
	for _, tt := range tests {
		if got := seriesParts(tt.tax, tt.in); len(got) != tt.want {
			t.Errorf("seriesParts(%s, %q) = %q, want %d parts", tt.tax, tt.in, got, tt.want)
		}
	}
}

// TestPracticeNeg: what the writer or the people described never did or
// stopped doing.
func TestPracticeNeg(t *testing.T) {
	for s, want := range map[string]bool{
		"They never argued with a decision in front of the team": true,
		"I stopped hiding problems until they were fixed":        true,
		"We rarely skip a one-to-one":                            true,
		"They never told me why":                                 true, // a verb of advice ("tell"); only used in lists of practices
		"They told me early":                                     false,
		"I never knew her plans":                                 false,
		"She never argued":                                       false,
	} {
		if got := practiceNeg(s); got != want {
			t.Errorf("practiceNeg(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSelfRefClaims: a benefit claim whose subject is the advice itself is
// a reason without a "why" heading; other claims need one.
func TestSelfRefClaims(t *testing.T) {
	for s, want := range map[string]bool{
		"Doing this for a quarter also changes how you are seen.": true,
		"Having these talks early pays off in trust.":             true,
		"These habits earn you more room to decide.":              true,
		"Her team saves time on Mondays.":                         false,
		"Managing up helps you get resources.":                    false,
	} {
		if got := reSelfRef.MatchString(s); got != want {
			t.Errorf("reSelfRef(%q) = %v, want %v", s, got, want)
		}
	}
	if notItem("Next issue", "how to disagree in writing") == "" {
		t.Error(`"Next issue: …" is a newsletter teaser, not an item`)
	}
	if notItem("Next, ask for the decision", "") != "" {
		t.Error(`"Next, ask …" is an item`)
	}
}
