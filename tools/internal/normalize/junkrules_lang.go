// junkrules_lang.go: the junk-rule table continued (junkrules.go), with the
// page chrome of Spanish, French, Polish and German sites that the earlier
// rows miss: account links, share and follow buttons, "most read" and
// "editor's picks" headings, comment prompts, newsletter offers and the
// links of a site's footer. Every row is a whole short line (anchored at
// both ends), so a sentence that uses the same words is never matched.

package normalize

// junkRulesLang: whole-line chrome in other languages.
var junkRulesLang = []junkRule{
	{name: "account link in other languages", why: whyLogin, max: 4,
		pat:  `^(?:inicia(?:r)? sesión|regístrate|registrarse|mi cuenta|ingresar|acceder|se connecter|s'inscrire|s’inscrire|connexion|mon compte|créer un compte|zaloguj(?: się)?|zarejestruj(?: się)?|moje konto|logowanie|rejestracja|anmelden|registrieren|mein konto|einloggen)\s*[.!]?$`,
		need: []string{"sesión", "regístrate", "registrarse", "cuenta", "ingresar", "acceder", "connect", "inscrire", "compte", "zaloguj", "zarejestruj", "konto", "logowanie", "rejestracja", "anmelden", "registrieren", "einloggen"},
		yes:  []string{"Inicia sesión", "Se connecter", "Zaloguj się", "Mein Konto"},
		no:   []string{"Inicia sesión antes de la reunión con tu jefa.", "Anmelden solltest du dich früh."}},
	{name: "share or follow button in other languages", why: whyShare, max: 5,
		pat:  `^(?:compartir|comparte|partager|partagez|udostępnij|teilen|síguenos|suivez-nous|obserwuj nas|folge uns|folgen sie uns)(?:\s+(?:en|sur|na|on|auf|w|in))?(?:\s+(?:facebook|twitter|x|whatsapp|linkedin|telegram|pinterest|instagram|youtube|e-?mail|messenger))?\s*:?$`,
		need: []string{"compart", "partag", "udostępnij", "teilen", "síguenos", "suivez", "obserwuj", "folge"},
		yes:  []string{"Compartir en Facebook", "Partager sur Twitter", "Obserwuj nas", "Síguenos en Instagram"},
		no:   []string{"Compartir el plan con tu jefe ayuda.", "Partager ses doutes avec sa cheffe"}},
	{name: "most-read heading in other languages", why: whyRelated, max: 6,
		pat: `^(?:lo (?:último|más reciente|más popular)|últimas noticias de .{1,30}|(?:les )?(?:plus|articles les plus) (?:lus|populaires|partagés|commentés)|dans la même rubrique|à la une|nos articles|polecane(?: artykuły)?|najnowsze|najpopularniejsze|redakcja poleca|więcej na ten temat|warte przeczytania|zobacz więcej|czytaj więcej|lesen sie mehr|mehr lesen|das könnte (?:sie|dich) (?:auch )?(?:noch )?interessieren|(?:diese|folgende) (?:artikel|beiträge) könnten (?:dich|sie|euch) (?:auch |ebenfalls )?interessieren)\s*[:.…!]?$`,
		yes: []string{"Lo último", "Les plus lus", "Dans la même rubrique", "Redakcja poleca", "Więcej na ten temat", "Warte przeczytania", "Lesen Sie mehr", "Diese Artikel könnten dich ebenfalls interessieren:"},
		no:  []string{"Lo último que quiere tu jefa es una sorpresa.", "Les plus lus des rapports sont les plus courts."}},
	{name: "comment prompt in other languages", why: whyForm, max: 6,
		pat: `^(?:deja (?:tu|su) (?:comentario|opinión)|comenta(?: esta noticia)?|escribe tu comentario|réagi(?:r|ssez)(?: à cet article)?|donnez votre avis|skomentuj|napisz komentarz|dodaj opinię|opinie czytelników|kommentieren sie|jetzt kommentieren)\s*[:.!]?$`,
		yes: []string{"Deja tu comentario", "Réagir", "Skomentuj", "Jetzt kommentieren"},
		no:  []string{"Réagir vite aide votre manager.", "Deja tu comentario para la reunión del lunes."}},
	{name: "comment thread heading with a count", why: whyComments, max: 24,
		pat: `^(?:(?:\d+|ein|eine|zwei|drei)\s+(?:meinungen?|antworten|kommentare?|reaktionen)\s+(?:zu|auf|über)|(?:\d+|un|una|dos|tres)\s+(?:comentarios?|respuestas?|opiniones|pensamientos?)\s+(?:en|a|sobre|de|para)|(?:\d+|une?|deux|trois)\s+(?:réponses?|commentaires?|pensées?|réflexions?)\s+(?:à|sur|au sujet de|pour)|(?:\d+|jedna|jeden|dwa|dwie|trzy)\s+(?:myśli?|komentarz(?:e|y)?|odpowied(?:ź|zi))\s+(?:na temat|do|o|dla))\s+[„“"»«‘’'].{1,120}$` +
			`|^(?:(?:\d+|one|two|three)\s+(?:comments?|responses?|replies|thoughts?)|(?:\d+|ein|eine)\s+(?:meinungen?|kommentar)|(?:\d+|un|una)\s+(?:comentarios?|opiniones)|(?:\d+|une?)\s+(?:commentaires?|réponses?)|zum antworten anmelden)\s*:?$`,
		yes: []string{"Zwei Meinungen zu „Mein Chef und ich“", "2 comentarios en «Hablar con tu jefa»", "Une réponse à « Manager son manager »", "One Comment", "1 Meinungen:", "Zum Antworten anmelden"},
		no:  []string{"Zwei Meinungen zu diesem Thema: frag früh.", "One comment from my manager changed the plan.", "Une réponse à cette question suffit."}},
	{name: "previous or next post with its title", why: whyNav, max: 40,
		pat:  `^[←→«»‹›<\s]*(?:previous|next|older|newer|vorheriger|voriger|nächster|poprzedni|następny)\s*(?:post|article|story|entry|beitrag|artikel|wpis|artykuł)(?:\s*:|\s*[→»›>]|(?-i:\p{Lu})|\s+(?:previous|next|vorheriger|nächster)\b).*$|^(?:article (?:précédent|suivant)|(?:entrada|artículo|nota) (?:anterior|siguiente))\s*:?\s*\S.*$`,
		need: []string{"previous", "next", "older", "newer", "vorheriger", "voriger", "nächster", "poprzedni", "następny", "précédent", "suivant", "anterior", "siguiente"},
		yes:  []string{"Vorheriger ArtikelFünf Fragen an die Chefin", "Next post: How to say no to your manager", "Previous articleWhy one-to-ones matter", "Artículo anterior: Cómo hablar con tu jefa"},
		no:   []string{"Next post I will write about feedback.", "Vorheriger Beitrag war länger, sagte sie."}},
	{name: "newsletter offer in other languages", why: whyNewsletter, max: 10,
		pat:  `^(?:recib[ea] (?:nuestr[oa]s?|el|la|las) (?:boletín|newsletter|noticias)\b.{0,40}|recevez (?:notre|la|nos) (?:newsletter|lettre d'information|actualités)\b.{0,40}|inscrivez-vous à (?:notre|la) (?:newsletter|lettre)\b.{0,30}|zapisz się na (?:newsletter|nasz newsletter)\b.{0,30}|otrzymuj (?:najnowsze|najważniejsze) (?:informacje|wiadomości)\b.{0,30})$`,
		need: []string{"recib", "recevez", "inscrivez", "zapisz", "otrzymuj"},
		yes:  []string{"Recibe nuestro boletín semanal", "Recevez notre newsletter", "Zapisz się na newsletter"},
		no:   []string{"Recibe el informe de tu jefe antes de la reunión y léelo."}},
	{name: "footer link in other languages", why: whyFooter, max: 5,
		pat: `^(?:quiénes somos|sobre nosotros|mapa del sitio|contáctanos|contacto|escríbenos|reporta un error|aviso de privacidad|política de cookies|qui sommes-nous\s*\??|nous contacter|contactez-nous|plan du site|conditions générales(?: d'utilisation)?|o nas|mapa strony|polityka cookies|zur startseite|über uns|datenschutzerklärung|datenschutz|agb|kontaktformular)\s*[.!]?$`,
		yes: []string{"Quiénes somos", "Mapa del sitio", "Nous contacter", "Plan du site", "O nas", "Zur Startseite"},
		no:  []string{"Quiénes somos como equipo importa más.", "O nas mówiono dużo."}},
	{name: "ad label in other languages", why: whyAd, max: 3,
		pat: `^(?:reklama|publicidade|annonce|werbung|patrocinado|sponsorisé|artykuł sponsorowany)$`,
		yes: []string{"Reklama", "Werbung", "Patrocinado"},
		no:  []string{"Reklama szkodzi zespołowi"}},
	{name: "see-more link in other languages", why: whyNav, max: 3,
		pat: `^(?:ver más|ver todo|voir plus|voir tout|zobacz (?:więcej|wszystkie)|mehr anzeigen|alle anzeigen|weiterlesen|seguir leyendo|lire la suite|czytaj dalej)\s*[»›>→.…]*$`,
		yes: []string{"Ver más", "Voir plus", "Zobacz więcej", "Mehr anzeigen", "Seguir leyendo"},
		no:  []string{"Ver más allá del plan"}},
}
