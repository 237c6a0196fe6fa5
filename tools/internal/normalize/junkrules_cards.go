// junkrules_cards.go: the junk-rule table continued (junkrules.go), with
// the chrome that survives on unseen pages (issue 8): forum member cards
// (a label and a value: "Joined: Jun 2021", "Beiträge: 37"; a rank; a post
// number; the row of post actions), and the site's own pitch and sign-up
// forms after an article (a price line, a buy or download button, the
// field labels of a form, "no spam" promises, reader counts, free guides,
// star ratings). Every row is a short line, most anchored at both ends, so
// an article sentence that uses the same words is not matched.

package normalize

// junkRulesCards: forum member cards, pitches and sign-up forms.
var junkRulesCards = []junkRule{
	{name: "forum member card field", why: whyComment, max: 6,
		pat: `^(?:joined|join date|member since|registered|posts|messages|reputation|reputation points|likes received|reaction score|points|trophy points|` +
			`registriert(?: seit)?|mitglied seit|beiträge|danke erhalten|reaktionspunkte|wohnort|` +
			`registrado|miembro desde|mensajes|puntos|` +
			`inscrit(?: le)?|inscription|membre depuis|` +
			`registado|membro desde|mensagens|pontos|` +
			`dołączył(?:a)?|zarejestrowany|posty|postów|reputacja)\s*:\s*\S.{0,40}$`,
		yes: []string{"Joined: Jun 2021", "Posts: 1,947", "Reputation: 34", "Registriert seit: 04.2022", "Beiträge: 37", "Mensajes: 486", "Inscrit le : 3 mars 2019"},
		no:  []string{"Posts: what I learned from two years of weekly updates to my boss", "Location: it matters less than you think when you ask for a raise"}},
	{name: "forum member rank", why: whyComment, max: 3,
		pat: `^(?:(?:new|active|senior|junior|regular|full|well-known|valued|registered|established|veteran|elite|platinum|gold)\s+)?member$|^(?:neues|aktives|erfahrenes)\s+mitglied$|^(?:stammgast|stammmitglied)$|^miembro(?:\s+(?:activo|nuevo|veterano|destacado))?$|^(?:nouveau|membre)\s+(?:membre|actif|confirmé)$|^membro(?:\s+(?:ativo|novo))?$`,
		yes: []string{"Member", "Senior Member", "Neues Mitglied", "Stammgast", "Miembro activo"},
		no:  []string{"Member of the board", "Senior members first"}},
	{name: "forum post number", why: whyComment, max: 2,
		pat: `^(?:(?:post|beitrag|mensaje|message|wpis|mensagem|antwort)\s*)?#\d{1,5}$`,
		yes: []string{"#1", "Beitrag #2", "Post #14"},
		no:  []string{"#leadership", "Step #2 first"}},
	{name: "forum post actions", why: whyComment, max: 8,
		pat: `^(?:(?:like|quote|multi-?quote|reply|report|bookmark|zitieren|melden|antworten|danke|responder|citar|reportar|répondre|citer|signaler|odpowiedz|cytuj|zgłoś|citação|denunciar)\s*[·•|,/]\s*)+(?:like|quote|multi-?quote|reply|report|bookmark|zitieren|melden|antworten|danke|responder|citar|reportar|répondre|citer|signaler|odpowiedz|cytuj|zgłoś|citação|denunciar)$`,
		yes: []string{"Like · Quote · Report", "Zitieren · Melden", "Responder · Citar"},
		no:  []string{"Quote, reply, report: that is all a forum asks of you."}},
	{name: "forum reply prompt and similar threads", why: whyComment, max: 12,
		pat: `^(?:(?:you must )?log in or register to (?:reply|post)(?: here)?|du musst (?:angemeldet|eingeloggt) sein,? um (?:zu antworten|antworten zu können)|debes (?:iniciar sesión|registrarte) para responder|vous devez (?:être connecté|vous connecter) pour répondre|` +
			`similar threads|related threads|ähnliche themen|ähnliche threads|temas similares|hilos similares|sujets similaires|discussions similaires|tópicos semelhantes|podobne tematy)\s*[.:]?$`,
		yes: []string{"Log in or register to reply", "Du musst angemeldet sein, um zu antworten.", "Similar threads", "Ähnliche Themen", "Temas similares"},
		no:  []string{"Similar threads run through every team I have led."}},
	{name: "price line", why: whyAd, max: 10,
		pat:  `^(?:(?:now|only|just|from|was|for|a|limited|time|offer|jetzt|nur|ab|statt|de|por|desde|solo|sólo|seulement|au lieu de|à|za|tylko|zamiast|apenas)\s+|(?:r\$|us\$|[$€£])\s?\d[\d.,]*\s*|\d[\d.,]*\s?(?:€|£|zł|eur|usd|euro)\s*)+(?:\s*(?:for a limited time|pro monat|per month|/\s?month|/\s?mes|/\s?mois|al mes|par mois))?[.!]?$`,
		need: []string{"$", "€", "£", "zł", "eur", "usd"},
		yes:  []string{"$29 $19 for a limited time", "Jetzt nur 149 € statt 199 €", "De R$ 89,90 por R$ 47,00", "€9 per month"},
		no:   []string{"It cost us $40,000 in a quarter.", "Now $20 buys less than it did."}},
	{name: "buy or download button", why: whyAd, max: 5,
		pat: `^(?:(?:buy|order|shop|get|grab|download|claim|reserve|enrol|enroll|start|join|try|access)\s+(?:it\s+)?(?:now|today|here|the (?:toolkit|guide|book|e-?book|course|template|templates|bundle|kit|workbook|checklist)|your (?:copy|spot|seat|free \w+)|free|instant access)|` +
			`comprar (?:agora|ahora|ya)|compra ahora|jetzt (?:kaufen|bestellen|platz sichern|sichern|buchen|herunterladen|teilnehmen)|platz sichern|quiero (?:la guía|el curso|mi plaza|el e-?book|la plantilla)|apúntate(?: aquí| ya| ahora)?|` +
			`je m['’]inscris|télécharger (?:le guide|l['’]e-?book|la checklist|gratuitement)|acheter(?: maintenant)?|cadastrar|cadastre-se|inscreva-se(?: agora)?|quero (?:o|a|meu|minha) \S+|baixar (?:o|a) \S+|kup teraz|zamów teraz|pobierz (?:poradnik|e-?booka?|za darmo))\s*[!.→»›]*$`,
		yes: []string{"Get the toolkit", "Buy now", "Jetzt Platz sichern", "Comprar agora", "Quiero la guía", "Je m'inscris", "Télécharger le guide", "Cadastrar", "Apúntate aquí"},
		no:  []string{"Get the facts before the meeting.", "Start here when your boss is new."}},
	{name: "sign-up form field", why: whyNewsletter, max: 5,
		pat: `^(?:(?:your|tu|su|votre|ihre|deine|seu|o seu|teu|o teu|twój)\s+)?(?:e-?mail(?:-adresse)?(?: address)?|email address|correo(?: electrónico)?|dirección de (?:correo|e-?mail)|adresse (?:e-?)?mail|endereço de e-?mail|adres e-?mail|first name|last name|full name|nombre|nome|prénom|vorname|nachname|imię)\s*\*?:?$|` +
			`^(?:suscribirme|me suscribo|abonnieren|je m['’]abonne|assinar|zapisuję się|sign me up|submit|senden|absenden|enviar|envoyer|wyślij)\s*[!.→»›]*$`,
		yes: []string{"Tu correo electrónico", "Your email address", "E-mail", "Nome", "Prénom", "Votre adresse e-mail", "Suscribirme", "Enviar"},
		no:  []string{"Email your manager first.", "Nombre the risks early."}},
	{name: "sign-up promise", why: whyNewsletter, max: 16,
		pat:  `\b(?:no spam|kein spam|keine werbung|sin spam|pas de spam|sem spam|zero spam|bez spamu)\b|\b(?:unsubscribe|opt out) (?:at )?any ?time\b|\bdar(?:te|se) de baja\b|\bdésinscri\w*|\bse désabonner\b|\bjederzeit (?:abbestell|abmeld|kündb)\w*|\bdescadastr\w*|\bcancelar (?:a )?inscrição\b|\bwypisać się\b|^(?:vos|tus|ihre|your|seus) (?:données|datos|daten|data|dados)\b.{0,40}$`,
		need: []string{"spam", "unsubscribe", "opt out", "baja", "désinscri", "désabonner", "jederzeit", "descadastr", "inscrição", "wypisać", "données", "datos", "daten", "data", "dados", "werbung"},
		yes:  []string{"Sin spam. Puedes darte de baja cuando quieras.", "No spam. Unsubscribe any time.", "Vos données restent chez nous. Désinscription en un clic.", "Kein Spam, jederzeit abbestellbar."},
		no:   []string{"My manager treats every status report like spam unless it has a number in the first line."}},
	{name: "reader count pitch", why: whyNewsletter, max: 14,
		pat:  `^(?:join|únete a|unete a|rejoignez|rejoindre|junte-se a|junta-te a|dołącz do|werden sie (?:einer|eine) von)\b.{0,25}\b\d[\d.,]*\s*\+?\s*(?:k\s+)?(?:readers|lectores|lecteurs|leser\w*|leitores|czytelników|subscribers|suscriptores|abonnés|abonnenten|assinantes|managers|leaders|professionals|profesionales|professionnels|people|personas|personnes)\b.{0,40}$`,
		need: []string{"join", "únete", "unete", "rejoi", "junte", "junta", "dołącz", "werden"},
		yes:  []string{"Únete a más de 20.000 lectores", "Join 40,000 managers who read it every Friday", "Rejoignez 12 000 lecteurs"},
		no:   []string{"Join the meeting five minutes early."}},
	{name: "free guide offer", why: whyNewsletter, max: 20,
		pat: `^(?:get|download|grab|claim|receive|recibe|recevez|receba|recebe|holen sie sich|hol dir|sichern sie sich|descarga|téléchargez|baixe|pobierz|introduce tu (?:e-?mail|correo)(?: electrónico)? y recibe)\b.{0,30}` +
			`(?:\b(?:free|gratis|kostenlos\w*|grátis|darmow\w+|gratuit[ao]?|gratuite)\s+(?:\S+\s+)?(?:guide|guía|guia|e-?book|checklist|template|vorlage|leitfaden|plantilla|modèle|poradnik|pdf|workbook|toolkit)|\b(?:guide|guía|guia|e-?book|checklist|template|vorlage|leitfaden|plantilla|modèle|poradnik|pdf|workbook)s?\s+(?:free|gratis|gratuit[ao]?|gratuite|kostenlos\w*|grátis|darmow\w+))\b.{0,60}$|` +
			`^(?:enter|introduce|ingresa|saisissez|entrez|geben sie|digite|insira|podaj) (?:your|tu|su|votre|ihre|o seu|seu|teu|swój) (?:e-?mail|correo|adresse)\b.{0,60}$`,
		need: []string{"free", "gratis", "gratuit", "kostenlos", "grátis", "darmow", "enter", "introduce", "ingresa", "saisissez", "entrez", "geben sie", "digite", "insira", "podaj"},
		yes:  []string{"Introduce tu email y recibe la guía gratuita «Conversaciones difíciles con tu jefe».", "Recevez notre guide gratuit « 10 questions pour votre entretien annuel »", "Download our free checklist", "Enter your email to get the template"},
		no:   []string{"Get free advice from a mentor before you escalate.", "Enter the meeting with one ask."}},
	{name: "star rating", why: whyAd, max: 12,
		pat: `^[★☆✩✪⭐]{3,5}|^\d(?:[.,]\d)?\s*(?:/|out of|von|de|sur|z|of)\s*5(?:\s*(?:stars|sterne|estrellas|étoiles|estrelas|gwiazdek))?\s*\(?\d[\d.,]*\s*(?:reviews|ratings|bewertungen|reseñas|valoraciones|opiniones|avis|avaliações|opinii|ocen)\)?$`,
		yes: []string{"★★★★★ 4,8 von 5 (312 Bewertungen)", "4.7 out of 5 (1,204 reviews)"},
		no:  []string{"4 of 5 managers said yes."}},
	{name: "was-this-helpful prompt in other languages", why: whyNav, max: 8,
		pat: `^(?:¿?(?:te|le) (?:ha servido|ha sido útil|resultó útil) (?:este|esta) (?:artículo|nota|información)\??|cet article vous a(?:-t-il)? (?:plu|été utile)\s*\??|(?:war|ist) (?:dieser|der) (?:artikel|beitrag) hilfreich\??|(?:este|esse) (?:artigo|post) (?:foi|te foi) útil\??|czy (?:ten )?artykuł był pomocny\??)$`,
		yes: []string{"¿Te ha servido este artículo?", "Cet article vous a plu ?", "War dieser Artikel hilfreich?", "Este artigo foi útil?"},
		no:  []string{"¿Te ha servido este artículo para hablar con tu jefa? Cuéntanos cómo te fue."}},
}
