// metarules.go: the line patterns of the metadata stage as reviewed data.
// It reads nothing and marks nothing: each rule is a row with a name, one
// pattern, a word limit and examples that it must and must not match,
// which TestMetaRules runs. meta.go, metaextract.go, metatitle.go and
// metabyline.go use the rules by their variables.

package normalize

import (
	"github.com/leadingup/leadingup/tools/internal/prefilter"
)

// metaRule is one reviewed line pattern.
type metaRule struct {
	name     string
	re       *prefilter.Regexp
	maxWords int      // longest line the rule is applied to by its callers (0: any)
	yes, no  []string // lines it must match, and must not
}

// metaRules lists every rule for the table test.
var metaRules []*metaRule

// rule registers a case-insensitive rule and returns its pattern.
func rule(name string, maxWords int, pattern string, yes, no []string) *prefilter.Regexp {
	r := &metaRule{name: name, re: rx(pattern), maxWords: maxWords, yes: yes, no: no}
	metaRules = append(metaRules, r)
	return r.re
}

// ruleCS registers a case-sensitive rule (capitals mark names) and
// returns its pattern.
func ruleCS(name string, maxWords int, pattern string, yes, no []string) *prefilter.Regexp {
	r := &metaRule{name: name, re: prefilter.MustCompile(pattern), maxWords: maxWords, yes: yes, no: no}
	metaRules = append(metaRules, r)
	return r.re
}

// Word limits of the metadata stage.
const (
	bylineMaxWords = 20 // a byline is a short line
	dateMaxWords   = 14 // a date line holds little but the date
	creditMaxWords = 40 // "Adapted from …" with a title and a URL
	pubLineWords   = 8  // "Published in The Weekly Memo"
	pubNameWords   = 6  // the publication's name on the line after "Published in"
	roleMaxWords   = 15 // "Senior Editor, The Upward Brief"
)

// Dates.
var (
	reDateWords = rule("date-words", dateMaxWords,
		`\b(?:updated|last updated|last modified|modified|published|posted|originally posted|first published|date|created|written|on|at|in|am|le|el|il|el día|publié|publicado|publicada|postado|atualizado|actualizado|em|pubblicato|veröffentlicht|aktualisiert|gepubliceerd|min|mins|minute|minutes|read|reading|time|ago|edited|issue|uhr|um|editiert|geändert|zuletzt|aktualisiert|pm|gmt|utc|cet|cest|mez|heure|h|·|•)\b`,
		[]string{"Updated on", "3 min read", "Veröffentlicht am", "19:08 Uhr Editiert am"}, []string{"Leading upwards"})
	rePublishedAt = rule("published-at", 24,
		`\b(?:published|publié|publiée|veröffentlicht|publicado|publicada|postado|pubblicato)(?:\s+online)?\s*:?\s*(?:(?:on|am|le|el|el día|il|op|em)\s+)?`,
		[]string{"Published: August 16, 2022", "Last Modified: Oct 2 · Published Aug 16", "Publié le 2 avril 2024 à 08h15, mis à jour le 3 avril 2024 à 10h02", "Veröffentlicht am 3. Mai 2024, 10:02 Uhr"}, []string{"Updated: Oct 2, 2022"})
	reReadTime = rule("read-time", 0,
		`\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read`,
		[]string{"3 min read", "5-minute read"}, []string{"read 3 books"})
	reDateLabel = rule("date-label", 8,
		`^(?:last )?(?:reviewed|updated|modified|published|posted|revised)\b`,
		[]string{"Last reviewed: 14 September 2023", "Updated 3 March 2025"}, []string{"We reviewed the plan"})
	reDatePub = rule("date-published", 0,
		`\b(?:published|posted|first published|originally published|publié|publiée|veröffentlicht|publicado|publicada|postado|pubblicato|gepubliceerd|issued|released)\b`,
		[]string{"Published 14 November 2022", "Posted on May 2"}, []string{"Updated 3 March 2025"})
	reDateUpd = rule("date-updated", 0,
		`\b(?:updated|modified|edited|revised|aktualisiert|mis à jour|actualizado|actualizada|atualizado|aggiornato|bijgewerkt)\b`,
		[]string{"Updated 3 March 2025", "Last modified: Oct 2, 2022"}, []string{"Published 14 November 2022"})
	reDateNever = rule("date-never", 0,
		`\b(?:received|accepted|reviewed|review date|next review|expires?|expiry|valid until|deadline|due)\b`,
		[]string{"Received 2 May 2021", "Next review: June 2025"}, []string{"Published 2 May 2021"})
	// a machine timestamp to the second with a time zone and no label (an
	// archive's capture time, a log line) dates the copy, not the essay
	reDateStamp = rule("date-stamp", 0,
		`\b\d{1,2}:\d{2}:\d{2}\s*(?:utc|gmt|z)\b`,
		[]string{"12 Mar 2020 09:41:17 UTC", "2021-05-04 14:51:10 GMT"}, []string{"Published 4 May 2021, 2:51 PM"})
	// the clock time, time zone and weekday a news site sets before or
	// after its date ("Updated 10:14 a.m. EST, Tue January 7, 2025",
	// "Posted: Mon Apr 14, 2025 7:12 am"): words beside a date that do not
	// make a line prose (wordsBesideDates)
	reClockWords = rule("clock-words", 0,
		`\b[ap]\.\s?m\.|\b(?:[ap]m|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ct|bst|ist|aest|aedt|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b\.?`,
		[]string{"10:14 a.m. EST", "Tue January 7", "6:45 PM ET, Mon"}, []string{"Estimate the cost", "Sundays off"})
	// a clock time alone on its line, perhaps with a label and a time
	// zone ("5:35 p.m.", "Updated 11:20 a.m. EST", "17:05 Uhr"): part of
	// a news page's dateline, never its headline
	reClockOnly = rule("clock-only", 5,
		`^(?:(?:updated|published|posted|aktualisiert|actualizado|publicado)\s*:?\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?|\s*uhr|\s*h)?(?:\s+(?:est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ct|bst|gmt|utc|cet|cest|mez))?$`,
		[]string{"5:35 p.m.", "10:14 AM EST", "17:05", "Updated 11:20 a.m.", "19.30 Uhr"}, []string{"5:35 p.m. and still at my desk", "3.14 reasons to stay", "2024", "Updated 3 March 2025"})
	reDateLastRev = rule("date-last-reviewed", 0,
		`^(?:page )?last reviewed\b`,
		[]string{"Last reviewed: 22/01/2024", "Page last reviewed 3 May"}, []string{"Reviewed by Dr. Omondi"})
)

