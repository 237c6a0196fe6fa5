package normalize

import "github.com/leadingup/leadingup/tools/internal/prefilter"

// rx compiles a case-insensitive pattern. The pattern carries a prefilter
// derived from its syntax (the literals every match contains, the bytes an
// anchored match starts with), so the many rules tried on every line cost
// little on the lines they cannot match; results are the regexp package's.
func rx(s string) *prefilter.Regexp { return prefilter.MustCompile(`(?i)` + s) }
