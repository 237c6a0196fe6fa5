package site

import (
	"slices"
	"testing"
)

func TestWithMemoryLimits(t *testing.T) {
	cache := "HUGO_MEMORYLIMIT=" + hugoCacheLimitGB
	heap := "GOMEMLIMIT=" + hugoHeapLimit
	tests := []struct {
		name string
		env  []string
		want []string
	}{
		{"added", []string{"PATH=/bin"}, []string{"PATH=/bin", cache, heap}},
		{"added to an empty environment", nil, []string{cache, heap}},
		{"the user's cache limit wins", []string{"HUGO_MEMORYLIMIT=4", "HOME=/root"}, []string{"HUGO_MEMORYLIMIT=4", "HOME=/root", heap}},
		{"an empty value still counts as set", []string{"HUGO_MEMORYLIMIT=", "GOMEMLIMIT="}, []string{"HUGO_MEMORYLIMIT=", "GOMEMLIMIT="}},
		{"a longer name is another variable", []string{"XHUGO_MEMORYLIMIT=1", "XGOMEMLIMIT=1"}, []string{"XHUGO_MEMORYLIMIT=1", "XGOMEMLIMIT=1", cache, heap}},
		{"the user's heap limit wins", []string{"GOMEMLIMIT=1400MiB"}, []string{"GOMEMLIMIT=1400MiB", cache}},
		{"the heap limit can be turned off", []string{"GOMEMLIMIT=off"}, []string{"GOMEMLIMIT=off", cache}},
		{"the user's GOGC is not overridden by a limit", []string{"GOGC=50"}, []string{"GOGC=50", cache}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := withMemoryLimits(slices.Clone(tt.env)); !slices.Equal(got, tt.want) {
				t.Errorf("withMemoryLimits(%q) = %q, want %q", tt.env, got, tt.want)
			}
		})
	}
}