// reGlued finds a date glued to the word before it ("3 min readApr 25,
// 2024"): a lower-case letter followed by a capitalised month and a number.
var reGlued = prefilter.MustCompile(`(\p{Ll})((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)`)

// reGluedRole finds a role glued to the name before it ("By Evan
// HalperStaff Writer"): a lower-case letter, then a capitalised role.
var reGluedRole = prefilter.MustCompile(`(\p{Ll})((?:Senior |Staff |Contributing |Special )?(?:Writer|Reporter|Editor|Correspondent|Columnist|Contributor))\b`)

// reGluedBy finds "By" glued to the capitalised name after it
// ("ByAlex Bozarjian": the label and the linked name copied together).
var reGluedBy = ruleCS("glued-by", bylineMaxWords,
	`^(By|Von|Par|Por)(\p{Lu}\p{Ll}+(?:\s|$))`,
	[]string{"ByAlex Bozarjian", "VonAnna Schmidt und Jo Park"}, []string{"Bypass the manager", "By Alex Bozarjian", "Byron Katie"})

// reGluedYear finds a year glued to the day of a second date ("22.
// Dezember 201922. Dezember 2019": a published and an updated date).
var reGluedYear = rule("glued-year", 0,
	`\b((?:19|20)\d\d)(\d{1,2}\.\s*\p{L})`,
	[]string{"22. Dezember 201922. Dezember 2019"}, []string{"22. Dezember 2019", "Room 201922"})

// reGluedReadTime finds a year glued to the read time after it ("Sep 9,
// 20248 min read": the date and the read time copied as one word).
var reGluedReadTime = rule("glued-read-time", 0,
	`\b((?:19|20)\d\d)(\d{1,3}\s*(?:min|mins|minutes?|minuten|minutos)\b)`,
	[]string{"Sep 9, 20248 min read", "Apr 25, 202412 min read", "3. Mai 20215 Min. Lesezeit"}, []string{"Sep 9, 2024 8 min read", "Room 201922", "20248 people"})

// reBylineDash splits a dated byline whose parts are set off by dashes
// ("23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen").
var reBylineDash = rule("dash-separator", 0,
	`\s+[-–—]\s+`,
	[]string{"Markus Reuter - 91 comments", "Jo Park — May 2"}, []string{"Anne-Marie Roe", "well-known"})

// unglue puts a space before a date glued to the word before it.
func unglue(s string) string {
	if reGlued.MatchString(s) {
		s = reGlued.ReplaceAllString(s, "$1 $2")
	}
	if reGluedYear.MatchString(s) {
		s = reGluedYear.ReplaceAllString(s, "$1 $2")
	}
	if reGluedReadTime.MatchString(s) {
		s = reGluedReadTime.ReplaceAllString(s, "$1 $2")
	}
	return s
}

