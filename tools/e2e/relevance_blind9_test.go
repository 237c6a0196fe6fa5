package e2e

// blind9Queries is a thirteenth set of reader questions, written on 1
// December 2026 before that session's second round of search changes, in the
// shape readers type them (short, lowercase, first person, typos, US
// spellings, slang, whole sentences, and about one in seven the site cannot
// answer: pay, leave, legal questions, harassment, work unrelated to the
// boss), none repeating an earlier set. The expected pages were chosen by
// reading the site's content (the vocabulary's terms and their pages, the
// essays, the workshop kit, the tools and the cheat sheets), never by running
// the search. Its first run, on main before the changes (5cc1239): success@3
// 0.818, MRR 0.711 over 55 questions, 6 answerable ones with no results, all
// 8 unanswerable ones answered with a no-results message. Its misses were then read while changing the search,
// so from then on it flatters. Held: it runs only with
// LEADUP_RELEVANCE_HELD=1.
var blind9Queries = []query{
	// Situations, as typed.
	{"boss wont let me do anything without asking", []string{"/steps/claim-your-empowerment/", "/pitfalls/waiting-to-be-empowered/"}},
	{"my manager is never in the office", []string{"/reasons/your-leader-is-stretched/"}},
	{"i screwed up a project how do i tell my boss", []string{"/steps/be-transparent/", "/pitfalls/surprising-with-bad-news/", "/workshop/exercises/deliver-bad-news-early/"}},
	{"boss always says no to everything i suggest", []string{"/pitfalls/pushing-past-pushback/", "/steps/find-the-shared-win/", "/pitfalls/ignoring-what-your-boss-needs/", "/pitfalls/making-vague-requests/"}},
	{"how to get my boss to approve training", []string{"/reasons/you-need-their-support/", "/steps/state-a-clear-need/", "/steps/give-context/", "/steps/bring-the-facts/", "/steps/show-the-results/", "/tools/request/"}},
	{"my coworkers keep trash talking our boss at lunch", []string{"/steps/speak-kindly/", "/pitfalls/talking-behind-their-back/"}},
	{"manager took my idea and presented it to leadership", []string{"/pitfalls/expecting-credit/"}},
	{"new boss started this week what should i do", []string{"/steps/understand-their-role/", "/steps/build-the-relationship/", "/steps/give-it-time/"}},
	{"how do i tell my boss hes wrong without getting fired", []string{"/pitfalls/being-afraid-to-help/", "/reasons/leaders-need-help-from-below/", "/steps/find-the-shared-win/", "/steps/bring-the-facts/"}},
	{"my boss is clueless about tech", []string{"/reasons/demands-are-new-to-everyone/", "/reasons/no-one-is-fully-qualified/"}},
	{"boss is burnt out", []string{"/reasons/your-boss-needs-help/"}},
	{"too many meetings with my manager that go nowhere", []string{"/pitfalls/wasting-their-time/", "/steps/build-the-relationship/"}},
	{"should i cc my bosses boss", []string{"/pitfalls/talking-behind-their-back/"}},
	{"i feel like a suck up", []string{"/pitfalls/manipulating-your-boss/"}},
	{"how to stop being scared of my ceo", []string{"/pitfalls/being-intimidated-by-titles/", "/steps/treat-your-boss-as-a-colleague/"}},
	{"team is falling apart and manager does nothing", []string{"/reasons/duty-to-step-up/", "/reasons/your-leader-is-stretched/"}},
	{"how do i write an email asking my boss for something", []string{"/steps/give-context/", "/steps/state-a-clear-need/", "/pitfalls/making-vague-requests/", "/tools/request/", "/workshop/exercises/rewrite-a-request/"}},
	{"my boss doesnt read my emails", []string{"/pitfalls/wasting-their-time/", "/pitfalls/making-vague-requests/"}},
	{"i keep getting blamed for stuff", []string{"/pitfalls/making-excuses/"}},
	{"can i be a leader if im not a manager", []string{"/reasons/leadership-belongs-at-every-level/"}},
	{"is it my job to help my boss", []string{"/reasons/duty-to-step-up/", "/reasons/your-boss-needs-help/", "/reasons/", "/essays/why-leading-up-is-necessary/"}},
	{"whats the point of managing up", []string{"/reasons/", "/overview/", "/reasons/a-win-for-both/", "/reasons/it-grows-your-career/", "/essays/why-leading-up-is-necessary/", "/cheatsheets/why-lead-up/"}},
	{"my boss hates my ideas", []string{"/pitfalls/ignoring-what-your-boss-needs/", "/steps/find-the-shared-win/", "/steps/show-the-results/"}},
	{"need a business case for new software", []string{"/steps/bring-the-facts/", "/steps/show-the-results/", "/steps/give-context/"}},
	{"how to ask for a deadline extension", []string{"/steps/be-transparent/", "/pitfalls/surprising-with-bad-news/"}},
	{"im so behind on my own work", []string{"/pitfalls/neglecting-your-own-work/", "/steps/start-with-yourself/"}},
	{"boss doesnt trust me with anything", []string{"/steps/build-the-relationship/", "/steps/start-with-yourself/", "/steps/claim-your-empowerment/"}},
	{"my request got rejected because i had no numbers", []string{"/pitfalls/asking-on-speculation/", "/steps/bring-the-facts/"}},
	{"my manager doesnt know what shes doing", []string{"/reasons/no-one-is-fully-qualified/"}},
	{"how to make my boss look good", []string{"/reasons/a-win-for-both/", "/steps/do-more-than-asked/"}},
	{"i dont get along with my supervisor", []string{"/steps/build-the-relationship/"}},
	{"boss is a control freak", []string{"/steps/claim-your-empowerment/", "/pitfalls/waiting-to-be-empowered/", "/steps/build-the-relationship/"}},
	{"my boss is mia", []string{"/reasons/your-leader-is-stretched/"}},
	{"organizing a one on one with my boss", []string{"/steps/build-the-relationship/", "/pitfalls/wasting-their-time/"}},
	// Typos and US spellings.
	{"micro managing boss", []string{"/steps/claim-your-empowerment/", "/pitfalls/waiting-to-be-empowered/", "/essays/why-leading-up-is-necessary/"}},
	{"how to mange my manager", []string{"/overview/", "/", "/essays/", "/steps/", "/cheatsheets/how-to-lead-up/", "/essays/leading-and-managing-upward/", "/essays/how-do-i-lead-up/", "/essays/leading-upwards/", "/essays/time-to-lead-your-leader/"}},
	{"feedbak from my boss", []string{"/steps/build-the-relationship/", "/reasons/your-leader-is-stretched/", "/pitfalls/making-excuses/"}},
	{"my boss keeps changing priorites", []string{"/steps/understand-their-role/", "/reasons/demands-are-new-to-everyone/"}},
	{"my boss doesnt recognize my effort", []string{"/pitfalls/expecting-credit/"}},
	// The pack itself.
	{"cheatsheet to print", []string{"/cheatsheets/", "/cheatsheets/leading-up-on-one-page/", "/cheatsheets/how-to-lead-up/", "/cheatsheets/pitfalls-to-avoid/", "/cheatsheets/why-lead-up/"}},
	{"exercise on bad news", []string{"/workshop/exercises/deliver-bad-news-early/"}},
	{"role play for a training session", []string{"/workshop/exercises/deliver-bad-news-early/", "/workshop/", "/workshop/exercises/"}},
	{"how good am i at managing up quiz", []string{"/workshop/self-assessment/", "/cheatsheets/self-assessment/"}},
	{"who wrote this", []string{"/about/"}},
	{"can we use this for our company training", []string{"/forking/", "/about/", "/workshop/"}},
	{"print everything for the workshop", []string{"/workshop/pack/"}},
	{"story about the 25 billion dollar bid", []string{"/workshop/exercises/find-the-shared-win/", "/essays/how-do-i-lead-up/"}},
	// Questions the site cannot answer.
	{"how much vacation can i take", nil},
	{"my boss sexually harassed me what do i do", nil},
	{"how to ask for a raise", nil},
	{"is it legal for my boss to read my emails", nil},
	{"how to update my linkedin profile", nil},
	{"excel pivot tables", nil},
	{"my coworker steals my lunch", nil},
	{"can i take unpaid leave for a family emergency", nil},
}
