package e2e

import (
	"cmp"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/leadingup/leadingup/tools/internal/projcopy"

	"github.com/chromedp/chromedp"
)

// minSuccessAt3 is the share of the tuning questions that must have a right
// answer in the top three results (for a question the site cannot answer:
// that the search says so and shows nothing). minHeldOutAt3 is a floor for
// the held-out half: it guards against a change that fits the tuning half by
// hurting questions it has not seen. Its misses have since been read while
// fixing mechanisms (it stands at 0.97), so its floor is 0.85 and its figure
// flatters; the fresh and sealed sets (measure only) are the honest ones.
const (
	minSuccessAt3 = 0.9
	minHeldOutAt3 = 0.85
)

// searchOutcome is what /search/?q= showed once its results were in.
type searchOutcome struct {
	Status string   `json:"status"`
	Links  []string `json:"links"` // first link of each result, as URL paths
	// Confidence is the page's score for how much of the question its
	// first results cover (data-confidence on the status; below the
	// script's threshold it says nothing covers the question).
	Confidence string `json:"confidence"`
	// Refused names the check that said nothing covers the question
	// (data-refused on the status: "confidence", "off-topic" or "peers"),
	// "" when results were shown.
	Refused string `json:"refused"`
}

// searchDone is a script that returns the outcome once the status has text,
// or false while the search is still running.
const searchDone = `(() => {
	const st = document.querySelector("[data-search-status]");
	if (!st || !st.textContent.trim()) return false;
	const links = Array.from(document.querySelectorAll("[data-search-results] > li"))
		.map(li => li.querySelector("a[href]"))
		.filter(Boolean)
		.map(a => new URL(a.getAttribute("href"), location.href).pathname);
	return {status: st.textContent.trim(), links, confidence: st.dataset.confidence || "", refused: st.dataset.refused || ""};
})()`

var (
	realOnce   sync.Once
	realURL    string
	realErr    error
	realServer *httptest.Server
)

// realSite returns the address of the project's site as readers get it:
// the e2e build adds worst-case essays and made-up terms to test printing,
// which would skew what search finds. It is built once, on first use, from
// another copy of the project (or is the site given in LEADUP_E2E_SITE).
func realSite(t *testing.T) string {
	t.Helper()
	needSite(t)
	if builtRoot == repoRoot {
		return server.URL
	}
	realOnce.Do(func() {
		tmp, err := os.MkdirTemp("", "leadup-e2e-real-")
		if err != nil {
			realErr = err
			return
		}
		realTemp = tmp
		root, out := filepath.Join(tmp, "repo"), filepath.Join(tmp, "public")
		if realErr = projcopy.Copy(repoRoot, root); realErr != nil {
			return
		}
		if realErr = buildSite(root, out); realErr != nil {
			return
		}
		realServer = httptest.NewServer(http.FileServer(http.Dir(out)))
		realURL = realServer.URL
	})
	if realErr != nil {
		t.Fatalf("building the project's own site for the search tests: %v", realErr)
	}
	return realURL
}

// realTemp is the folder of the real site's build, removed by closeRealSite.
var realTemp string

// closeRealSite stops the real site's server and removes its build.
func closeRealSite() {
	if realServer != nil {
		realServer.Close()
	}
	if realTemp != "" {
		os.RemoveAll(realTemp)
	}
}

// questionLimit is how long one question may take, from opening the search
// page to its status: generous, so that a loaded machine is slower, never
// red; a page that never speaks still fails, once it is spent.
const questionLimit = 3 * time.Minute

// searchTabLimit is how long a tab opened by searchTab lives: its questions
// have their own limit (questionLimit), this one stops a test whose other
// steps hang.
const searchTabLimit = 20 * time.Minute

// searchTab opens a tab in the shared browser for search(), closed when the
// test ends. The real site (see realSite) is built first, outside any
// deadline: built inside a tab's life, a slow build used up the tab's time
// and the first question failed with "context deadline exceeded".
func searchTab(t *testing.T) context.Context {
	t.Helper()
	b := browser(t)
	realSite(t)
	tab, cancelTab := chromedp.NewContext(b)
	ctx, cancel := context.WithTimeout(tab, searchTabLimit)
	t.Cleanup(func() {
		cancel()
		cancelTab()
	})
	// The tab is opened now, with the tab's context: chromedp ties a tab's
	// event loop to the context of its first Run, and a question's own
	// context (see search) ends with the question.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("cannot open a tab: %v", err)
	}
	return ctx
}