// Bylines.
var (
	reBy = rule("by", bylineMaxWords,
		`^(?:(?:written|posted|post|guest|authored|words|story|article|text|reported|interview|opinion|analysis|commentary|column|essay|review|a|an|eine?|kolumne|kommentar|analyse|gastbeitrag|beitrag|artikel|gastartikel|gastkommentar|verfasst|geschrieben|gepostet|escrito|escrita|publicado|publicada|postado|écrit|écrite|publié|publiée|un|une|article|artículo|artigo|texto|texte)\s+){0,2}(?:by|von|par|por|di|door)[:\s]\s*(.+)$`,
		[]string{"By Jane Roe", "Written by Ana Ruiz and Ben Ode", "von Anna Schmidt", "Guest post by Dana Whitfield", "di Giulia Ferri", "Door Sanne de Vries", "words written by Kanae Ito", "Post by ravi_t", "Analysis by Jo Park", "A column by Dana Whitfield", "Eine Kolumne von Lena Vogt", "Ein Beitrag von Jana Roth", "Ein Gastartikel von Jo Park", "Verfasst von: Jana Roth", "Escrito por Carmen Ruiz", "Article écrit par Claire Dubois", "Publicado por Lucía Romero"}, []string{"Bye for now", "Byline", "An idea I had", "Ein Beitrag über Führung", "Doorways to growth", "Dirty work"})
	reAuthor = rule("author-label", bylineMaxWords,
		`^(?:authors?|writer|written by|autor|auteur|autore|from|compiled by|prepared by|words|text|interview|interview by|reporting|contributors?|facilitators?|facilitated by|presenters?|speakers?|instructors?|trainers?|tutors?|lecturers?|hosts?|moderators?)\s*[:\-–—]\s*(.+)$`,
		[]string{"Author: Chiara Albescu", "Words: Sam Lee", "Contributor – Jo Park", "Facilitator: Dr. Lena Ortiz", "Presenters: Ana Ruiz and Ben Ode"}, []string{"Authority matters", "Speaker notes are in the appendix.", "Facilitation: what good looks like"})
	// "from Ana Ruiz & Ben Ode", "A note from Jo Park", "Guest post from
	// Ana Ruiz": a newsletter's or a cross-post's credit (the names must
	// then be plain full names: plainNames)
	reFrom = ruleCS("from-credit", 12,
		`^(?i:(?:(?:a|an|this|today's|this week's)\s+)?(?:(?:guest|short|quick|weekly|monthly)\s+)?(?:note|post|essay|letter|piece|column|message|dispatch|update|issue|edition|story)\s+)?(?i:from)\s+(\p{Lu}\S*(?:\s+\S+){1,8})$`,
		[]string{"from Ana Ruiz & Ben Ode", "From Jane Roe", "A note from Ada Lin & Ravi Kapoor", "Guest post from Jo Park", "This week's essay from Ana Ruiz"}, []string{"from the start", "From: Jane Roe", "A letter from the editor", "Notes from the middle"})
	// a forum thread's starter or a question's asker: "Thread starter
	// jo_ko", "Started by Ana Ruiz", "Asked by: mk2"
	reStarter = rule("thread-starter", 12,
		`^(?:(?:discussion|thread|topic) in\s+\S.{0,40}?\s+)?(?:thread starter|started by|original poster|asked by|question by|discussion starter|themenstarter|themenersteller|iniciado por)\s*:?\s+(\S.*)$`,
		[]string{"Thread starter jo_ko", "Started by Ana Ruiz", "Asked by: mk2", "Discussion in 'Workplace' started by jo_ko, Mar 3, 2024.", "Themenstarter Pepemaus", "Iniciado por mari_k"}, []string{"Threads started this week", "Start date Apr 2, 2024"})
	reByHost = rule("hosted-by", bylineMaxWords,
		`^(?:hosted|presented|moderated|edited)\s+by\s+(.+)$`,
		[]string{"Hosted by Declan Mwangi", "Presented by Jo Park"}, []string{"Reviewed by Dr. Omondi"})
	reByMid = rule("verb-then-by", bylineMaxWords,
		`^(?:posted|published|written|updated|last updated|compiled|prepared|veröffentlicht|publié|publicado)\b.{0,40}?\b(?:by|von|par|por|door|di)\s+(.+)$`,
		[]string{"Posted on 3 May 2021 by Jane Roe", "Published by Ana Ruiz"}, []string{"Published 14 November 2022"})
	reByVerb = rule("made-by", bylineMaxWords,
		`^(?:compiled|prepared|curated|reported|produced|created)\s+by\s+(.+)$`,
		[]string{"Compiled by the HR team", "Prepared by Jo Park"}, []string{"Created on May 2"})
	reNotAuthor = rule("not-author", 0,
		`\b(?:reviewed|edited|fact[- ]checked|photographed|photos?|photography|illustrat\w*|images?|art|artwork|video|translated|medically reviewed|verified|approved)\s+(?:by|:)`,
		[]string{"Reviewed by Dr. Petra Holm", "Photo by Jane Roe", "Illustration by Ana Ruiz"}, []string{"By Jane Roe"})
	// a contributor who did not write the piece, credited on a line of
	// its own in the header: a reviewer, an editor, an illustrator, a
	// photographer, a translator. The line is metadata, never the title.
	reContrib = rule("contributor-credit", 14,
		`^(?:(?:medically|peer|clinically|expert|legally)\s+)?(?:reviewed|edited|fact[- ]?checked|photographed|photos?|photography|illustrat(?:ion|ions|ed)|images?|translated|verified|approved|revised)(?:\s+by\b|\s*:)\s*\S`,
		[]string{"Reviewed by: Dr Ines Carvalho, Director of Placements", "Reviewed by Marcus Bell", "Illustration by Sam Liddell", "Medically reviewed by Dr. Jo Park", "Edited by Ana Ruiz"}, []string{"VIDEO: Voting on the new plan", "By Jane Roe", "Reviewed and approved plans need a sponsor.", "Editing your own work is hard"})
	reFollow = rule("name-follow", bylineMaxWords,
		`^(.{2,60}?)\s*(?:[·•|]\s*)?\+?\s*follow$`,
		[]string{"Renata · Follow", "Jane Roe Follow"}, []string{"Follow us on LinkedIn"})
	rePostedBy = rule("posted-by", 12,
		`^(?:posted by|publicado por|publicada por|postado por|publié par|publiée par|veröffentlicht von|gepostet von|eingestellt von|verfasst von)\s+\p{Lu}`,
		[]string{"Posted by Jane Roe at 9:14 AM", "Publicado por Alberto Gómez", "Publié par Claire Dubois", "Verfasst von Jana Roth"}, []string{"Posted on 3 May 2021", "Publicado el 8 de mayo de 2024"})
	reEditedBy = rule("wiki-edited-by", 30,
		`^(?:page )?(?:created|last edited|last modified|last updated|last changed)\s+by\s+(.+)$`,
		[]string{"Created by Ana Ruiz, last modified on Mar 03, 2023", "Last edited by Jo Park on 8 Feb 2024"}, []string{"Created in 2020"})
	// a publication or agency named after a byline's comma: "By Jane Doe,
	// Reuters"; "By The Associated Press" names no author
	reOrgName = rule("organisation", 6,
		`^(?:the\s+)?(?:associated press|reuters|afp|ap|upi|dpa|bloomberg|staff|staff writers?|wire services?|news services?|agencies|\S+(?:\s+\S+){0,3}\s+(?:news|press|times|post|journal|magazine|media|agency|daily|herald|tribune|gazette|network|wire|service|services|syndicate|bureau|group|features))$`,
		[]string{"Reuters", "The Associated Press", "Financial Times", "Daily Memo Magazine", "Northwind News Service", "Tribune Content Syndicate"}, []string{"Jane Doe", "Ana Ruiz-Post", "the Worklane Career Team"})
	// "Published in Better Humans", "Filed under Leadership": metadata
	// lines, never items
	rePubIn = rule("published-in", pubLineWords,
		`^(?:published|posted|appeared|featured|filed|listed)\s+(?:in|under)\s+\S`,
		[]string{"Published in Better Humans", "Filed under Leadership"}, []string{"Published on 3 May 2021", "Published by Jane Roe"})
	rePubInAlone = rule("published-in-alone", 2,
		`^(?:published|posted|appeared|featured)\s+in$`,
		[]string{"Published in", "Featured in"}, []string{"Published in Better Humans"})
	// "— Jane Doe" at the end of a post, perhaps with a role after a
	// comma ("— Jo Park, Head of Operations")
	reSignOff = ruleCS("sign-off", 10,
		`^(?:[—–~]|-{1,2})\s*(\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){1,3})(?:,\s+\p{Lu}[^,.!?]{1,50})?$`,
		[]string{"— Jane Doe", "-- Ana Ruiz-Post", "~Sam Lee", "— Jo Park, Head of Operations"}, []string{"- Be direct", "— and then", "— Jo Park, who was right, said so."})
	// a byline's label on a line of its own, the name on the next line
	// ("Article by" / "Barry Alleyne", "Autor*in:" / "Miriam Schöller")
	reByLabel = rule("byline-label-alone", 3,
		`^(?:(?:written|posted|article|story|words|text|reported|report|column|essay|interview|a post)\s+)?(?:by|von|par|por|door|di)\s*:?$|^(?:authors?|autor(?:\*?in(?:nen)?)?|auteure?|autore|escrito por|writer|words)\s*:$`,
		[]string{"Article by", "By", "Autor*in:", "Written by:", "Authors:"}, []string{"By Jane Roe", "Bye", "Article", "Authority:"})
	// an author box after the article: its label alone on a line, the
	// author's name on the next ("About the author" / "Nina Kowalski")
	reAuthorBox = rule("author-box-label", 4,
		`^(?:about|meet) the (?:author|writer|authors|writers)\s*:?$|^(?:über (?:den autor|die autorin|die autor\*innen)|zum autor|zur autorin|sobre (?:el autor|la autora)|à propos de l'auteure?|l'auteure?|o autorze|the author|author bio|author)\s*:?$`,
		[]string{"About the author", "Meet the writer", "Über die Autorin", "Sobre el autor", "The author:"}, []string{"About the author of this plan, a word", "About us", "Author: Jo Park", "Authority"})
	// a columnist credited in a sentence under a column's name ("Marguerite
	// Ellis answers your questions about work"): the name is the author
	reColumnist = ruleCS("columnist-credit", 16,
		`^(\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){1,3})\s+(?i:answers|tackles|responds to|fields|takes|weighs in on|helps with)\s+(?i:your|readers'?|reader's|readers’)\s`,
		[]string{"Marguerite Ellis answers your questions about work and the people you work with.", "Jo Park tackles readers' dilemmas at work"}, []string{"Your manager answers your questions", "Ana Ruiz answered the question in 2019.", "How to answer your manager's questions"})
	// what follows an article: cards of other articles, comments. A date
	// after it dates something else ("More articles by Jo Park" / a
	// teaser / "Mar 3, 2025")
	reAfterArticle = rule("after-article", 8,
		`^(?:more (?:articles|posts|stories|essays|newsletters) (?:by|from)\s+\S.{0,60}|more from\s+\S.{0,60}|related(?: articles| posts| stories| reading)?|recommended(?: for you| reading)?|you (?:may|might) also like|most (?:read|popular)|read next|up next|\d+\s+comments?|comments?(?:\s*\(\d+\))?|leave a (?:reply|comment)|see more comments|to view or add a comment.{0,20})\s*:?$`,
		[]string{"More articles by Marcus Bell", "More from Kenji Watanabe", "Related articles", "14 comments", "Comments (3)", "To view or add a comment, sign in"}, []string{"More articles were published by the team in March, when it grew.", "Comment on the plan before Friday"})
	// a forum user name alone on its line, with a digit or an underscore
	// ("tired_tech_lead", "mk2"), which no word of a menu has: beside a
	// relative age it names the poster
	reHandleLine = ruleCS("handle-line", 1,
		`^(?:u/)?(?:[a-z][a-z0-9.\-]*[0-9_][a-z0-9_.\-]*|[A-Za-z][A-Za-z0-9.\-]*_[A-Za-z0-9_.\-]*)$`,
		[]string{"tired_tech_lead", "u/quiet_analyst_22", "mk2"}, []string{"Share", "r/managers", "4y", "COVID-19", "Top 10"})
	// a Q&A site's stamp under a question ("asked Mar 11, 2024 at 8:02"),
	// with the asker's name or handle on the next line
	reAsked = rule("asked-stamp", 8,
		`^asked\s+(?:on\s+)?\S`,
		[]string{"asked Mar 11, 2024 at 8:02", "Asked on 3 May 2021"}, []string{"Frequently asked questions", "I asked my manager"})
	// "— Hana" closing a post: a first name alone after a dash (oneName
	// checks that it is no common word)
	reSignOffOne = ruleCS("sign-off-one-name", 2,
		`^(?:[—–~]|-{1,2})\s*(\p{Lu}\p{Ll}{1,19})$`,
		[]string{"— Hana", "~Marco", "-- Priya"}, []string{"— Jane Doe", "— hana", "— 2024", "-Hana-"})
	// a letter's closing ("Cheers,", "Warmly, Ana Ruiz"): the name after
	// it, on the line or the next, signs the post
	reValediction = rule("valediction", 8,
		`^(?:cheers|best|best wishes|all the best|warmly|warm regards|kind regards|regards|thanks|thank you|thanks for reading|until next (?:time|week|month|issue|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|see you next (?:time|week|month)|talk soon|with gratitude|yours|sincerely|onward|onwards|take care|herzliche grüße|viele grüße|bien à vous|un saludo|saludos)\s*[,!.—–-]\s*(.*)$`,
		[]string{"Cheers,", "Warmly, Ana Ruiz", "Until next time —", "Until next Sunday,", "Thanks for reading!"}, []string{"Cheers to the team that shipped it", "Best practices, in short"})
	reRole = rule("role", roleMaxWords,
		`\s(?:at|chez|bei|presso|bij|@)\s|\||^(?:senior |chief |former |lead |principal |staff )?(?:ceo|cto|coo|cfo|founder|co-founder|director|manager|head of|editor|author|writer|coach|consultant|speaker|mentor|vp|vice president|president|professor|engineer|partner|teamleiter\w*|directrice|directeur|gerente|responsable)\b`,
		[]string{"Senior Editor", "Head of People at Brightpath", "Founder | Coach"}, []string{"Managing up is a skill"})
	// a byline part naming the author's job by its last word ("Advice
	// columnist", "Senior Editors", "Rédaction"): with a name beside it,
	// the line is a byline
	reRoleTail = rule("role-tail", 4,
		`(?:^|\s)(?:columnists?|correspondents?|reporters?|writers?|editors?|contributors?|hosts?|presenters?|producers?|journalists?|critics?|commentators?|redakteur(?:in|innen)?|autor(?:in|innen)?|journalistes?|rédact(?:eur|rice)s?|rédaction|periodistas?|redactor(?:a|es)?)$`,
		[]string{"Advice columnist", "Senior Editors", "Rédaction", "Host"}, []string{"Editorial standards", "The writer's room"})
	// a byline part that is a job title ending in its job noun
	// ("Leadership Coach", "Executive Coach & Former HR Director"): with a
	// name beside it, the line is a byline ("Daniel Okafor | Leadership
	// Coach")
	reJobTail = rule("job-tail", 7,
		`(?:^|\s)(?:coach|consultant|director|manager|founder|co-founder|ceo|cto|cfo|coo|strategist|mentor|trainer|speaker|author|partner|advis[eo]r|therapist|psychologist|recruiter|engineer|designer|officer|specialist|facilitator|lecturer|professor|researcher|analyst)e?s?$`,
		[]string{"Leadership Coach", "Executive Coach & Former HR Director", "Career Advisor"}, []string{"Coaching notes", "The coach said no"})
	// a team, a desk or an editorial office named as the byline ("The
	// Bright Path Editorial Team", "Redaktion", "Von Redaktion
	// Arbeitswelt"): not a person, so not an author (addAuthors)
	reTeamName = rule("team-name", 8,
		`(?:^|\s)(?:team|desk|newsroom)$|^(?:the\s+)?(?:redaktion|rédaction|redazione|redactie|redacción|editorial staff|editorial board|editorial team)\b`,
		[]string{"The Bright Path Editorial Team", "CareerLadder Content Team", "Redaktion", "Redaktion Arbeitswelt", "Business Desk"}, []string{"Jane Teamer", "Ana Ruiz", "Leading Up editors"})
	// a job title after a full name on the name's own line ("Nadia
	// Petrenko, Senior People Partner", "Jo Park – Careers Adviser"): the
	// line is a byline (nameRole reads it)
	reNameRole = ruleCS("name-role", 12,
		`^(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|van|von|der|da|di|del|la|le)){1,3})\s*(?:,|\s[–—-])\s+((?:(?:[\p{Lu}&][\p{L}&.'’\-]*|of|at|for|and|the|in)\s+){0,6}(?i:senior|chief|head|editor|contributor|founder|ceo|director|manager|lead|correspondent|reporter|writer|columnist|journalist|analyst|producer|fellow|professor|researcher|consultant|coach|specialist|officer|advis[eo]r|lecturer|trainer|partner|associate|president|engineer|designer|strategist|facilitator|mentor)\b(?:\s+(?:[\p{Lu}&][\p{L}&.'’\-]*|of|at|for|and|the|in))*)$`,
		[]string{"Nadia Petrenko, Senior People Partner", "Jo Park – Careers Adviser", "Ana de Souza, Head of Learning at Brightpath"}, []string{"Jane Roe, London", "Ana Ruiz, Ben Ode and Cy Lam", "Leading Up, a guide for every manager", "Be Direct, then lead by example"})
	// a syndication credit after a columnist's name ("Jo Park | Special
	// to the Tribune", "Ana Ruiz, for The Weekly Memo"): with a name
	// before it, the line is a byline with no "By"
	reSpecialTo = ruleCS("special-to", 8,
		`^(?i:(?:special|exclusive)\s+to|for|writing for)\s+(?:(?i:the)\s+)?\p{Lu}`,
		[]string{"Special to the Tribune", "for The Weekly Memo", "Exclusive to Worklane"}, []string{"Special thanks", "for the record", "Specialist"})
	reRoleOrg = ruleCS("role-employer", roleMaxWords,
		`^(?:\p{Lu}[\p{L}-]*\s+){0,3}(?i:lead|specialist|officer|strategist|marketer|writer|editor|manager|director|consultant|coach|partner|analyst|designer|engineer)\s*,\s*\p{Lu}[\p{L}&.'’ -]{1,40}$`,
		[]string{"Senior Content Lead, Teamloop", "Writer, The Upward Brief"}, []string{"Lead, don't follow."})
)

