package normalize

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
)

// meta is what the normaliser learns about the essay itself.
type meta struct {
	title         string
	authors       []string
	date          string // YYYY-MM-DD
	dateMonth     bool   // only a month was given
	srcTitle      string
	srcAuthor     string
	srcURL        string
	credit        bool // a credit line was found
	unknownAuthor bool
	// htmlTitles are a saved page's <title>, og:title and extractor
	// title: a title candidate that agrees with one scores higher
	htmlTitles []string
	// cands are the title candidates chooseTitle scored
	cands map[int]bool
	// far is the second header zone around where the article region
	// starts (see farPass)
	far farZone
	// pair is the dateline zone: a headline and its byline or date
	// further down the page than either zone above (see pairPass)
	pair farZone
	// headDate maps a title candidate that opens with its date to where
	// its headline starts (see headAfterDate)
	headDate map[int]int
	// bodyLang is the language of the article's prose, read once
	// (bodyLanguage, metalang.go)
	bodyLang     string
	bodyLangRead bool
	// order is the page's day/month order of numeric dates (see
	// dayFirst), read once when first needed
	order int
	// reposter names who reposted the post on a social feed ("Sara
	// Lindqvist reposted this"): a reader, never the author
	reposter string
	// weakName is one more than the line of a lone name taken as the
	// author from its context only (a date beside it, no profile header
	// under it), 0 when none: an explicit byline after it replaces it
	weakName int
	// trace, when set (by a debugging test), receives how each title
	// candidate scored
	trace func(format string, args ...any)
}

// months maps month names and their usual abbreviations, in the languages
// pastes come in, to month numbers. monthRe is built from it, so a name
// added here is both found and read. (Abbreviations that are common words
// elsewhere, such as Portuguese "out" or Spanish "ago", are left out.)
var months = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
	// German (and Austrian), Dutch, Scandinavian
	"januar": 1, "jänner": 1, "jän": 1, "januari": 1, "februar": 2, "februari": 2, "märz": 3, "mär": 3, "mrz": 3,
	"maart": 3, "mrt": 3, "mars": 3, "mai": 5, "mei": 5, "maj": 5, "juni": 6, "juli": 7, "augustus": 8, "augusti": 8,
	"oktober": 10, "okt": 10, "dezember": 12, "dez": 12, "desember": 12,
	// French
	"janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "avril": 4, "avr": 4, "juin": 6,
	"juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "déc": 12,
	// Spanish, Italian, Portuguese
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12, "dic": 12,
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "giu": 6, "luglio": 7, "lug": 7,
	"settembre": 9, "ottobre": 10, "ott": 10, "dicembre": 12,
	"janeiro": 1, "fevereiro": 2, "fev": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
	"outubro": 10, "novembro": 11, "dezembro": 12,
	// Polish, nominative and the genitive a date uses ("4 maja 2021")
	"styczeń": 1, "luty": 2, "marzec": 3, "kwiecień": 4, "czerwiec": 6, "lipiec": 7, "sierpień": 8,
	"wrzesień": 9, "październik": 10, "listopad": 11, "grudzień": 12,
	"stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7, "sierpnia": 8,
	"września": 9, "października": 10, "listopada": 11, "grudnia": 12,
	// Czech (genitive) and Turkish
	"ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7, "srpna": 8,
	"září": 9, "října": 10, "listopadu": 11, "prosince": 12,
	"ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8,
	"eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
}

