// slides.go: carousel, thread and slide-deck transcripts (issue 8). Their
// slides or posts are separated by counters that count up ("2/7", "Slide
// 3 of 9", "Slide 4", "1/"), each followed by the few short lines of one
// slide. buildBlocks reads such a run as one list: the first kept line of
// each slide is an entry, the lines under it (an explanation, a speaker
// note) are entries one level down, which the item passes leave as
// explanation. The counters themselves are dropped as junk (the "slide or
// post counter" row of junkrules_social.go). Reads lines; marks nothing.

package normalize

import (
	"strconv"
	"strings"
)

var (
	// reSlideCounter: a slide or post counter on a line of its own; group
	// 1 or 2 is its number.
	reSlideCounter = rx(`^[(\[]?\s*(?:slide|page|post|tweet|part|folie|diapositive)\s*(\d{1,2})(?:\s*(?:/|of|von|de|sur)\s*(\d{1,2}))?\s*[)\]]?$|^[(\[]?\s*([1-9]\d?)\s*/\s*([1-9]\d?)?\s*[)\]]?$`)
	// reSlideEnd: the marker closing a thread ("/end", "end/").
	reSlideEnd = rx(`^/\s*(?:end|fin)$|^(?:end|fin)\s*/$`)
)

const (
	// minSlides: a run of slides has at least this many counters.
	minSlides = 3
	// maxSlideLines: the most lines one slide holds (blank lines and
	// dropped chrome included).
	maxSlideLines = 6
)

// slideRun is one run of slides: the indexes of its counter lines and the
// index of the line after its last slide.
type slideRun struct {
	at  []int
	end int
}

// slideSet holds the runs of slides of a text, keyed by the index of
// their first counter.
type slideSet map[int]slideRun

// cut shortens a run of n lines from line i so that it stops before the
// first counter of a run of slides.
func (s slideSet) cut(i, n int) int {
	for k := i + 1; k < i+n; k++ {
		if _, ok := s[k]; ok {
			return k - i
		}
	}
	return n
}

// slideNumber returns the number of a slide-counter line and the number
// of slides it gives ("3/7"), or 0.
func slideNumber(l *line) (n, of int, ok bool) {
	if l.code || l.kind == kBlank {
		return 0, 0, false
	}
	t := l.text
	if l.kind == kHeading {
		t = l.body
	}
	m := reSlideCounter.FindStringSubmatch(strings.TrimSpace(strings.Trim(t, "*_ ")))
	if m == nil {
		return 0, 0, false
	}
	s, t := m[1]+m[3], m[2]+m[4]
	n, _ = strconv.Atoi(s)
	of, _ = strconv.Atoi(t)
	if of > 0 && n > of {
		return 0, 0, false // "12/3" is a date
	}
	return n, of, true
}

// slideRuns finds the runs of at least minSlides counters numbered one
// after the other (out of the same total, if any), each within maxSlideLines lines of the one before,
// keyed by the index of the first counter.
func slideRuns(lines []line) slideSet {
	var out slideSet
	for i := 0; i < len(lines); i++ {
		n, of, ok := slideNumber(&lines[i])
		if !ok {
			continue
		}
		at, last, widest := []int{i}, i, 0
		for j := i + 1; j < len(lines) && j-last <= maxSlideLines+1; j++ {
			m, mof, ok := slideNumber(&lines[j])
			if !ok {
				continue
			}
			if m != n+len(at) || mof != of {
				break
			}
			widest = max(widest, j-last-1)
			at, last = append(at, j), j
		}
		if len(at) < minSlides {
			continue
		}
		// the last slide holds no more lines than the widest before it,
		// and ends at a blank line or an end marker
		end := last + 1
		for end < len(lines) && end-last <= widest && lines[end].kind != kBlank && !reSlideEnd.MatchString(lines[end].text) {
			end++
		}
		if out == nil {
			out = slideSet{}
		}
		out[i] = slideRun{at: at, end: end}
		i = end - 1
	}
	return out
}

// block returns the run as a list (see the file comment), or nil when
// fewer than two slides keep a line. get returns a line, blank when it
// was dropped.
func (r slideRun) block(lines []line, get func(int) *line) *block {
	b := &block{kind: bList, n: lines[r.at[0]].n}
	entries := 0
	for k, c := range r.at {
		to := r.end
		if k+1 < len(r.at) {
			to = r.at[k+1]
		}
		first := true
		for j := c + 1; j < to; j++ {
			l := get(j)
			if l == nil || l.kind == kBlank || l.code || reSlideEnd.MatchString(l.text) {
				continue
			}
			it := &listItem{n: l.n, text: l.text, neg: l.neg, pos: l.pos}
			switch l.kind {
			case kHeading, kBullet, kNumber:
				it.text = l.body
			}
			if !first {
				it.depth = 1
			} else {
				entries++
			}
			first = false
			b.items = append(b.items, it)
		}
	}
	if entries < 2 {
		return nil
	}
	return b
}
