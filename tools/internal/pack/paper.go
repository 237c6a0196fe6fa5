package pack

import (
	"fmt"
	"strings"
)

// Paper is a sheet of paper the pack is printed on; sizes are in inches,
// portrait.
type Paper struct {
	Name          string
	Width, Height float64
}

// The paper sizes the pack is made for.
var (
	A4     = Paper{Name: "A4", Width: 8.27, Height: 11.69}
	Letter = Paper{Name: "Letter", Width: 8.5, Height: 11}
)

// ParsePaper returns the paper named s: "a4" or "letter", in any case.
func ParsePaper(s string) (Paper, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "a4":
		return A4, nil
	case "letter", "us-letter", "usletter":
		return Letter, nil
	}
	return Paper{}, fmt.Errorf("unknown paper %q: use a4 or letter", s)
}