// search opens /search/?q=QUERY (plus extra URL parameters) of the real
// site (see realSite) in ctx, a tab from searchTab, and waits for its
// outcome, at most questionLimit.
func search(t *testing.T, ctx context.Context, q, extra string) searchOutcome {
	t.Helper()
	base := realSite(t)
	page := "/search/?q=" + url.QueryEscape(q) + extra
	ctx, cancel := context.WithTimeout(ctx, questionLimit)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(base+page)); err != nil {
		t.Fatalf("%s: %v", page, err)
	}
	// The poll has no limit of its own: the question's (ctx) ends it.
	poll := chromedp.Poll[searchOutcome](searchDone, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(0))
	out, err := chromedp.Run(ctx, poll)
	if err != nil && ctx.Err() == nil && strings.Contains(err.Error(), "context") {
		// The page's JavaScript context was replaced while polling (a late
		// load event): poll the new one.
		out, err = chromedp.Run(ctx, poll)
	}
	if err != nil {
		// The page's state, for the message, read in a moment of its own
		// (the question's time may be spent).
		sctx, scancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		state, _ := chromedp.Run(sctx, chromedp.Evaluate[string](searchState))
		scancel()
		t.Fatalf("%s: no search status within %s (%v); %s", page, questionLimit, err, state)
	}
	return out
}

// notCovered matches the status of a search that found nothing.
var notCovered = regexp.MustCompile(`(?i)^no results for`)

// score is the rank of the first right answer (0: none), or for a question
// the site cannot answer, 1 when the search said so and showed nothing.
func score(qq query, out searchOutcome) int {
	if len(qq.pages) == 0 {
		if len(out.Links) == 0 && notCovered.MatchString(out.Status) {
			return 1
		}
		return 0
	}
	for i, l := range out.Links {
		for _, p := range qq.pages {
			if l == p {
				return i + 1
			}
		}
	}
	return 0
}

// relevance is success@3 and MRR over a set of questions.
type relevance struct {
	n, top3, empty int
	rr             float64
	// misses are the questions answered below the top three or not at
	// all; with LEADUP_RELEVANCE_LOW=1 also those answered second or
	// third, for work on the ranking (success@3 counts only the former).
	misses []string
	// lowAnswered is the lowest confidence of an answerable question whose
	// answer came in the top three, highNone the highest of a question
	// the site cannot answer (-1: none yet): the margin around the
	// script's no-answer threshold.
	lowAnswered, highNone float64
	// emptyBy counts the answerable questions with no results by the check
	// that refused them (see searchOutcome.Refused): the worst outcome, a
	// reader with a question the site answers told it does not. caught
	// counts the unanswerable questions said so, by the same checks.
	emptyBy, caught map[string]int
	// confs are the lines "conf answerable rank refused question" of every
	// question, printed with LEADUP_RELEVANCE_CONF=1 for a set whose misses
	// are printed, to choose the script's threshold (COVERED) on them.
	confs []string
}

func (r relevance) String() string {
	return fmt.Sprintf("success@3 %.3f, MRR %.3f over %d questions (%d answerable ones with no results%s; unanswerable ones said so: %s); confidence: lowest of a question answered in the top three %.3f, highest of an unanswerable one %.3f",
		float64(r.top3)/float64(r.n), r.rr/float64(r.n), r.n, r.empty, byCheck(r.emptyBy, ", refused by "), byCheck(r.caught, ""), r.lowAnswered, r.highNone)
}

// byCheck writes counts by check ("confidence 2, off-topic 1"), after
// lead when there are any.
func byCheck(n map[string]int, lead string) string {
	keys := make([]string, 0, len(n))
	for k := range n {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %d", k, n[k]))
	}
	if len(parts) == 0 {
		if lead != "" {
			return ""
		}
		return "none"
	}
	return lead + strings.Join(parts, ", ")
}

// tabQuestions is how many questions one tab asks before a fresh tab takes
// over (each question has its own limit: see search).
const tabQuestions = 10

