package e2e

// blind11Queries is a fifteenth set of reader questions, written on 1
// December 2026 before the third round of search changes of that day (issue
// 9), in the shape readers type them: lower case, typos, no punctuation,
// whole situations, two-word queries, questions, US and UK spellings, and
// eight the site cannot answer (dismissals, resigning, unpaid weekends,
// managing a team, an affair, job offers, formal complaints, team games).
// None repeats an earlier set. The expected pages were chosen by reading
// the site's pages (the vocabulary's terms, the essays, the workshop kit,
// the tools and the cheat sheets), never by running the search. Its first
// run, on main a0acd74 before any change: success@3 0.797, MRR 0.718
// over 64 questions, 1 answerable one with no results, 5 of the 8
// unanswerable ones answered with a no-results message. Its misses are read
// while changing the search, so from then on it flatters; blind12Queries,
// written with it, is the honest figure.
var blind11Queries = []query{
	// Situations, word forms, typos, US/UK spellings and short queries, as typed.
	{"my manager changed and the new one hates me", []string{"/steps/build-the-relationship/", "/steps/give-it-time/"}},
	{"boss always checking up on me", []string{"/steps/claim-your-empowerment/", "/pitfalls/waiting-to-be-empowered/", "/steps/build-the-relationship/"}},
	{"need to warn my manager we will miss the launch date", []string{"/steps/be-transparent/", "/pitfalls/surprising-with-bad-news/", "/workshop/exercises/deliver-bad-news-early/"}},
	{"my supervisor never replies to my emails", []string{"/reasons/your-leader-is-stretched/", "/pitfalls/making-vague-requests/", "/pitfalls/wasting-their-time/"}},
	{"boss keeps rejecting my proposals", []string{"/pitfalls/pushing-past-pushback/", "/steps/find-the-shared-win/", "/pitfalls/ignoring-what-your-boss-needs/", "/steps/show-the-results/"}},
	{"coworker bad mouths the boss all day", []string{"/steps/speak-kindly/", "/pitfalls/talking-behind-their-back/"}},
	{"my manager is brand new and doesnt know the team yet", []string{"/steps/build-the-relationship/", "/steps/give-it-time/", "/steps/understand-their-role/", "/reasons/no-one-is-fully-qualified/"}},
	{"how to get my manager to trust me more", []string{"/steps/build-the-relationship/", "/steps/start-with-yourself/"}},
	{"how to show leadership as a junior", []string{"/reasons/leadership-belongs-at-every-level/"}},
	{"boss is overworked and grumpy", []string{"/reasons/your-boss-needs-help/", "/reasons/your-leader-is-stretched/"}},
	{"afraid to tell my boss i made an error", []string{"/steps/be-transparent/", "/pitfalls/surprising-with-bad-news/", "/pitfalls/being-afraid-to-help/"}},
	{"my manager is useless", []string{"/reasons/no-one-is-fully-qualified/", "/pitfalls/assuming-you-know-better/"}},
	{"pitching my idea to the vp", []string{"/steps/show-the-results/", "/steps/find-the-shared-win/", "/steps/bring-the-facts/", "/pitfalls/being-intimidated-by-titles/"}},
	{"i feel like my boss is out to get me", []string{"/steps/build-the-relationship/", "/steps/give-it-time/"}},
	{"my boss blames me for everything", []string{"/pitfalls/making-excuses/"}},
	{"managing up vs sucking up", []string{"/pitfalls/manipulating-your-boss/", "/reasons/a-win-for-both/"}},
	{"my team lead is never around", []string{"/reasons/your-leader-is-stretched/", "/reasons/duty-to-step-up/"}},
	{"what to do when your boss is wrong", []string{"/reasons/leaders-need-help-from-below/", "/pitfalls/being-afraid-to-help/", "/steps/find-the-shared-win/", "/pitfalls/assuming-you-know-better/"}},
	{"i have way too much on my plate", []string{"/pitfalls/neglecting-your-own-work/", "/steps/state-a-clear-need/", "/steps/be-transparent/"}},
	{"how to make my managers life easier", []string{"/steps/be-a-solution/", "/steps/do-more-than-asked/", "/reasons/your-boss-needs-help/", "/reasons/a-win-for-both/"}},
	{"boss does not give feedback", []string{"/reasons/your-leader-is-stretched/", "/steps/build-the-relationship/"}},
	{"i think my boss is about to make a huge mistake", []string{"/reasons/leaders-need-help-from-below/", "/pitfalls/being-afraid-to-help/"}},
	{"nobody on my team takes charge", []string{"/reasons/duty-to-step-up/"}},
	{"my manager left and theres no replacement yet", []string{"/reasons/duty-to-step-up/"}},
	{"how to ask for more people on my team", []string{"/steps/state-a-clear-need/", "/steps/give-context/", "/steps/bring-the-facts/", "/tools/request/"}},
	{"boss said my proposal had no data", []string{"/steps/bring-the-facts/", "/pitfalls/asking-on-speculation/"}},
	{"i only ever bring my boss problems", []string{"/steps/be-a-solution/"}},
	{"boss has no people skills", []string{"/reasons/no-one-is-fully-qualified/"}},
	{"i dont want to look like a brown noser", []string{"/pitfalls/manipulating-your-boss/"}},
	{"keeping my boss in the loop", []string{"/steps/be-transparent/"}},
	{"how often should i email my manager", []string{"/pitfalls/wasting-their-time/"}},
	{"company merger and new management", []string{"/reasons/demands-are-new-to-everyone/"}},
	{"my boss is scared of new technology", []string{"/reasons/demands-are-new-to-everyone/"}},
	{"i am nervous presenting to the board", []string{"/pitfalls/being-intimidated-by-titles/"}},
	{"why help my manager when they dont help me", []string{"/reasons/a-win-for-both/", "/reasons/your-boss-needs-help/", "/reasons/", "/reasons/it-grows-your-career/", "/essays/why-leading-up-is-necessary/", "/reasons/your-work-depends-on-it/"}},
	{"benefits of managing up", []string{"/reasons/", "/reasons/a-win-for-both/", "/reasons/it-grows-your-career/", "/cheatsheets/why-lead-up/", "/essays/why-leading-up-is-necessary/", "/overview/"}},
	{"i exaggerated my progress to my boss", []string{"/steps/be-transparent/"}},
	{"boss micromanaging every email i send", []string{"/steps/claim-your-empowerment/", "/pitfalls/waiting-to-be-empowered/", "/essays/why-leading-up-is-necessary/"}},
	{"blamed by my manager for a coworkers mistake", []string{"/pitfalls/making-excuses/"}},
	{"gossiped about my boss and she found out", []string{"/pitfalls/talking-behind-their-back/"}},
	{"my boss micromanges", []string{"/steps/claim-your-empowerment/", "/pitfalls/waiting-to-be-empowered/", "/steps/build-the-relationship/", "/essays/why-leading-up-is-necessary/"}},
	{"organisation restructure", []string{"/reasons/demands-are-new-to-everyone/"}},
	{"credit stealing manger", []string{"/pitfalls/expecting-credit/"}},
	{"how to apologise to my supervisor", []string{"/steps/be-transparent/", "/pitfalls/making-excuses/"}},
	{"my boss critisized my work in front of everyone", []string{"/pitfalls/making-excuses/"}},
	{"hard to work for boss", []string{"/steps/build-the-relationship/", "/steps/speak-kindly/", "/steps/give-it-time/"}},
	{"absent manager", []string{"/reasons/your-leader-is-stretched/", "/reasons/duty-to-step-up/"}},
	{"unclear asks", []string{"/pitfalls/making-vague-requests/"}},
	{"workplace politics", []string{"/pitfalls/manipulating-your-boss/"}},
	// The pack itself.
	{"slides for a training on managing up", []string{"/workshop/", "/workshop/pack/"}},
	{"print the cheat sheets on letter paper", []string{"/cheatsheets/", "/workshop/pack/", "/cheatsheets/leading-up-on-one-page/"}},
	{"reading group discussion prompts", []string{"/workshop/discussion-questions/"}},
	{"exercise about my managers priorities", []string{"/workshop/exercises/map-your-managers-pressures/"}},
	{"template for asking my boss for money", []string{"/tools/request/"}},
	{"can i reuse this content", []string{"/about/", "/forking/"}},
	{"carly fiorina story", []string{"/essays/how-do-i-lead-up/", "/workshop/exercises/find-the-shared-win/"}},
	// Questions the site cannot answer.
	{"how to dismiss a poor performer on my team", nil},
	{"my boss wants me to work weekends unpaid", nil},
	{"resigning from my job with two weeks notice", nil},
	{"team building games for remote teams", nil},
	{"how to manage a team of engineers", nil},
	{"my boss is having an affair", nil},
	{"negotiate a job offer", nil},
	{"filing a complaint against my supervisor", nil},
}
