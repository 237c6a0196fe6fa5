package e2e

// blind10Queries is a fourteenth set of reader questions, written on 1
// December 2026 together with blind9Queries and before that session's second
// round of search changes, the same kinds as blind9 and none repeating an
// earlier set, the expected pages chosen by reading the site's content, never
// by running the search. It was not run until the session's changes were
// done: its first run, on the search as landed at f74a054, is the honest
// figure for them: success@3 0.811, MRR 0.746 over 53 questions, 2
// answerable ones with no results, 6 of the 8 unanswerable ones answered
// with a no-results message (blind9, read while making the changes, stood
// at 0.964/0.848). Its misses were then printed and read for the session's
// report, so it flatters from then on. Held: it runs only with
// LEADUP_RELEVANCE_HELD=1. Never tune on it; write a new set.
var blind10Queries = []query{
	// Situations, as typed.
	{"my boss never gives me direction", []string{"/reasons/your-leader-is-stretched/", "/steps/understand-their-role/"}},
	{"i want more responsibility", []string{"/steps/claim-your-empowerment/", "/pitfalls/waiting-to-be-empowered/", "/steps/do-more-than-asked/"}},
	{"how do i tell my manager im overwhelmed", []string{"/steps/be-transparent/", "/steps/state-a-clear-need/", "/pitfalls/neglecting-your-own-work/"}},
	{"boss makes bad decisions and wont listen", []string{"/reasons/leaders-need-help-from-below/", "/steps/find-the-shared-win/", "/pitfalls/assuming-you-know-better/"}},
	{"boss got promoted and has no idea how to manage", []string{"/reasons/no-one-is-fully-qualified/"}},
	{"coworker always complaining about the manager what do i say", []string{"/steps/speak-kindly/", "/pitfalls/talking-behind-their-back/"}},
	{"lied to my boss about a deadline", []string{"/steps/be-transparent/", "/pitfalls/surprising-with-bad-news/", "/pitfalls/making-excuses/"}},
	{"how to get my boss to listen to me", []string{"/steps/find-the-shared-win/", "/pitfalls/ignoring-what-your-boss-needs/", "/steps/build-the-relationship/"}},
	{"afraid of looking stupid in front of execs", []string{"/pitfalls/being-intimidated-by-titles/", "/pitfalls/being-afraid-to-help/"}},
	{"manager keeps forgetting what i asked for", []string{"/steps/set-the-timing/", "/pitfalls/making-vague-requests/", "/reasons/your-leader-is-stretched/"}},
	{"doing my managers work for free", []string{"/steps/do-more-than-asked/", "/pitfalls/expecting-credit/", "/reasons/duty-to-step-up/"}},
	{"boss is stressed all the time", []string{"/reasons/your-boss-needs-help/"}},
	{"what should i bring to my 1:1", []string{"/steps/build-the-relationship/", "/pitfalls/wasting-their-time/", "/steps/be-transparent/"}},
	{"my boss thinks im lazy", []string{"/steps/start-with-yourself/", "/steps/do-more-than-asked/"}},
	{"how to say no to my boss when i have too much work", []string{"/steps/state-a-clear-need/", "/steps/be-transparent/", "/pitfalls/neglecting-your-own-work/"}},
	{"manager wont make a decision", []string{"/reasons/duty-to-step-up/", "/reasons/your-leader-is-stretched/", "/steps/set-the-timing/"}},
	{"how do i show my boss the value of my project", []string{"/steps/show-the-results/", "/steps/bring-the-facts/"}},
	{"kiss up", []string{"/pitfalls/manipulating-your-boss/"}},
	{"should i just do what my boss says", []string{"/pitfalls/being-intimidated-by-titles/", "/reasons/duty-to-step-up/", "/pitfalls/being-afraid-to-help/", "/reasons/leaders-need-help-from-below/"}},
	{"my ideas get ignored in meetings", []string{"/pitfalls/ignoring-what-your-boss-needs/", "/steps/find-the-shared-win/", "/pitfalls/being-afraid-to-help/", "/steps/show-the-results/"}},
	{"how do i earn my bosses respect", []string{"/steps/start-with-yourself/", "/steps/build-the-relationship/"}},
	{"remote manager i never talk to", []string{"/reasons/your-leader-is-stretched/", "/steps/build-the-relationship/"}},
	{"boss ignoring my slack messages", []string{"/reasons/your-leader-is-stretched/", "/pitfalls/making-vague-requests/", "/pitfalls/wasting-their-time/"}},
	{"reorg and my manager is lost", []string{"/reasons/demands-are-new-to-everyone/"}},
	{"fixing problems instead of complaining", []string{"/steps/be-a-solution/"}},
	{"boss says im too negative and only complain", []string{"/steps/be-a-solution/"}},
	{"help my boss without overstepping", []string{"/pitfalls/being-afraid-to-help/", "/essays/time-to-lead-your-leader/", "/reasons/duty-to-step-up/"}},
	{"why do managers micromanage", []string{"/essays/why-leading-up-is-necessary/", "/steps/claim-your-empowerment/", "/pitfalls/waiting-to-be-empowered/"}},
	{"asking boss to fund a conference", []string{"/steps/state-a-clear-need/", "/steps/give-context/", "/steps/bring-the-facts/", "/steps/show-the-results/", "/reasons/you-need-their-support/", "/tools/request/"}},
	{"my boss is a jerk", []string{"/steps/speak-kindly/", "/steps/build-the-relationship/"}},
	{"im the only one who does anything on my team", []string{"/reasons/duty-to-step-up/", "/steps/do-more-than-asked/", "/pitfalls/expecting-credit/"}},
	// Typos and US/UK spellings.
	{"my boss dosent trust me", []string{"/steps/build-the-relationship/", "/steps/start-with-yourself/"}},
	{"persuasive arguements for my manager", []string{"/steps/find-the-shared-win/", "/steps/bring-the-facts/", "/steps/show-the-results/"}},
	{"how to suport my boss", []string{"/reasons/your-boss-needs-help/", "/steps/be-a-solution/", "/steps/do-more-than-asked/", "/overview/", "/steps/", "/essays/", "/cheatsheets/how-to-lead-up/"}},
	{"sceptical manager", []string{"/steps/build-the-relationship/", "/steps/give-it-time/"}},
	{"apologizing to my manager", []string{"/steps/be-transparent/", "/pitfalls/making-excuses/"}},
	{"the boss has favorites", []string{"/steps/build-the-relationship/"}},
	// The pack itself.
	{"printable one pager of the steps", []string{"/cheatsheets/how-to-lead-up/", "/steps/"}},
	{"facilitator guide", []string{"/workshop/"}},
	{"what to discuss after reading the essays with my team", []string{"/workshop/discussion-questions/"}},
	{"tool to plan what to ask my boss", []string{"/tools/request/"}},
	{"warm up activity", []string{"/workshop/exercises/spot-the-pitfall/", "/workshop/"}},
	{"can we put our own logo on it", []string{"/forking/"}},
	{"why bother leading up", []string{"/reasons/", "/cheatsheets/why-lead-up/", "/essays/why-leading-up-is-necessary/", "/overview/"}},
	{"one page summary of everything", []string{"/cheatsheets/leading-up-on-one-page/", "/overview/"}},
	// Questions the site cannot answer.
	{"my coworker is lazy and i have to cover for him", nil},
	{"how do i quit my job", nil},
	{"overtime pay rules", nil},
	{"boss asked me out on a date", nil},
	{"best task tracking app for my team", nil},
	{"interview questions for a manager job", nil},
	{"how many sick days do i get", nil},
	{"is it ok to go to hr about my manager", nil},
}
