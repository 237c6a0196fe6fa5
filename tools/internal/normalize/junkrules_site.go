// junkrules_site.go: more rows of the junk-rule table (junkrules.go): the
// notices a site prints around every article, in the languages the region
// finder knows — licence and rights footers, cookie banners, calls to
// subscribe, follow or install an app, comment-moderation notes, affiliate
// disclosures, "download as PDF" links, social-embed captions and
// "filed under" lines. They address the reader about the site, not about
// the article's subject, so they hold across topics. Data only.

package normalize

// junkRulesSite: site notices, after the rows of junkrules.go and
// junkrules_more.go.
var junkRulesSite = []junkRule{
	{name: "rights and licence footer", why: whyFooter, max: 60,
		pat:  `\b(?:(?:is |are )?licensed under (?:a |the )?creative commons|unless (?:otherwise stated|stated otherwise)|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|wszelkie prawa zastrzeżone|materiał chroniony prawem autorskim|tutti i diritti riservati|todos os direitos reservados)\b`,
		need: []string{"licensed", "unless", "rights", "rechte", "droits", "derechos", "prawa", "prawem", "diritti", "direitos"},
		yes: []string{"This work is licensed under a Creative Commons Attribution 4.0 License.", "© 2021 Example Press. Alle Rechte vorbehalten.",
			"Materiał chroniony prawem autorskim - zasady przedruku w regulaminie."},
		no: []string{"Your manager holds the rights to decide, so ask before you act.", "Creative commons in a team are the ideas no one owns."}},
	{name: "cookie banner in several languages", why: whyCookie, max: 60,
		pat:  `\b(?:(?:verwenden|nutzen|benutzen|setzen) wir cookies|wir (?:verwenden|nutzen|setzen) (?:auf (?:dieser|unserer) (?:website|webseite|seite) )?cookies|cookies erleichtern|(?:nous )?utilisons des cookies|(?:utiliza(?:mos)?|usamos) cookies|korzystamy z (?:plików )?cookies|(?:utilizziamo|usiamo) (?:i )?cookie|(?:site|website|page) uses cookies)\b`,
		need: []string{"cookie"},
		yes:  []string{"Um diese Seite zu verbessern, verwenden wir Cookies.", "Informujemy, że korzystamy z cookies.", "Este sitio utiliza cookies propias."},
		no:   []string{"Bring cookies to the one-on-one if it helps the mood."}},
	{name: "call to subscribe or follow", why: whyNewsletter, max: 30,
		pat:  `\b(?:(?:subscribe|sign up|register) (?:now|here|today)\b|(?:jetzt|hier|kostenlos) (?:zum newsletter |für den newsletter )?(?:anmelden|abonnieren|registrieren)\b|newsletter (?:abonnieren|bestellen|anmelden)\b|um (?:diesen blog|neue beiträge)\b.{0,60}\b(?:abonnieren|zu erhalten)\b|suscr[ií]b(?:ete|irse|ase)\b|síguenos\b|siga-nos\b|nos siga\b|abonnez-vous\b|inscrivez-vous\b|suivez-nous\b|zapisz się\b|wesprzyj nas\b|seguir a .{1,40} en (?:facebook|twitter|instagram))`,
		need: []string{"subscribe", "sign up", "register", "anmelden", "abonnieren", "registrieren", "bestellen", "zu erhalten", "suscr", "síguenos", "siga", "abonnez", "inscrivez", "suivez", "zapisz", "wesprzyj", "seguir a"},
		yes: []string{"Subscribe now for the full story.", "Jetzt kostenlos zum Newsletter anmelden!", "Síguenos en redes sociales.",
			"Gib deine Adresse an, um neue Beiträge per E-Mail zu erhalten."},
		no: []string{"Ask your manager to sign up for the review slot before Friday, so the team knows.", "We registered the change in the team's log."}},
	{name: "app download prompt", why: whyAd, max: 30,
		pat:  `\bdownload (?:the|our) .{0,40}\bapps?\b|\bapps? (?:for|für|para|pour) (?:ios|android|iphone)\b|\b(?:hol|lade) dir (?:die|unsere) .{0,30}app\b`,
		need: []string{"app"},
		yes:  []string{"For breaking news, download our apps for iOS and Android.", "Hol dir die Wetter-App kostenlos."},
		no:   []string{"Download the agenda before the meeting and read it twice."}},
	{name: "comment moderation note", why: whyForm, max: 60,
		pat:  `\bcomments? (?:are|is|will be) (?:moderated|reviewed before)\b|^we (?:ask|welcome|encourage) (?:that )?(?:reader |your )?comments?\b|^para comentar (?:debes|tienes|es necesario)\b|\bkommentare werden (?:moderiert|vor der veröffentlichung|geprüft)\b|^(?:is|are) not responsible for the (?:opinions|comments)\b|\bnot responsible for the opinions\b.{0,80}\b(?:contributors|readers|commenters)\b`,
		need: []string{"comment", "comentar", "kommentare", "responsible"},
		yes:  []string{"Comments are moderated and may take a day to appear.", "Para comentar debes iniciar sesión.", "The paper is not responsible for the opinions of contributors."},
		no:   []string{"Comments from your manager are moderated by their own boss's priorities."}},
	{name: "affiliate disclosure", why: whyAd, max: 60,
		pat:  `\b(?:affiliate[- ]links?|provision vom händler|erhält?(?:\s+\S+){0,3}\s+(?:ggf\.\s+)?eine provision|(?:receive|earn|get) (?:a )?(?:small )?(?:compensation|commission) (?:when|if) you (?:click|buy|purchase)|contains references to products from|may (?:receive|earn) (?:a )?(?:small )?(?:compensation|commission)|participant in the amazon services|enthält werbung|als amazon-partner)\b`,
		need: []string{"affiliate", "provision", "compensation", "commission", "references to products", "amazon", "werbung"},
		yes:  []string{"This post has affiliate links; we may earn a small commission.", "Für Links auf dieser Seite erhält der Verlag ggf. eine Provision."},
		no:   []string{"The commission on the sale went to the team that closed it."}},
	{name: "download as a file", why: whyShare, max: 12,
		pat:  `^(?:download|télécharger|herunterladen|descargar|pobierz|baixar|scarica)\b.{0,40}\b(?:pdf|epub)\b|\b(?:als|as|en|au format) (?:pdf|epub)\b.{0,4}(?:herunterladen|download|télécharger|descargar)?\s*$|^instant access to the full (?:article|text) pdf`,
		need: []string{"pdf", "epub"},
		yes:  []string{"Dieses Skript als PDF herunterladen", "Télécharger au format EPUB", "Download the report (PDF)"},
		no:   []string{"Send the notes as PDF to everyone who came."}},
	{name: "social embed caption", why: whyImage, max: 20,
		pat:  `^(?:view this (?:post|photo|video) on (?:instagram|facebook|tiktok)|(?:a (?:post|photo|video) shared by|ein beitrag geteilt von|une publication partagée par|una publicaci[oó]n compartida (?:de|por))\b.{1,60}\(@[\w.]+\)|sieh dir diesen beitrag auf instagram an|voir cette publication sur instagram|ver esta publicaci[oó]n en instagram)$`,
		need: []string{"instagram", "facebook", "tiktok", "shared by", "geteilt von", "partagée par", "compartida"},
		yes:  []string{"View this post on Instagram", "Ein Beitrag geteilt von Anna (@anna.example)"},
		no:   []string{"A post shared by a peer can open the talk with your boss."}},
	{name: "filed-under line", why: whyTags, max: 40,
		pat:  `^(?:(?:erstellt|veröffentlicht|posted|published|geschrieben)\b.{0,60}\b(?:abgelegt unter|filed under|in (?:der )?kategorie)\b|(?:veröffentlicht in|posted in|filed under|abgelegt unter|publicado en|publié dans(?: la catégorie)?)\s*:\s)`,
		need: []string{"abgelegt", "filed", "kategorie", "veröffentlicht in", "posted in", "publicado en", "publié dans"},
		yes:  []string{"Erstellt am 3. Mai um 10:00 und abgelegt unter Linux, Tipps.", "Posted in: Leadership, Careers"},
		no:   []string{"Posted in the team channel, the update reached everyone by noon."}},
	{name: "channel promotion", why: whyAd, max: 30,
		pat:  `\b(?:nuestro |our |unseren? |notre )?(?:canal|channel|kanal|chaîne) (?:de |on |auf |sur )?(?:youtube|telegram|whatsapp)\b|\b(?:youtube|telegram|whatsapp)[- ](?:channel|kanal)\b`,
		need: []string{"youtube", "telegram", "whatsapp"},
		yes:  []string{"¡Visita nuestro canal de YouTube!", "Folge unserem WhatsApp-Kanal für News."},
		no:   []string{"She watched a YouTube talk on feedback before the review."}},
}
