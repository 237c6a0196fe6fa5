// regionruns.go: the runs of short lines around every line at once, for
// the passes that ask about each line of a page (regionrepeat.go); shortRun
// (region.go) answers for one line. Reads the lines, the region's classes
// and the dropped lines; marks nothing.

package normalize

// shortRuns returns shortRun(i) for every non-blank line i in one pass
// (shortRun walks the run from each line: quadratic in a long menu). The
// answers hold until a line is dropped.
func (d *doc) shortRuns() []int {
	f := d.regionFeats
	n := len(d.lines)
	out := make([]int, n)
	weak := func(j int) bool { return d.lines[j].kind == kBlank || f[j].class < clsNearGood }
	counts := func(j int) int {
		if d.lines[j].kind == kBlank {
			return 0
		}
		if !d.skip[j] {
			return 1
		}
		switch d.whyDropped(j) {
		case whyTitleLine, whyByline, whyDate, whyCredit:
			return 0
		}
		return 1
	}
	// seg[j] is the total of counts over the maximal run of weak lines
	// holding j (-1 for a line that is not weak)
	seg := make([]int, n)
	c := make([]int, n)
	for a := 0; a < n; {
		if !weak(a) {
			seg[a] = -1
			a++
			continue
		}
		b, total := a, 0
		for ; b < n && weak(b); b++ {
			c[b] = counts(b)
			total += c[b]
		}
		for j := a; j < b; j++ {
			seg[j] = total
		}
		a = b
	}
	for i := range out {
		if d.lines[i].kind == kBlank {
			continue
		}
		if seg[i] >= 0 {
			out[i] = 1 + seg[i] - c[i]
			continue
		}
		out[i] = 1
		if i > 0 && seg[i-1] >= 0 {
			out[i] += seg[i-1]
		}
		if i+1 < n && seg[i+1] >= 0 {
			out[i] += seg[i+1]
		}
	}
	return out
}
