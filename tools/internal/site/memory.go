package site

import "strings"

// hugoCacheLimitGB caps Hugo's in-memory caches (HUGO_MEMORYLIMIT, in
// gigabytes); beyond it Hugo evicts. Hugo's default is a quarter of the
// machine's memory, so on a large machine its caches are never trimmed: a
// bare Hugo build of 10,000 essays peaked at 3.9 GiB resident on a 23 GiB
// machine, and at 1.9 GiB with this limit, for the same CPU time
// (BENCHMARKS.md). Small sites never reach it.
//
// Go's collector is left to the user. A heap profile of the 10,000-essay
// build shows about 0.6 GiB live while resident memory peaks near 2 GiB:
// the rest is garbage waiting for the collector. GOGC=50 brought that peak
// to 1.4 GiB for about 40% more CPU time in Hugo, and GOMEMLIMIT=1400MiB to
// 1.5 GiB for 55% more (BENCHMARKS.md): trades only a machine short of
// memory should make. Set either in the environment and Hugo inherits it.
const hugoCacheLimitGB = "1"

// withMemoryLimits returns env with HUGO_MEMORYLIMIT added for a Hugo
// process, unless env already sets it: a value the user chose wins.
func withMemoryLimits(env []string) []string {
	if hasVar(env, "HUGO_MEMORYLIMIT") {
		return env
	}
	return append(env, "HUGO_MEMORYLIMIT="+hugoCacheLimitGB)
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
