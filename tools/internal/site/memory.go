package site

import "strings"

// hugoCacheLimitGB caps Hugo's in-memory caches (HUGO_MEMORYLIMIT, in
// gigabytes); beyond it Hugo evicts. Hugo's default is a quarter of the
// machine's memory, so on a large machine its caches are never trimmed: a
// bare Hugo build of 10,000 essays peaked at 3.9 GiB resident on a 23 GiB
// machine, and at 1.9 GiB with this limit, for the same CPU time
// (BENCHMARKS.md). Small sites never reach it.
const hugoCacheLimitGB = "1"

// hugoGOGC is the Go collector's target for the Hugo process (GOGC, in
// percent of the live heap). A heap profile of the 10,000-essay build shows
// a live heap of about 0.6 GiB while resident memory peaks near 2 GiB: the
// rest is garbage waiting for Go's default collector (GOGC=100). Collecting
// at half that growth keeps the peak under 1.5 GiB for about a fifth more
// CPU time in Hugo (BENCHMARKS.md). A GOGC or GOMEMLIMIT the user sets wins.
const hugoGOGC = "50"

// withMemoryLimits returns env with HUGO_MEMORYLIMIT and GOGC added for a
// Hugo process, each unless env already sets it (GOGC also unless env sets
// GOMEMLIMIT): a value the user chose wins.
func withMemoryLimits(env []string) []string {
	if !hasVar(env, "HUGO_MEMORYLIMIT") {
		env = append(env, "HUGO_MEMORYLIMIT="+hugoCacheLimitGB)
	}
	if !hasVar(env, "GOGC") && !hasVar(env, "GOMEMLIMIT") {
		env = append(env, "GOGC="+hugoGOGC)
	}
	return env
}

// hasVar reports whether env (KEY=value entries) sets key.
func hasVar(env []string, key string) bool {
	for _, e := range env {
		if k, _, ok := strings.Cut(e, "="); ok && k == key {
			return true
		}
	}
	return false
}
