// report.go: the result and JSON report types of a run, and the helpers a
// command uses to name and encode them (OutputPath, MarshalReports); the
// command writes the files (tools/internal/atomicfile).

package normalize

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
)

// Result is the outcome of Normalize.
type Result struct {
	// Markdown is the rendered essay: TOML front matter and body.
	Markdown []byte
	// Report says what was found, kept and dropped.
	Report Report
}

// Report describes one normalised essay. Its JSON shape is a contract read
// by other tooling; arrays are never null.
type Report struct {
	Source     string      `json:"source"`
	Output     string      `json:"output"` // filled by the caller
	Title      string      `json:"title"`
	Authors    []string    `json:"authors"`
	Date       string      `json:"date"`
	Reasons    []ItemRef   `json:"reasons"`
	Steps      []ItemRef   `json:"steps"`
	Pitfalls   []ItemRef   `json:"pitfalls"`
	Dropped    []Dropped   `json:"dropped"`
	Candidates []Candidate `json:"candidates"`
	Warnings   []string    `json:"warnings"`
}

// Reports wraps the reports of a run: {"essays": [...]}.
type Reports struct {
	Essays []Report `json:"essays"`
}

// ItemRef is an extracted item in the report; Term is "" for a candidate.
type ItemRef struct {
	Label string `json:"label"`
	Term  string `json:"term"`
	Line  int    `json:"line"`
}

// Dropped is an input line left out of the body, with the reason. Line is
// 0 for parts of an HTML page removed as elements.
type Dropped struct {
	Line int    `json:"line"`
	Text string `json:"text"`
	Why  string `json:"why"`
}

// Candidate is an item that maps onto no vocabulary term.
type Candidate struct {
	Label    string `json:"label"`
	Taxonomy string `json:"taxonomy"`
}

// OutputPath is where the essay made from input goes: dir/<slug>.md, the
// slug being the input's file name without its extension.
func OutputPath(dir, input string) string {
	base := filepath.Base(input)
	if ext := filepath.Ext(base); ext != "" && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	return filepath.Join(dir, base+".md")
}

// MarshalReports encodes reports as indented JSON in the contract's shape,
// {"essays": [...]}, without HTML escaping, ending with a newline.
func MarshalReports(reports []Report) ([]byte, error) {
	if reports == nil {
		reports = []Report{}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(Reports{Essays: reports}); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
