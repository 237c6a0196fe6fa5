package e2e

// blind13aQueries and blind13bQueries are the seventeenth set of reader
// questions, written on 1 December 2026 (tenth session) before that
// session's search changes (issue 9), in the shapes readers type them:
// whole situations, feelings, slang, typos, US and UK spellings, long
// questions and one-word queries, and in each half four the site cannot
// answer (managing your own reports, HR and legal matters, misconduct,
// other careers). None repeats an earlier set. The expected pages were
// chosen by reading the site's pages (the vocabulary's terms, the essays,
// the workshop kit, the tools and the cheat sheets), never by running the
// search. The questions were written as one list and dealt alternately into
// the two halves. The a half is tuned on; the b half is held: it runs only
// with LEADUP_RELEVANCE_HELD=1, prints its figures but never its misses,
// and is measured once, at the end of the session.
var blind13aQueries = []query{
	{"my boss never gives me clear direction", []string{"/steps/understand-their-role/", "/reasons/your-leader-is-stretched/", "/reasons/duty-to-step-up/"}},
	{"my boss is always in meetings and never available", []string{"/reasons/your-leader-is-stretched/", "/pitfalls/wasting-their-time/", "/steps/set-the-timing/"}},
	{"hate my boss", []string{"/steps/speak-kindly/", "/steps/build-the-relationship/", "/steps/give-it-time/"}},
	{"how to bring up a concern with my boss without sounding negative", []string{"/steps/be-a-solution/", "/reasons/you-see-problems-first/", "/steps/bring-the-facts/"}},
	{"my manager is a pushover", []string{"/reasons/duty-to-step-up/", "/reasons/your-leader-is-stretched/"}},
	{"buttering up my manager before asking for something", []string{"/pitfalls/manipulating-your-boss/"}},
	{"how to pitch an idea to senior leadership", []string{"/steps/find-the-shared-win/", "/steps/show-the-results/", "/steps/bring-the-facts/", "/reasons/you-need-their-support/", "/pitfalls/being-intimidated-by-titles/"}},
	{"my boss said no to my training request", []string{"/pitfalls/pushing-past-pushback/", "/steps/give-context/", "/steps/state-a-clear-need/", "/steps/show-the-results/", "/pitfalls/making-vague-requests/"}},
	{"managing upwards", []string{"/overview/", "/", "/essays/leading-upwards/", "/essays/leading-and-managing-upward/", "/essays/how-do-i-lead-up/", "/essays/why-leading-up-is-necessary/", "/essays/time-to-lead-your-leader/"}},
	{"how do i make my boss look good", []string{"/reasons/a-win-for-both/", "/steps/find-the-shared-win/", "/steps/do-more-than-asked/"}},
	{"boss is checked out", []string{"/reasons/your-leader-is-stretched/", "/reasons/duty-to-step-up/"}},
	{"feel like im doing my bosses job for them", []string{"/steps/do-more-than-asked/", "/pitfalls/expecting-credit/", "/reasons/duty-to-step-up/"}},
	{"scared to speak up in meetings with execs", []string{"/pitfalls/being-intimidated-by-titles/", "/pitfalls/being-afraid-to-help/", "/steps/treat-your-boss-as-a-colleague/"}},
	{"stop blaming others for my mistakes", []string{"/pitfalls/making-excuses/"}},
	{"my manager doesnt trust me", []string{"/steps/build-the-relationship/", "/steps/start-with-yourself/"}},
	{"how to ask for more responsibility", []string{"/steps/claim-your-empowerment/", "/steps/do-more-than-asked/", "/reasons/it-grows-your-career/"}},
	{"my boss is new to the industry", []string{"/reasons/no-one-is-fully-qualified/", "/reasons/demands-are-new-to-everyone/", "/steps/understand-their-role/"}},
	{"what motivates my boss", []string{"/steps/understand-their-role/", "/workshop/exercises/map-your-managers-pressures/", "/steps/find-the-shared-win/"}},
	{"am i bothering my manager too much", []string{"/pitfalls/wasting-their-time/"}},
	{"credit", []string{"/pitfalls/expecting-credit/", "/reasons/a-win-for-both/"}},
	{"do i need my managers ok for everything", []string{"/pitfalls/waiting-to-be-empowered/", "/steps/claim-your-empowerment/"}},
	{"i think im smarter than my boss", []string{"/pitfalls/assuming-you-know-better/"}},
	{"how to write a request to my manager for more budget", []string{"/tools/request/", "/steps/state-a-clear-need/", "/steps/give-context/", "/steps/show-the-results/", "/steps/bring-the-facts/", "/workshop/exercises/rewrite-a-request/"}},
	{"discussion questions for a book club on managing up", []string{"/workshop/discussion-questions/"}},
	{"exercise about spotting mistakes", []string{"/workshop/exercises/spot-the-pitfall/"}},
	{"boss wont make a decision and the whole team is stuck", []string{"/reasons/duty-to-step-up/", "/reasons/your-leader-is-stretched/", "/steps/claim-your-empowerment/", "/reasons/your-work-depends-on-it/"}},
	// Questions the site cannot answer.
	{"how to give a bad performance review to someone on my team", nil},
	{"my boss made a racist comment", nil},
	{"how to become a product manager", nil},
	{"coaching my team to take more ownership", nil},
}

