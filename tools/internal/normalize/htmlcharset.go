// htmlcharset.go: decode a saved web page to UTF-8 from the charset it
// declares (BOM, <meta charset>, <meta http-equiv>), before any other stage
// reads it. Reads raw bytes, returns UTF-8 bytes and a note for the report.

package normalize

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// charsetScanBytes is how much of a page is searched for charset
// declarations: the whole head of any real page. (The HTML standard's
// prescan reads 1024 bytes, which many pages overrun with scripts and
// styles before their <meta>.)
const charsetScanBytes = 64 << 10

// maxInvalidShare is the share of non-ASCII bytes that may be invalid in
// a page still read as UTF-8 (a few broken bytes in a UTF-8 page, not a
// page in another charset).
const maxInvalidShare = 0.01

var reMetaCharset = prefilter.MustCompile(`(?i)<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// decodeHTML converts an HTML page to UTF-8 and says what it did (no notes
// for a page that was valid UTF-8 already). NUL bytes, which browsers
// ignore, are removed.
//
//   - A byte-order mark decides.
//   - A page that is valid UTF-8 is UTF-8, whatever it declares: text in a
//     legacy charset with letters beyond ASCII is practically never valid
//     UTF-8, while pages re-saved as UTF-8 often keep their old <meta>.
//   - Otherwise the first declared charset other than UTF-8 is used (a page
//     saved from an archive can declare the archive's UTF-8 first).
//   - A page declared as UTF-8, or declaring nothing, with only a few
//     invalid bytes is UTF-8 with those bytes shown as U+FFFD, as a browser
//     shows them; with many, it is read as windows-1252, as browsers do.
func decodeHTML(src []byte) (out []byte, notes []string) {
	if n := bytes.Count(src, []byte{0}); n > 0 {
		ln, col := position(src, bytes.IndexByte(src, 0))
		notes = append(notes, fmt.Sprintf("line %d: NUL byte at column %d (%d in the page) removed, as a browser ignores them", ln, col, n))
		src = bytes.ReplaceAll(src, []byte{0}, nil)
	}
	out, note := decodeCharset(src)
	if note != "" {
		notes = append(notes, note)
	}
	return out, notes
}

// decodeCharset converts a page without NUL bytes to UTF-8 (see decodeHTML).
func decodeCharset(src []byte) (out []byte, note string) {
	if enc, name := bomEncoding(src); enc != nil {
		return decodeWith(src, enc, name)
	}
	if utf8.Valid(src) {
		return src, ""
	}
	head := src[:min(len(src), charsetScanBytes)]
	for _, m := range reMetaCharset.FindAllSubmatch(head, -1) {
		enc, name := charset.Lookup(string(m[1]))
		if enc != nil && name != "utf-8" {
			return decodeWith(src, enc, name)
		}
	}
	bad, high := invalidUTF8Count(src)
	if float64(bad) <= maxInvalidShare*float64(high) {
		i := invalidUTF8At(src)
		ln, col := position(src, i)
		return bytes.ToValidUTF8(src, []byte("\uFFFD")), fmt.Sprintf("line %d: invalid UTF-8 at column %d (%d bad bytes in the page); shown as U+FFFD, as a browser does (re-save the page as UTF-8 or declare its charset)", ln, col, bad)
	}
	enc, name := charset.Lookup("windows-1252")
	return decodeWith(src, enc, name)
}

// bomEncoding is the encoding a byte-order mark names, or nil.
func bomEncoding(src []byte) (encoding.Encoding, string) {
	for _, b := range []struct {
		mark  string
		label string
	}{{"\xef\xbb\xbf", "utf-8"}, {"\xfe\xff", "utf-16be"}, {"\xff\xfe", "utf-16le"}} {
		if bytes.HasPrefix(src, []byte(b.mark)) {
			if b.label == "utf-8" {
				return nil, "" // valid or not, handled as UTF-8 below
			}
			return charset.Lookup(b.label)
		}
	}
	return nil, ""
}

func decodeWith(src []byte, enc encoding.Encoding, name string) ([]byte, string) {
	dec, _, err := transform.Bytes(enc.NewDecoder(), src)
	if err != nil {
		return bytes.ToValidUTF8(src, []byte("\uFFFD")), fmt.Sprintf("page declares charset %s but does not decode from it (%v); invalid bytes shown as U+FFFD", name, err)
	}
	return bytes.ToValidUTF8(dec, []byte("\uFFFD")), "page decoded from charset " + strings.ToLower(name)
}

// invalidUTF8At is the offset of the first invalid UTF-8 sequence in src
// (len(src) when there is none).
func invalidUTF8At(src []byte) int {
	i := 0
	for i < len(src) {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return i
}

// invalidUTF8Count counts invalid sequences and bytes beyond ASCII.
func invalidUTF8Count(src []byte) (bad, high int) {
	for i := 0; i < len(src); {
		if src[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			bad++
		}
		high += size
		i += size
	}
	return bad, high
}
