package normalize

// TestTrainJunk learns the weights of the line score (junkscore.go) from the
// labelled lines of the real-page corpus: for each scope of junkscopes.go a
// logistic regression on the features of junkFeatureNames, fitted on the
// TUNING half only (the half corpusHeldOut leaves out), by Newton's method
// with an L2 penalty on standardised features. The sentence weights are
// learned from every labelled line still kept when the score runs (fitted
// on sentences alone they did no better), the short-line weights from the
// short lines the scope judges. It prints the fit on both halves and, for a
// range of thresholds, how many labelled lines each scope would drop, so
// that the thresholds of junkscopes.go can be chosen on the tuning half.
// With -junk.train it writes junkweights.go; the file is reviewed data,
// committed with the change that regenerates it. It skips when the corpus
// is absent, under -short, and without one of its flags (it takes
// a minute).
//
//	go test -run TestTrainJunk -v ./tools/internal/normalize -args -junk.fit
//	go test -run TestTrainJunk -v ./tools/internal/normalize -args -junk.train

import (
	"cmp"
	"flag"
	"fmt"
	"go/format"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
)

var (
	junkTrain = flag.Bool("junk.train", false, "TestTrainJunk: write the learned weights to junkweights.go")
	junkFit   = flag.Bool("junk.fit", false, "TestTrainJunk: fit and report without writing (the test is skipped without -junk.fit or -junk.train)")
	junkShow  = flag.Bool("junk.show", false, "TestTrainJunk: print the tuning half's highest-scoring plain sentences (corpus text: for the terminal only)")
)

// junkL2 is the penalty on the standardised weights.
const junkL2 = 1.0

// junkSample is one labelled line.
type junkSample struct {
	x     [jfCount]float64
	line  string // for -junk.show: the line, in memory only
	junk  bool   // labelled junk or comment, else content
	held  bool
	scope int // the scope that judges the line (scoreScope), or scopeNone
}

func TestTrainJunk(t *testing.T) {
	if testing.Short() || !*junkFit && !*junkTrain {
		t.Skip("line-score training runs only with -junk.fit or -junk.train (and not under -short)")
	}
	corpus := corpusPages(t)
	v := loadVocab(t)
	var samples []junkSample
	for _, page := range corpus {
		name, lab, src := page.name, page.label, page.src
		want := map[int]bool{} // line number -> junk
		for _, n := range lab.ContentLines {
			want[n] = false
		}
		for _, n := range append(slices.Clone(lab.JunkLines), lab.CommentLines...) {
			want[n] = true
		}
		held := corpusHeldOut(name)
		junkTrace = func(d *doc, i int, x *[jfCount]float64) {
			junk, ok := want[d.lines[i].n]
			if !ok || len([]rune(corpusFold(d.lines[i].text))) < 4 {
				return
			}
			samples = append(samples, junkSample{x: *x, line: d.lines[i].text, junk: junk, held: held, scope: d.scoreScope(i)})
		}
		_, _ = Normalize(src, Options{Name: name + ".txt", Vocab: v})
		junkTrace = nil
	}
	var ws [scopeCount][jfCount]float64
	for sc := range junkScopes {
		var tune []junkSample
		for _, s := range samples {
			if !s.held && (sc == scopeSentence || s.scope == sc) {
				tune = append(tune, s)
			}
		}
		ws[sc] = fitLogistic(tune, junkL2)
		for _, half := range []bool{false, true} {
			hname := map[bool]string{false: "tuning", true: "held-out"}[half]
			var ll float64
			var n, right int
			for _, s := range samples {
				if s.held != half || !(sc == scopeSentence || s.scope == sc) {
					continue
				}
				p := probWith(&ws[sc], &s.x)
				n++
				if (p >= 0.5) == s.junk {
					right++
				}
				y := b2f(s.junk)
				ll -= y*math.Log(p+1e-12) + (1-y)*math.Log(1-p+1e-12)
			}
			t.Logf("%s weights, %s half: %d labelled lines, accuracy %.3f, log loss %.3f", junkScopes[sc].name, hname, n, ratio(right, n), ll/float64(max(n, 1)))
			for _, th := range []float64{0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97} {
				var junk, cont int
				for _, s := range samples {
					if s.held == half && s.scope == sc && probWith(&ws[sc], &s.x) >= th {
						if s.junk {
							junk++
						} else {
							cont++
						}
					}
				}
				t.Logf("  lines the %s scope judges, dropped at p >= %.2f: %d junk, %d content", junkScopes[sc].name, th, junk, cont)
			}
		}
	}
	w := ws[scopeSentence]
	if *junkShow {
		// the tuning half's plain sentences that score highest, to study
		// the model (printed, never written to the repository)
		var top []junkSample
		for _, s := range samples {
			if !s.held && s.scope != scopeNone {
				top = append(top, s)
			}
		}
		slices.SortFunc(top, func(a, b junkSample) int {
			return cmp.Compare(probWith(&ws[b.scope], &b.x), probWith(&ws[a.scope], &a.x))
		})
		for _, s := range top[:min(40, len(top))] {
			t.Logf("%.2f %s junk=%v %.70s | %s", probWith(&ws[s.scope], &s.x), junkScopes[s.scope].name, s.junk, s.line, junkExplain(&ws[s.scope], &s.x, 5))
		}
	}
	var b strings.Builder
	for k, name := range junkFeatureNames {
		fmt.Fprintf(&b, "  %-13s %+.3f %+.3f\n", name, w[k], ws[scopeShort][k])
	}
	t.Logf("weights:\n%s", b.String())
	if *junkTrain {
		if err := writeJunkWeights("junkweights.go", ws, samples); err != nil {
			t.Fatal(err)
		}
	}
}

