package e2e

// blind6Queries is a tenth set of reader questions, written on 30 November
// 2026 right after blind5 had been run and its misses printed, and before
// that session changed the search: blind5's misses were then read while
// fixing mechanisms, so blind6 is the honest figure of that session. The
// same kinds of question as blind5 (fragments, full questions, feelings,
// jargon, typos, US and UK spellings, the pack itself, eight the site cannot
// answer), none repeating an earlier set, the expected pages chosen by
// reading the site's content, never by running the search. Its first run
// recorded only its summary line, never its misses. Measure-only: never
// tune on it; when its misses have been read, write a new set.
var blind6Queries = []query{
	// Fragments.
	{"boss too busy", []string{"/reasons/your-leader-is-stretched/"}},
	{"surprises", []string{"/pitfalls/surprising-with-bad-news/", "/steps/be-transparent/"}},
	{"evidence for my request", []string{"/steps/bring-the-facts/", "/pitfalls/asking-on-speculation/", "/tools/request/"}},
	{"deadline for my ask", []string{"/steps/set-the-timing/", "/tools/request/"}},
	{"taking initiative at work", []string{"/reasons/duty-to-step-up/", "/steps/do-more-than-asked/", "/steps/claim-your-empowerment/"}},
	{"boss quirks", []string{"/steps/give-it-time/"}},
	// Full questions.
	{"how do I disagree with my boss without damaging the relationship", []string{"/steps/find-the-shared-win/", "/steps/bring-the-facts/", "/pitfalls/pushing-past-pushback/", "/pitfalls/assuming-you-know-better/", "/steps/speak-kindly/"}},
	{"what do I do if my manager has no idea what they are doing", []string{"/reasons/no-one-is-fully-qualified/", "/reasons/your-boss-needs-help/", "/reasons/duty-to-step-up/"}},
	{"how can I make my boss look good", []string{"/steps/do-more-than-asked/", "/reasons/a-win-for-both/", "/steps/be-a-solution/", "/steps/speak-kindly/"}},
	{"when should I stop pushing an idea my boss rejected", []string{"/pitfalls/pushing-past-pushback/"}},
	{"how do I ask my boss for help without wasting their time", []string{"/pitfalls/wasting-their-time/", "/steps/state-a-clear-need/", "/pitfalls/making-vague-requests/", "/tools/request/"}},
	{"leading up definition", []string{"/overview/", "/", "/essays/how-do-i-lead-up/", "/essays/why-leading-up-is-necessary/", "/essays/leading-upwards/", "/essays/time-to-lead-your-leader/", "/essays/leading-and-managing-upward/"}},
	{"why is my boss so controlling", []string{"/essays/why-leading-up-is-necessary/", "/steps/claim-your-empowerment/", "/steps/build-the-relationship/", "/pitfalls/waiting-to-be-empowered/"}},
	{"how do I get a new boss to trust me", []string{"/steps/build-the-relationship/", "/steps/give-it-time/", "/steps/understand-their-role/", "/steps/start-with-yourself/"}},
	// Feelings.
	{"my boss is clueless", []string{"/reasons/no-one-is-fully-qualified/", "/reasons/your-boss-needs-help/", "/reasons/your-leader-is-stretched/"}},
	{"fed up with my supervisor", []string{"/steps/build-the-relationship/", "/steps/speak-kindly/", "/pitfalls/talking-behind-their-back/", "/steps/treat-your-boss-as-a-colleague/"}},
	{"nobody appreciates my extra effort", []string{"/pitfalls/expecting-credit/", "/steps/do-more-than-asked/"}},
	{"afraid of my ceo", []string{"/pitfalls/being-intimidated-by-titles/", "/steps/treat-your-boss-as-a-colleague/", "/pitfalls/being-afraid-to-help/"}},
	{"tired of waiting for my manager to give me authority", []string{"/pitfalls/waiting-to-be-empowered/", "/steps/claim-your-empowerment/"}},
	{"embarrassed about missing a deadline", []string{"/steps/be-transparent/", "/pitfalls/surprising-with-bad-news/", "/pitfalls/making-excuses/"}},
	// Jargon.
	{"leading from below", []string{"/reasons/leaders-need-help-from-below/", "/reasons/leadership-belongs-at-every-level/", "/overview/"}},
	{"tips for managing my manager", []string{"/overview/", "/essays/leading-and-managing-upward/", "/essays/time-to-lead-your-leader/", "/", "/essays/"}},
	{"empowerment", []string{"/steps/claim-your-empowerment/", "/pitfalls/waiting-to-be-empowered/"}},
	// Typos.
	{"buisness case for my boss", []string{"/steps/show-the-results/", "/steps/bring-the-facts/", "/steps/find-the-shared-win/", "/tools/request/"}},
	{"relashionship with manager", []string{"/steps/build-the-relationship/"}},
	{"excuses and blame", []string{"/pitfalls/making-excuses/"}},
	{"speculaton", []string{"/pitfalls/asking-on-speculation/"}},
	// US and UK spellings.
	{"behaviors that build trust with a boss", []string{"/steps/build-the-relationship/", "/steps/be-transparent/", "/steps/speak-kindly/"}},
	{"my organisation keeps reorganising", []string{"/reasons/demands-are-new-to-everyone/"}},
	{"recognize what my manager is under pressure from", []string{"/steps/understand-their-role/", "/workshop/exercises/map-your-managers-pressures/"}},
	// The pack itself.
	{"one page handout", []string{"/cheatsheets/", "/cheatsheets/leading-up-on-one-page/"}},
	{"print everything", []string{"/workshop/pack/", "/cheatsheets/"}},
	{"how long is the workshop", []string{"/workshop/"}},
	{"warm up exercise", []string{"/workshop/exercises/spot-the-pitfall/", "/workshop/exercises/"}},
	{"checklist of habits", []string{"/workshop/self-assessment/", "/cheatsheets/self-assessment/"}},
	{"add my own essays", []string{"/forking/"}},
	{"about this site", []string{"/about/"}},
	{"list of reasons", []string{"/reasons/", "/cheatsheets/why-lead-up/"}},
	{"common situations with a boss", []string{"/situations/"}},
	// Questions the site cannot answer.
	{"how to get promoted to director fast", nil},
	{"my boss is sleeping with a coworker", nil},
	{"how to motivate my team as a new manager", nil},
	{"what to wear to a job interview", nil},
	{"boss wants me to work weekends unpaid", nil},
	{"claiming expenses for a work trip", nil},
	{"working hours law in the uk", nil},
	{"how to run a sprint retrospective", nil},
}
