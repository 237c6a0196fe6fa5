package e2e

// The relevance test's questions, written the way readers who manage up ask
// them, before the search was tuned. Each lists the pages any of which is a
// right answer; a question with no pages is one the site cannot answer, and
// the search must say so instead of offering weak matches.
//
// tuningQueries were used to tune the search (stop words, spellings,
// situations, ranking); heldOutQueries were written at the same time and
// never looked at while tuning, so their scores are the honest ones.

// query is one reader question and the pages that answer it.
type query struct {
	q     string
	pages []string // right answers, any order; none means "not covered"
}

var tuningQueries = []query{
	{"my boss micromanages me", []string{"/steps/claim-your-empowerment/", "/pitfalls/waiting-to-be-empowered/", "/steps/build-the-relationship/"}},
	{"boss takes credit for my work", []string{"/pitfalls/expecting-credit/"}},
	{"how to disagree with my manager", []string{"/steps/find-the-shared-win/", "/pitfalls/pushing-past-pushback/", "/pitfalls/assuming-you-know-better/"}},
	{"coworkers gossip about my manager", []string{"/pitfalls/talking-behind-their-back/", "/steps/speak-kindly/"}},
	{"my manger never has time for me", []string{"/reasons/your-leader-is-stretched/"}},
	{"I have to tell my boss about a mistake", []string{"/steps/be-transparent/", "/pitfalls/surprising-with-bad-news/", "/workshop/exercises/deliver-bad-news-early/"}},
	{"my boss is always too busy", []string{"/reasons/your-leader-is-stretched/"}},
	{"how do I ask my boss for more budget", []string{"/steps/state-a-clear-need/", "/steps/bring-the-facts/", "/steps/give-context/", "/workshop/exercises/rewrite-a-request/", "/pitfalls/making-vague-requests/"}},
	{"my boss keeps saying no", []string{"/pitfalls/pushing-past-pushback/", "/steps/find-the-shared-win/", "/pitfalls/ignoring-what-your-boss-needs/"}},
	{"is managing up just sucking up", []string{"/pitfalls/manipulating-your-boss/", "/reasons/a-win-for-both/"}},
	{"flattering the boss", []string{"/pitfalls/manipulating-your-boss/"}},
	{"new manager first 90 days", []string{"/steps/build-the-relationship/", "/steps/understand-their-role/", "/steps/give-it-time/"}},
	{"I am scared to speak up in meetings", []string{"/pitfalls/being-afraid-to-help/", "/pitfalls/being-intimidated-by-titles/", "/steps/treat-your-boss-as-a-colleague/"}},
	{"intimidated by the CEO", []string{"/pitfalls/being-intimidated-by-titles/"}},
	{"why should I help my boss", []string{"/reasons/your-boss-needs-help/", "/reasons/a-win-for-both/", "/reasons/your-work-depends-on-it/", "/essays/why-leading-up-is-necessary/", "/reasons/"}},
	{"leading without a title", []string{"/reasons/leadership-belongs-at-every-level/"}},
	{"organizational change is hard on my manager", []string{"/reasons/demands-are-new-to-everyone/"}},
	{"how to prioritize what I ask my manager for", []string{"/steps/set-the-timing/", "/steps/state-a-clear-need/", "/pitfalls/wasting-their-time/"}},
	{"what pressures is my manager under", []string{"/steps/understand-their-role/", "/workshop/exercises/map-your-managers-pressures/"}},
	{"printable cheat sheet of pitfalls", []string{"/cheatsheets/pitfalls-to-avoid/"}},
	{"workshop exercises", []string{"/workshop/exercises/", "/workshop/"}},
	{"self assessment checklist", []string{"/workshop/self-assessment/", "/cheatsheets/self-assessment/"}},
	{"I keep making excuses", []string{"/pitfalls/making-excuses/"}},
	{"my idea was rejected", []string{"/pitfalls/pushing-past-pushback/", "/pitfalls/ignoring-what-your-boss-needs/", "/steps/find-the-shared-win/", "/steps/show-the-results/"}},
	{"how to pitch an idea to my boss", []string{"/steps/show-the-results/", "/steps/find-the-shared-win/", "/steps/bring-the-facts/", "/pitfalls/ignoring-what-your-boss-needs/"}},
	{"I think I'm smarter than my boss", []string{"/pitfalls/assuming-you-know-better/"}},
	{"going over my boss's head", []string{"/pitfalls/talking-behind-their-back/"}},
	{"my own work is slipping because I help my boss", []string{"/pitfalls/neglecting-your-own-work/", "/steps/start-with-yourself/"}},
	{"I want a promotion", []string{"/reasons/it-grows-your-career/"}},
	{"leading upwards essay", []string{"/essays/leading-upwards/"}},
	{"maternity leave", nil},
	{"how to negotiate my salary", nil},
	{"report harassment by my boss", nil},
	{"write a resignation letter", nil},
	{"how do I fire an employee", nil},
}