// probWith is junkProb with the weights w.
func probWith(w, x *[jfCount]float64) float64 {
	z := 0.0
	for k := range w {
		z += w[k] * x[k]
	}
	return 1 / (1 + math.Exp(-z))
}

// fitLogistic fits a logistic regression by Newton's method on
// standardised features with an L2 penalty lambda (the bias is not
// penalised) and returns the weights on the raw features.
func fitLogistic(samples []junkSample, lambda float64) [jfCount]float64 {
	const k = jfCount
	var mean, sd [k]float64
	for _, s := range samples {
		for j := 1; j < k; j++ {
			mean[j] += s.x[j]
		}
	}
	n := float64(len(samples))
	for j := 1; j < k; j++ {
		mean[j] /= n
	}
	for _, s := range samples {
		for j := 1; j < k; j++ {
			sd[j] += (s.x[j] - mean[j]) * (s.x[j] - mean[j])
		}
	}
	for j := 1; j < k; j++ {
		sd[j] = math.Sqrt(sd[j] / n)
	}
	z := make([][k]float64, len(samples))
	for i, s := range samples {
		z[i][0] = 1
		for j := 1; j < k; j++ {
			if sd[j] > 0 {
				z[i][j] = (s.x[j] - mean[j]) / sd[j]
			}
		}
	}
	var beta [k]float64
	for iter := 0; iter < 50; iter++ {
		var grad [k]float64
		var hess [k][k]float64
		for i, s := range samples {
			p := probWith(&beta, &z[i])
			y := b2f(s.junk)
			wt := p * (1 - p)
			for a := 0; a < k; a++ {
				grad[a] += (p - y) * z[i][a]
				if z[i][a] == 0 {
					continue
				}
				for b := 0; b < k; b++ {
					hess[a][b] += wt * z[i][a] * z[i][b]
				}
			}
		}
		for a := 1; a < k; a++ {
			grad[a] += lambda * beta[a]
			hess[a][a] += lambda
		}
		hess[0][0] += 1e-9
		step := solve(hess, grad)
		change := 0.0
		for a := range beta {
			beta[a] -= step[a]
			change = math.Max(change, math.Abs(step[a]))
		}
		if change < 1e-8 {
			break
		}
	}
	var w [k]float64
	w[0] = beta[0]
	for j := 1; j < k; j++ {
		if sd[j] > 0 {
			w[j] = beta[j] / sd[j]
			w[0] -= beta[j] * mean[j] / sd[j]
		}
	}
	return w
}

// solve solves a·x = b by Gaussian elimination with partial pivoting.
func solve(a [jfCount][jfCount]float64, b [jfCount]float64) [jfCount]float64 {
	const n = jfCount
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		b[c], b[p] = b[p], b[c]
		if a[c][c] == 0 {
			continue
		}
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for cc := c; cc < n; cc++ {
				a[r][cc] -= f * a[c][cc]
			}
			b[r] -= f * b[c]
		}
	}
	var x [jfCount]float64
	for c := n - 1; c >= 0; c-- {
		if a[c][c] == 0 {
			continue
		}
		s := b[c]
		for cc := c + 1; cc < n; cc++ {
			s -= a[c][cc] * x[cc]
		}
		x[c] = s / a[c][c]
	}
	return x
}

// writeJunkWeights writes the weights file: each scope's weights by
// feature constant name, so that a reader sees what each one does.
func writeJunkWeights(path string, ws [scopeCount][jfCount]float64, samples []junkSample) error {
	var b strings.Builder
	b.WriteString("// Code generated by TestTrainJunk (go test -run TestTrainJunk ./tools/internal/normalize -args -junk.train); DO NOT EDIT.\n\n")
	b.WriteString("package normalize\n")
	for sc, scope := range junkScopes {
		n, junk := 0, 0
		for _, s := range samples {
			if !s.held && (sc == scopeSentence || s.scope == sc) {
				n++
				if s.junk {
					junk++
				}
			}
		}
		what := "that the earlier passes kept"
		name := "junkWeights"
		if sc != scopeSentence {
			what = "of the " + scope.name + " scope"
			name = "junkWeights" + strings.ToUpper(scope.name[:1]) + scope.name[1:]
		}
		fmt.Fprintf(&b, "\n// %s are the weights of the line score's %s scope (junkscore.go,\n"+
			"// junkscopes.go): a logistic regression learned on the %d labelled lines\n"+
			"// of the tuning half of the real-page corpus %s (%d article\n"+
			"// lines, %d lines of page chrome), with an L2 penalty of %g on standardised\n"+
			"// features, written back on the raw features. A positive weight pushes a\n"+
			"// line towards page chrome.\n", name, scope.name, n, what, n-junk, junk, junkL2)
		fmt.Fprintf(&b, "var %s = [jfCount]float64{\n", name)
		for k, fname := range junkFeatureNames {
			fmt.Fprintf(&b, "\tjf%s: %.6f,\n", strings.ToUpper(fname[:1])+fname[1:], ws[sc][k])
		}
		b.WriteString("}\n")
	}
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, src, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