// measure runs every question through the search page.
func measure(t *testing.T, qs []query) relevance {
	r := relevance{lowAnswered: -1, highNone: -1, emptyBy: map[string]int{}, caught: map[string]int{}}
	var ctx context.Context
	for i, qq := range qs {
		if i%tabQuestions == 0 {
			ctx = searchTab(t)
		}
		out := search(t, ctx, qq.q, "")
		rank := score(qq, out)
		r.n++
		if rank > 0 {
			r.rr += 1 / float64(rank)
		}
		if rank > 0 && rank <= 3 {
			r.top3++
		}
		if len(qq.pages) > 0 && len(out.Links) == 0 {
			r.empty++
			r.emptyBy[cmp.Or(out.Refused, "no match")]++
		}
		if len(qq.pages) == 0 && rank == 1 {
			r.caught[cmp.Or(out.Refused, "no match")]++
		}
		r.confs = append(r.confs, fmt.Sprintf("conf\t%s\t%t\t%d\t%s\t%q", out.Confidence, len(qq.pages) > 0, rank, cmp.Or(out.Refused, "-"), qq.q))
		if c, err := strconv.ParseFloat(out.Confidence, 64); err == nil {
			if len(qq.pages) == 0 {
				r.highNone = max(r.highNone, c)
			} else if rank > 0 && rank <= 3 && (r.lowAnswered < 0 || c < r.lowAnswered) {
				r.lowAnswered = c
			}
		}
		if rank == 0 || rank > 3 || (rank > 1 && os.Getenv("LEADUP_RELEVANCE_LOW") == "1") {
			top := out.Links
			if len(top) > 5 {
				top = top[:5]
			}
			want := strings.Join(qq.pages, " ")
			if want == "" {
				want = "(a no-results message)"
			}
			r.misses = append(r.misses, fmt.Sprintf("%q: rank %d; want %s; got %q (confidence %s), top %v", qq.q, rank, want, out.Status, out.Confidence, top))
		}
	}
	return r
}

