package vocab

import (
	"hash/maphash"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode"
)

// Threshold is the lowest score Match reports as ok.
const Threshold = 0.5

type phrase struct {
	toks  []string
	raw   []string // every word, stemmed, stop words kept
	title bool     // the term's title or slug, scored by overlap
}

type compiled struct {
	slug    string
	phrases []phrase
}

func (v *Vocabulary) compile() {
	v.memo = &resultMemo{}
	v.index = map[string][]compiled{}
	v.df = map[string]int{}
	v.byTok = map[string]map[string][]int{}
	for _, tax := range Taxonomies {
		for _, t := range v.Terms(tax) {
			c := compiled{slug: t.Slug}
			add := func(s string, title bool) {
				toks := Tokens(s)
				if len(toks) == 0 {
					return
				}
				c.phrases = append(c.phrases, phrase{toks: toks, raw: rawTokens(s), title: title})
			}
			add(t.Title, true)
			add(strings.ReplaceAll(t.Slug, "-", " "), true)
			for _, a := range t.Aliases {
				add(a, false)
			}
			if v.byTok[tax] == nil {
				v.byTok[tax] = map[string][]int{}
			}
			idx := len(v.index[tax])
			seen := map[string]bool{}
			for _, p := range c.phrases {
				for _, t := range p.toks {
					if !seen[t] {
						seen[t] = true
						v.byTok[tax][t] = append(v.byTok[tax][t], idx)
						v.df[t]++
					}
				}
			}
			v.index[tax] = append(v.index[tax], c)
		}
	}
}

// Match maps text (an item's label, optionally followed by its explanation)
// onto the best term of taxonomy. It returns the term's slug, a score (higher
// is better; ok when score >= Threshold) and ok. Use MatchItem to weigh a
// label above its explanation.
func (v *Vocabulary) Match(taxonomy, text string) (slug string, score float64, ok bool) {
	return v.MatchItem(taxonomy, text, "")
}

// MatchItem is Match with the label and the explanation given apart; phrases
// found in the label count more than phrases found in the explanation.
func (v *Vocabulary) MatchItem(taxonomy, label, explanation string) (slug string, score float64, ok bool) {
	if v == nil {
		return "", 0, false
	}
	v.once.Do(v.compile)
	key := memoKey(taxonomy, label, explanation)
	if r := v.memo.get(key); r != nil {
		return r.slug, r.score, r.score >= Threshold
	}
	slug, score, ok = v.matchTexts(taxonomy, textFor(label), textFor(explanation))
	v.memo.put(&result{key: key, slug: slug, score: score})
	return slug, score, ok
}

// resultMemo remembers the answers to the questions a vocabulary was last
// asked, by hash: the normaliser's passes ask about the same item more
// than once. A slot holds one answer; a question that meets another in
// its slot is worked out again.
type resultMemo struct {
	slots [recentSize]atomic.Pointer[result]
}

// result is one answer: for MatchItem the slug and score, for MatchAny
// the taxonomy too.
type result struct {
	key            string
	taxonomy, slug string
	score          float64
}

func (m *resultMemo) get(key string) *result {
	if r := m.slots[maphash.String(recentSeed, key)&(recentSize-1)].Load(); r != nil && r.key == key {
		return r
	}
	return nil
}

func (m *resultMemo) put(r *result) {
	m.slots[maphash.String(recentSeed, r.key)&(recentSize-1)].Store(r)
}

// memoKey joins the strings of a question so that no two questions share
// a key: each but the last is preceded by its length.
func memoKey(parts ...string) string {
	var b strings.Builder
	for i, p := range parts {
		if i < len(parts)-1 {
			b.WriteString(strconv.Itoa(len(p)))
			b.WriteByte(':')
		}
		b.WriteString(p)
	}
	return b.String()
}

// matchTexts is MatchItem on texts already split into words.
func (v *Vocabulary) matchTexts(taxonomy string, lt, et text) (slug string, score float64, ok bool) {
	best, bestScore := "", 0.0
	// only terms that share a token with the text can score
	terms := v.index[taxonomy]
	var buf [256]bool // candidate marks on the stack for the usual few terms
	var cand []bool
	if len(terms) <= len(buf) {
		cand = buf[:len(terms)]
	} else {
		cand = make([]bool, len(terms))
	}
	for _, toks := range [][]string{lt.toks, et.toks} {
		for _, t := range toks {
			for _, i := range v.byTok[taxonomy][t] {
				cand[i] = true
			}
		}
	}
	for i, c := range terms {
		if !cand[i] {
			continue
		}
		s := scoreTerm(c, lt, et)
		if s > bestScore+1e-9 {
			best, bestScore = c.slug, s
		}
	}
	if bestScore < Threshold {
		// words of the label that belong to one term only
		if slug, s := v.bagMatch(taxonomy, lt.toks); s > bestScore {
			best, bestScore = slug, s
		}
	}
	return best, bestScore, bestScore >= Threshold
}