// monthRe matches any key of months (longest first), with an optional dot.
var monthRe = func() string {
	names := make([]string, 0, len(months))
	for k := range months {
		names = append(names, k) // (no name holds a pattern character)
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	return `(?:` + strings.Join(names, "|") + `)\.?`
}()

var (
	reISO      = prefilter.MustCompile(`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?\b`)
	reMDY      = newMonthFirst(`\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`) // (monthscan.go: the month-first patterns)
	reDMY      = rx(`\b(\d{1,2})(?:st|nd|rd|th|er|e|º|ª)?\.?\s+(?:of\s+|de\s+)?(` + monthRe + `),?\s+(?:de\s+)?(\d{4})\b`)
	reNumDate  = prefilter.MustCompile(`\b(\d{1,2})([/.\-])(\d{1,2})([/.\-])(\d{4}|\d{2})\b`)
	reMonthRng = newMonthFirst(`\s*(?:[-–—/]|to|and|&)\s*(?:` + monthRe + `)\s+(\d{4})\b`)
	reMonthY   = newMonthFirst(`,?\s+(\d{4})\b`)
)

// findDate finds the first date in s. It returns the ISO date, whether only
// a month was known, and the matched span.
func findDate(s string) (iso string, monthOnly bool, span [2]int, ok bool) {
	if !dateShape(s) {
		return // no pattern below can match
	}
	f := dateMemo.do(s, findDateOnce)
	return f.iso, f.monthOnly, f.span, f.ok
}

// dateFound is what findDate returns.
type dateFound struct {
	iso       string
	monthOnly bool
	span      [2]int
	ok        bool
}

var dateMemo memo[dateFound]

// findDateOnce is findDate without the memo.
func findDateOnce(s string) dateFound {
	iso, monthOnly, span, ok := findDateIn(s)
	return dateFound{iso, monthOnly, span, ok}
}

// dateShape reports whether s holds what every date pattern of findDateIn
// needs: four digits in a row (a year: reISO, reMDY, reDMY, reMonthRng,
// reMonthY, reGluedYear, reGluedReadTime) or a digit, a separator and a digit (reNumDate).
// reGlued only inserts a space before a month name, which changes neither.
func dateShape(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if '0' <= c && c <= '9' {
			if run++; run == 4 {
				return true
			}
			continue
		}
		if run > 0 && (c == '/' || c == '.' || c == '-') && i+1 < len(s) && '0' <= s[i+1] && s[i+1] <= '9' {
			return true
		}
		run = 0
	}
	return false
}

func findDateIn(s string) (iso string, monthOnly bool, span [2]int, ok bool) {
	g := reGlued.FindStringSubmatchIndex(s)
	if g == nil {
		g = reGluedYear.FindStringSubmatchIndex(s)
	}
	if g == nil {
		g = reGluedReadTime.FindStringSubmatchIndex(s)
	}
	if g != nil {
		// "6 min readApr 9, 2024": read the date with a space before it,
		// and give the span in s
		iso, monthOnly, span, ok = findDate(s[:g[4]] + " " + s[g[4]:])
		for k := range span {
			if span[k] > g[4] {
				span[k]--
			}
		}
		return iso, monthOnly, span, ok
	}
	try := func(loc []int, y, m, d int, mo bool) bool {
		if loc == nil || y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
			return false
		}
		iso, monthOnly, span, ok = fmt.Sprintf("%04d-%02d-%02d", y, m, d), mo, [2]int{loc[0], loc[1]}, true
		return true
	}
	if m := reISO.FindStringSubmatchIndex(s); m != nil {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		d, _ := strconv.Atoi(s[m[6]:m[7]])
		if try(m, y, mo, d, false) {
			return
		}
	}
	if m := reMDY.FindStringSubmatchIndex(s); m != nil {
		mo := monthNum(s[m[2]:m[3]])
		d, _ := strconv.Atoi(s[m[4]:m[5]])
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		if try(m, y, mo, d, false) {
			return
		}
	}
	if m := reDMY.FindStringSubmatchIndex(s); m != nil {
		d, _ := strconv.Atoi(s[m[2]:m[3]])
		mo := monthNum(s[m[4]:m[5]])
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		if try(m, y, mo, d, false) {
			return
		}
	}
	if m := reNumDate.FindStringSubmatchIndex(s); m != nil && s[m[4]:m[5]] == s[m[8]:m[9]] {
		a, _ := strconv.Atoi(s[m[2]:m[3]])
		b, _ := strconv.Atoi(s[m[6]:m[7]])
		y, _ := strconv.Atoi(s[m[10]:m[11]])
		if y < 100 {
			y += 2000
		}
		sep := s[m[4]:m[5]]
		mo, d := a, b // US order for "/"
		if sep == "." || a > 12 {
			mo, d = b, a
		}
		if try(m, y, mo, d, false) || try(m, y, d, mo, false) { // "01.21.2020": the other order
			return
		}
	}
	if m := reMonthRng.FindStringSubmatchIndex(s); m != nil {
		mo := monthNum(s[m[2]:m[3]])
		y, _ := strconv.Atoi(s[m[4]:m[5]])
		if try(m, y, mo, 1, true) {
			return
		}
	}
	if m := reMonthY.FindStringSubmatchIndex(s); m != nil {
		mo := monthNum(s[m[2]:m[3]])
		y, _ := strconv.Atoi(s[m[4]:m[5]])
		if try(m, y, mo, 1, true) {
			return
		}
	}
	return "", false, span, false
}