var heldOutQueries = []query{
	{"my manager watches everything I do", []string{"/steps/claim-your-empowerment/", "/pitfalls/waiting-to-be-empowered/", "/steps/build-the-relationship/"}},
	{"manager presents my ideas as his own", []string{"/pitfalls/expecting-credit/"}},
	{"venting about my boss to coworkers", []string{"/pitfalls/talking-behind-their-back/", "/steps/speak-kindly/"}},
	{"how to push back on my boss", []string{"/pitfalls/pushing-past-pushback/", "/steps/find-the-shared-win/"}},
	{"I missed a deadline, how do I tell my manager", []string{"/steps/be-transparent/", "/pitfalls/surprising-with-bad-news/", "/workshop/exercises/deliver-bad-news-early/"}},
	{"my boss is never available", []string{"/reasons/your-leader-is-stretched/"}},
	{"my boss doesnt trust me", []string{"/steps/build-the-relationship/", "/steps/start-with-yourself/"}},
	{"how to get my boss to support my project", []string{"/reasons/you-need-their-support/", "/steps/find-the-shared-win/", "/steps/show-the-results/"}},
	{"my supervisor is overwhelmed", []string{"/reasons/your-boss-needs-help/", "/reasons/your-leader-is-stretched/"}},
	{"bos too busy for one on ones", []string{"/reasons/your-leader-is-stretched/"}},
	{"how to make a business case to my manager", []string{"/steps/bring-the-facts/", "/steps/show-the-results/"}},
	{"my requests keep getting ignored", []string{"/pitfalls/making-vague-requests/", "/steps/set-the-timing/", "/steps/give-context/", "/steps/state-a-clear-need/"}},
	{"nervous talking to senior executives", []string{"/pitfalls/being-intimidated-by-titles/"}},
	{"should I offer to help my boss", []string{"/reasons/your-boss-needs-help/", "/pitfalls/being-afraid-to-help/", "/steps/be-a-solution/"}},
	{"bring solutions not problems", []string{"/steps/be-a-solution/"}},
	{"my boss is incompetent", []string{"/reasons/no-one-is-fully-qualified/", "/pitfalls/assuming-you-know-better/"}},
	{"my manager was never trained to manage", []string{"/reasons/no-one-is-fully-qualified/"}},
	{"I'm not a manager, can I still lead", []string{"/reasons/leadership-belongs-at-every-level/"}},
	{"take initiative at work", []string{"/steps/do-more-than-asked/", "/steps/claim-your-empowerment/", "/reasons/duty-to-step-up/"}},
	{"my boss is struggling and nobody steps in", []string{"/reasons/duty-to-step-up/"}},
	{"I realize my boss has gaps", []string{"/reasons/no-one-is-fully-qualified/", "/reasons/your-boss-needs-help/"}},
	{"apologizing to my manager for a mistake", []string{"/steps/be-transparent/", "/pitfalls/making-excuses/"}},
	{"office politics", []string{"/pitfalls/manipulating-your-boss/"}},
	{"comunicate urgency to my boss", []string{"/steps/set-the-timing/"}},
	{"what is leading up", []string{"/overview/", "/essays/how-do-i-lead-up/", "/essays/why-leading-up-is-necessary/", "/"}},
	{"one page summary to print", []string{"/cheatsheets/leading-up-on-one-page/", "/cheatsheets/"}},
	{"discussion questions for a team session", []string{"/workshop/discussion-questions/"}},
	{"I want to become a leader", []string{"/reasons/it-grows-your-career/", "/reasons/leadership-belongs-at-every-level/"}},
	{"customers complain to me before my boss hears", []string{"/reasons/you-see-problems-first/"}},
	{"my boss asked me to stop bothering her with small questions", []string{"/pitfalls/wasting-their-time/"}},
	{"paternity leave policy", nil},
	{"how to ask for a pay rise", nil},
	{"sue my employer for discrimination", nil},
	{"how to write a cover letter", nil},
	{"best laptop for working from home", nil},
}
