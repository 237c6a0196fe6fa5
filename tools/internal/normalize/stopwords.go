// stopwords.go: the function words of the languages the region finder
// (region.go) knows. Running text is dense in them whatever its topic;
// menus, teasers, captions and counters are not. It reads and marks
// nothing: it is data.

package normalize

import (
	"strings"
	"unicode/utf8"
)

// stopwordLists holds common function words (articles, pronouns,
// prepositions, conjunctions, auxiliaries) per language. They are merged
// into one set: a line's density counts words of any of these languages,
// so a page needs no language detection.
var stopwordLists = map[string]string{
	"en": `a an the and or but if of to in on at by for with from as into about than then so
		is are was were be been being am has have had do does did will would can could should may might must
		i you he she it we they me him her us them my your his its our their this that these those
		there here what which who whom whose when where why how not no all any some more most other such
		only also just very too out up over after before while because through during between each both`,
	"de": `der die das den dem des ein eine einen einem einer eines und oder aber wenn als wie auch
		ist sind war waren sein bin bist hat haben hatte hatten wird werden wurde wurden kann können konnte muss
		ich du er sie es wir ihr mich dich sich uns euch ihm ihn ihnen mein dein sein unser euer
		nicht kein keine keinen noch nur schon sehr so zu im in am an auf aus bei mit nach von vor
		für über unter durch gegen ohne um zum zur dass daß ob weil denn doch da dann dies diese dieser
		diesem diesen dieses man was wer wo wie hier dort mehr viel viele alle alles beim seit bis`,
	"fr": `le la les l un une des du de d et ou mais si que qui quoi dont où ne pas plus ce cet cette ces
		est sont était étaient être été a ont avait avaient avoir fait sera seront peut peuvent
		je tu il elle on nous vous ils elles me te se lui leur leurs mon ma mes ton ta tes son sa ses notre nos votre vos
		à au aux en dans sur sous par pour avec sans entre vers chez comme aussi très tout tous toute toutes
		y qu c s n j m t`,
	"es": `el la los las lo un una unos unas y o pero si que quien cual donde cuando como no ni más
		es son era eran ser sido está están estaba ha han había haber hace puede pueden
		yo tú él ella nosotros vosotros ellos ellas me te se le les nos os mi mis tu tus su sus nuestro
		a al del de en con sin por para sobre entre hasta desde hacia también muy todo todos toda todas
		este esta estos estas ese esa esos esas ya porque`,
	"it": `il lo la i gli le un uno una e ed o ma se che chi cui dove quando come non né più
		è sono era erano essere stato ha hanno aveva avere fa può possono
		io tu lui lei noi voi loro mi ti si ci vi gli suo sua suoi sue mio mia nostro vostro
		a al allo alla ai agli alle di del dello della dei degli delle da dal dalla in nel nella nei
		con su sul sulla per tra fra anche molto tutto tutti tutta questo questa questi quello quella perché`,
	"pt": `o a os as um uma uns umas e ou mas se que quem qual onde quando como não nem mais
		é são era eram ser sido está estão estava há tem têm tinha ter foi pode podem
		eu tu ele ela nós vós eles elas me te se lhe lhes nos meu minha seu sua seus suas nosso
		de do da dos das em no na nos nas com sem por pelo pela para sobre entre até desde também muito
		todo todos toda todas este esta estes estas esse essa isso isto já porque ao aos`,
	"pl": `i w we z ze na do od o u za po przez przy dla bez pod nad przed między a ale lub albo czy że
		jest są był była było byli być ma mają miał może mogą będzie będą
		ja ty on ona ono my wy oni one mnie mi się go jej jego ich nas was im nim niej
		to ten ta te tego tej tym tych ten który która które którzy jak tak nie już także też bardzo
		co gdy gdzie kiedy jeśli tylko jeszcze więc oraz jako aby żeby`,
	"nl": `de het een en of maar als dan dat die dit deze wie wat waar wanneer hoe niet geen
		is zijn was waren ben bent heeft hebben had hadden wordt worden werd werden kan kunnen moet
		ik jij je hij zij ze wij we jullie u me mij hem haar ons hun mijn jouw zijn onze
		in op aan bij met van voor naar over onder door tegen zonder om tot uit er ook nog al
		heel zeer veel meer alle alles omdat want toch wel`,
}

// stopwords is the union of stopwordLists.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, list := range stopwordLists {
		for _, w := range strings.Fields(list) {
			m[w] = true
		}
	}
	return m
}()

// isStopword reports whether the letters of word w are a function word of
// one of the stopword lists: stopwords[letterWord(w)], without building
// the lower-cased word when it is short and ASCII.
func isStopword(w string) bool {
	i, j := 0, len(w)
	for i < j && w[i] < utf8.RuneSelf && !asciiLetter(w[i]) {
		i++
	}
	for j > i && w[j-1] < utf8.RuneSelf && !asciiLetter(w[j-1]) {
		j--
	}
	if j-i > 16 {
		return stopwords[letterWord(w)]
	}
	var buf [16]byte
	for k := i; k < j; k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return stopwords[letterWord(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k-i] = c
	}
	return stopwords[string(buf[:j-i])]
}
