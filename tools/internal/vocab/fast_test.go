package vocab

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// bagMatchRef is bagMatch as first written (every term of the taxonomy
// tried, the words filtered for each): the reference the faster one is
// checked against.
func (v *Vocabulary) bagMatchRef(taxonomy string, toks []string) (string, float64) {
	strong := 0
	for _, t := range toks {
		if !weak[t] {
			strong++
		}
	}
	if strong == 0 || strong > 5 {
		return "", 0
	}
	best, bestScore := "", 0.0
	for i, c := range v.index[taxonomy] {
		hits, unique, rare := 0, 0, 0
		seen := map[string]bool{}
		for _, t := range toks {
			if weak[t] || bagStop[t] || seen[t] {
				continue
			}
			seen[t] = true
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
			best, bestScore = c.slug, s
		}
	}
	return best, bestScore
}

// TestBagMatchSameAsRef draws labels from the vocabulary's own words (rare,
// common, weak and stop words, repeated) and compares bagMatch with its
// reference on each taxonomy.
func TestBagMatchSameAsRef(t *testing.T) {
	v := load(t)
	v.once.Do(v.compile)
	var pool []string
	for w := range v.df {
		pool = append(pool, w)
	}
	for w := range weak {
		pool = append(pool, w)
	}
	for w := range bagStop {
		pool = append(pool, w)
	}
	pool = append(pool, "zzz", "qqq")
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		toks := make([]string, 1+rng.IntN(7))
		for i := range toks {
			toks[i] = pool[rng.IntN(len(pool))]
		}
		for _, tax := range Taxonomies {
			gs, gsc := v.bagMatch(tax, toks)
			ws, wsc := v.bagMatchRef(tax, toks)
			if gs != ws || gsc != wsc {
				t.Fatalf("%s %q: bagMatch %q %v, reference %q %v", tax, toks, gs, gsc, ws, wsc)
			}
		}
	}
}

// TestTextForSameAsNewText checks the memo of split texts: every answer is
// the split of the string asked for, whether it came from the memo or not.
func TestTextForSameAsNewText(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	words := []string{"Build", "the", "relationship", "don't", "push", "it", "trust", "manager's", "goals", "Über"}
	var texts []string
	for range 3000 {
		var b []byte
		for range 1 + rng.IntN(6) {
			b = append(b, words[rng.IntN(len(words))]...)
			b = append(b, ' ')
		}
		texts = append(texts, string(b))
	}
	for range 2 {
		for _, s := range texts {
			if got, want := textFor(s), newText(s); !reflect.DeepEqual(got, want) {
				t.Fatalf("textFor(%q) = %v, newText says %v", s, got, want)
			}
		}
	}
}

// TestMemoSameAsFresh asks each question twice (the second answer comes
// from the memo) and compares both with the answer worked out afresh.
func TestMemoSameAsFresh(t *testing.T) {
	v := load(t)
	qs := [][2]string{{"Be transparent", "Tell them early."}, {"Don't surprise your boss", ""}, {"A win for both of you", "You share in it."},
		{"", ""}, {"Know their priorities", "Ask what matters this quarter."}, {"Be transparent", ""}, {"", "Be transparent"}}
	for round := 0; round < 2; round++ {
		for _, q := range qs {
			for _, tax := range Taxonomies {
				slug, score, ok := v.MatchItem(tax, q[0], q[1])
				ws, wsc, wok := v.matchTexts(tax, newText(q[0]), newText(q[1]))
				if slug != ws || score != wsc || ok != wok {
					t.Errorf("round %d: MatchItem(%s, %q, %q) = %q %v %v, want %q %v %v", round, tax, q[0], q[1], slug, score, ok, ws, wsc, wok)
				}
			}
			tax, slug, score, ok := v.MatchAny(q[0], q[1])
			var wt, ws string
			var wsc float64
			for _, x := range Taxonomies {
				s, sc, _ := v.matchTexts(x, newText(q[0]), newText(q[1]))
				if sc > wsc+1e-9 {
					wt, ws, wsc = x, s, sc
				}
			}
			if tax != wt || slug != ws || score != wsc || ok != (wsc >= Threshold) {
				t.Errorf("round %d: MatchAny(%q, %q) = %s %q %v %v, want %s %q %v", round, q[0], q[1], tax, slug, score, ok, wt, ws, wsc)
			}
		}
	}
	if memoKey("a", "bc") == memoKey("ab", "c") {
		t.Error("memoKey joins two questions into one key")
	}
}
