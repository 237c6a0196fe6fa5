package normalize

import (
	"regexp"
	"strings"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
)

// Reasons recorded in Report.Dropped.
const (
	whyComments   = "comment section"
	whyComment    = "comment"
	whyForm       = "comment form"
	whyShare      = "share buttons"
	whyPhoto      = "photo credit"
	whyImage      = "image"
	whyReadTime   = "read time"
	whyNewsletter = "newsletter prompt"
	whyCookie     = "cookie notice"
	whyLogin      = "login prompt"
	whyNav        = "navigation"
	whyRelated    = "related articles"
	whyBio        = "author bio"
	whyTags       = "tags"
	whyTitle      = "repeated title"
	whyAd         = "advertisement"
	whyFooter     = "footer"
	whyByline     = "byline"
	whyDate       = "date"
	whyCredit     = "source credit"
	whyTitleLine  = "title"
	whyURL        = "source url"
)

type junkRule struct {
	re   *prefilter.Regexp
	why  string
	max  int      // the rule applies only to lines of at most max words (0: 12)
	need []string // if set, the lower-cased line must contain one of these
}

var reHashtags = regexp.MustCompile(`^(?:#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*[\s,]*)+$`)

var reRelTime = rx(`^[·•∙]?\s*(?:edited\s*)?(?:` +
	`\d+\s*(?:yr|yrs|mo|mos|wk|wks|hr|hrs|min|mins|sec|secs|d|h|m|w|y)\.?\s+ago` + `|` +
	`\d+\s*(?:s|m|h|d|w|mo|y|yr|yrs|min|mins|hr|hrs|sec|secs|wk|wks)` +
	`|\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago` +
	`|an?\s+(?:second|minute|hour|day|week|month|year)\s+ago` +
	`|yesterday|just now|today` +
	`|vor\s+(?:\d+|einer?|einem)\s+(?:sekunden?|minuten?|stunden?|tag|tagen|wochen?|monat|monaten|jahr|jahren)` +
	`|il y a\s+(?:\d+|une?)\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)` +
	`|hace\s+(?:\d+|una?)\s+(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|mes|meses|años?)` +
	`|(?:\d+|un)\s+(?:secondi|minuti|ore|ora|giorni|giorno|settimane|settimana|mesi|mese|anni|anno)\s+fa` +
	`|\d+\s+(?:seconden|minuten|uur|dagen|dag|weken|week|maanden|maand|jaar|jaren)\s+geleden` +
	`|h[áa]\s+(?:\d+|um|uma)\s+(?:segundos?|minutos?|horas?|dias?|semanas?|m[êe]s|meses|anos?)` +
	`)(?:\s*[•·|]\s*(?:edited|bearbeitet|modifié|editado|modificato|bewerkt))?\s*$`)

var reCommentAction = rx(`^(?:(?:like|reply|replies|love|celebrate|support|insightful|funny|curious|report|` +
	`gefällt mir|antworten|kommentieren|répondre|j'aime|j’aime|commenter|me gusta|responder|comentar|` +
	`mi piace|rispondi|commenta|vind ik leuk|beantwoorden|reageren|curtir|gostei|responder|` +
	`see translation|see more|show more|loading\.\.\.|loading…|\d+(?:[.,]\d+)?\s*[km]|view more replies|load more comments|view \d+ more repl(?:y|ies)|` +
	`übersetzung anzeigen|voir la traduction|ver tradução|ver traducción|vedi traduzione|vertaling weergeven|` +
	`\d+\s+(?:likes?|comments?|reactions?|replies|reposts?|restacks?|shares?|kommentare?|reaktionen|commentaires?|réactions|` +
	`comentarios?|reacciones|commenti|reazioni|reacties|comentários|reações|antworten|réponses|respuestas|risposte)|` +
	`\d+)\s*[·•∙|,]?\s*)+$`)

var reCommentHeading = rx(`^(?:\d+\s+)?(?:comments?|responses?|replies|discussion|kommentare?|commentaires?|comentarios?|commenti|reacties|comentários|reactions)` +
	`(?:\s*\(\d+\))?(?:\s+(?:to|on|zu|sur|en|su|op)\s+.*)?\s*:?$|^(?:\d+|one|two|three|four|five)\s+(?:thoughts?|responses?|repl(?:y|ies)|comments?) (?:on|to) .{1,120}$|^(?:thoughts|responses|replies) (?:on|to) .{1,120}$|^discussion about this (?:post|article)$|` +
	`^(?:join the (?:discussion|conversation)|show comments|view comments|most relevant|most recent|newest first|oldest first|top comments)$`)