func monthNum(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if n, ok := months[s]; ok {
		return n
	}
	if r := []rune(s); len(r) >= 3 {
		return months[string(r[:3])] // "Sept" → "sep"
	}
	return 0
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// dateLine reports whether a line is mostly a date ("Updated: Nov 26, 2020",
// "3 min read · Apr 25, 2024", "Published on 4/25/2024").
func dateLine(t string) (iso string, monthOnly bool, ok bool) {
	t = unglue(t) // "3 min readApr 25, 2024"
	// "Last Modified: October 2, 2022 · Published: August 16, 2022":
	// the publication date wins
	if loc := rePublishedAt.FindStringIndex(t); loc != nil && wordCount(t) <= 24 {
		if iso, mo, span, ok := findDate(t[loc[1]:]); ok && span[0] <= 2 {
			return iso, mo, true
		}
	}
	// "Posted Sep 3, 2022 | Reviewed by X": a date part among short credits
	if parts := reBylineSep.Split(t, -1); len(parts) >= 2 && len(parts) <= 5 && wordCount(t) <= 24 {
		for _, p := range parts {
			if wordCount(p) > 8 {
				break
			}
			if iso, mo, ok := dateLine(p); ok {
				return iso, mo, true
			}
		}
	}
	iso, monthOnly, span, ok := findDate(t)
	// a line that opens with its date may carry more times and labels
	// ("19. Oktober 2019, 19:08 Uhr Editiert am …")
	if !ok || wordCount(t) > dateMaxWords && (span[0] > 0 || wordCount(t) > datedLineMaxWords) {
		return "", false, false
	}
	rest := t[:span[0]] + " " + t[span[1]:]
	for k := 0; k < 2; k++ { // an edit date after the publication date
		_, _, sp, ok := findDate(rest)
		if !ok {
			break
		}
		rest = rest[:sp[0]] + " " + rest[sp[1]:]
	}
	if wordsBesideDates(rest) > 3 {
		return "", false, false
	}
	return iso, monthOnly, true
}

// Bylines.
var (
	reHandle   = prefilter.MustCompile(`^(?:u/|@)([A-Za-z0-9_][A-Za-z0-9_.\-]{1,40})$`)
	reCreds    = rx(`(?:,?\s+(?:ph\.?\s?d\.?|m\.?d\.?|mba|msc|m\.?a\.?|b\.?a\.?|psy\.?d\.?|ed\.?d\.?|lcsw|lmft|pcc|acc|mcc|cpa|shrm-s?cp|frsa|cipd|jr\.?|sr\.?))+\.?$`)
	reNameCut  = rx(`,?\s+(?:last\s+)?(?:modified|updated|edited|published|posted|veröffentlicht|aktualisiert|publicado|actualizado|publié|mis à jour)(?:\s.*)?$|,?\s+(?:for|writing for|special to|exclusive to)\s+(?:the\s+)?\p{Lu}.*$|\s+(?:on|am|le|el|il|op|in|under)\s+\S.*$|\s+at\s+\d.*$|\s*[|·•(—–]\s*.*$|\s+-\s+.*$|,\s+(?:[^,]*\b(?:senior|chief|head|editor|contributor|staff|founder|ceo|director|manager|lead|phd|md|mba|correspondent|reporter|writer|columnist|journalist|analyst|producer|fellow|professor|researcher|consultant|coach|specialist|officer|advis[eo]r|lecturer|trainer|special|freelance|guest|intern)\b.*|[^,]*\s(?:to|for|at|of|with)\s.*|[a-z]\b.*)$|\s+\d.*$|\s+` + monthRe + `\s+\d.*$|\s+\S+@\S+.*$|\s+\p{L}+:(?:\s.*)?$`)
	reNameWord = prefilter.MustCompile(`^(?:[\p{Lu}][\p{L}'’.\-]*|de|da|van|von|der|den|la|le|du|del|di|bin|al|y|dos|das)$`)
)

// parseByline returns the authors named by a byline, or nil.
func parseByline(t string, loose bool) []string {
	t = strings.TrimSpace(strings.Trim(t, "*_ "))
	t = reGluedRole.ReplaceAllString(t, "$1, $2") // "By Evan HalperStaff Writer"
	t = reGluedBy.ReplaceAllString(t, "$1 $2")    // "ByAlex Bozarjian", a link copied after its label
	if wordCount(t) > 20 {
		return nil
	}
	// "Name | 03/14/2024 | Category", "Posted Sep 3, 2022 | Reviewed by X":
	// each part is read on its own; credits of reviewers, editors and
	// photographers never name the author
	if parts := bylineParts(t); len(parts) >= 2 && len(parts) <= 5 {
		hasDate := false // or a job title: "Jane Smith, MBA | Partner"
		for _, p := range parts {
			if _, _, _, ok := findDate(p); ok || reRole.MatchString(strings.TrimSpace(p)) && wordCount(p) <= 6 || reDegree.MatchString(strings.TrimSpace(p)) || reRoleTail.MatchString(strings.TrimSpace(p)) && wordCount(p) <= 4 || reJobTail.MatchString(strings.TrimSpace(p)) && wordCount(p) <= 7 {
				hasDate = true
			}
		}
		other := false
		for _, p := range parts {
			p = strings.TrimSpace(p)
			if reNotAuthor.MatchString(p) {
				other = true
				continue
			}
			if names := parseByline(p, false); names != nil {
				return names
			}
			if hasDate {
				if q := reCreds.ReplaceAllString(reEmail.ReplaceAllString(p, ""), ""); nameLike(q) && plainName(q) && wordCount(q) >= 2 && wordCount(q) <= 4 && !reRole.MatchString(q) {
					return []string{q}
				}
			}
		}
		if other {
			return nil
		}
	}
	if reNotAuthor.MatchString(t) {
		return nil
	}
	var rest string
	explicit := false
	if m := reBy.FindStringSubmatch(t); m != nil {
		rest, explicit = m[1], true
	} else if m := reStarter.FindStringSubmatch(t); m != nil {
		rest, explicit = m[1], true
	} else if m := reByHost.FindStringSubmatch(t); m != nil {
		rest, explicit = m[1], true
	} else if m := reByVerb.FindStringSubmatch(t); m != nil {
		rest, explicit = m[1], true
	} else if m := reByMid.FindStringSubmatch(t); m != nil {
		rest, explicit = m[1], true
	} else if m := reAuthor.FindStringSubmatch(t); m != nil {
		rest, explicit = m[1], true
	} else if _, _, span, ok := findDate(t); ok && span[0] == 0 && reBy.MatchString(strings.TrimLeft(t[span[1]:], " ,")) {
		// "January 28, 2022 by Jane Roe · 14 Comments"
		rest, explicit = reBy.FindStringSubmatch(strings.TrimLeft(t[span[1]:], " ,"))[1], true
	} else if m := reFollow.FindStringSubmatch(t); m != nil {
		rest = m[1]
	} else if m := reFrom.FindStringSubmatch(t); m != nil && plainNames(m[1]) {
		rest, explicit = m[1], true // "from Ana Ruiz & Ben Ode"
	} else if loose {
		rest = t
	} else {
		return nil
	}
	if explicit {
		if h := reHandle.FindStringSubmatch(strings.TrimSpace(rest)); h != nil {
			return []string{h[1]}
		}
		// a forum user name: "Post by ravi_t » Tue Feb 13, 2024"
		if h := reForumHandle.FindStringSubmatch(strings.Trim(reNameCut.ReplaceAllString(rest, ""), " ,;:")); h != nil && !reRoleAccount.MatchString(h[1]) {
			return []string{h[1]}
		}
	}
	rest = reCreds.ReplaceAllString(strings.TrimSpace(rest), "")
	rest = cutOrgSuffix(rest)
	rest = reNameCut.ReplaceAllString(rest, "")
	rest = strings.TrimSpace(strings.Trim(rest, " ,.:;*_"))
	if rest == "" || reOrgName.MatchString(rest) {
		return nil // "By The Associated Press" names a publication
	}
	rest = cutRoleWord(rest)
	var names []string
	for _, p := range reNameSplit.Split(rest, -1) {
		p = strings.TrimSpace(reHonorific.ReplaceAllString(strings.TrimSpace(p), ""))
		if p == "" {
			continue
		}
		if !nameLike(p) && !(explicit && looseName(p)) {
			// "by alice chen and bob ode": lower-case names after an
			// explicit by
			if !explicit || !lowerName(p) {
				return nil
			}
			p = titleWords(p)
		}
		names = append(names, capsName(p))
	}
	return names
}

// capsName writes a name set in capitals ("MAYA CHEN") as "Maya Chen";
// one capitalised word ("SPÖ", an acronym) stays as it is.
func capsName(p string) string {
	if strings.ToUpper(p) != p || strings.ToLower(p) == p || wordCount(p) < 2 {
		return p
	}
	r := []rune(titleWords(strings.ToLower(p)))
	for k := 1; k < len(r); k++ {
		if (r[k-1] == '\'' || r[k-1] == '’' || r[k-1] == '-') && k >= 2 && unicode.IsLetter(r[k-2]) {
			r[k] = unicode.ToUpper(r[k]) // "O'Neill", "Jean-Paul"
		}
	}
	return string(r)
}

// plainNames reports whether s lists people by full name ("Ana Ruiz & Ben
// Ode"), not a place or a title.
func plainNames(s string) bool {
	parts := reNameSplit.Split(s, -1)
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if !nameLike(p) || !plainName(p) || wordCount(p) < 2 || wordCount(p) > 4 || reOrgName.MatchString(p) {
			return false
		}
	}
	return len(parts) > 0
}

