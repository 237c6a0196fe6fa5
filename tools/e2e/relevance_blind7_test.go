package e2e

// blind7Queries is an eleventh set of reader questions, written on 1
// December 2026 before that session changed the search, together with
// blind8Queries: the same kinds as blind6 (fragments, full questions,
// feelings and judgement words, jargon, typos, US and UK spellings,
// questions about the pack itself, nine the site cannot answer: managing
// down, pay, promotion, HR and legal), none repeating an earlier set, the
// expected pages chosen by reading the site's content, never by running the
// search. Its first run is recorded in the commit that added it; its misses
// were then read while fixing mechanisms, so it flatters after that commit
// (blind8 is the honest figure). Measure-only: never gates.
var blind7Queries = []query{
	// Fragments.
	{"boss ignores my emails", []string{"/pitfalls/making-vague-requests/", "/reasons/your-leader-is-stretched/", "/steps/set-the-timing/"}},
	{"new boss", []string{"/steps/build-the-relationship/", "/steps/understand-their-role/", "/steps/give-it-time/"}},
	{"stepping up when my manager is off sick", []string{"/reasons/duty-to-step-up/"}},
	{"asking my boss to hire another person", []string{"/steps/state-a-clear-need/", "/tools/request/", "/steps/give-context/", "/steps/bring-the-facts/", "/reasons/you-need-their-support/"}},
	{"owning my mistakes", []string{"/pitfalls/making-excuses/", "/steps/be-transparent/"}},
	{"boss out of touch", []string{"/reasons/leaders-need-help-from-below/", "/reasons/you-see-problems-first/"}},
	// Full questions.
	{"how do I tell my manager I'm struggling with my workload", []string{"/steps/be-transparent/", "/steps/state-a-clear-need/", "/pitfalls/neglecting-your-own-work/"}},
	{"what should I do if my boss keeps changing his mind", []string{"/steps/understand-their-role/", "/steps/find-the-shared-win/", "/steps/set-the-timing/"}},
	{"how do I pitch a new process to my team lead", []string{"/steps/show-the-results/", "/steps/find-the-shared-win/", "/tools/request/", "/reasons/you-see-problems-first/", "/steps/bring-the-facts/"}},
	{"is it ok to go to my boss's manager", []string{"/pitfalls/talking-behind-their-back/", "/pitfalls/being-intimidated-by-titles/"}},
	{"how can I get my boss to give me more responsibility", []string{"/steps/claim-your-empowerment/", "/pitfalls/waiting-to-be-empowered/", "/steps/do-more-than-asked/"}},
	{"should I help my boss who is always behind", []string{"/reasons/your-boss-needs-help/", "/reasons/your-leader-is-stretched/", "/steps/do-more-than-asked/", "/steps/be-a-solution/"}},
	{"how do I prepare for a one to one with my manager", []string{"/steps/build-the-relationship/", "/steps/understand-their-role/", "/pitfalls/wasting-their-time/"}},
	{"why won't my boss make a decision", []string{"/reasons/duty-to-step-up/", "/steps/set-the-timing/", "/reasons/your-leader-is-stretched/"}},
	// Feelings and judgement words.
	{"my boss is a control freak", []string{"/steps/claim-your-empowerment/", "/pitfalls/waiting-to-be-empowered/", "/steps/build-the-relationship/"}},
	{"my manager is lazy", []string{"/reasons/duty-to-step-up/", "/reasons/your-leader-is-stretched/", "/steps/do-more-than-asked/"}},
	{"boss is a jerk", []string{"/steps/build-the-relationship/", "/steps/speak-kindly/"}},
	{"feel invisible at work", []string{"/pitfalls/expecting-credit/"}},
	{"annoyed my manager never replies", []string{"/reasons/your-leader-is-stretched/", "/pitfalls/making-vague-requests/", "/steps/set-the-timing/"}},
	{"my boss is clueless about what customers want", []string{"/reasons/you-see-problems-first/"}},
	{"intimidated by my manager's manager", []string{"/pitfalls/being-intimidated-by-titles/", "/steps/treat-your-boss-as-a-colleague/"}},
	{"overwhelmed boss snapping at everyone", []string{"/reasons/your-boss-needs-help/", "/reasons/your-leader-is-stretched/"}},
	// Jargon.
	{"upward management", []string{"/overview/", "/", "/essays/", "/essays/leading-and-managing-upward/", "/essays/leading-upwards/", "/essays/why-leading-up-is-necessary/", "/essays/how-do-i-lead-up/", "/essays/time-to-lead-your-leader/"}},
	{"speak truth to power", []string{"/reasons/leaders-need-help-from-below/", "/pitfalls/being-afraid-to-help/", "/pitfalls/being-intimidated-by-titles/"}},
	{"ROI of my proposal", []string{"/steps/show-the-results/", "/tools/request/"}},
	{"escalating to senior leadership", []string{"/pitfalls/pushing-past-pushback/", "/pitfalls/talking-behind-their-back/", "/pitfalls/being-intimidated-by-titles/", "/pitfalls/making-vague-requests/"}},
	{"servant leadership", []string{"/steps/claim-your-empowerment/", "/reasons/leadership-belongs-at-every-level/", "/essays/leading-and-managing-upward/"}},
	// Typos.
	{"my boss micromanges everything", []string{"/steps/claim-your-empowerment/", "/steps/build-the-relationship/", "/pitfalls/waiting-to-be-empowered/", "/essays/why-leading-up-is-necessary/"}},
	{"gossipping about the boss", []string{"/pitfalls/talking-behind-their-back/", "/steps/speak-kindly/"}},
	{"intimadated by executives", []string{"/pitfalls/being-intimidated-by-titles/"}},
	{"proposel to my manager", []string{"/tools/request/", "/steps/show-the-results/", "/steps/find-the-shared-win/", "/steps/bring-the-facts/"}},
	// US and UK spellings.
	{"my boss criticized me in front of the team", []string{"/pitfalls/making-excuses/", "/steps/build-the-relationship/"}},
	{"my boss plays favorites", []string{"/steps/build-the-relationship/"}},
	{"organizational politics", []string{"/pitfalls/manipulating-your-boss/"}},
	// The pack itself.
	{"how many people for the workshop", []string{"/workshop/"}},
	{"ground rules for the session", []string{"/workshop/"}},
	{"roleplay for a training day", []string{"/workshop/exercises/", "/workshop/exercises/deliver-bad-news-early/", "/workshop/"}},
	{"pdf of all cheat sheets", []string{"/workshop/pack/", "/cheatsheets/"}},
	{"can I print on letter paper", []string{"/workshop/pack/", "/cheatsheets/", "/cheatsheets/leading-up-on-one-page/"}},
	{"steps list", []string{"/steps/", "/cheatsheets/how-to-lead-up/"}},
	{"who are the authors", []string{"/about/"}},
	{"does the request planner save my data", []string{"/tools/request/"}},
	{"change the colours for our brand", []string{"/forking/"}},
	{"time to lead your leader summary", []string{"/essays/time-to-lead-your-leader/", "/cheatsheets/time-to-lead-your-leader/"}},
	// Questions the site cannot answer.
	{"how to deal with an underperforming direct report", nil},
	{"asking for a raise after one year", nil},
	{"what to say in an exit interview", nil},
	{"my boss is asking me to lie to a client", nil},
	{"promotion criteria for senior engineer", nil},
	{"how to write a job description", nil},
	{"boss reading my private messages", nil},
	{"how to hold my team accountable", nil},
	{"taking bereavement leave", nil},
}