// Source credits.
var (
	reCredit = rule("adapted-from", creditMaxWords,
		`^(?:this (?:essay|article|post|piece) (?:is|was) )?(?:adapted|based|excerpted|reprinted|republished|condensed|summari[sz]ed|drawn|inspired|translated)\s+(?:from|on|by)\s+(.+)$`,
		[]string{`Adapted from "The Feedback Habit" by Ana Ruiz`, "This essay is based on a talk by Jo Park"}, []string{"Based in Berlin"})
	reSource = rule("source-label", creditMaxWords,
		`^(?:source|original|original article|via|quelle|fuente|fonte)\s*:\s*(.+)$`,
		[]string{"Source: https://example.org/a", "Via: The Weekly Memo"}, []string{"Sources of stress"})
	reOrig = rule("originally-published", creditMaxWords,
		`^(?:this (?:article|post|story|essay) )?(?:was )?(?:originally|first) (?:published|posted|appeared)\s+(?:at|on|in)\s+(.+?)[.]?$`,
		[]string{"Originally published at https://example.org", "This article first appeared in The Memo."}, []string{"Originally, I wanted to"})
	reCanon = rule("canonical-url", 4,
		`^(?:canonical(?: url| link)?|permalink|url|link)\s*:?\s*(https?://\S+)$`,
		[]string{"Canonical URL: https://example.org/a", "Permalink https://example.org/a"}, []string{"Link to the slides"})
	reCreditBy = rule("credit-by", 0,
		`\bby\s+([^(,;]+?)\s*(?:\(|,|;|$|\s+(?:at|on|in|from|published)\b)`,
		[]string{`"Title" by Ana Ruiz, 2020`, "by Jo Park"}, []string{"nearby"})
)