var junkRules = []junkRule{
	// comment forms
	{rx(`^(?:leave a (?:reply|comment|response)|post (?:a )?comment|add a comment|write a (?:comment|response)|submit comment|cancel reply|` +
		`your email address will not be published|required fields are marked|save my name, email|notify me of (?:follow-up comments|new posts)|` +
		`comment\s*\*?|name\s*\*|email\s*\*|website|you must be logged in to post a comment|this site uses akismet|what are your thoughts\??|` +
		`add a comment…|add a comment\.\.\.|be the first to comment)`), whyForm, 25, []string{"leave a", "post", "add a", "write a", "submit", "cancel", "email", "required", "save my", "notify", "comment", "name", "website", "logged in", "akismet", "thoughts", "be the first"}},
	// share buttons
	{rx(`^(?:(?:share|tweet|pin|print|email|e-mail|copy link|copy url|save|bookmark|facebook|twitter|x|linkedin|pinterest|whatsapp|reddit|telegram|threads|bluesky|mastodon|messenger|share this(?: article| post| story)?|share on \w+|share via \w+|click to share on \w+(?: \(opens in new window\))?|repost|send)` +
		`\s*[:|·•,/]?\s*)+$`), whyShare, 14, nil},
	{rx(`^(?:share|spread) (?:this|the word)\b.{0,40}$`), whyShare, 8, nil},
	// photo credits and captions
	{rx(`^(?:photo|image|picture|illustration|graphic|header image|cover image|featured image|photograph|photography|illustrations)s?(?: by| credit| courtesy(?: of)?| source)?\s*[:\-–—]?\s+.{1,120}$`), whyPhoto, 16, []string{"photo", "image", "picture", "illustration", "graphic"}},
	{rx(`^[(\[]?(?:photo|image|credit|credits|illustration|picture|graphic)s?\s*[:©].{0,160}$`), whyPhoto, 30, []string{"photo", "image", "picture", "illustration", "graphic", "credit"}},
	{rx(`(?:^|[.)]\s)(?:photograph|photo|image|illustration|picture)(?:\s+credit)?\s*:\s*[^.]{1,80}\.?$`), whyPhoto, 30, []string{"photo", "image", "illustration", "picture"}},
	{rx(`^.{0,80}\b(?:on|via) (?:unsplash|pexels|pixabay|shutterstock|getty images|istock|adobe stock)\.?\)?$`), whyPhoto, 16, []string{"unsplash", "pexels", "pixabay", "shutterstock", "getty", "istock", "adobe stock"}},
	{rx(`^(?:©|\(c\)\s*\d{4}|copyright\b)\s*.{0,80}$`), whyFooter, 14, nil},
	{rx(`^(?:book (?:a|your) (?:free )?(?:\d+[- ]min(?:ute)?s?\s+)?(?:call|consultation|session|discovery call|demo|place)|schedule a (?:free )?(?:call|consultation|demo)|work with me|hire me|buy (?:the|my) book)\b.{0,60}$`), whyAd, 12, nil},
	{rx(`^!\[.*\]\(.*\)$`), whyImage, 40, nil},
	// read time, Medium chrome
	{rx(`^(?:listen to (?:this|the) (?:article|story|episode)|gift this article|give this article)\b.{0,30}$`), whyShare, 8, nil},
	{rx(`^(?:member-only story|listen|open in app|sign up to discover|get unlimited access|follow|following|\+ follow|· follow|written by\s*$|top highlight)$`), whyReadTime, 6, nil},
	{rx(`(?:^|[·•|\s])\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read\b`), whyReadTime, 14, []string{"read"}},
	{rx(`^(?:reading time|lesezeit|temps de lecture)\s*:?\s*\d+.{0,20}$`), whyReadTime, 8, nil},
	// newsletter
	{rx(`^(?:subscribe|sign up|join|get)\b.{0,80}\b(?:newsletter|updates|inbox|mailing list|subscribers)\b`), whyNewsletter, 25, []string{"newsletter", "updates", "inbox", "mailing", "subscribers"}},
	{rx(`^(?:subscribe(?: now| today| for free)?|enter your email(?: address)?|your email(?: address)?|email address|sign up|join now|join for free|subscribe to \S.{0,60})[.!:]?$`), whyNewsletter, 10, nil},
	{rx(`\b(?:newsletter|subscribers)\b.{0,60}\b(?:sign up|subscribe|join|inbox)\b`), whyNewsletter, 25, []string{"newsletter", "subscribers"}},
	{rx(`^(?:don't|do not|never) miss (?:a|an|another) (?:post|article|story|update)`), whyNewsletter, 20, []string{"miss"}},
	{rx(`^thanks for reading\b.{0,200}\b(?:subscribe|sign up|newsletter|support)\b|\bsubscribe (?:for free|now|today) to (?:receive|get|support)\b`), whyNewsletter, 40, []string{"subscribe", "thanks for reading"}},
	{rx(`^(?:type your email…?|type your email\.\.\.|ready for more\?|sign up for more like this\.?|get more like this|no spam\b.{0,40}|unsubscribe any ?time\.?)$`), whyNewsletter, 10, nil},
	// cookie and login prompts
	{rx(`\b(?:we use cookies|this (?:site|website) uses cookies|cookie (?:policy|settings|preferences|consent)|accept (?:all )?cookies|manage cookies)\b`), whyCookie, 50, []string{"cookie"}},
	{rx(`^(?:accept|accept all|reject all|decline|allow all|manage preferences|got it|i agree|ok|okay|agree and close|customi[sz]e settings)[.!]?$`), whyCookie, 4, nil},
	{rx(`^(?:sign in|log in|login|sign up|register|create (?:an |a free )?account|join now|forgot password\??|log in to continue|sign in to continue|sign in to view more content|sign in to (?:like|comment|reply)|join linkedin|new to linkedin\? join now|already a member\? sign in|not now|continue with google|continue with email)\b.{0,60}$`), whyLogin, 12, nil},
	{rx(`^(?:by clicking continue|by continuing)\b.{0,200}\b(?:user agreement|privacy policy|cookie policy|terms)\b`), whyLogin, 60, nil},
	// navigation and breadcrumbs
	{rx(`^(?:home|start|blog|articles?|news)\s*(?:>|»|›|/|\\|→|::)\s*\S.{0,150}$`), whyNav, 20, []string{"home", "start", "blog", "article", "news"}},
	{rx(`^(?:skip to (?:main )?content|skip to navigation|main menu|menu|toggle navigation|search|search for:?|back to top|scroll to top|go to top|previous(?: post| article)?|next(?: post| article)?|older posts|newer posts|« previous|next »|read more|continue reading|show more|load more|see all|view all|close|home|about|contact(?: us)?|privacy(?: policy)?|terms(?: of (?:use|service))?|cookie policy|sitemap|careers|help|accessibility|report this article|report this|more articles by .{1,40}|see more articles|explore topics|report abuse|powered by .{1,40}|all rights reserved\.?|back to blog)[.:»›>]*$`), whyNav, 8, nil},
	{rx(`^[←→«»‹›<>\s]*(?:previous|next)\s*(?:post|article|story|page|column)?\s*[:»«›‹<>]\s*.{1,120}$`), whyNav, 20, nil},
	{rx(`^(?:home|about|blog|contact|services|shop|resources|podcast|events|courses|login|articles)(?:\s*[|·•/]\s*|\s+)(?:home|about|blog|contact|services|shop|resources|podcast|events|courses|login|articles|faq|team|pricing)\b.{0,80}$`), whyNav, 12, nil},
	{rx(`(?:•|·|\|)\s*(?:all rights reserved|privacy policy|terms of (?:use|service))`), whyNav, 20, []string{"rights reserved", "privacy policy", "terms of"}},
	// tags and categories
	{rx(`^(?:tags?|tagged(?: with)?|categor(?:y|ies)|filed under|posted in|topics?|labels?|schlagwörter|étiquettes|etiquetas)\s*[:\-–—]?\s+.{1,200}$`), whyTags, 30, []string{"tag", "categor", "filed", "posted in", "topic", "label", "keyword", "schlagw", "étiquet", "etiquet"}},
	{rx(`^(?:tags?|categor(?:y|ies)|topics?)\s*:?$`), whyTags, 2, nil},
	// related articles (single lines; the section logic drops what follows)
	{rx(`^(?:related(?: articles| posts| stories| reading| content| pages| links| resources| guides| topics)?|you (?:may|might) also (?:like|enjoy)|more (?:from|by|articles from|stories from|on) .{1,60}|recommended(?: for you| reading| articles| from medium)?|read next|up next|popular(?: posts| articles)?|recent posts|trending(?: now)?|further reading|more like this|keep reading|also read|see also|read also|more articles|latest articles|other articles|more from medium|recommended from medium|similar articles|most popular|most read|most viewed|most shared|most commented|editor'?s picks|read this next|more stories|you might like|in case you missed it)\s*[:.]?$`), whyRelated, 10, nil},
	{rx(`^(?:read more|related|see also|also read|read also|recommended|read next|more)\s*:\s*.{1,160}$`), whyRelated, 25, nil},
	{rx(`^(?:read more (?:on|about|from)|more (?:on|about) this topic|explore more|continue reading)\b.{0,160}$`), whyRelated, 25, nil},
	// advertisements
	{rx(`^(?:advertisement|sponsored(?: business| partner)?(?: content)?|ad|ads|anzeige|publicité|publicidad|pubblicità|promoted)$`), whyAd, 3, nil},
	{rx(`^(?:advertisement|ad)\s*[-–—:]\s*(?:continue|scroll|story continues).{0,30}$|^(?:story continues below(?: advertisement)?|continue reading below|loading\.\.\.|loading…)$`), whyAd, 8, nil},
	{rx(`^(?:leer en español|ler em português|lire en français|auf deutsch lesen|leggi in italiano|read in english|in english|en español)$`), whyNav, 4, nil},
	{rx(`^(?:print this (?:page|article|post)|email this (?:page|article|post)|save (?:this )?(?:article|story) for later|save to (?:pocket|reading list))$`), whyShare, 6, nil},
	{rx(`^opinions expressed by .{1,60} are (?:their|his|her) own\.?$`), whyFooter, 14, nil},
	{rx(`^(?:contributor|staff writer|senior contributor|guest author|guest post|columnist)$`), whyBio, 3, nil},
	{rx(`^[\d.,]+\s*[kmKM]?\s+(?:followers|following|abonnenten|abonnés|seguidores|follower)$`), whyBio, 3, nil},
	{rx(`^(?:please note|disclaimer|note)\b.{0,200}\b(?:affiliated|endorse(?:d|ment)?|not (?:intended|a substitute)|sponsored|commission)\b`), whyFooter, 45, nil},
	{rx(`^(?:was this (?:article|page|post|guide|information) (?:helpful|useful)|is this (?:article|page|guide|information) (?:helpful|useful)|did you find this (?:article|page) (?:helpful|useful))\??(?:\s*(?:yes|no)\s*[/|]?\s*(?:yes|no)?)?$`), whyNav, 10, nil},
	{rx(`^(?:you are here|breadcrumbs?)\s*:.{0,200}$`), whyNav, 30, nil},
	{rx(`^(?:page owner|content owner|owned by|maintained by)\s*:.{0,80}$`), whyFooter, 10, nil},
	{rx(`^(?:[\p{L}&'’]+(?:\s+[\p{L}&'’]+){0,4}\s+[|·•]\s+){2,}[\p{L}&'’]+(?:\s+[\p{L}&'’]+){0,4}$`), whyNav, 24, []string{"|", "·", "•"}},
	{rx(`^(?:issued|published|produced|owned) by\s*:\s*.{1,80}$`), whyByline, 12, nil},
	{rx(`^(?:share (?:to|with) \w+|getty(?: images)?|shutterstock|istock|editorial standards|reprints (?:&|and) permissions|join (?:our|the) conversation|read our community guidelines.{0,10}|create a free account.{0,60})\.?$`), whyShare, 12, nil},
	{rx(`^(?:[\w-]+ )?(?:councils? member|contributor|expertise\s*:.{1,80})$|^find .{1,60} on (?:linkedin|twitter|x|instagram)\b.{0,80}$|^follow me on \w+\b.{0,60}$`), whyBio, 20, nil},
	{rx(`^one community\. many voices\..{0,80}$`), whyLogin, 16, nil},
	{rx(`^(?:call us|phone|tel|telephone)\s*:?\s*\+?[\d (]{6,}.{0,60}$`), whyFooter, 14, nil},
	{rx(`^(?:über|à propos de|acerca de|sobre)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}$`), whyBio, 5, nil},
	{rx(`^[←→«»‹<\s]*(?:vorheriger|nächster|précédent|suivant|anterior|siguiente|article précédent|article suivant)(?:\s+(?:beitrag|artikel|article|artículo|post))?\s*[→»›>]*$`), whyNav, 4, nil},
	{rx(`^:{3,}\s*[\w-]*$`), whyNav, 2, nil},
	{rx(`^(?:find the right job(?: for you)?|upload your (?:cv|resume|résumé)|search jobs|post a job|create (?:a )?job alert|browse jobs)\.?$`), whyAd, 8, nil},
	{rx(`\btry it free\b|\bfree for \d+ days\b|\bstart (?:your|a) free trial\b|^(?:this (?:week'?s|issue'?s|month'?s) sponsor|today'?s sponsor|sponsored by\b.{0,40}|a word from our sponsors?)$`), whyAd, 25, nil},
	{rx(`^(?:writer|editor|founder|author|host|editor-in-chief|publisher),\s+.{2,60}$`), whyBio, 8, nil},
	{rx(`\bpaid subscribers\b|^you(?:'re| are) receiving this\b|^(?:unsubscribe|update (?:your )?preferences|manage (?:your )?(?:preferences|subscription)|view (?:this email )?in (?:your )?browser)\.?$`), whyNewsletter, 40, nil},
	{rx(`^enjoyed this\b.{0,80}\b(?:share|forward)\b|\bplease share\b|\bshare (?:it|this(?: post)?) with\b|^forward to a friend$`), whyShare, 30, nil},
	{rx(`^(?:jump to|skip to)\b.{1,40}$|^see new posts$|^show (?:more )?replies$|^post your reply$`), whyNav, 8, nil},
	{rx(`^profile (?:photo|picture|image) (?:for|of)\b.{1,60}$`), whyPhoto, 10, nil},
	{rx(`^(?:posted by u/[\w-]+.{0,40}|all related(?: \(\d+\))?|conversation|print (?:the |this )?(?:checklist|page|article|recipe|list)|download (?:the |this )?(?:pdf|checklist|printable|worksheet))$`), whyNav, 10, nil},
	{rx(`^(?:slide|page) \d{1,4} of \d{1,4}$|^(?:document|page|content) owner\s*:.{0,120}$`), whyFooter, 24, nil},
	{rx(`^[^.!?,]{2,80}(?:,\s*[^,]{1,40}){1,5},\s*(?:united kingdom|uk|usa|united states|germany|france|canada|australia|ireland|netherlands|spain|italy)$`), whyFooter, 20, nil},
	// assorted page chrome
	{rx(`^(?:post navigation|partner cent(?:er|re)|reuse this content|buy copies|buy reprints?|order reprints|reprints|gift (?:this )?article|\+?\s*show all updates|report (?:a|an) (?:problem|issue|error)(?: with this page)?|yes\s*[/|]?\s*no|print|\[\[_?toc_?\]\]|\[toc\]|\{\{toc\}\})[.!]?$`), whyNav, 8, nil},
	{rx(`(?:\.\.\.|…)\s*(?:more|read more)$`), whyNav, 80, nil},
	{rx(`^a version of this (?:article|story|essay|piece) (?:appeared|was published|ran)\b`), whyFooter, 30, []string{"a version of"}},
	{rx(`^(?:privacy notice|disclosure|affiliate disclosure)\s*:`), whyFooter, 40, nil},
	{rx(`\b(?:suggest changes|edit this page|merge request|pull request|page history|last edited by|edit on github)\b`), whyNav, 40, []string{"suggest changes", "edit this page", "page history", "last edited by", "edit on github"}},
	{rx(`^(?:handout|document|page|this (?:page|handout|document|guide)) (?:was )?(?:prepared|maintained|compiled|written) by\b.{0,200}$|\bplease do not (?:circulate|distribute|share|forward)\b`), whyFooter, 30, nil},
	{rx(`^(?:send (?:yours|your questions?|us)|email us|e-mail us|write to (?:us|me))\b.{0,40}\b[\w.+-]+@[\w-]+\.[\w.]+|\b(?:send yours|send your questions?) to [\w.+-]+@[\w-]+\.[\w.]+`), "contact prompt", 40, []string{"@"}},
	{rx(`\b(?:use the form below|letters may be edited|submit your (?:question|letter|story)|have a question for \w+\?)`), whyForm, 40, []string{"form below", "letters may", "submit your", "have a question"}},
	{rx(`^your (?:question|name|email|e-mail|message|comment|work email|email address|reply|website)\b.{0,30}$`), whyForm, 8, nil},
	{rx(`\b(?:join|subscribe|sign up)\b.{0,80}\bnewsletter\b|\b(?:new subscribers|forwarded this|sign up below|subscribe below|want more (?:articles|posts|stories) like this)\b`), whyNewsletter, 40, []string{"newsletter", "subscribers", "forwarded", "below", "like this"}},
	{rx(`^thanks (?:so much )?for reading\b.{0,200}$`), whyNewsletter, 25, nil},
	{rx(`^[^.!?,]{2,80}(?:,\s*[^,]{1,40}){1,4}\s(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|\d{5}(?:-\d{4})?)$`), whyFooter, 14, nil},
	{rx(`^(?:\S+\s*){1,4}\s(?:›|»|>)\s*(?:\S+\s*){1,6}\s(?:›|»|>)\s*.{1,80}$`), whyNav, 24, []string{"›", "»", ">"}},
	// counters and thread controls ("1.2M Views", "View 3 shares", "Sort by: Best", "level 2")
	{rx(`^[\d.,]+\s*[kmb]?\s+(?:views?|shares?|upvotes?|downvotes?|likes?|reposts?|retweets?|quotes?|bookmarks?|answer views|aufrufe|vues|visualizaciones|visualizzazioni|weergaven|visualizações)$|^view (?:\d+ )?(?:upvotes?|shares?|likes?|reactions?|reposts?)$|^(?:upvote|downvote|sort|sort by\s*:?.{0,20}|hide|level \d{1,2})$`), whyComment, 5, []string{"view", "share", "vote", "like", "repost", "retweet", "quote", "bookmark", "sort", "hide", "level", "aufrufe", "vues", "visualiz", "weergaven"}},
	// share prompts by pattern ("Pin it", "Tag @x on Instagram", "If you found this useful, follow me …")
	{rx(`^(?:pin (?:it|this|me)\b.{0,30}|save (?:this|it) (?:for later|to pinterest).{0,20})[.!]?$|\btag @[\w.]+ on (?:instagram|twitter|x|tiktok|facebook|threads)\b|^if you (?:found|find|enjoyed|liked) this\b.{0,120}\b(?:follow|share|rt|retweet|repost|subscribe)\b|\(opens in (?:a )?new (?:window|tab)\)$`), whyShare, 40, []string{"pin ", "save ", "tag @", "if you", "opens in"}},
	{rx(`^(?:listen|watch|subscribe|follow)(?: (?:to|on))?(?: (?:the|this) (?:episode|show|podcast))? on (?:apple podcasts|spotify|youtube|google podcasts|overcast|pocket casts|soundcloud|amazon music|stitcher|deezer)$|^download (?:mp3|the (?:episode|audio|mp3)|audio|transcript|citation|full text|pdf)$|^cited by\s*\(?\d+\)?$`), whyShare, 8, []string{"listen", "watch", "subscribe", "follow", "download", "cited"}},
	// ads and affiliate disclosures
	{rx(`^promoted by\s+\S.{0,40}$|^\[(?:ad|sponsored|anzeige|promoted)\]|\b(?:affiliate links?|as an amazon associate|(?:may )?earn (?:a )?(?:small )?commission)\b`), whyAd, 40, []string{"promoted", "[", "affiliate", "amazon", "commission"}},
	// post navigation, "Learn more", "More interviews", footers of ·-separated links
	{rx(`^[←→«»‹›<\s]*(?:older|newer|previous|next)\s+(?:post|entry|article|story)s?\s*[→»›>]*$|^learn more\s*[»›>→]*$`), whyNav, 4, []string{"older", "newer", "previous", "next", "learn more"}},
	{rx(`^(?:more|related|other|latest|recent|similar|popular)\s+(?:\p{L}+\s+)?(?:interviews|questions|episodes|posts|articles|stories|guides|videos|podcasts|reads|news|columns|essays)\s*:?$`), whyRelated, 4, []string{"more", "related", "other", "latest", "recent", "similar", "popular"}},
	{rx(`^(?:[^·|•]{1,40}\s[·|•]\s){3,}[^·|•]{1,40}$`), whyNav, 30, []string{"·", "|", "•"}},
	// show-notes chrome: sponsors, promo codes, rating prompts, supporter-only extras
	{rx(`\b(?:is|was) brought to you by\b|\buse (?:the )?(?:promo |discount )?code \w+ (?:for|to get|at)\b|\bleave (?:us )?a (?:rating|review)\b|\brate (?:and|&) review\b|\b(?:available|exclusive) (?:to|for) (?:our )?(?:paid |patreon )?(?:supporters|patrons|members)\b`), whyAd, 25, []string{"brought to you", "code", "rating", "review", "available", "exclusive"}},
	{rx(`^(?:links|resources|books|things|people|tools)\s+(?:mentioned|referenced|discussed)(?: in (?:this|the) (?:episode|show|talk))?\s*:?$|^(?:episode )?(?:show notes|links)\s*:?$`), whyRelated, 8, []string{"mentioned", "referenced", "discussed", "show notes", "links"}},
	// form field labels, legal links and calls to action at the end of a page
	{rx(`^(?:first name|last name|full name|your name|e-?mail address|work e-?mail|phone number|company name|job title|zip code|postcode|postal code)\s*\*?:?$`), whyForm, 4, []string{"name", "mail", "phone", "job title", "zip", "post"}},
	{rx(`^(?:your privacy choices|do not sell(?: or share)? my personal information|(?:california )?privacy rights|terms (?:&|and) conditions|cookie settings|manage consent|imprint|impressum|mentions légales|aviso legal|note legali|accessibility statement|modern slavery statement|legal notice|legal)$`), whyFooter, 8, []string{"privacy", "do not sell", "terms", "cookie", "consent", "imprint", "impressum", "légales", "legal", "accessibility", "slavery"}},
	{rx(`^(?:get started(?: today| now| for free)?|book a demo|request a demo|get a demo|contact us today|get in touch(?: today)?|let'?s talk|start (?:your )?free trial|download now|get (?:the|our|your) (?:free )?(?:template|checklist|toolkit|workbook|e-?book)|download (?:this|the|our) (?:free )?(?:guide|checklist|template|toolkit|report|e-?book)(?: as (?:a )?pdf)?|try (?:it )?(?:for )?free|sign up (?:for )?free|apply now|enquire now|call us today|talk to (?:an expert|sales|us))[.!]?\s*[»›>→]*$`), whyAd, 6, []string{"get", "book", "request", "contact", "touch", "talk", "trial", "download", "try", "sign up", "apply", "enquire", "call"}},
	{rx(`^(?:e-?mail|contact|write to us)\s*:?\s*[\w.+-]+@[\w-]+\.[\w.]+$`), whyFooter, 6, []string{"@"}},
	// captions ending in a picture agency ("Source: Lukas Varga/Shutterstock")
	{rx(`(?:/|\s)(?:getty(?: images)?|shutterstock|istock(?:photo)?|unsplash|pexels|alamy|adobe stock|pixabay)\.?\)?$`), whyPhoto, 20, []string{"getty", "shutterstock", "istock", "unsplash", "pexels", "alamy", "adobe stock", "pixabay"}},
	// author bio heading
	{rx(`^(?:about the (?:author|writer)s?|about me|meet the author|author bio|über den autor|à propos de l'auteur|sobre el autor|written by)\s*:?$`), whyBio, 5, nil},
}