// reDegree: a social profile's connection degree ("2nd", "3rd+", "2º"),
// which marks the line as a profile header.
var reDegree = prefilter.MustCompile(`^(?:[123](?:st|nd|rd|th|º|ª|e|er|\.)|[123])\+?$`)

// reForumHandle: one user-name token after an explicit "by" or a
// thread-starter label: lower-case, or carrying a digit or an underscore
// ("ravi_t", "marisol88"), which no personal name does.
var reForumHandle = prefilter.MustCompile(`^([a-z0-9_][A-Za-z0-9_.\-]{1,40}|[A-Za-z0-9.\-]*[0-9_][A-Za-z0-9_.\-]*)$`)

// reRoleAccount: a shared account, not a person ("Posted by admin").
var reRoleAccount = rx(`^(?:admin|administrator|staff|team|editor|editors|guest|anonymous|unknown|webmaster|moderator|mod)$`)

var reNameSplit = prefilter.MustCompile(`\s*(?:,|\b(?i:and|und|et)\b|&|\by\b|\be\b)\s*`)

var reBylineSep = prefilter.MustCompile(`\s+[|·•»]\s+`)

var reHonorific = rx(`^(?:dr|prof|mr|mrs|ms|mx|sir|dame)\.?\s+`)

// Source credit lines.
var (
	reURL    = prefilter.MustCompile(`https?://[^\s)<>"'\]]+`)
	reQuoted = prefilter.MustCompile(`["“”„«»]\s*([^"“”„«»]{2,200}?)\s*["“”„«»]|\*([^*]{2,200})\*|_([^_]{2,200})_`)
)

