package site

import (
	"slices"
	"testing"
)

func TestWithMemoryLimits(t *testing.T) {
	limit := "HUGO_MEMORYLIMIT=" + hugoCacheLimitGB
	gogc := "GOGC=" + hugoGOGC
	tests := []struct {
		name string
		env  []string
		want []string
	}{
		{"added", []string{"PATH=/bin"}, []string{"PATH=/bin", limit, gogc}},
		{"added to an empty environment", nil, []string{limit, gogc}},
		{"the user's cache limit wins", []string{"HUGO_MEMORYLIMIT=4", "HOME=/root"}, []string{"HUGO_MEMORYLIMIT=4", "HOME=/root", gogc}},
		{"an empty value still counts as set", []string{"HUGO_MEMORYLIMIT=", "GOGC="}, []string{"HUGO_MEMORYLIMIT=", "GOGC="}},
		{"a longer name is another variable", []string{"XHUGO_MEMORYLIMIT=1", "MYGOGC=10"}, []string{"XHUGO_MEMORYLIMIT=1", "MYGOGC=10", limit, gogc}},
		{"the user's GOGC wins", []string{"GOGC=200"}, []string{"GOGC=200", limit}},
		{"Go's heap limit passes through and replaces the GOGC default", []string{"GOMEMLIMIT=1400MiB"}, []string{"GOMEMLIMIT=1400MiB", limit}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := withMemoryLimits(slices.Clone(tt.env)); !slices.Equal(got, tt.want) {
				t.Errorf("withMemoryLimits(%q) = %q, want %q", tt.env, got, tt.want)
			}
		})
	}
}
