// junkrules.go: the junk rules as reviewed data. Each rule is one row: a
// name, the reason it writes to the report, one pattern (case-insensitive
// RE2), its limits (the most words a line may have, and an optional cheap
// prefilter of substrings), and lines it must and must not match, which
// TestJunkRules runs. junkLine (junk.go) tries the rows in order and the
// first match gives the reason. The table continues in junkrules_more.go.

package normalize

import (
	"strings"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
)

// junkRule is one row of the junk-rule table.
type junkRule struct {
	name string   // what the rule finds, for review and test names
	why  string   // the reason written to Report.Dropped
	max  int      // the rule applies to lines of at most max words
	pat  string   // the pattern, case-insensitive
	need []string // if set, the lower-cased line must contain one of these (a prefilter)
	yes  []string // lines the rule must match
	no   []string // near misses it must not match
	re   *prefilter.Regexp
}

// matches reports whether the rule matches line x of w words (lower is
// the line lower-cased, worked out when a rule first needs it).
func (r *junkRule) matches(x prefilter.Text, lower *lowered, w int) bool {
	if w > r.max || !r.re.MayMatchText(x) || len(r.need) > 0 && !containsAny(lower.get(), r.need) {
		return false
	}
	return r.re.Regexp.MatchString(x.String()) // (the prefilter has passed)
}

// matchesAfterPrefilter is matches for a line of at most r.max words
// whose text passed r.re's prefilter (see judgeLine).
func (r *junkRule) matchesAfterPrefilter(t string, lower *lowered) bool {
	if len(r.need) > 0 && !containsAny(lower.get(), r.need) {
		return false
	}
	return r.re.Regexp.MatchString(t)
}

// matchesLine is matches for a line on its own.
func (r *junkRule) matchesLine(t string) bool {
	return r.matches(prefilter.Prepare(t), &lowered{s: t}, wordCount(t))
}

// lowered is a string lower-cased on first use.
type lowered struct {
	s, lower string
	done     bool
}

func (l *lowered) get() string {
	if !l.done {
		l.lower, l.done = strings.ToLower(l.s), true
	}
	return l.lower
}

// compileJunkRules compiles the patterns of a table.
func compileJunkRules(rs ...[]junkRule) []junkRule {
	var all []junkRule
	for _, part := range rs {
		for _, r := range part {
			r.re = rx(r.pat)
			all = append(all, r)
		}
	}
	return all
}

// junkRules is the whole table, in the order junkLine tries it.
var junkRules = compileJunkRules(junkRulesPost, junkRulesPage, junkRulesSite, junkRulesLang, junkRulesCards, junkRulesSocial)

// junkTable tests the prefilters of junkRules' patterns together, and
// junkByWords[w] is the bitmap of the rows that apply to a line of w words
// (a line of more words than any row's limit is no row's).
var junkTable, junkByWords = indexJunkRules(junkRules)

func indexJunkRules(rs []junkRule) (*prefilter.Table, [][]uint64) {
	res := make([]*prefilter.Regexp, len(rs))
	most := 0
	for i := range rs {
		res[i] = rs[i].re
		most = max(most, rs[i].max)
	}
	byWords := make([][]uint64, most+1)
	for w := range byWords {
		m := make([]uint64, (len(rs)+63)/64)
		for i := range rs {
			if w <= rs[i].max {
				m[i>>6] |= 1 << (i & 63)
			}
		}
		byWords[w] = m
	}
	return prefilter.NewTable(res), byWords
}

