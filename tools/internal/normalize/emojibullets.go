// emojibullets.go: lists whose bullets are emoji (issue 8): social posts
// open each entry with a pictograph ("✨ Tell them …", "💬 Ask …", "📌 …")
// that reBullet does not know. One such line is text (a hook line often
// opens with an emoji); a run of them is a list. Reads and marks the
// lexed lines (lexKinds).

package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxEmojiBulletWords: the longest entry of an emoji-led list; longer
// lines opened by an emoji are paragraphs ("🔹 Your manager … . More …").
const maxEmojiBulletWords = 12

// emojiLead returns the leading emoji of a short text line followed by a
// space and a letter (or a quote), and the text after it.
func emojiLead(l *line) (rune, string, bool) {
	if l.kind != kText || l.code {
		return 0, "", false
	}
	r, size := utf8.DecodeRuneInString(l.text)
	if r < 0x2190 || !unicode.Is(unicode.So, r) {
		return 0, "", false // (© and ® are symbols too)
	}
	rest := strings.TrimPrefix(l.text[size:], "\ufe0f")
	body := strings.TrimLeft(rest, " \t")
	if len(body) == len(rest) || body == "" || wordCount(body) > maxEmojiBulletWords {
		return 0, "", false
	}
	first, _ := utf8.DecodeRuneInString(body)
	if !unicode.IsLetter(first) && !strings.ContainsRune("\"“'‘", first) {
		return 0, "", false
	}
	return r, body, true
}

// emojiBullets turns runs of adjacent lines opened by emoji into bullets:
// two or more lines with the same emoji, or three or more with any,
// counting bullets lexed already ("🚫 Don't …") as part of the run.
func emojiBullets(out []line) {
	for i := 0; i < len(out); {
		j, lead, same, first := i, 0, true, rune(0)
		for ; j < len(out); j++ {
			l := &out[j]
			if l.kind == kBullet && l.indent == out[i].indent {
				continue
			}
			r, _, ok := emojiLead(l)
			if !ok {
				break
			}
			if first == 0 {
				first = r
			}
			same = same && r == first
			lead++
		}
		if lead >= 2 && (same || lead >= 3) {
			for k := i; k < j; k++ {
				if _, body, ok := emojiLead(&out[k]); ok {
					out[k].kind, out[k].body = kBullet, body
				}
			}
		}
		i = max(j, i+1)
	}
}
