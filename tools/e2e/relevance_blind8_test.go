package e2e

// blind8Queries is a twelfth set of reader questions, written on 1 December
// 2026 together with blind7Queries and before that session changed the
// search, the same kinds as blind7, none repeating an earlier set, the
// expected pages chosen by reading the site's content, never by running the
// search. It was not run until the session's changes were done: its first
// run, on the search as landed at 6394736, is the honest figure for them:
// success@3 0.827, MRR 0.794 over 52 questions, 1 answerable one with no
// results (blind7, read while making the changes, stood at 0.981/0.903).
// Its misses were then printed and read for that session's report, so it
// flatters from then on. Measure-only: never tune on it; write a new set.
var blind8Queries = []query{
	// Fragments.
	{"manager never around", []string{"/reasons/your-leader-is-stretched/"}},
	{"no autonomy", []string{"/steps/claim-your-empowerment/", "/pitfalls/waiting-to-be-empowered/"}},
	{"warning my boss", []string{"/reasons/leaders-need-help-from-below/", "/steps/be-transparent/"}},
	{"shared goals with my manager", []string{"/steps/find-the-shared-win/", "/workshop/exercises/find-the-shared-win/"}},
	{"manager under pressure from above", []string{"/steps/understand-their-role/", "/workshop/exercises/map-your-managers-pressures/", "/reasons/your-boss-needs-help/"}},
	{"honest with boss", []string{"/steps/be-transparent/"}},
	// Full questions.
	{"how do I convince my boss to let me work on a new project", []string{"/steps/find-the-shared-win/", "/steps/show-the-results/", "/tools/request/", "/reasons/you-need-their-support/"}},
	{"what do I say when my boss blames me", []string{"/pitfalls/making-excuses/"}},
	{"how should I deliver bad news to my director", []string{"/steps/be-transparent/", "/pitfalls/surprising-with-bad-news/", "/workshop/exercises/deliver-bad-news-early/"}},
	{"how can I be more confident talking to my boss", []string{"/steps/treat-your-boss-as-a-colleague/", "/pitfalls/being-intimidated-by-titles/", "/pitfalls/being-afraid-to-help/"}},
	{"why does my manager never answer my questions", []string{"/reasons/your-leader-is-stretched/", "/pitfalls/making-vague-requests/", "/pitfalls/wasting-their-time/"}},
	{"how often should I check in with my boss", []string{"/pitfalls/wasting-their-time/", "/steps/be-transparent/"}},
	{"what if my boss doesn't want my help", []string{"/pitfalls/pushing-past-pushback/", "/reasons/your-boss-needs-help/", "/steps/give-it-time/"}},
	{"should I tell my boss his plan won't work", []string{"/reasons/leaders-need-help-from-below/", "/pitfalls/being-afraid-to-help/", "/steps/bring-the-facts/"}},
	// Feelings and judgement words.
	{"my boss is so disorganised it drives me crazy", []string{"/reasons/your-leader-is-stretched/", "/reasons/your-work-depends-on-it/", "/steps/speak-kindly/"}},
	{"my manager is arrogant and won't listen", []string{"/steps/speak-kindly/", "/pitfalls/ignoring-what-your-boss-needs/", "/steps/find-the-shared-win/"}},
	{"boss is hopeless", []string{"/reasons/no-one-is-fully-qualified/", "/reasons/your-boss-needs-help/", "/pitfalls/assuming-you-know-better/"}},
	{"sick of doing my boss's job for them", []string{"/steps/do-more-than-asked/", "/pitfalls/expecting-credit/", "/reasons/duty-to-step-up/"}},
	{"my boss makes me feel stupid", []string{"/steps/treat-your-boss-as-a-colleague/", "/pitfalls/being-intimidated-by-titles/"}},
	{"nervous to ask for what I need", []string{"/steps/state-a-clear-need/", "/pitfalls/being-afraid-to-help/", "/steps/treat-your-boss-as-a-colleague/"}},
	{"my team leader is weak", []string{"/reasons/no-one-is-fully-qualified/", "/reasons/duty-to-step-up/"}},
	{"resentful that my boss gets the glory", []string{"/pitfalls/expecting-credit/"}},
	// Jargon.
	{"managing up strategies", []string{"/overview/", "/", "/essays/", "/steps/", "/cheatsheets/how-to-lead-up/", "/essays/leading-and-managing-upward/", "/essays/how-do-i-lead-up/", "/essays/leading-upwards/", "/essays/time-to-lead-your-leader/"}},
	{"psychological safety to speak up", []string{"/pitfalls/being-afraid-to-help/", "/reasons/leaders-need-help-from-below/"}},
	{"empowered teams", []string{"/reasons/leadership-belongs-at-every-level/", "/steps/claim-your-empowerment/"}},
	{"no surprises rule", []string{"/steps/be-transparent/", "/pitfalls/surprising-with-bad-news/"}},
	{"win win with my boss", []string{"/reasons/a-win-for-both/", "/steps/find-the-shared-win/"}},
	// Typos.
	{"managment style clash", []string{"/steps/build-the-relationship/"}},
	{"how to persaude my boss", []string{"/steps/find-the-shared-win/"}},
	{"bussy manager", []string{"/reasons/your-leader-is-stretched/"}},
	{"credit for my wrok", []string{"/pitfalls/expecting-credit/"}},
	// US and UK spellings.
	{"apologising for a late project", []string{"/steps/be-transparent/", "/pitfalls/surprising-with-bad-news/"}},
	{"criticizing my boss to the team", []string{"/pitfalls/talking-behind-their-back/", "/steps/speak-kindly/"}},
	{"behavior that makes a manager trust you", []string{"/steps/build-the-relationship/", "/steps/start-with-yourself/", "/steps/be-transparent/"}},
	// The pack itself.
	{"workshop for 90 minutes", []string{"/workshop/"}},
	{"facilitating remotely on zoom", []string{"/workshop/", "/workshop/exercises/"}},
	{"answer key spot the pitfall", []string{"/workshop/exercises/spot-the-pitfall/"}},
	{"quiz", []string{"/workshop/self-assessment/", "/cheatsheets/self-assessment/"}},
	{"all the mistakes on one page", []string{"/cheatsheets/pitfalls-to-avoid/", "/pitfalls/"}},
	{"brief template for asking my boss", []string{"/tools/request/"}},
	{"license", []string{"/about/"}},
	{"questions to ask after reading an essay", []string{"/workshop/discussion-questions/"}},
	{"where is the overview", []string{"/overview/"}},
	{"can I swap in our company's own articles", []string{"/forking/"}},
	// Questions the site cannot answer.
	{"my direct report keeps missing deadlines", nil},
	{"negotiating a pay increase", nil},
	{"getting promoted to senior manager", nil},
	{"can my boss fire me for being sick", nil},
	{"HR complaint about discrimination", nil},
	{"how to onboard a new employee", nil},
	{"how to write a two weeks notice email", nil},
	{"mentoring junior developers", nil},
}
