package e2e

// blind14aQueries and blind14bQueries are the eighteenth set of reader
// questions, written on 2 December 2026 (eleventh session) before that
// session's search changes (issue 9), in the voice of people typing into a
// search box: short and messy, typos, US and UK spellings, no question
// marks, feelings ("so fed up", "dreading"), "how do i" forms, one-word
// queries, and in each half five the site cannot answer (pay, legal and HR
// matters, misconduct, managing your own team, unrelated topics). None
// repeats a question of an earlier set. The expected pages were chosen by
// reading the site's pages (titles, descriptions and text of the terms,
// essays, workshop kit, tools and cheat sheets), never by running the
// search. The questions were written as one list and dealt alternately into
// the two halves (answerable and unanswerable ones each dealt in turn). The
// a half is tuned on; the b half is held: it runs only with
// LEADUP_RELEVANCE_HELD=1, prints its figures but never its misses, and is
// measured at the start and once at the end of the session.
var blind14aQueries = []query{
	{"my bosss priorities change every other week", []string{"/steps/understand-their-role/", "/reasons/your-leader-is-stretched/", "/reasons/demands-are-new-to-everyone/"}},
	{"line manager totally overwhelmed what can i do", []string{"/reasons/your-boss-needs-help/", "/reasons/your-leader-is-stretched/", "/steps/be-a-solution/", "/steps/do-more-than-asked/", "/reasons/duty-to-step-up/"}},
	{"she shoots down every idea i bring her", []string{"/steps/find-the-shared-win/", "/pitfalls/ignoring-what-your-boss-needs/", "/steps/bring-the-facts/", "/pitfalls/asking-on-speculation/"}},
	{"boss is 10 years younger than me", []string{"/reasons/no-one-is-fully-qualified/", "/steps/treat-your-boss-as-a-colleague/", "/steps/give-it-time/"}},
	{"why bother helping my boss they earn way more than me", []string{"/reasons/a-win-for-both/", "/reasons/it-grows-your-career/", "/reasons/duty-to-step-up/", "/reasons/your-work-depends-on-it/", "/pitfalls/expecting-credit/"}},
	{"influence without being the boss", []string{"/reasons/leadership-belongs-at-every-level/", "/steps/claim-your-empowerment/", "/reasons/it-grows-your-career/", "/overview/", "/", "/essays/how-do-i-lead-up/", "/essays/leading-upwards/", "/essays/leading-and-managing-upward/", "/essays/time-to-lead-your-leader/", "/essays/why-leading-up-is-necessary/"}},
	{"empowered", []string{"/steps/claim-your-empowerment/", "/pitfalls/waiting-to-be-empowered/"}},
	{"backing up my ask with numbers", []string{"/steps/bring-the-facts/", "/steps/show-the-results/", "/pitfalls/asking-on-speculation/"}},
	{"how to let my boss know its time sensitive", []string{"/steps/set-the-timing/"}},
	{"knowing when to back off with your manager", []string{"/pitfalls/pushing-past-pushback/"}},
	{"taking initiative without being asked", []string{"/steps/do-more-than-asked/", "/steps/claim-your-empowerment/"}},
	{"do you need a job title to be a leader", []string{"/reasons/leadership-belongs-at-every-level/"}},
	{"my line manager is never around", []string{"/reasons/your-leader-is-stretched/", "/reasons/duty-to-step-up/"}},
	{"what should i escalate and what should i just handle myself", []string{"/pitfalls/wasting-their-time/", "/steps/claim-your-empowerment/"}},
	{"boss has weird habits that drive me mad", []string{"/steps/give-it-time/", "/steps/treat-your-boss-as-a-colleague/", "/steps/speak-kindly/"}},
	{"since the merger nobody including my manager knows what theyre doing", []string{"/reasons/demands-are-new-to-everyone/", "/reasons/your-leader-is-stretched/", "/reasons/your-boss-needs-help/"}},
	{"running a team session on managing up", []string{"/workshop/", "/workshop/pack/", "/workshop/discussion-questions/"}},
	{"printable summary of the steps", []string{"/cheatsheets/how-to-lead-up/", "/cheatsheets/", "/cheatsheets/leading-up-on-one-page/"}},
	{"where does this content come from", []string{"/about/"}},
	{"getting my boss to back me", []string{"/reasons/you-need-their-support/", "/steps/build-the-relationship/", "/steps/find-the-shared-win/"}},
	{"dreading telling my manager the project is late", []string{"/steps/be-transparent/", "/pitfalls/surprising-with-bad-news/", "/workshop/exercises/deliver-bad-news-early/"}},
	{"my manager has no clue how to do her job", []string{"/reasons/no-one-is-fully-qualified/", "/reasons/your-boss-needs-help/", "/reasons/duty-to-step-up/", "/pitfalls/assuming-you-know-better/"}},
	{"prioritizing my own deadlines vs helping my manager", []string{"/pitfalls/neglecting-your-own-work/", "/steps/start-with-yourself/"}},
	{"figuring out what keeps my boss up at night", []string{"/steps/understand-their-role/", "/steps/find-the-shared-win/", "/workshop/exercises/map-your-managers-pressures/"}},
	{"stop just complaining and offer fixes", []string{"/steps/be-a-solution/", "/pitfalls/making-excuses/"}},
	{"how to manage your manager well", []string{"/overview/", "/", "/essays/how-do-i-lead-up/", "/essays/leading-upwards/", "/essays/leading-and-managing-upward/", "/essays/time-to-lead-your-leader/", "/essays/why-leading-up-is-necessary/"}},
	{"strategy fails without input from staff", []string{"/reasons/leaders-need-help-from-below/", "/reasons/you-see-problems-first/"}},
	// Questions the site cannot answer.
	{"negotiating salary with my manager", nil},
	{"can i refuse to work on a bank holiday", nil},
	{"coworker chews so loudly i cant concentrate", nil},
	{"how many weeks maternity pay", nil},
	{"boss sent me an inappropriate text", nil},
}