// bagMatch is the last resort for short labels: a word that appears in one
// term's title or aliases and in no other term's (like "trained" or
// "depends"), or two rare words of the same term, give a bare pass.
func (v *Vocabulary) bagMatch(taxonomy string, toks []string) (string, float64) {
	strong := 0
	for _, t := range toks {
		if !weak[t] {
			strong++
		}
	}
	if strong == 0 || strong > 5 {
		return "", 0
	}
	// the words that count, each once (at most five strong words, so a
	// few), and the terms that hold one of them, in the table's order
	var buf [8]string
	words := buf[:0]
	for _, t := range toks {
		if !weak[t] && !bagStop[t] && !slices.Contains(words, t) {
			words = append(words, t)
		}
	}
	var cbuf [32]int
	cands := cbuf[:0]
	for _, t := range words {
		for _, i := range v.byTok[taxonomy][t] {
			if !slices.Contains(cands, i) {
				cands = append(cands, i)
			}
		}
	}
	slices.Sort(cands)
	terms := v.index[taxonomy]
	best, bestScore := "", 0.0
	for _, i := range cands {
		hits, unique, rare := 0, 0, 0
		for _, t := range words {
			if !containsInt(v.byTok[taxonomy][t], i) {
				continue
			}
			hits++
			switch df := v.df[t]; {
			case df == 1:
				unique++
			case df <= 3:
				rare++
			}
		}
		if unique == 0 && (hits < 2 || unique+rare < hits) {
			continue
		}
		if s := Threshold + 0.05*float64(hits-1); s > bestScore {
			best, bestScore = terms[i].slug, s
		}
	}
	return best, bestScore
}

// bagStop are common verbs that say too little on their own to pick a term.
var bagStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`look make get take give keep go say ask let put find use work help need want know see
	tell come think deliver do show bring start build offer be become feel try call set stop lead manage boss manager leader`) {
		bagStop[Stem(w)] = true
	}
}

func containsInt(list []int, x int) bool {
	for _, y := range list {
		if y == x {
			return true
		}
	}
	return false
}

// MatchAny finds the best term across all taxonomies (ties go to the
// earlier taxonomy in Taxonomies order).
func (v *Vocabulary) MatchAny(label, explanation string) (taxonomy, slug string, score float64, ok bool) {
	if v == nil {
		return "", "", 0, false
	}
	v.once.Do(v.compile)
	key := memoKey("*", label, explanation) // (no taxonomy is named "*")
	if r := v.memo.get(key); r != nil {
		return r.taxonomy, r.slug, r.score, r.score >= Threshold
	}
	lt, et := textFor(label), textFor(explanation)
	for _, tax := range Taxonomies {
		s, sc, _ := v.matchTexts(tax, lt, et)
		if sc > score+1e-9 {
			taxonomy, slug, score = tax, s, sc
		}
	}
	v.memo.put(&result{key: key, taxonomy: taxonomy, slug: slug, score: score})
	return taxonomy, slug, score, score >= Threshold
}

type text struct {
	toks, raw []string
	set       map[string]bool
}

// recentTexts keeps the last texts split, by hash: an item's label and
// explanation are matched against each taxonomy and then again for the one
// chosen, and the normaliser's passes match an item more than once.
var (
	recentTexts [recentSize]atomic.Pointer[cachedText]
	recentSeed  = maphash.MakeSeed()
)

// recentSize is the number of texts recentTexts holds (a power of two).
const recentSize = 1 << 10

type cachedText struct {
	s string
	t text
}

// ForgetRecent empties the texts kept by recentTexts. They are parts of
// the essays matched, and each keeps its whole essay alive: call it when a
// batch of essays is done (a build does before Hugo runs beside it).
func ForgetRecent() {
	for i := range recentTexts {
		recentTexts[i].Store(nil)
	}
}

// textFor is newText(s), reusing a recent result for the same string (a
// text is never changed once made).
func textFor(s string) text {
	slot := &recentTexts[maphash.String(recentSeed, s)&(recentSize-1)]
	if c := slot.Load(); c != nil && c.s == s {
		return c.t
	}
	t := newText(s)
	slot.Store(&cachedText{s: s, t: t})
	return t
}

func newText(s string) text {
	w := words(s)
	t := text{raw: make([]string, len(w)), set: map[string]bool{}}
	for i, x := range w {
		st := Stem(x)
		t.raw[i] = st
		if !stop[x] {
			t.toks = append(t.toks, st)
			t.set[st] = true
		}
	}
	return t
}