// Title candidates.
var (
	// reNotTitle: a line that names a control or a picture, never the
	// article: a share or player button, a results filter, a sign-up
	// prompt, a caption ending in its photo credit
	reNotTitle = rule("not-title", 0,
		`^(?:copy (?:this |the )?link|share(?:\s+(?:on|via|by|to|with|this)\b.*)?$|(?:tweet|email|print|pin it|save|save for later|listen|follow)$|view all\b|embed\b|more videos|watch (?:now|live|video)|listen (?:now|to this)|create (?:a )?free\b|sign up\b|subscribe\b|post author\b|skip to\b|\p{Lu}[\p{Lu}\s.,]*\s[—–-]\s*$|(?:ca\.?\s*)?\d+\s*(?:min|mins|minuten|minutes)\.?(?:\s+(?:lesezeit|read|reading time|de lecture|de lectura))?$|social share|suchen\b|suche in\b|suchbegriff|search(?: this site| the site)?\s*(?:\.\.\.|…)|[«‹<←]\s|(?:direkt )?zum (?:haupt)?inhalt\b|(?:zum inhalt )?(?:springen|überspringen)$|aller au contenu|(?:ir|saltar|pasar) al contenido|vai al contenuto|przejdź do|naar (?:de )?inhoud|(?:auf|bei|via) \S+ teilen$|teilen$|partager(?: sur \S+)?$|compartir(?: en \S+)?$|condividi(?: su \S+)?$|udostępnij\b|load more|show more|no results?\b|feed post(?:\s+number\s+\d+)?$)|\((?:(?:photo|picture|image|file|credit|video)\b[^()]*|[^()]*\s/\s[^()]*|getty(?: images)?|ap|reuters|afp|file photo)\)\s*$|\s[»›>→]$`,
		[]string{"Copy this link", "Share by email", "Zum Inhalt springen", "Direkt zum Inhalt", "Auf WhatsApp teilen", "Aller au contenu", "Partager sur Facebook", "Social Share", "Suchbegriff eingeben...", "WASHINGTON —", "NEW YORK, N.Y. -", "ca. 8 Min.", "5 min read", "« An older post", "A newer post »", "← Aachen 1933 – 1945", "Sinnvoll lernen →", "Share on LinkedIn", "Feed post", "EMBED <>More Videos", "View All Result", "(Elizabeth Conley / Houston Chronicle)", "The team trains ahead of the match. (FILE)", "Chief Officer Dr Ann Lee. (Picture by Jo Park)"},
		[]string{"Leading Up (and Why It Matters)", "Subscription fatigue is real", "Embedding feedback in your week", "Wissen teilen lernen: was Teams brauchen", "Inhalt und Form", "»Haltet das Wasser sauber!«", "Searching for meaning at work", "5 minutes that changed my week", "Washington — the view from the desk", "Feed posts that work"})
	// reAgeStamp: a relative age with an optional label or edit mark, in
	// any interface language ("Updated 11 days ago", "1 sem • Editado •",
	// "3w"): when a post was written, never its title.
	// reActivity: a social feed's note of why a post is shown ("Chen Wei
	// likes this", "Ana Ruiz reposted this", "Jo Park and 611 others"): it
	// names a reader, never the author, and is never the title
	reActivity = ruleCS("feed-activity", 12,
		`^\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}\s+(?i:(?:likes?|liked|loves?|reposted|shared|commented on|replied to|celebrates?|supports?|finds?|found|follows?)\s+(?:this|that|a post)(?:\s+\p{L}+)?|and \d[\d,.]*\s+others?)$`,
		[]string{"Chen Wei likes this", "Ana Ruiz reposted this", "Jo Park commented on this", "Jo Park and 611 others", "Lea Brun finds this insightful"},
		[]string{"Why your boss likes this kind of update", "Managing up: what works"})
	// reReposter reads the name in a feed's repost note: the person who
	// shared the post, not its author
	reReposter = ruleCS("reposter", 12,
		`^(\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3})\s+(?i:reposted|shared|reshared)\s+(?i:this|that|a post)$`,
		[]string{"Sara Lindqvist reposted this", "Jo Park shared this"}, []string{"Chen Wei likes this", "Jo Park commented on this", "Why we reposted this"})
	// reCTA: a call to action, never a headline ("Need help? Book an
	// appointment with an adviser.", "Questions? Contact the team.")
	reCTA = rule("call-to-action", 0,
		`\b(?:book (?:a|an|your|my) (?:\w+ ){0,2}(?:call|session|consultation|demo|appointment|meeting|chat)|get in touch|contact (?:us|me|the|our)\b|sign up|subscribe (?:to|now|today|for)|abonniere|register (?:now|today|here)|download (?:the|our|this|a|my) |join (?:us|our|my)\b|learn more|find out more|read more|click here|write to (?:us|me)|send (?:us|me) (?:a|your))`,
		[]string{"Need to talk it through? Book an appointment with a careers adviser.", "Questions about your placement? Contact the placements team.", "Subscribe to the newsletter", "Abonniere unseren Newsletter!"},
		[]string{"How to Book Time With a Busy Boss", "Leading up when the contact is remote"})
	reAgeStamp = rule("age-stamp", 8,
		`^(?:(?:updated|posted|edited|published|last updated|aktualisiert|actualizado|mis à jour)\s+)?(?:\d+\s*\p{Ll}{1,5}\.?|\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago|(?:an?|one)\s+(?:hour|day|week|month|year)\s+ago)(?:\s*[•·]\s*\p{L}*)*\s*[•·]?$`,
		[]string{"Updated 11 days ago", "1 sem • Editado •", "3w", "2 hours ago", "5 d"}, []string{"5 Tips for Managing Up", "11 days that changed my career"})
	reLabelLine = rule("label-line", 0,
		`^[\p{L}][\p{L}&'’\-]*(?:\s+[\p{L}&'’\-]+){0,2}\s*:\s+\S`,
		[]string{"Category: Leadership", "Photo credit: Jane Roe"}, []string{"Leading up", "A B C D: e"})
	reNofM = rule("n-of-m", 0,
		`\b\d+\s*(?:of|/|von|de|sur|di)\s*\d+\b`,
		[]string{"3 of 12", "Seite 2 von 5"}, []string{"Top 10 tips"})
	reSiteSuffixRule = rule("site-suffix", 0,
		`\s+(?:\||–|—|-|::|·)\s+[^|–—]{1,60}$`,
		[]string{"Leading Up | The Weekly Memo", "Managing up - Acme Blog"}, []string{"Leading-up basics"})
)

