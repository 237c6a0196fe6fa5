package e2e

// blindQueries is a fifth set of reader questions, written on 30 November
// 2026 from the site's page titles alone, before the search was touched in
// that session and without reading the other sets' questions: situations
// as typed, slang, typos, US and UK spellings, questions a manager of
// managers asks, and nine the site cannot answer. It is measure-only:
// TestSearchRelevance reports it on its own line and never gates on it, and
// nothing in the search is tuned on it. When it has been read for long
// enough to flatter, write a new one rather than edit this.
//
// Its first run, on the search as it stood (commit 7f6211b): success@3 0.681,
// MRR 0.676 over 47 questions, 3 answerable ones with no results, while
// the tuning, held-out, fresh and sealed sets stood at 0.94-0.97, 0.93 and
// 0.88: those sets flatter.
var blindQueries = []query{
	// Situations, as typed.
	{"my manager never listens to my ideas", []string{"/steps/find-the-shared-win/", "/steps/bring-the-facts/", "/steps/show-the-results/", "/steps/build-the-relationship/", "/pitfalls/ignoring-what-your-boss-needs/"}},
	{"how do i tell my boss the project will be late", []string{"/steps/be-transparent/", "/pitfalls/surprising-with-bad-news/", "/workshop/exercises/deliver-bad-news-early/"}},
	{"scared to talk to senior leadership", []string{"/pitfalls/being-intimidated-by-titles/", "/pitfalls/being-afraid-to-help/"}},
	{"my boss is swamped and overwhelmed", []string{"/reasons/your-leader-is-stretched/", "/reasons/your-boss-needs-help/", "/steps/be-a-solution/"}},
	{"asking for more budget for my team", []string{"/tools/request/", "/steps/bring-the-facts/", "/steps/show-the-results/", "/steps/give-context/", "/pitfalls/making-vague-requests/", "/steps/state-a-clear-need/"}},
	{"my boss is incompetent", []string{"/reasons/no-one-is-fully-qualified/", "/pitfalls/assuming-you-know-better/", "/reasons/duty-to-step-up/"}},
	{"im smarter than my boss", []string{"/pitfalls/assuming-you-know-better/"}},
	{"bad mouthing my manager to coworkers", []string{"/pitfalls/talking-behind-their-back/", "/steps/speak-kindly/"}},
	{"boss said no should i keep pushing", []string{"/pitfalls/pushing-past-pushback/", "/steps/give-it-time/"}},
	{"waiting for permission to act", []string{"/pitfalls/waiting-to-be-empowered/", "/steps/claim-your-empowerment/"}},
	{"sucking up to the boss", []string{"/pitfalls/manipulating-your-boss/"}},
	{"what keeps my manager up at night", []string{"/steps/understand-their-role/", "/workshop/exercises/map-your-managers-pressures/", "/steps/find-the-shared-win/"}},
	{"my boss doesnt trust me", []string{"/steps/build-the-relationship/", "/steps/be-transparent/"}},
	{"boss is out of his depth", []string{"/reasons/no-one-is-fully-qualified/", "/reasons/duty-to-step-up/", "/reasons/demands-are-new-to-everyone/"}},
	{"my boss keeps dropping the ball", []string{"/reasons/duty-to-step-up/", "/reasons/your-leader-is-stretched/", "/reasons/your-boss-needs-help/"}},
	{"pitch an idea to my director", []string{"/steps/find-the-shared-win/", "/steps/show-the-results/", "/steps/bring-the-facts/", "/tools/request/"}},
	{"my hard work goes unnoticed", []string{"/pitfalls/expecting-credit/", "/steps/show-the-results/"}},
	{"blaming others when things go wrong", []string{"/pitfalls/making-excuses/"}},
	{"bugging my boss with too many small questions", []string{"/pitfalls/wasting-their-time/"}},
	{"tell my boss when i need an answer by", []string{"/steps/set-the-timing/", "/pitfalls/making-vague-requests/"}},

	// Why bother, career, leadership without a title.
	{"why should i help my boss", []string{"/reasons/your-boss-needs-help/", "/reasons/a-win-for-both/", "/essays/why-leading-up-is-necessary/", "/reasons/leaders-need-help-from-below/"}},
	{"will managing up help my career", []string{"/reasons/it-grows-your-career/"}},
	{"leadership without a title", []string{"/reasons/leadership-belongs-at-every-level/", "/steps/claim-your-empowerment/"}},
	{"going above and beyond at work", []string{"/steps/do-more-than-asked/"}},
	{"taking initiative", []string{"/steps/claim-your-empowerment/", "/steps/do-more-than-asked/", "/steps/be-a-solution/"}},

	// A manager of managers, a facilitator, a forker.
	{"how can my team leads help me more", []string{"/reasons/leaders-need-help-from-below/", "/reasons/leadership-belongs-at-every-level/", "/reasons/your-boss-needs-help/", "/workshop/"}},
	{"run a training session on managing up for my managers", []string{"/workshop/", "/workshop/pack/", "/workshop/exercises/"}},
	{"organise a workshop", []string{"/workshop/", "/workshop/pack/"}},
	{"printable handout", []string{"/cheatsheets/", "/cheatsheets/leading-up-on-one-page/", "/workshop/pack/"}},
	{"self assessment quiz", []string{"/workshop/self-assessment/", "/cheatsheets/self-assessment/"}},
	{"role play giving bad news", []string{"/workshop/exercises/deliver-bad-news-early/"}},
	{"book club discussion questions", []string{"/workshop/discussion-questions/"}},
	{"use this for our company intranet", []string{"/forking/"}},
	{"who wrote leading upwards", []string{"/essays/leading-upwards/"}},

	// Typos and spellings.
	{"manageing up tips", []string{"/overview/", "/", "/essays/how-do-i-lead-up/", "/essays/leading-and-managing-upward/", "/cheatsheets/leading-up-on-one-page/"}},
	{"bos micromanaging", []string{"/steps/claim-your-empowerment/", "/pitfalls/waiting-to-be-empowered/", "/steps/build-the-relationship/"}},
	{"my work isnt recognised", []string{"/pitfalls/expecting-credit/", "/steps/show-the-results/"}},
	{"understanding my managers priorites", []string{"/steps/understand-their-role/", "/steps/find-the-shared-win/", "/pitfalls/ignoring-what-your-boss-needs/", "/workshop/exercises/map-your-managers-pressures/"}},

	// Questions the site cannot answer.
	{"how much notice to give when quitting", nil},
	{"file a grievance against my supervisor", nil},
	{"paternity leave policy", nil},
	{"how to fire an employee", nil},
	{"write a cover letter", nil},
	{"work from home rules", nil},
	{"pension contributions", nil},
	{"excel pivot table", nil},
	{"how many sick days am i allowed", nil},
}