// relevanceSets are the question sets TestSearchRelevance measures, each a
// subtest (go test -run 'TestSearchRelevance/blind4' runs one). floor is the
// success@3 a set must reach; 0 means measure only.
var relevanceSets = []struct {
	name, about string
	qs          []query
	floor       float64
	// held marks a set written to be run once, at the end of the session
	// that wrote it (its first run is the honest figure for that session's
	// changes): it is skipped unless LEADUP_RELEVANCE_HELD=1.
	held bool
	// hideMisses keeps a held set's misses out of the log: its figures are
	// printed, its questions' outcomes never, so that nobody tunes on it
	// by accident.
	hideMisses bool
}{
	{"tuning", "tuned on, flatters", tuningQueries, minSuccessAt3, false, false},
	{"heldout", "its misses have been read while fixing mechanisms, so it flatters a little", heldOutQueries, minHeldOutAt3, false, false},
	{"fresh", "measure only, see freshQueries", freshQueries, 0, false, false},
	{"sealed", "measure only, see sealedQueries", sealedQueries, 0, false, false},
	{"blind", "measure only; its answerable questions checked the no-answer threshold, so it flatters a little, see blindQueries", blindQueries, 0, false, false},
	{"blind2", "measure only, never tuned on, see blind2Queries", blind2Queries, 0, false, false},
	{"blind3", "measure only, never tuned on, see blind3Queries", blind3Queries, 0, false, false},
	{"blind4", "measure only; its misses were read while fixing mechanisms on 30 November 2026, so it flatters, see blind4Queries", blind4Queries, 0, false, false},
	{"boundary", "measure only: answerable questions that name an off-topic word; its misses were read while fixing mechanisms, so it flatters, see boundaryQueries", boundaryQueries, 0, false, false},
	{"blind5", "measure only; its misses were read while fixing mechanisms, so it flatters, see blind5Queries", blind5Queries, 0, false, false},
	{"blind6", "measure only, never tuned on, see blind6Queries", blind6Queries, 0, false, false},
	{"blind7", "measure only; written before the 1 December 2026 session's changes, its misses read while making them, so it flatters, see blind7Queries", blind7Queries, 0, false, false},
	{"blind8", "measure only; its first run (the honest figure of the 1 December 2026 session) was 0.827/0.794, 1 empty; its misses have been read since, so it flatters: write blind9, see blind8Queries", blind8Queries, 0, false, false},
	{"blind9", "measure only; written before the second 1 December 2026 session's changes, its first run (5cc1239) 0.818/0.711, 6 empty; its misses read while making them, so it flatters (0.964/0.848, 2 empty, at f74a054), see blind9Queries", blind9Queries, 0, true, false},
	{"blind10", "measure only; written with blind9 and its first run, on the search as landed at f74a054, is the honest figure of the second 1 December 2026 session: 0.811/0.746, 2 answerable ones with no results; its misses have been read since, so it flatters: write blind11, see blind10Queries", blind10Queries, 0, true, false},
	{"blind11", "measure only; written before the third 1 December 2026 session's changes, its first run on a0acd74: 0.797/0.718, 1 answerable one with no results; its misses were read while making them, so it flatters (1.000/0.904 at e9144f8), see blind11Queries", blind11Queries, 0, false, false},
	{"blind12", "measure only; written with blind11 before the third 1 December 2026 session's changes, its first run at their end (e9144f8) is that session's honest figure: 0.817/0.762, 2 answerable ones with no results; its misses have been read since, so it flatters: write blind13, see blind12Queries", blind12Queries, 0, true, false},
	{"blind13a", "measure only; written before the tenth session's changes (1 December 2026) and tuned on in it, so it flatters, see blind13aQueries", blind13aQueries, 0, false, false},
	{"blind13b", "measure only; written with blind13a before the tenth session's changes and held: measured at the start and once at the end, its misses never printed (0.533/0.542, 2 empty at 4cf266d; 0.533/0.539, 2 empty at 47aae5f), see blind13bQueries", blind13bQueries, 0, true, true},
	{"blind14a", "measure only; written before the eleventh session's changes (2 December 2026) and tuned on in it, so it flatters (first run 0.812/0.737, 3 empty; 0.969/0.857, 0 empty at 47aae5f), see blind14aQueries", blind14aQueries, 0, false, false},
	{"blind14b", "measure only; written with blind14a before the eleventh session's changes and held, its misses never printed: first run (4cf266d) 0.781/0.763, 3 empty; at the end of that session (47aae5f) 0.750/0.751, 3 empty, its honest figure (the tuned half's gains did not carry over), see blind14bQueries", blind14bQueries, 0, true, true},
	{"blind15a", "measure only; written before the twelfth session's changes (2 December 2026), its misses readable, so later figures flatter (first run, on the search of main 0823849: 0.875/0.782, 1 answerable one with no results), see blind15aQueries", blind15aQueries, 0, false, false},
	{"blind15b", "measure only; written with blind15a before the twelfth session's changes and held, its misses never printed: first run, on the search of main 0823849: 0.812/0.781, 0 answerable ones with no results, see blind15bQueries", blind15bQueries, 0, true, true},
}

// TestSearchRelevance asks the search page realistic reader questions and
// checks that a right answer comes in the top three. Each set is a subtest
// that prints its success@3, MRR and misses. Only the tuning set and the
// held-out set gate (the held-out set at a lower floor, guarding against a
// change that fits the tuning set by hurting questions it has not seen);
// the fresh, sealed and blind sets are reported and never gate, the later
// blind sets being the honest figures.
func TestSearchRelevance(t *testing.T) {
	needSite(t)
	for _, set := range relevanceSets {
		t.Run(set.name, func(t *testing.T) {
			if set.held && os.Getenv("LEADUP_RELEVANCE_HELD") != "1" {
				t.Skipf("%s is held until the end of the session that wrote it (LEADUP_RELEVANCE_HELD=1 runs it)", set.name)
			}
			r := measure(t, set.qs)
			t.Logf("%s set (%s): %v", set.name, set.about, r)
			if set.hideMisses {
				t.Logf("%s set: its %d misses are not printed (held)", set.name, len(r.misses))
			} else {
				for _, m := range r.misses {
					t.Logf("miss: %s", m)
				}
				if os.Getenv("LEADUP_RELEVANCE_CONF") == "1" {
					for _, c := range r.confs {
						t.Logf("%s\t%s", c, set.name)
					}
				}
			}
			if got := float64(r.top3) / float64(r.n); got < set.floor {
				t.Errorf("%s set: success@3 is %.3f, below its floor %.2f; the misses are listed above", set.name, got, set.floor)
			}
		})
	}
}
