package e2e

// blind3Queries is a seventh set of reader questions, written on 30 November
// 2026 from the site's page titles alone after that session's last change to
// the search, and run once for its report. Measure-only and never tuned on:
// TestSearchRelevance reports it and never gates on it. When it has been
// read for long enough to flatter, write a new one rather than edit this.
var blind3Queries = []query{
	{"boss always busy never replies", []string{"/reasons/your-leader-is-stretched/", "/pitfalls/making-vague-requests/", "/steps/set-the-timing/"}},
	{"how to warn my manager about a risk", []string{"/steps/be-transparent/", "/reasons/leaders-need-help-from-below/", "/reasons/you-see-problems-first/", "/pitfalls/surprising-with-bad-news/"}},
	{"afraid of the ceo", []string{"/pitfalls/being-intimidated-by-titles/", "/steps/treat-your-boss-as-a-colleague/"}},
	{"help my struggling boss", []string{"/reasons/your-boss-needs-help/", "/reasons/duty-to-step-up/", "/steps/be-a-solution/"}},
	{"need more headcount", []string{"/steps/state-a-clear-need/", "/tools/request/", "/steps/bring-the-facts/", "/steps/show-the-results/"}},
	{"my boss is a new manager and clueless", []string{"/reasons/no-one-is-fully-qualified/", "/pitfalls/assuming-you-know-better/", "/reasons/demands-are-new-to-everyone/"}},
	{"venting about my boss", []string{"/pitfalls/talking-behind-their-back/", "/steps/speak-kindly/"}},
	{"when to stop pushing an idea", []string{"/pitfalls/pushing-past-pushback/"}},
	{"how do i get more autonomy", []string{"/steps/claim-your-empowerment/", "/pitfalls/waiting-to-be-empowered/"}},
	{"flattering your manager", []string{"/pitfalls/manipulating-your-boss/"}},
	{"what is my boss measured on", []string{"/steps/understand-their-role/", "/workshop/exercises/map-your-managers-pressures/"}},
	{"bringing problems without solutions", []string{"/steps/be-a-solution/"}},
	{"excuses when i miss a deadline", []string{"/pitfalls/making-excuses/", "/steps/be-transparent/"}},
	{"is leading up worth it", []string{"/reasons/", "/reasons/a-win-for-both/", "/essays/why-leading-up-is-necessary/", "/reasons/it-grows-your-career/"}},
	{"be patient with my boss", []string{"/steps/give-it-time/"}},
	{"facilitator guide for a team session", []string{"/workshop/", "/workshop/pack/"}},
	{"printable checklist", []string{"/cheatsheets/self-assessment/", "/workshop/self-assessment/", "/cheatsheets/"}},
	{"exercise on spotting mistakes", []string{"/workshop/exercises/spot-the-pitfall/"}},
	{"how to adapt this site for my team", []string{"/forking/"}},
	{"leading up in 10 minutes", []string{"/overview/"}},
	{"tretaing my boss like a peer", []string{"/steps/treat-your-boss-as-a-colleague/"}},
	{"behaviour that annoys my manager", []string{"/pitfalls/wasting-their-time/", "/steps/give-it-time/", "/pitfalls/"}},
	{"how to get a mentor", nil},
	{"writing a linkedin profile", nil},
	{"conflict between two coworkers", nil},
	{"company car policy", nil},
	{"how to calculate overtime", nil},
}