func rawTokens(s string) []string {
	w := words(s)
	for i := range w {
		w[i] = Stem(w[i])
	}
	return w
}

// weak words count in phrases but not as evidence on their own.
var weak = map[string]bool{"not": true, "no": true, "do": true, "more": true, "own": true}

func scoreTerm(c compiled, lt, et text) float64 {
	best, hits := 0.0, 0
	for _, p := range c.phrases {
		s := scorePhrase(p, lt, 1.0)
		if e := scorePhrase(p, et, 0.6); e > s {
			s = e
		}
		if s >= Threshold {
			hits++
		}
		if s > best {
			best = s
		}
	}
	if hits > 1 && best >= Threshold {
		extra := 0.04 * float64(hits-1)
		if extra > 0.16 {
			extra = 0.16
		}
		best += extra
	}
	return best
}

func scorePhrase(p phrase, t text, weight float64) float64 {
	toks := t.toks
	if len(toks) == 0 {
		return 0
	}
	n := len(p.toks)
	if n == 1 && len(p.raw) > 1 {
		// "what they need" is more than "need": match it whole
		if contains(t.raw, p.raw) {
			return (1.0 + 0.05*float64(len(p.raw)-1)) * weight
		}
		if weight == 1 && !weak[p.toks[0]] && contains(toks, p.toks) {
			return 0.55
		}
		return 0
	}
	if n == 1 && weak[p.toks[0]] {
		return 0
	}
	if t.set[p.toks[0]] && contains(toks, p.toks) {
		s := 1.0 + 0.05*float64(n-1)
		if n == 1 && weight < 1 {
			s = 0.7 // a single word in an explanation is weak evidence
		}
		return s * weight
	}
	if n < 2 {
		return 0
	}
	set := t.set
	hit, strong, nstrong := 0, 0, 0
	for _, t := range p.toks {
		if !weak[t] {
			nstrong++
		}
		if set[t] {
			hit++
			if !weak[t] {
				strong++
			}
		}
	}
	f := float64(hit) / float64(n)
	if f < 0.5 || strong < 2 || strong*2 < nstrong {
		return 0
	}
	k := 0.75
	if p.title {
		k = 0.9
	}
	return f * k * weight
}

func contains(hay, needle []string) bool {
	for i := 0; i+len(needle) <= len(hay); i++ {
		ok := true
		for j := range needle {
			if hay[i+j] != needle[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

var stop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or but of to in on at for with by from as is are was were be been
	being it its this that these those you your yours yourself they them their theirs he him his she her we us our
	i me my mine so if then than too very can could should would will just also into about over up out do does did
	not no there here what which who whom how when where why all any each some such own same more most other
	has have had having get got let lets make s t ll re ve d m`) {
		stop[w] = true
	}
	// Words that carry the meaning of many terms are kept even though
	// they are common: "not", "no", "own", "up", "more" and "do".
	for _, w := range []string{"not", "no", "own", "more", "do"} {
		delete(stop, w)
	}
}

// Tokens lower-cases s, splits it into words, drops stop words and stems
// what is left. It is the normal form used for matching.
func Tokens(s string) []string {
	var out []string
	for _, w := range words(s) {
		if stop[w] {
			continue
		}
		out = append(out, Stem(w))
	}
	return out
}

// contractions spells out negations and straightens apostrophes.
var contractions = strings.NewReplacer("’", "'", "‘", "'", "n't", " not", "can't", "can not")

func words(s string) []string {
	s = strings.ToLower(s)
	s = contractions.Replace(s)
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// Stem is a light English stemmer: it folds plurals, -ing, -ed, -ly and a
// final e, so that "surprises", "surprising" and "surprise" meet.
func Stem(w string) string {
	if x, ok := stemExceptions[w]; ok {
		return x
	}
	if len([]rune(w)) <= 3 {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ses") && len(w) > 5:
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
	case strings.HasSuffix(w, "s"):
		w = w[:len(w)-1]
	}
	switch {
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		w = undouble(w[:len(w)-3])
	case strings.HasSuffix(w, "ed") && len(w) > 4 && !strings.HasSuffix(w, "eed"):
		w = undouble(w[:len(w)-2])
	case strings.HasSuffix(w, "ly") && len(w) > 5:
		w = w[:len(w)-2]
	}
	if strings.HasSuffix(w, "e") && len(w) > 3 {
		w = w[:len(w)-1]
	}
	return w
}

func undouble(w string) string {
	n := len(w)
	if n >= 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}

// stemExceptions keeps apart words the suffix rules would merge.
var stemExceptions = map[string]string{
	"timing": "timing", "meeting": "meeting", "meetings": "meeting", "feeling": "feeling", "feelings": "feeling",
	"news": "news", "business": "business", "this": "this", "his": "his", "always": "always", "series": "series",
}
