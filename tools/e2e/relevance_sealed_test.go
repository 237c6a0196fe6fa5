package e2e

// sealedQueries is a fourth set of reader questions, written while the
// search was being tuned on the other sets but before any of these was run,
// and kept from tuning: its figures are the least flattering of the four.
// Like freshQueries it is measure-only.
var sealedQueries = []query{
	{"my supervisor second guesses all my decisions", []string{"/steps/claim-your-empowerment/", "/pitfalls/waiting-to-be-empowered/", "/steps/build-the-relationship/", "/essays/why-leading-up-is-necessary/"}},
	{"how can i get my manager to listen to my ideas", []string{"/steps/find-the-shared-win/", "/pitfalls/ignoring-what-your-boss-needs/", "/steps/show-the-results/", "/steps/bring-the-facts/"}},
	{"my boss is disorganized", []string{"/reasons/your-leader-is-stretched/", "/reasons/your-work-depends-on-it/", "/steps/be-a-solution/", "/reasons/your-boss-needs-help/"}},
	{"told my boss about a problem too late", []string{"/pitfalls/surprising-with-bad-news/", "/steps/be-transparent/"}},
	{"how to earn my bosses trust", []string{"/steps/build-the-relationship/", "/steps/start-with-yourself/"}},
	{"coworker keeps complaining about our boss, what do i say", []string{"/steps/speak-kindly/", "/pitfalls/talking-behind-their-back/"}},
	{"should i help my boss even if i get no credit", []string{"/pitfalls/expecting-credit/", "/steps/do-more-than-asked/", "/reasons/a-win-for-both/"}},
	{"presenting a proposal to my director", []string{"/steps/show-the-results/", "/steps/bring-the-facts/", "/steps/find-the-shared-win/", "/pitfalls/being-intimidated-by-titles/", "/steps/give-context/"}},
	{"my manager doesnt know how to lead", []string{"/reasons/no-one-is-fully-qualified/", "/reasons/your-leader-is-stretched/", "/reasons/duty-to-step-up/"}},
	{"managing your manager", []string{"/overview/", "/", "/essays/leading-and-managing-upward/", "/essays/how-do-i-lead-up/", "/essays/why-leading-up-is-necessary/", "/essays/leading-upwards/", "/essays/time-to-lead-your-leader/"}},
	{"lead up", []string{"/overview/", "/", "/essays/how-do-i-lead-up/", "/essays/why-leading-up-is-necessary/", "/essays/leading-upwards/", "/essays/time-to-lead-your-leader/", "/essays/leading-and-managing-upward/"}},
	{"how to stop being scared of senior managment", []string{"/pitfalls/being-intimidated-by-titles/", "/steps/treat-your-boss-as-a-colleague/", "/pitfalls/being-afraid-to-help/"}},
	{"wokshop handouts", []string{"/workshop/", "/cheatsheets/", "/workshop/pack/"}},
	{"my boss never makes decisions", []string{"/reasons/duty-to-step-up/", "/reasons/your-leader-is-stretched/", "/reasons/your-work-depends-on-it/"}},
	{"emailing my boss too much", []string{"/pitfalls/wasting-their-time/"}},
	{"carly fiorina hp", []string{"/essays/how-do-i-lead-up/"}},
	{"how to lead when you're not in charge", []string{"/reasons/leadership-belongs-at-every-level/", "/steps/claim-your-empowerment/"}},
	{"my boss wants data before approving anything", []string{"/steps/bring-the-facts/", "/pitfalls/asking-on-speculation/"}},
	{"how do I write a good email asking for approval", []string{"/steps/state-a-clear-need/", "/pitfalls/making-vague-requests/", "/steps/give-context/", "/tools/request/", "/workshop/exercises/rewrite-a-request/"}},
	{"how to handle a toxic boss", []string{"/steps/speak-kindly/", "/steps/give-it-time/", "/steps/build-the-relationship/"}},
	{"unpaid internship rights", nil},
	{"dress code for the office", nil},
	{"how to get a visa sponsorship", nil},
	{"team building games", nil},
}