// blind13bQueries is the held half of the seventeenth set: see
// blind13aQueries.
var blind13bQueries = []query{
	{"how do i tell my manager im drowning", []string{"/steps/state-a-clear-need/", "/steps/be-transparent/"}},
	{"manager asks my opinion then ignores it", []string{"/steps/find-the-shared-win/", "/steps/bring-the-facts/", "/pitfalls/ignoring-what-your-boss-needs/"}},
	{"boss keeps moving the goalposts", []string{"/steps/understand-their-role/", "/steps/build-the-relationship/"}},
	{"we are going to miss the deadline how do i tell my manager", []string{"/steps/be-transparent/", "/pitfalls/surprising-with-bad-news/", "/workshop/exercises/deliver-bad-news-early/"}},
	{"my boss is out of touch with what we actually do", []string{"/reasons/you-see-problems-first/", "/reasons/your-leader-is-stretched/"}},
	{"brown nosing", []string{"/pitfalls/manipulating-your-boss/"}},
	{"writing a business case for my manager", []string{"/steps/bring-the-facts/", "/steps/show-the-results/", "/steps/give-context/", "/tools/request/"}},
	{"what does leading up mean", []string{"/overview/", "/", "/essays/how-do-i-lead-up/", "/essays/leading-upwards/", "/essays/why-leading-up-is-necessary/", "/essays/time-to-lead-your-leader/", "/essays/leading-and-managing-upward/"}},
	{"is managing up just manipulation", []string{"/pitfalls/manipulating-your-boss/"}},
	{"i dont want to step on my managers toes", []string{"/pitfalls/assuming-you-know-better/", "/essays/time-to-lead-your-leader/", "/reasons/duty-to-step-up/"}},
	{"my supervisor has a favourite and its not me", []string{"/steps/build-the-relationship/"}},
	{"my manager doesnt understand what i do", []string{"/pitfalls/expecting-credit/", "/steps/show-the-results/", "/steps/build-the-relationship/"}},
	{"how to get face time with my boss", []string{"/steps/build-the-relationship/", "/reasons/your-leader-is-stretched/"}},
	{"should i fix my bosses mistakes", []string{"/reasons/duty-to-step-up/", "/steps/be-a-solution/", "/steps/do-more-than-asked/"}},
	{"behind on my own work but want to help my boss", []string{"/pitfalls/neglecting-your-own-work/", "/steps/start-with-yourself/"}},
	{"ownership", []string{"/steps/claim-your-empowerment/", "/steps/do-more-than-asked/", "/reasons/duty-to-step-up/"}},
	{"hybrid working changed everything and my boss is struggling", []string{"/reasons/demands-are-new-to-everyone/", "/reasons/your-boss-needs-help/"}},
	{"how to priortise what to bring to my boss", []string{"/pitfalls/wasting-their-time/"}},
	{"owning up to a mistake", []string{"/steps/be-transparent/", "/pitfalls/making-excuses/", "/pitfalls/surprising-with-bad-news/"}},
	{"recieve no recognition from supervisor", []string{"/pitfalls/expecting-credit/"}},
	{"my boss is a know it all", []string{"/reasons/your-leader-is-stretched/", "/reasons/no-one-is-fully-qualified/"}},
	{"my boss is under a lot of pressure from above", []string{"/steps/understand-their-role/", "/reasons/your-boss-needs-help/", "/workshop/exercises/map-your-managers-pressures/"}},
	{"cheat sheet pdf", []string{"/cheatsheets/", "/cheatsheets/leading-up-on-one-page/", "/workshop/pack/"}},
	{"materials to teach this to my team", []string{"/workshop/", "/workshop/pack/"}},
	{"can we put this on our staff wiki", []string{"/forking/"}},
	{"mangaer wont listen", []string{"/steps/find-the-shared-win/", "/pitfalls/ignoring-what-your-boss-needs/", "/steps/bring-the-facts/"}},
	// Questions the site cannot answer.
	{"can my employer change my contract without asking", nil},
	{"my manager is stealing from the company", nil},
	{"public speaking tips", nil},
	{"one on one template for my direct reports", nil},
}
