package e2e

// boundaryQueries are answerable questions about working with a boss that
// happen to name a word of data/offtopic.toml (work from home, quitting,
// layoffs, a policy, software). They guard the "not covered" answer against
// hiding real answers: written on 30 November 2026 after the off-topic table
// landed, expected pages chosen from page titles and addresses alone.
// Measure only.
var boundaryQueries = []query{
	{"my manager doesn't trust me to work from home", []string{"/steps/build-the-relationship/", "/steps/be-transparent/", "/steps/show-the-results/"}},
	{"thinking of quitting because my boss ignores my ideas", []string{"/pitfalls/pushing-past-pushback/", "/steps/find-the-shared-win/", "/pitfalls/ignoring-what-your-boss-needs/", "/reasons/you-see-problems-first/"}},
	{"afraid i'll get fired for telling my boss bad news", []string{"/pitfalls/surprising-with-bad-news/", "/steps/be-transparent/", "/pitfalls/being-afraid-to-help/", "/workshop/exercises/deliver-bad-news-early/"}},
	{"ask my manager for more time on the excel report", []string{"/steps/set-the-timing/", "/steps/state-a-clear-need/", "/tools/request/", "/steps/be-transparent/"}},
	{"my boss takes credit for my work on the software launch", []string{"/pitfalls/expecting-credit/"}},
	{"my boss is stressed about layoffs, how can i help", []string{"/reasons/your-boss-needs-help/", "/reasons/your-leader-is-stretched/", "/steps/understand-their-role/", "/steps/do-more-than-asked/"}},
	{"disagree with my manager's new policy", []string{"/pitfalls/pushing-past-pushback/", "/steps/speak-kindly/", "/steps/bring-the-facts/", "/steps/treat-your-boss-as-a-colleague/"}},
	{"how to propose a team building day to my boss", []string{"/tools/request/", "/steps/find-the-shared-win/", "/steps/state-a-clear-need/", "/steps/give-context/"}},
	{"my boss is overloaded with onboarding new hires", []string{"/reasons/your-leader-is-stretched/", "/reasons/your-boss-needs-help/", "/steps/do-more-than-asked/"}},
}
