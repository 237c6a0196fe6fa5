// regiontail.go: where an article ends, for region.go: the chrome that
// follows an article's last paragraph (share rows, newsletter and login
// prompts, comment forms, a copyright footer), whether the text goes on
// after it, the sign-off lines an article may close with, and rows of
// links pasted without separators. Reads lines and their region classes;
// marks nothing.

package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tailChrome reports whether line i, after the article's core, is the
// chrome that follows an article's last paragraph: a share row, a
// newsletter or login prompt, a comment form, a copyright footer.
func (d *doc) tailChrome(i int) bool {
	t := metaText(d.lines[i])
	if wordCount(t) > regionMarkerWords {
		return false
	}
	switch junkLine(stripInline(t)) {
	case whyFooter:
		// "© 2024 The Ledger" ends a page; "© Studio Nord" under a
		// picture is a credit, which listicles repeat between items
		return reCommentStamp.MatchString(t) && !d.textFollows(i)
	case whyShare, whyNewsletter, whyForm, whyLogin:
		return !d.textFollows(i)
	}
	return false
}

// textFollows reports whether running text goes on right after line i: two
// sentences or paragraphs among the following regionTailLook non-blank
// lines (an article that continues after a credit or a share row, or a
// closing question to the reader; after the end come short lines, and a
// teaser stands alone among them).
func (d *doc) textFollows(i int) bool {
	n, seen := 0, 0
	for j := i + 1; j < len(d.lines) && seen < regionTailLook; j++ {
		if d.lines[j].kind == kBlank {
			continue
		}
		seen++
		if d.regionFeats[j].class >= clsNearGood {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// signOff reports whether a short line after an article's last paragraph
// reads as its sign-off rather than the start of page chrome: a dashed
// name ("— Ana"), a short sentence ("Thanks for reading!"), a greeting
// ("Warmly,"), or a name of two to four capitalised words (one, after a
// greeting: greet). A label ("Share this:"), a link ("More news") or a
// heading of lower-case words is not one.
func signOff(t string, greet bool) bool {
	t = strings.TrimSpace(stripInline(t))
	if t == "" || strings.HasSuffix(t, ":") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if strings.ContainsRune("-–—~", r) {
		return true
	}
	f := strings.Fields(t)
	if len(f) >= 2 && strings.ContainsAny(t[len(t)-1:], ".!?") || len(f) <= 4 && strings.HasSuffix(t, ",") {
		return true // "Thanks for reading!", "Until next week,"
	}
	if len(f) < 2 && !greet || len(f) > 4 {
		return false
	}
	for _, w := range f {
		r := []rune(w)
		if len(r) < 2 || !unicode.IsUpper(r[0]) || strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return false
		}
	}
	return true
}

// gluedLinks counts the words of t in which a lower-case letter or a digit
// runs straight into a capital ("NewsletterAktuelle", "9,99 €Apple"): what
// a row of links gives when it is copied without its separators. Lines
// that look like program code count none.
func gluedLinks(t string) int {
	if strings.ContainsAny(t, "=;{}()<>") {
		return 0
	}
	n := 0
	for _, w := range strings.Fields(t) {
		prev := ' '
		for _, r := range w {
			if unicode.IsUpper(r) && (unicode.IsLower(prev) && prev != 'i' && prev != 'e' || unicode.IsDigit(prev) || prev == '€') {
				n++
				break
			}
			prev = r
		}
	}
	return n
}