// reQAQuestion: a reader's question in a Q&A column, opened by its "Q"
// mark ("Q: My manager …", "Q. How do I …", "Question: …"); the column's
// headline is above it ("Q&A: …" names a format and may be a headline).
var reQAQuestion = rule("qa-question", 0,
	`^(?:q|question|frage|pregunta|question du lecteur)\s*[:.)]\s+\S`,
	[]string{"Q: My boss presents my ideas in meetings as his own. What can I do?", "Q. How do I tell my manager I am leaving?", "Question: Should I go over my boss's head?"},
	[]string{"Q&A: How to talk to your boss", "Questions to ask your manager", "Q1 planning: what to bring"})

// reIssueLine: a periodical's issue marker ("Issue #112 · 4 June 2024",
// "Vol. 12, No. 3", "From the January-February 2021 Issue"): the line
// above it names the newsletter or magazine, not the article.
var reIssueLine = rule("issue-line", 12,
	`^(?:(?:issue|vol\.?|volume|no\.|nr\.|number|edition|ausgabe|numéro|número|numero)\s*#?\s*\d+\b|(?:from|in)\s+the\s+.{3,40}\s+(?:issue|edition)$|.{0,40}\b(?:issue|edition|ausgabe)\s*$)`,
	[]string{"Issue #112 · 4 June 2024", "Vol. 12, No. 3", "Issue 58", "From the January-February 2021 Issue", "Spring 2023 issue"},
	[]string{"Issues with your manager", "Number one rule: listen", "Why this is a leadership issue, not a tooling one."})

// reTitleParts splits a page's <title> into the headline and the site's
// name ("Leading up - The Weekly Memo", "Acme Blog » Leading up").
var reTitleParts = rule("title-parts", 0,
	`\s+(?:\||–|—|-|::|·|»|:)\s+`,
	[]string{"Leading Up | The Weekly Memo", "Acme Blog » Managing up"}, []string{"Leading-up basics", "Q&A: how"})

// reSiteSuffix cuts " | Site name" from a page title (case-sensitive use).
var reSiteSuffix = reSiteSuffixRule
