// metacontext.go: what surrounds a line of the header zone and makes a
// name line a byline: a date beside it, a byline or date above it, a
// social profile header under it (the name again, a connection degree,
// "Follow", a relative age), whether it ends a long menu instead, and
// whether a bullet is one link of a Markdown link menu. It
// reads the lexed lines and what extractMeta has dropped so far, and
// marks nothing.

package normalize

import (
	"strings"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
)

// nextToDate reports whether the next or previous non-blank line is a date.
func (d *doc) nextToDate(i int) bool {
	for _, j := range []int{d.nextNonBlankAny(i), d.prevNonBlankAny(i)} {
		if j >= 0 {
			if _, _, ok := dateLine(d.lines[j].text); ok {
				return true
			}
		}
	}
	return false
}

// afterMeta reports whether the line before i is a byline or date line.
func (d *doc) afterMeta(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if d.lines[j].kind == kBlank {
			continue
		}
		why := d.whyDropped(j)
		return why == whyByline || why == whyDate
	}
	return false
}

// nameContext reports whether the lines after i look like a profile header.
func (d *doc) nameContext(i int) bool {
	seen := 0
	for j := i + 1; j < len(d.lines) && seen < 3; j++ {
		t := d.lines[j].text
		if t == "" {
			continue
		}
		seen++
		lt := strings.ToLower(t)
		if strings.HasSuffix(lt, "follow") || strings.Contains(lt, "min read") {
			return true
		}
		// a profile header: the name again, a job line, a relative age
		if seen == 1 && strings.EqualFold(strings.TrimSpace(t), strings.TrimSpace(d.lines[i].text)) || reAgeStamp.MatchString(t) {
			return true
		}
		if _, _, ok := dateLine(t); ok {
			return true
		}
		if strings.HasPrefix(lt, "published") || strings.HasPrefix(lt, "posted") {
			return true
		}
	}
	return false
}

// menuDepth: a line with this many short lines right above it, in an
// unbroken run, is a menu entry, never a name line ("Eye Opener" at the
// end of a news site's section list). A social profile header has at
// most a feed label and the name twice above its name.
const menuDepth = 4

// deepInMenu reports whether line i has menuDepth or more short lines
// (not bylines or dates) right above it, with no blank line between.
func (d *doc) deepInMenu(i int) bool {
	n := 0
	for j := i - 1; j >= 0 && n < menuDepth; j-- {
		if t, ok := d.menuText(j); !ok || !shortLine(t) {
			return false
		}
		n++
	}
	return n >= menuDepth
}

// profileContext reports whether the lines after i are a social
// profile header or a dateline: the name again, a connection degree
// ("• 2nd"), a "Follow" button or a relative age ("2mo ·") within three
// lines, or a date on the very next line.
func (d *doc) profileContext(i int) bool {
	return d.profileHeader(i, true)
}

// socialProfile reports whether the lines after i are a social profile
// header (the name again, a connection degree, "Follow", an age), not
// only a date.
func (d *doc) socialProfile(i int) bool {
	return d.profileHeader(i, false)
}

// profileHeader is profileContext, with a date right under the name
// counted only when dated is set.
func (d *doc) profileHeader(i int, dated bool) bool {
	seen := 0
	for j := d.nextNonBlankAny(i); j >= 0 && seen < 3; j = d.nextNonBlankAny(j) {
		seen++
		t := strings.TrimSpace(strings.Trim(metaText(d.lines[j]), "•·| "))
		lt := strings.ToLower(t)
		if seen == 1 && strings.EqualFold(t, metaText(d.lines[i])) || reDegree.MatchString(t) || strings.HasSuffix(lt, "follow") || reAgeStamp.MatchString(t) {
			return true
		}
		if _, _, ok := dateLine(t); ok && seen == 1 && dated {
			return true // "Dan Whitford" / "Apr 17, 2025": a name right above its date
		}
	}
	return false
}

// besideAge reports whether the next or previous non-blank line (a lone
// bullet dot aside) is a relative age ("4 yr. ago", "3d •").
func (d *doc) besideAge(i int) bool {
	for _, step := range []func(int) int{d.prevNonBlankAny, d.nextNonBlankAny} {
		j := step(i)
		if j >= 0 && strings.Trim(metaText(d.lines[j]), "•·∙ ") == "" {
			j = step(j)
		}
		if j < 0 {
			continue
		}
		if t := strings.TrimSpace(metaText(d.lines[j])); reAgeStamp.MatchString(t) || reRelTime.MatchString(t) {
			return true
		}
	}
	return false
}

var reLinkOnly = prefilter.MustCompile(`^\[[^\]]{1,40}\]\([^)\s]+\)$`)

var reLinkBullet = prefilter.MustCompile(`^[-*+]\s+\[[^\]]{1,60}\]\([^)\s]+\)$`)

// linkMenu reports whether line i is a bullet that is nothing but a link,
// in a run of two or more such bullets (a Markdown menu or a link list).
func (d *doc) linkMenu(i int) bool {
	ok := func(j int) bool {
		l := d.lines[j]
		return l.kind == kBullet && !l.code && reLinkBullet.MatchString(l.text)
	}
	if !ok(i) {
		return false
	}
	return i > 0 && ok(i-1) || i+1 < len(d.lines) && ok(i+1)
}