// junkLine classifies one line on its own. It returns the reason or "".
// Long lines (more than about 25 words) are content, whatever they contain.
func junkLine(t string) string {
	if t == "" || len(t) > 600 {
		return ""
	}
	if reHashtags.MatchString(t) {
		return whyTags // "#leadership #Management"
	}
	t = strings.TrimSpace(strings.Trim(t, "#*_ "))
	if t == "" {
		return ""
	}
	w := wordCount(t)
	if w <= 8 && (reRelTime.MatchString(t) || reCommentAction.MatchString(t)) {
		return whyComment
	}
	if w <= 20 && reCommentHeading.MatchString(t) {
		return whyComments
	}
	if strings.Contains(t, " | ") && w <= 16 {
		// "Subscribe | Log in": every part is junk
		parts := strings.Split(t, "|")
		first := ""
		for _, p := range parts {
			why := junkLine(strings.TrimSpace(p))
			if why == "" {
				first = ""
				break
			}
			if first == "" {
				first = why
			}
		}
		if first != "" {
			return first
		}
	}
	lower := strings.ToLower(t)
	for _, r := range junkRules {
		max := r.max
		if max == 0 {
			max = 12
		}
		if w > max || !r.re.MayMatch(t) || len(r.need) > 0 && !containsAny(lower, r.need) {
			continue
		}
		if r.re.MatchString(t) {
			return r.why
		}
	}
	return ""
}

