package site

import (
	"slices"
	"testing"
)

func TestWithMemoryLimits(t *testing.T) {
	limit := "HUGO_MEMORYLIMIT=" + hugoCacheLimitGB
	tests := []struct {
		name string
		env  []string
		want []string
	}{
		{"added", []string{"PATH=/bin"}, []string{"PATH=/bin", limit}},
		{"added to an empty environment", nil, []string{limit}},
		{"the user's limit wins", []string{"HUGO_MEMORYLIMIT=4", "HOME=/root"}, []string{"HUGO_MEMORYLIMIT=4", "HOME=/root"}},
		{"an empty value still counts as set", []string{"HUGO_MEMORYLIMIT="}, []string{"HUGO_MEMORYLIMIT="}},
		{"a longer name is another variable", []string{"XHUGO_MEMORYLIMIT=1"}, []string{"XHUGO_MEMORYLIMIT=1", limit}},
		{"Go's heap limit passes through", []string{"GOMEMLIMIT=1400MiB"}, []string{"GOMEMLIMIT=1400MiB", limit}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := withMemoryLimits(slices.Clone(tt.env)); !slices.Equal(got, tt.want) {
				t.Errorf("withMemoryLimits(%q) = %q, want %q", tt.env, got, tt.want)
			}
		})
	}
}