// parseCredit parses a credit line; ok is false when the line is not one.
func parseCredit(t string) (title, author, url string, unknown, ok bool) {
	t = strings.TrimSpace(strings.Trim(t, "*_ "))
	if wordCount(t) > 40 {
		return
	}
	var rest string
	if m := reCredit.FindStringSubmatch(t); m != nil {
		rest = m[1]
	} else if m := reOrig.FindStringSubmatch(t); m != nil {
		rest = m[1]
		if u := reURL.FindString(rest); u != "" {
			return "", "", strings.TrimRight(u, ".,;"), false, true
		}
		return "", "", "", false, true
	} else if m := reCanon.FindStringSubmatch(t); m != nil {
		return "", "", strings.TrimRight(m[1], ".,;"), false, true
	} else if m := reSource.FindStringSubmatch(t); m != nil {
		rest = m[1]
		l := strings.ToLower(rest)
		if strings.Contains(l, "getty") || strings.Contains(l, "unsplash") || strings.Contains(l, "shutterstock") || strings.Contains(l, "photo") || strings.Contains(l, "image") {
			return
		}
	} else {
		return
	}
	ok = true
	if u := reURL.FindString(rest); u != "" {
		url = strings.TrimRight(u, ".,;")
		rest = strings.Replace(rest, u, "", 1)
	}
	unknown = strings.Contains(strings.ToLower(rest), "author unknown") || strings.Contains(strings.ToLower(rest), "unknown author")
	if m := reQuoted.FindStringSubmatch(rest); m != nil {
		title = firstNonEmpty(m[1], m[2], m[3])
		after := rest[strings.Index(rest, m[0])+len(m[0]):]
		if bm := reCreditBy.FindStringSubmatch(after); bm != nil {
			author = strings.TrimSpace(strings.Trim(bm[1], " .,"))
		}
	} else {
		// Source: Title by Author, or Source: Site name
		r := strings.TrimSpace(strings.Trim(rest, " ()[],.;"))
		if i := strings.LastIndex(strings.ToLower(r), " by "); i > 0 {
			title, author = strings.TrimSpace(r[:i]), strings.TrimSpace(strings.Trim(r[i+4:], " .,()"))
		} else {
			title = r
		}
	}
	if author != "" && (unknown || !looseName(author)) {
		author = ""
	}
	title = strings.TrimSpace(strings.Trim(title, " ,.;:()"))
	return
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// titleFromName makes a title from a file name: "leading-up.txt" → "Leading Up".
func titleFromName(name string) string {
	base := name
	if i := strings.LastIndexAny(base, `/\`); i >= 0 {
		base = base[i+1:]
	}
	if i := strings.LastIndex(base, "."); i > 0 {
		base = base[:i]
	}
	f := strings.FieldsFunc(base, func(r rune) bool { return r == '-' || r == '_' || r == ' ' })
	for i, w := range f {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		f[i] = string(r)
	}
	return strings.Join(f, " ")
}
