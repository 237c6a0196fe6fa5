package site

import "strings"

// hugoCacheLimitGB caps Hugo's in-memory caches (HUGO_MEMORYLIMIT, in
// gigabytes); beyond it Hugo evicts. Hugo's default is a quarter of the
// machine's memory, so on a large machine its caches are never trimmed: a
// bare Hugo build of 10,000 essays peaked at 3.9 GiB resident on a 23 GiB
// machine. At 1 GB the caches still filled most of the heap limit below
// (hugoHeapLimit), and Go's collector ran again and again to keep under it:
// at 10,000 essays Hugo took 209 s of CPU and peaked at 1,438 MiB, against
// 101 s for bare Hugo. At half a gigabyte it took 105-110 s and peaked at
// 1,238 MiB (BENCHMARKS.md). Small sites never reach it.
const hugoCacheLimitGB = "0.5"

// hugoHeapLimit is Go's soft memory limit (GOMEMLIMIT) for the Hugo
// process. A heap profile of Hugo at 10,000 essays shows a live heap of
// 0.6-0.95 GiB (mostly Hugo's page objects and its caches of rendered
// content) while resident memory peaked at 1.8-1.9 GiB: the rest was
// garbage that Go's collector, pacing itself at GOGC=100, had not yet
// reached. With this limit the collector runs more often only as the
// process nears it: Hugo peaked at 1.36 GiB for about 10% more CPU time,
// where GOGC=50 cost 40% for 1.40 GiB (BENCHMARKS.md). Sites far below the
// limit (ours peaks near 120 MiB) never reach it and pay nothing. A user's
// own GOMEMLIMIT or GOGC wins; GOMEMLIMIT=off turns the limit off.
const hugoHeapLimit = "1200MiB"

// withMemoryLimits returns env with HUGO_MEMORYLIMIT and GOMEMLIMIT added
// for a Hugo process, each unless env already sets it (and GOMEMLIMIT also
// unless env sets GOGC): a value the user chose wins.
func withMemoryLimits(env []string) []string {
	if !hasVar(env, "HUGO_MEMORYLIMIT") {
		env = append(env, "HUGO_MEMORYLIMIT="+hugoCacheLimitGB)
	}
	if !hasVar(env, "GOMEMLIMIT") && !hasVar(env, "GOGC") {
		env = append(env, "GOMEMLIMIT="+hugoHeapLimit)
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