// junkRulesPost: comment forms, sharing, credits, reading chrome,
// newsletters, consent and login prompts, navigation, tags, related
// articles and ads.
var junkRulesPost = []junkRule{
	// comment forms
	{name: "comment form", why: whyForm, max: 25,
		pat: `^(?:leave a (?:reply|comment|response)|post (?:a )?comment|add a comment|write a (?:comment|response)|submit comment|cancel reply|` +
			`your email address will not be published|required fields are marked|save my name, email|notify me of (?:follow-up comments|new posts)|` +
			`comments?(?:\s*\*|\s*\(?\d+\)?)?$|name\s*\*|email\s*\*|website\s*\*?$|you must be logged in to post a comment|this site uses akismet|what are your thoughts\??|` +
			`add a comment…|add a comment\.\.\.|be the first to comment)`,
		need: []string{"leave a", "post", "add a", "write a", "submit", "cancel", "email", "required", "save my", "notify", "comment", "name", "website", "logged in", "akismet", "thoughts", "be the first"},
		yes:  []string{"Leave a Reply", "Your email address will not be published.", "Notify me of new posts by email.", "Comments 48", "Comment *"},
		no:   []string{"Leave a margin in the plan for surprises.", "Name the decision you need.", "Comment parler à son manager", "Website redesigns and the bosses who approve them"}},
	// share buttons
	{name: "share row", why: whyShare, max: 14,
		pat: `^(?:(?:share|tweet|pin|print|email|e-mail|copy link|copy url|save|bookmark|facebook|twitter|x|linkedin|pinterest|whatsapp|reddit|telegram|threads|bluesky|mastodon|messenger|share this(?: article| post| story)?|share on \w+|share via \w+|click to share on \w+(?: \(opens in new window\))?|repost|send)` +
			`\s*[:|·•,/]?\s*)+$`,
		yes: []string{"Share", "Facebook Twitter LinkedIn Email", "Click to share on LinkedIn (Opens in new window)"},
		no:  []string{"Share the update before the meeting.", "Print the agenda on one page and bring it."}},
	{name: "share prompt", why: whyShare, max: 8,
		pat: `^(?:share|spread) (?:this|the word)\b.{0,40}$`,
		yes: []string{"Share this article", "Spread the word!"},
		no:  []string{"Share the plan with your team on Monday."}},
	// photo credits and captions
	{name: "photo credit", why: whyPhoto, max: 16,
		pat:  `^(?:photo|image|picture|illustration|graphic|header image|cover image|featured image|photograph|photography|illustrations)s?(?:(?: by| credit| courtesy(?: of)?| source)\s*[:\-–—]?\s+|\s*[:\-–—]\s*(?-i:[\p{Lu}©(]))\S.{0,120}$`,
		need: []string{"photo", "image", "picture", "illustration", "graphic"},
		yes:  []string{"Photo by Jane Doe", "Image credit: ACME Studio"},
		no:   []string{"Photography taught me patience with my manager.", "Picture this: your boss has five minutes."}},
	{name: "credit in brackets", why: whyPhoto, max: 30,
		pat:  `^[(\[]?(?:photo|image|credit|credits|illustration|picture|graphic)s?\s*[:©].{0,160}$`,
		need: []string{"photo", "image", "picture", "illustration", "graphic", "credit"},
		yes:  []string{"(Photo: Lars Engqvist)", "Credits: Getty"},
		no:   []string{"Credit where it is due matters to every manager."}},
	{name: "caption ending in a credit", why: whyPhoto, max: 30,
		pat:  `(?:^|[.)]\s)(?:photograph|photo|image|illustration|picture)(?:\s+credit)?\s*:\s*[^.]{1,80}\.?$`,
		need: []string{"photo", "image", "illustration", "picture"},
		yes:  []string{"Managers at work. Photograph: Lars Engqvist/Ledger", "The team at the offsite. Photo: Jane Doe"},
		no:   []string{"A photograph of the whiteboard is a poor record of a decision."}},
	{name: "stock photo credit", why: whyPhoto, max: 16,
		pat:  `^.{0,80}\b(?:on|via) (?:unsplash|pexels|pixabay|shutterstock|getty images|istock|adobe stock)\.?\)?$`,
		need: []string{"unsplash", "pexels", "pixabay", "shutterstock", "getty", "istock", "adobe stock"},
		yes:  []string{"Photo by Sam Lee on Unsplash", "Image via Shutterstock"},
		no:   []string{"We met on Zoom via a link she sent."}},
	{name: "copyright line", why: whyFooter, max: 14,
		pat: `^(?:©|\(c\)\s*\d{4}|copyright\b)\s*.{0,80}$`,
		yes: []string{"© 2024 The Northern Ledger", "Copyright 2023 Jane Doe. All rights reserved."},
		no:  []string{"Copying your manager on every mail is not leading up."}},
	{name: "booking call to action", why: whyAd, max: 12,
		pat: `^(?:book (?:a|your) (?:free )?(?:\d+[- ]min(?:ute)?s?\s+)?(?:call|consultation|session|discovery call|demo|place)|schedule a (?:free )?(?:call|consultation|demo)|work with me|hire me|buy (?:the|my) book)\b.{0,60}$`,
		yes: []string{"Book a free 30-minute call", "Work with me"},
		no:  []string{"Book time with your manager before the review."}},
	{name: "markdown image", why: whyImage, max: 40,
		pat: `^!\[.*\]\(.*\)$`,
		yes: []string{"![A desk](desk.jpg)"},
		no:  []string{"See the chart [here](chart.html)."}},
	// read time, Medium chrome
	{name: "audio and gift buttons", why: whyShare, max: 8,
		pat: `^(?:listen to (?:this|the) (?:article|story|episode)|gift this article|give this article)\b.{0,30}$`,
		yes: []string{"Listen to this article · 6 min", "Gift this article"},
		no:  []string{"Listen to what your manager worries about."}},
	{name: "publishing-platform chrome", why: whyReadTime, max: 6,
		pat: `^(?:member-only story|listen|open in app|sign up to discover|get unlimited access|(?:\+ |· )?(?:follow|following|folgen|suivre|seguir|segui|volgen|obserwuj)|written by\s*$|top highlight)$`,
		yes: []string{"Member-only story", "Open in app", "+ Follow", "Seguir"},
		no:  []string{"Follow up in writing."}},
	{name: "read time", why: whyReadTime, max: 14,
		pat:  `(?:^|[·•|\s])\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read\b`,
		need: []string{"read"},
		yes:  []string{"5 min read", "Jane Doe · 7 min read · Mar 3, 2024"},
		no:   []string{"I read it in 5 minutes flat and thought about it all day long."}},
	{name: "reading time label", why: whyReadTime, max: 8,
		pat: `^(?:reading time|lesezeit|temps de lecture)\s*:?\s*\d+.{0,20}$`,
		yes: []string{"Reading time: 4 minutes", "Lesezeit: 3 Min."},
		no:  []string{"Reading time is part of the job."}},
	// newsletter
	{name: "newsletter sign-up", why: whyNewsletter, max: 25,
		pat:  `^(?:subscribe|sign up|join|get)\b.{0,80}\b(?:newsletter|updates|inbox(?:es)?|mailing list|subscribers)\b`,
		need: []string{"newsletter", "updates", "inbox", "mailing", "subscribers"},
		yes:  []string{"Subscribe to our weekly newsletter", "Sign up for updates from the team"},
		no:   []string{"Get clear on what your manager needs."}},
	{name: "newsletter field", why: whyNewsletter, max: 10,
		pat: `^(?:subscribe(?: now| today| for free)?|enter your email(?: address)?|your email(?: address)?|email address|sign up|join now|join for free|subscribe to \S.{0,60})[.!:]?$`,
		yes: []string{"Subscribe now", "Enter your email address", "Subscribe to Leading Up Weekly"},
		no:  []string{"Subscribe your team to the shared calendar first, then ask."}},
	{name: "newsletter prompt", why: whyNewsletter, max: 25,
		pat:  `\b(?:newsletter|subscribers)\b.{0,60}\b(?:sign up|subscribe|join|inbox)\b`,
		need: []string{"newsletter", "subscribers"},
		yes:  []string{"Our newsletter goes out weekly: sign up here", "Join 40,000 subscribers who get it in their inbox"},
		no:   []string{"The newsletter I edit for the team is short."}},
	{name: "do-not-miss prompt", why: whyNewsletter, max: 20,
		pat:  `^(?:don't|do not|never) miss (?:a|an|another) (?:post|article|story|update)`,
		need: []string{"miss"},
		yes:  []string{"Don't miss a post", "Never miss another article from us"},
		no:   []string{"Don't miss a deadline without warning your manager."}},
	{name: "thanks-for-reading subscribe", why: whyNewsletter, max: 40,
		pat:  `^thanks for reading\b.{0,200}\b(?:subscribe|sign up|newsletter|support)\b|\bsubscribe (?:for free|now|today) to (?:receive|get|support)\b`,
		need: []string{"subscribe", "thanks for reading"},
		yes:  []string{"Thanks for reading! Subscribe for free to receive new posts.", "Subscribe for free to get new posts by email"},
		no:   []string{"Thanks for reading the draft, she said."}},
	{name: "newsletter box", why: whyNewsletter, max: 10,
		pat: `^(?:type your email…?|type your email\.\.\.|ready for more\?|sign up for more like this\.?|get more like this|no spam\b.{0,40}|unsubscribe any ?time\.?)$`,
		yes: []string{"Type your email…", "No spam, ever.", "Unsubscribe anytime."},
		no:  []string{"Type your notes up the same day."}},
	// cookie and login prompts
	{name: "cookie notice", why: whyCookie, max: 50,
		pat:  `\b(?:we use cookies|this (?:site|website) uses cookies|cookie (?:policy|settings|preferences|consent)|accept (?:all )?cookies|manage cookies)\b`,
		need: []string{"cookie"},
		yes:  []string{"We use cookies to improve your experience.", "Manage cookies"},
		no:   []string{"We used a shared tracker for the project."}},
	{name: "consent button", why: whyCookie, max: 4,
		pat: `^(?:accept|accept all|reject all|decline|allow all|manage preferences|got it|i agree|ok|okay|agree and close|customi[sz]e settings)[.!]?$`,
		yes: []string{"Accept all", "Got it", "Reject all"},
		no:  []string{"Accept the feedback"}},
	{name: "login prompt", why: whyLogin, max: 12,
		pat: `^(?:sign in|log in|login|sign up|register|create (?:an |a free )?account|join now|forgot password\??|log in to continue|sign in to continue|sign in to view more content|sign in to (?:like|comment|reply)|join linkedin|new to linkedin\? join now|already a member\? sign in|not now|continue with google|continue with email)\b.{0,60}$`,
		yes: []string{"Sign in", "Create a free account", "Sign in to view more content"},
		no:  []string{"Signing the contract was the easy part."}},
	{name: "login terms", why: whyLogin, max: 60,
		pat: `^(?:by clicking continue|by continuing)\b.{0,200}\b(?:user agreement|privacy policy|cookie policy|terms)\b`,
		yes: []string{"By clicking Continue, you agree to the User Agreement and Privacy Policy."},
		no:  []string{"By continuing to ask questions you show you care."}},
	// navigation and breadcrumbs
	{name: "breadcrumb from home", why: whyNav, max: 20,
		pat:  `^(?:home|start|blog|articles?|news)\s*(?:>|»|›|/|\\|→|::)\s*\S.{0,150}$`,
		need: []string{"home", "start", "blog", "article", "news"},
		yes:  []string{"Home > Blog > Managing up", "News » Business"},
		no:   []string{"Home is where the work is."}},
	{name: "navigation word", why: whyNav, max: 8,
		pat: `^(?:skip to (?:main )?content|skip to navigation|main menu|menu|toggle navigation|search|search for:?|back to top|scroll to top|go to top|previous(?: post| article)?|next(?: post| article)?|older posts|newer posts|« previous|next »|read more|continue reading|show more|load more|see all|view all|close|home|about|contact(?: us)?|privacy(?: policy)?|terms(?: of (?:use|service))?|cookie policy|sitemap|careers|help|accessibility|report this article|report this|more articles by .{1,40}|see more articles|explore topics|report abuse|powered by .{1,40}|all rights reserved\.?|back to blog)\s*[.:»›>]*$`,
		yes: []string{"Skip to main content", "Back to top", "Read more »", "Privacy Policy"},
		no:  []string{"Read more about your manager's goals before the meeting."}},
	{name: "previous or next post link", why: whyNav, max: 20,
		pat: `^[←→«»‹›<>\s]*(?:previous|next)\s*(?:post|article|story|page|column)?\s*[:»«›‹<>]\s*.{1,120}$`,
		yes: []string{"« Previous post: How to say no", "Next article: Five habits"},
		no:  []string{"Next, write down what you heard."}},
	{name: "site menu", why: whyNav, max: 12,
		pat: `^(?:home|about|blog|contact|services|shop|resources|podcast|events|courses|login|articles)(?:\s*[|·•/]\s*|\s+)(?:home|about|blog|contact|services|shop|resources|podcast|events|courses|login|articles|faq|team|pricing)\b.{0,80}$`,
		yes: []string{"Home About Blog Contact", "Home | Services | Shop"},
		no:  []string{"Home working changed how we talk."}},
	{name: "legal links row", why: whyNav, max: 20,
		pat:  `(?:•|·|\|)\s*(?:all rights reserved|privacy policy|terms of (?:use|service))`,
		need: []string{"rights reserved", "privacy policy", "terms of"},
		yes:  []string{"© 2024 Acme · All rights reserved", "Contact | Privacy Policy"},
		no:   []string{"All rights to the idea stay with her team."}},
	// tags and categories
	{name: "tag line", why: whyTags, max: 30,
		pat:  `^(?:(?:tags?|categor(?:y|ies)|topics?|labels?|schlagwörter|étiquettes|etiquetas)\s*[:\-–—=]|(?:tagged(?: with)?|filed under|posted in)\s*:?\s)\s*.{1,200}$`,
		need: []string{"tag", "categor", "filed", "posted in", "topic", "label", "keyword", "schlagw", "étiquet", "etiquet"},
		yes:  []string{"Tags: leadership, managing up", "Filed under: Careers", "Schlagwörter: Führung, Arbeit", `tags = ["leadership", "careers"]`},
		no:   []string{"Tags help nobody if nobody reads them, she said of the wiki."}},
	{name: "tags heading", why: whyTags, max: 2,
		pat: `^(?:tags?|categor(?:y|ies)|topics?)\s*:?$`,
		yes: []string{"Tags", "Categories:"},
		no:  []string{"Tags matter"}},
	// related articles (single lines; the section logic drops what follows)
	{name: "related heading", why: whyRelated, max: 10,
		pat: `^(?:related(?: articles| posts| stories| reading| content| pages| links| resources| guides| topics)?|you (?:may|might) also (?:like|enjoy)|more (?:from|by|articles from|stories from|on) (?-i:[\p{Lu}\d])[^:.!?]{0,60}|recommended(?: for you| reading| articles| from medium)?|read next|up next|popular(?: posts| articles)?|recent posts|trending(?: now)?|further reading|more like this|keep reading|also read|see also|read also|more articles|latest articles|other articles|more from medium|recommended from medium|similar articles|most popular|most read|most viewed|most shared|most commented|editor'?s picks|read this next|more stories|you might like|in case you missed it)\s*[:.]?$`,
		yes: []string{"Related articles", "You might also like", "Most read", "More from Jane Doe"},
		no:  []string{"Related work is easier to hand over.", "More from less: a budget story"}},
	{name: "related link", why: whyRelated, max: 25,
		pat: `^(?:read more|related|see also|also read|read also|recommended|read next|more)\s*:\s*.{1,160}$`,
		yes: []string{"Read more: How to manage up", "See also: Delegation basics"},
		no:  []string{"Read more about it, then decide."}},
	{name: "read-more link", why: whyRelated, max: 25,
		pat: `^(?:read more (?:on|about|from)|more (?:on|about) this topic|explore more|continue reading)\b.{0,160}$`,
		yes: []string{"Read more about delegation", "Continue reading"},
		no:  []string{"Readers want more about this."}},
	// advertisements
	{name: "ad label", why: whyAd, max: 3,
		pat: `^(?:advertisement|sponsored(?: business| partner)?(?: content)?|ad|ads|anzeige|publicité|publicidad|pubblicità|promoted)$`,
		yes: []string{"Advertisement", "Anzeige", "Sponsored content"},
		no:  []string{"Ad hoc meetings"}},
	{name: "ad continue label", why: whyAd, max: 8,
		pat: `^(?:advertisement|ad)\s*[-–—:]\s*(?:continue|scroll|story continues).{0,30}$|^(?:story continues below(?: advertisement)?|continue reading below|loading\.\.\.|loading…)$`,
		yes: []string{"Advertisement - Continue reading below", "Story continues below advertisement"},
		no:  []string{"Ad spend went up."}},
	{name: "language switch", why: whyNav, max: 4,
		pat: `^(?:leer en español|ler em português|lire en français|auf deutsch lesen|leggi in italiano|read in english|in english|en español)$`,
		yes: []string{"Leer en español", "Read in English"},
		no:  []string{"Reading English aloud"}},
	{name: "save and print link", why: whyShare, max: 6,
		pat: `^(?:print this (?:page|article|post)|email this (?:page|article|post)|save (?:this )?(?:article|story) for later|save to (?:pocket|reading list))$`,
		yes: []string{"Print this article", "Save article for later"},
		no:  []string{"Print the plan"}},
	{name: "contributor disclaimer", why: whyFooter, max: 14,
		pat: `^opinions expressed by .{1,60} are (?:their|his|her) own\.?$`,
		yes: []string{"Opinions expressed by Forbes Councils members are their own."},
		no:  []string{"Opinions expressed in the meeting were mixed."}},
	{name: "contributor label", why: whyBio, max: 3,
		pat: `^(?:contributor|staff writer|senior contributor|guest author|guest post|columnist)$`,
		yes: []string{"Contributor", "Staff writer"},
		no:  []string{"Contributors"}},
	{name: "follower count", why: whyBio, max: 3,
		pat: `^[\d.,]+\s*[kmKM]?\s+(?:followers|following|abonnenten|abonnés|seguidores|follower)$`,
		yes: []string{"12K followers", "1,204 Abonnenten"},
		no:  []string{"Followers of the plan"}},
	{name: "disclaimer", why: whyFooter, max: 45,
		pat: `^(?:please note|disclaimer|note)\b.{0,200}\b(?:affiliated|endorse(?:d|ment)?|not (?:intended|a substitute)|sponsored|commission)\b`,
		yes: []string{"Please note: the author is not affiliated with any firm named here.", "Disclaimer: this is not a substitute for professional advice."},
		no:  []string{"Please note what your manager says about deadlines."}},
	{name: "was-this-helpful prompt", why: whyNav, max: 10,
		pat: `^(?:was this (?:article|page|post|guide|information) (?:helpful|useful)|is this (?:article|page|guide|information) (?:helpful|useful)|did you find this (?:article|page) (?:helpful|useful))\??(?:\s*(?:yes|no)\s*[/|]?\s*(?:yes|no)?)?$`,
		yes: []string{"Was this article helpful?", "Did you find this page useful? Yes No"},
		no:  []string{"Was this helpful to her? She never said."}},
	{name: "breadcrumb label", why: whyNav, max: 30,
		pat: `^(?:you are here|breadcrumbs?)\s*:.{0,200}$`,
		yes: []string{"You are here: Home / Careers", "Breadcrumb: Home > Advice"},
		no:  []string{"You are here to help, not to please."}},
	{name: "page owner line", why: whyFooter, max: 10,
		pat: `^(?:page owner|content owner|owned by|maintained by)\s*:.{0,80}$`,
		yes: []string{"Page owner: Careers Service", "Maintained by: Web team"},
		no:  []string{"Owned by nobody, the task slipped."}},
	{name: "pipe-separated menu", why: whyNav, max: 24,
		pat:  `^(?:[\p{L}&'’]+(?:\s+[\p{L}&'’]+){0,4}\s+[|·•]\s+){2,}[\p{L}&'’]+(?:\s+[\p{L}&'’]+){0,4}$`,
		need: []string{"|", "·", "•"},
		yes:  []string{"Careers | Advice | Events", "News · Opinion · Sport"},
		no:   []string{"Plan | Do | Check | Act is a cycle worth knowing."}},
}