// blind14bQueries is the held half of the eighteenth set: see
// blind14aQueries.
var blind14bQueries = []query{
	{"screwed up a client order, how do i tell my manager", []string{"/steps/be-transparent/", "/pitfalls/surprising-with-bad-news/", "/workshop/exercises/deliver-bad-news-early/", "/pitfalls/making-excuses/"}},
	{"helping a manager who is out of their depth", []string{"/reasons/no-one-is-fully-qualified/", "/reasons/your-boss-needs-help/", "/reasons/duty-to-step-up/"}},
	{"everyone in the office moans about our director should i join in", []string{"/pitfalls/talking-behind-their-back/", "/steps/speak-kindly/"}},
	{"i freeze up around the vp", []string{"/pitfalls/being-intimidated-by-titles/", "/steps/treat-your-boss-as-a-colleague/"}},
	{"what do i get out of managing up", []string{"/reasons/a-win-for-both/", "/reasons/it-grows-your-career/", "/reasons/you-need-their-support/"}},
	{"always asking permission before i do anything", []string{"/pitfalls/waiting-to-be-empowered/", "/steps/claim-your-empowerment/"}},
	{"why did my manager turn down my proposal", []string{"/pitfalls/making-vague-requests/", "/pitfalls/asking-on-speculation/", "/pitfalls/ignoring-what-your-boss-needs/", "/steps/give-context/", "/steps/show-the-results/", "/steps/bring-the-facts/"}},
	{"its just a hunch but i think we need another hire", []string{"/pitfalls/asking-on-speculation/", "/steps/bring-the-facts/"}},
	{"asked three times already and boss still says no", []string{"/pitfalls/pushing-past-pushback/"}},
	{"nobody sees how hard i work", []string{"/pitfalls/expecting-credit/", "/steps/show-the-results/"}},
	{"the people on the shop floor see problems management dont", []string{"/reasons/you-see-problems-first/", "/reasons/leaders-need-help-from-below/", "/reasons/leadership-belongs-at-every-level/"}},
	{"flagging a risk to my manager before it blows up", []string{"/steps/be-transparent/", "/reasons/you-see-problems-first/", "/pitfalls/surprising-with-bad-news/", "/reasons/leaders-need-help-from-below/"}},
	{"sending my boss too many messages", []string{"/pitfalls/wasting-their-time/"}},
	{"me and my boss dont get on", []string{"/steps/build-the-relationship/", "/steps/give-it-time/", "/steps/speak-kindly/"}},
	{"remembering the boss is a person too", []string{"/steps/treat-your-boss-as-a-colleague/", "/steps/understand-their-role/"}},
	{"role play for a team training day", []string{"/workshop/exercises/deliver-bad-news-early/", "/workshop/exercises/", "/workshop/", "/workshop/pack/"}},
	{"checklist to rate myself", []string{"/workshop/self-assessment/", "/cheatsheets/self-assessment/"}},
	{"translating the guide for our french office", []string{"/forking/"}},
	{"my boss passes off my work as his own", []string{"/pitfalls/expecting-credit/", "/reasons/a-win-for-both/"}},
	{"stuck in my career and my boss doesnt help", []string{"/reasons/you-need-their-support/", "/reasons/it-grows-your-career/"}},
	{"schmoozing the boss to get ahead", []string{"/pitfalls/manipulating-your-boss/"}},
	{"get my own house in order before helping", []string{"/steps/start-with-yourself/", "/pitfalls/neglecting-your-own-work/"}},
	{"how to phrase an ask so its easy to say yes to", []string{"/steps/state-a-clear-need/", "/pitfalls/making-vague-requests/", "/tools/request/", "/workshop/exercises/rewrite-a-request/"}},
	{"how do i be more proactive with my manager", []string{"/steps/be-a-solution/", "/steps/do-more-than-asked/", "/steps/claim-your-empowerment/"}},
	{"leadership is everyones job", []string{"/reasons/leadership-belongs-at-every-level/"}},
	{"so fed up with my useless boss", []string{"/reasons/no-one-is-fully-qualified/", "/steps/speak-kindly/", "/steps/give-it-time/", "/reasons/your-boss-needs-help/", "/reasons/duty-to-step-up/"}},
	{"my team is suffering because our manager is struggling", []string{"/reasons/your-work-depends-on-it/", "/reasons/duty-to-step-up/"}},
	// Questions the site cannot answer.
	{"unfair dismissal claim", nil},
	{"how do i make a formal complaint about my supervisor", nil},
	{"how to make a gantt chart", nil},
	{"writing performance goals for my direct reports", nil},
	{"how to manage a team of 12 engineers", nil},
}