// commentShaped reports whether a line looks like part of a comment thread:
// a relative time, a reaction or reply button, a count.
func commentShaped(t string) bool {
	if len(t) > 200 {
		return false
	}
	t = strings.TrimSpace(strings.Trim(t, "#*_ "))
	if t == "" || wordCount(t) > 8 {
		return false
	}
	return reRelTime.MatchString(t) || reCommentAction.MatchString(t) ||
		reRelTimeTail.MatchString(t)
}

// "Jane Doe • 2d" or "Jane Doe · 3 days ago"
var reRelTimeTail = rx(`[•·|]\s*(?:\d+\s*(?:s|m|h|d|w|mo|y|yr)|\d+\s+\w+\s+ago|vor\s+\d+\s+\w+|il y a\s+\d+\s+\w+|hace\s+\d+\s+\w+|\d+\s+\w+\s+fa|\d+\s+\w+\s+geleden|há\s+\d+\s+\w+)\s*(?:[•·|].{0,30})?$`)

// sectionJunk is a heading that starts a junk section, with the reason.
func sectionJunk(t string) string {
	return sectionJunkWith(t, "?")
}

// sectionJunkWith is sectionJunk with junkLine(t) already known ("?" when
// it is not).
func sectionJunkWith(t, line string) string {
	if len(t) > 200 {
		return ""
	}
	t = strings.TrimSpace(strings.Trim(t, "#*_ "))
	if wordCount(t) > 20 {
		return ""
	}
	switch {
	case reCommentHeading.MatchString(t):
		return whyComments
	case reFormHeading.MatchString(t):
		return whyComments
	}
	if reWrittenBy.MatchString(t) {
		return whyBio
	}
	if reTOC.MatchString(t) || reHelpful.MatchString(t) {
		return whyNav
	}
	why := line
	if why == "?" {
		why = junkLine(t)
	}
	if i := strings.Index(t, ":"); i >= 0 && strings.TrimSpace(t[i+1:]) != "" && why != whyBio {
		// "Related: Eleven habits of…" is one line, not a section
		return ""
	}
	if why == whyRelated || why == whyBio || why == whyNewsletter || why == whyTags && wordCount(t) <= 2 {
		return why
	}
	return ""
}

