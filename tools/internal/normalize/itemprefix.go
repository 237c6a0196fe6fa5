// itemprefix.go: the prefixes that lead an item without being its label
// (a "Do:" / "Don't:" verdict, a word ordinal such as "Step one" or
// "Fourth", a closing sequence word before a negation, "I stopped …"),
// and the shapes of lists pasted without bullets (a heading line at the
// head of the run, label lines each followed by an explanation line).
// Reads labels and blocks; marks nothing.

package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// reVerdictLabel: "Do", "✅ Do", "DO", "Don't", "❌ Don’t", "Do not",
	// "Avoid" as a label of their own, before the advice ("Do: Ask …").
	reVerdictLabel = rx(`^(?:[✅✔✓☑❌✗✘✕✖❎🚫⛔👍👎]\x{FE0F}?\s*)?(?:(do)|(don'?t|don’t|do not|never|avoid))$`)
	// reWordCounter: a counter written in words ("Step one", "Tip #3",
	// "Fourth", "The third thing", "Number two"): like reCounter, it gives
	// way to the sentence after it.
	reWordCounter = rx(`^(?:(?:the\s+)?(?:step|tip|rule|lesson|habit|way|move|part|slide|point|idea|no\.?|number)\s*#?\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})|(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?(?:\s+(?:step|tip|thing|rule|move|habit|point|one))?)$`)
	// reSequenceLead: a sequence word before the advice ("And finally,
	// don't …", "Last but not least, never …", "Also: avoid …").
	reSequenceLead = rx(`^(?:and\s+|but\s+)?(?:finally|lastly|last but not least|last|also|then|next|plus|one last thing|one more thing|above all|most of all|and)\s*[,:;—–-]?\s+`)
	// reStoppedHabit: a habit the writer gave up ("I stopped adding …",
	// "We quit chasing …", "I no longer copy …", "I gave up on …"): a
	// pitfall; group 1 is what was given up.
	reStoppedHabit = rx(`^(?:i|we)\s+(?:(?:finally|eventually|also|then|soon)\s+)?(?:stopped|quit|gave up(?:\s+on)?|no longer|don'?t|never)\s+(.+)$`)
)

// unlabel moves a label that only leads the item out of the way: a
// verdict or word counter (unprefix), then a numeric counter (uncount).
func unlabel(label, expl string) (string, string) {
	if l, e, ok := unprefix(label, expl); ok {
		return l, e
	}
	return uncount(label, expl)
}

// unprefix gives way to the advice after a verdict or word-counter label:
// "Do: Ask first." is the step "Ask first", "Don't: Correct them." the
// pitfall "Don't correct them", "Step one — Learn X." the item "Learn X".
// ok is false when label is no such prefix or expl holds no advice.
func unprefix(label, expl string) (string, string, bool) {
	l0 := strings.Trim(stripInline(label), " .:—–-")
	e := strings.TrimSpace(expl)
	if !hasAlnum(e) {
		return label, expl, false
	}
	m := reVerdictLabel.FindStringSubmatch(l0)
	if m == nil && !reWordCounter.MatchString(l0) {
		return label, expl, false
	}
	l := capsRun(e)
	if l == "" {
		l = firstSentence(e)
	}
	rest := strings.TrimSpace(e[len(l):])
	l = strings.TrimRight(l, " .:!")
	if m != nil && m[2] != "" {
		// the verdict is part of the pitfall: "Don't correct them …"
		l = strings.TrimRight(m[2], " ") + " " + lowerFirstWord(l)
	}
	return l, rest, true
}

// lowerFirstWord lower-cases the first letter of s unless its first word
// is "I" or is written in capitals (an acronym).
func lowerFirstWord(s string) string {
	w := s
	if i := strings.IndexByte(s, ' '); i > 0 {
		w = s[:i]
	}
	r, size := utf8.DecodeRuneInString(s)
	if w == "I" || w == "I'm" || w == "I’m" || strings.ToUpper(w) == w || !unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToLower(r)) + s[size:]
}

