package e2e

// blind12Queries is a sixteenth set of reader questions, written on 1
// December 2026 together with blind11Queries and before that session's
// changes, the same kinds and none repeating an earlier set, the expected
// pages chosen by reading the site's pages, never by running the search.
// It was not run until the session's changes were done: its first run, on
// the search as landed at e9144f8, is the honest figure for them: success@3
// 0.817, MRR 0.762 over 60 questions, 2 answerable ones with no results
// ("my boss is a terrible leader", "my boss is younger than me"), 6 of the
// 8 unanswerable ones answered with a no-results message (blind11, read
// while making the changes, went 0.797/0.718 -> 1.000/0.904). Its misses
// were then printed and read for the session's report, so it flatters from
// then on. Held: it runs only with LEADUP_RELEVANCE_HELD=1. Never tune on
// it; write a new set.
var blind12Queries = []query{
	// Situations, word forms, typos, US/UK spellings and short queries, as typed.
	{"my boss takes forever to approve anything", []string{"/steps/set-the-timing/", "/reasons/your-leader-is-stretched/"}},
	{"manager wants updates every hour", []string{"/steps/claim-your-empowerment/", "/steps/build-the-relationship/", "/pitfalls/waiting-to-be-empowered/", "/essays/why-leading-up-is-necessary/"}},
	{"i messed up and my boss doesnt know yet", []string{"/steps/be-transparent/", "/pitfalls/surprising-with-bad-news/"}},
	{"how to tell my boss about a problem in our process", []string{"/reasons/you-see-problems-first/", "/steps/be-a-solution/"}},
	{"customers keep complaining and management ignores it", []string{"/reasons/you-see-problems-first/", "/reasons/leaders-need-help-from-below/"}},
	{"my boss is a terrible leader", []string{"/reasons/no-one-is-fully-qualified/", "/reasons/your-leader-is-stretched/", "/reasons/duty-to-step-up/"}},
	{"i dont like my new manager", []string{"/steps/build-the-relationship/", "/steps/give-it-time/"}},
	{"how do i get my boss on board with my idea", []string{"/steps/find-the-shared-win/", "/reasons/you-need-their-support/", "/steps/show-the-results/"}},
	{"my manager gets defensive when i suggest things", []string{"/steps/find-the-shared-win/", "/pitfalls/assuming-you-know-better/"}},
	{"coworkers always venting about our supervisor", []string{"/steps/speak-kindly/", "/pitfalls/talking-behind-their-back/"}},
	{"went over my bosses head and now shes mad", []string{"/pitfalls/talking-behind-their-back/"}},
	{"my boss overloads me with work", []string{"/steps/state-a-clear-need/", "/steps/be-transparent/", "/pitfalls/neglecting-your-own-work/"}},
	{"too shy to talk to my manager", []string{"/steps/treat-your-boss-as-a-colleague/", "/pitfalls/being-afraid-to-help/"}},
	{"my director scares me", []string{"/pitfalls/being-intimidated-by-titles/", "/steps/treat-your-boss-as-a-colleague/"}},
	{"how to handle a manager who is always stressed", []string{"/reasons/your-boss-needs-help/"}},
	{"taking on my bosses tasks when she is away", []string{"/steps/do-more-than-asked/", "/reasons/duty-to-step-up/"}},
	{"nobody thanks me for staying late", []string{"/pitfalls/expecting-credit/"}},
	{"my manager doesnt value my opinion", []string{"/pitfalls/ignoring-what-your-boss-needs/", "/steps/bring-the-facts/"}},
	{"should i offer to help my overwhelmed boss", []string{"/reasons/your-boss-needs-help/", "/steps/be-a-solution/", "/pitfalls/being-afraid-to-help/"}},
	{"my boss has no vision", []string{"/steps/understand-their-role/", "/reasons/duty-to-step-up/", "/reasons/your-leader-is-stretched/"}},
	{"boss doesnt answer my questions", []string{"/reasons/your-leader-is-stretched/", "/pitfalls/wasting-their-time/", "/pitfalls/making-vague-requests/"}},
	{"i dont know what my manager wants from me", []string{"/steps/understand-their-role/"}},
	{"pushing back on my boss", []string{"/pitfalls/pushing-past-pushback/", "/steps/find-the-shared-win/", "/pitfalls/being-afraid-to-help/"}},
	{"should i keep asking after my boss said no", []string{"/pitfalls/pushing-past-pushback/"}},
	{"my company keeps changing everything", []string{"/reasons/demands-are-new-to-everyone/"}},
	{"managing up while working remotely", []string{"/steps/build-the-relationship/", "/reasons/your-leader-is-stretched/"}},
	{"how to become a manager someday", []string{"/reasons/it-grows-your-career/"}},
	{"why do bosses need help from their team", []string{"/reasons/leaders-need-help-from-below/", "/reasons/your-boss-needs-help/", "/reasons/", "/essays/why-leading-up-is-necessary/"}},
	{"my boss is smart but disorganized", []string{"/reasons/your-leader-is-stretched/", "/reasons/your-work-depends-on-it/"}},
	{"i keep saying its not my fault", []string{"/pitfalls/making-excuses/"}},
	{"asking my manager for a new laptop", []string{"/steps/state-a-clear-need/", "/steps/give-context/", "/tools/request/", "/steps/bring-the-facts/"}},
	{"boss thinks i ask too many questions", []string{"/pitfalls/wasting-their-time/"}},
	{"i told my boss what he wanted to hear", []string{"/pitfalls/manipulating-your-boss/", "/steps/be-transparent/"}},
	{"my boss is younger than me", []string{"/pitfalls/assuming-you-know-better/", "/reasons/no-one-is-fully-qualified/"}},
	{"my boss wont delagate", []string{"/reasons/your-boss-needs-help/", "/steps/claim-your-empowerment/"}},
	{"apologising for a missed deadline", []string{"/steps/be-transparent/"}},
	{"organising my one to ones", []string{"/steps/build-the-relationship/", "/pitfalls/wasting-their-time/"}},
	{"colleage gossip", []string{"/pitfalls/talking-behind-their-back/", "/steps/speak-kindly/"}},
	{"recogniton for my work", []string{"/pitfalls/expecting-credit/"}},
	{"intimadated by senior managment", []string{"/pitfalls/being-intimidated-by-titles/"}},
	{"favouritism at work", []string{"/steps/build-the-relationship/"}},
	{"micromanagement", []string{"/steps/claim-your-empowerment/", "/pitfalls/waiting-to-be-empowered/", "/essays/why-leading-up-is-necessary/", "/steps/build-the-relationship/"}},
	{"transparency", []string{"/steps/be-transparent/"}},
	{"boss burnout", []string{"/reasons/your-boss-needs-help/"}},
	{"initiative", []string{"/steps/do-more-than-asked/", "/reasons/duty-to-step-up/", "/steps/claim-your-empowerment/"}},
	// The pack itself.
	{"how much time do i need to run the session", []string{"/workshop/"}},
	{"agenda for a 90 minute session", []string{"/workshop/"}},
	{"score myself on managing up", []string{"/workshop/self-assessment/", "/cheatsheets/self-assessment/"}},
	{"all the pitfalls on one page", []string{"/cheatsheets/pitfalls-to-avoid/", "/pitfalls/"}},
	{"german version", []string{"/forking/"}},
	{"list of all the steps", []string{"/steps/", "/cheatsheets/how-to-lead-up/"}},
	{"role play bad news", []string{"/workshop/exercises/deliver-bad-news-early/"}},
	// Questions the site cannot answer.
	{"my colleague takes credit for my work", nil},
	{"what to wear to an interview", nil},
	{"is it legal to be fired for being pregnant", nil},
	{"giving feedback to my direct reports", nil},
	{"remote work policy", nil},
	{"my boss touches me inappropriately", nil},
	{"learning python for work", nil},
	{"asking for a bonus", nil},
}