var reFormHeading = rx(`^(?:leave a (?:reply|comment|response)|post a comment|add a comment|write a response|join the (?:discussion|conversation))\b`)

var reBio = rx(`^(?:[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3})\s+(?:is|was)\s+(?:a|an|the)\s.{0,300}\b(?:writer|author|coach|consultant|founder|co-founder|speaker|editor|journalist|blogger|contributor|ceo|director|professor|lecturer|trainer|facilitator|expert|researcher|partner|advisor|adviser|columnist|host)\b`)
var reBioAt = regexp.MustCompile(`\b(?:is|was) (?:a|an|the) [^.]{0,80}\b(?:at|of|for) (?:the )?\p{Lu}`)

var reBio2 = rx(`\b(?:who writes about|writes about|lives (?:in|with)|you can (?:follow|find|reach) (?:her|him|them|me)|follow (?:her|him|them|me) on|connect with (?:her|him|them|me)|is the author of)\b`)

var reHelpful = rx(`^(?:was|is) this (?:article|page|post|guide|information|answer) (?:helpful|useful)\??[\s\p{So}]*$|^did you find this (?:article|page) (?:helpful|useful)\??$`)

var reTOC = rx(`^(?:table of contents|contents|in this article|in this post|jump to(?: section)?|on this page|skip to section|article contents)\s*:?$`)

var reWrittenBy = regexp.MustCompile(`^(?i:written by|about|more about|posted by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$`)

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}