// pitfallLead reports whether a label is a pitfall once a leading
// sequence word is set aside ("Finally, do not …") or whether it tells a
// habit the writer stopped ("I stopped adding …").
func pitfallLead(label string) bool {
	if reStoppedHabit.MatchString(label) {
		return true
	}
	if loc := reSequenceLead.FindStringIndex(label); loc != nil && loc[1] < len(label) {
		rest := label[loc[1]:]
		return rePitfallItem.MatchString(rest) && !reNotJust.MatchString(rest)
	}
	return false
}

// listHeads finds the entries of an unnumbered list (often one pasted
// without bullets, or two lists written as one) that are section
// headings ("What to avoid", "TRAPS", "How to ask"): a short entry
// without end punctuation whose cue types items, followed by at least two
// entries, that is not advice itself. It maps each such entry's index to
// its cue.
func listHeads(b *block) map[int]string {
	var out map[int]string
	for k := 0; k+2 < len(b.items); k++ {
		it := b.items[k]
		t := strings.TrimSpace(it.text)
		if it.num != 0 || it.depth > 0 || wordCount(t) > 6 || endsSentence(t) {
			continue
		}
		if _, _, ok := splitLabel(t, true); ok || directive(t) || opensWithVerb(t) || gerundFirst(cleanText(t)) {
			continue // an item of its own ("Avoid reopening settled decisions")
		}
		if cue := cueOf(t); isTax(cue) || cue == cueMixed {
			if out == nil {
				out = map[int]string{}
			}
			out[k] = cue
		}
	}
	return out
}

// minBarePairs: a bare list is read as label/explanation pairs when it
// holds at least this many pairs.
const minBarePairs = 2

// barePairs reports whether an unnumbered list (often one pasted without
// bullets) alternates a
// label line (no end punctuation) with an explanation line (a sentence),
// and the index of the first label: entries before it explain a heading
// above the list. A last label may stand without an explanation.
func barePairs(b *block, from int) (int, bool) {
	if b.kind != bList || len(b.items)-from < 2*minBarePairs {
		return 0, false
	}
	for _, it := range b.items[from:] {
		if it.num != 0 || it.depth > 0 {
			return 0, false
		}
	}
	isLabel := func(k int) bool {
		t := strings.TrimSpace(b.items[k].text)
		return !endsSentence(t) && wordCount(t) <= 10
	}
	for off := from; off <= from+1; off++ {
		pairs, good := 0, true
		for k := off; k < len(b.items); k += 2 {
			if !isLabel(k) {
				good = false
				break
			}
			if k+1 < len(b.items) {
				if !endsSentence(strings.TrimSpace(b.items[k+1].text)) {
					good = false
					break
				}
				pairs++
			}
		}
		if good && pairs >= minBarePairs {
			return off, true
		}
	}
	return 0, false
}

// reCounterLabel: a word counter leading a label on the same line ("Step
// one — Read …", "Tip #3: Ask …", "Second: Bring …"); group 1 is the
// counter, group 2 the label.
var reCounterLabel = rx(`^(.{2,24}?)\s*(?:—|–|:|\s-)\s*(\S.*)$`)

// counterLabel returns the label after a word counter that leads a line
// ("Step one — Read your manager's updates"), when the line is a label
// of its own: no end punctuation and at most maxCounterLabelWords words.
// Such a line stands as a heading: the paragraph under it explains it.
func counterLabel(t string) (string, bool) {
	t = strings.TrimSpace(t)
	if endsSentence(t) || wordCount(t) > maxCounterLabelWords {
		return "", false
	}
	m := reCounterLabel.FindStringSubmatch(t)
	if m == nil || !reWordCounter.MatchString(strings.Trim(stripInline(m[1]), " .")) || !hasAlnum(m[2]) {
		return "", false
	}
	return strings.TrimSpace(m[2]), true
}

// maxCounterLabelWords: the longest line read as a counter and its label.
const maxCounterLabelWords = 16

// numberedHeading matches a heading that is an item: "3. Be a solution"
// (reNumberedHeading) or "Step one — Read …" (counterLabel); group 2 is
// the item.
func numberedHeading(t string) []string {
	if m := reNumberedHeading.FindStringSubmatch(t); m != nil {
		return m
	}
	if l, ok := counterLabel(t); ok {
		return []string{t, "", l}
	}
	return nil
}
