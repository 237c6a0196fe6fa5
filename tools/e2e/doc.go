// Package e2e holds the end-to-end tests of the Leading Up site. It has no
// code of its own: the tests build the real site once, through the CLI
// contract
//
//	go run ./tools/leadup build -out DIR
//
// and then check the result two ways:
//
//   - html_test.go reads the generated HTML (parsed with golang.org/x/net/html)
//     and checks that every essay, taxonomy, term and cheat sheet page exists,
//     that essays link their terms and term pages show what the essays say,
//     that the Pagefind index exists, and the site rules: no inline scripts,
//     event handlers or style attributes, nothing loaded from other hosts;
//   - content_test.go proves Hugo sees the front matter the normaliser
//     writes (title, authors, source credit) and that every cheat sheet shows
//     the labels it promises;
//   - browser_test.go serves the site on 127.0.0.1 and drives Debian's
//     chromium with chromedp: every cheat sheet prints on exactly one A4 and
//     one Letter page with all its labels, search works from the URL and as
//     you type, axe-core finds no WCAG 2.2 A/AA violations, and essays read
//     without JavaScript;
//   - tools_test.go drives the request planner (brief, checks, one-page
//     print, copy, a draft kept only on request) and the scored
//     self-assessment; pack_test.go prints the workshop pack and runs
//     `leadup pack`, checking that every section starts a new page and
//     that no request leaves 127.0.0.1;
//   - keyboard_test.go presses Tab: the first stop is a visible skip link
//     with a focus indicator;
//   - reader_test.go, validate_test.go and pagetypes_test.go hold the
//     reader-experience gates, run on one page of every type (read from the
//     classes on <body>, so new page types are covered): axe-core in both
//     themes on a phone and a desktop screen, Tab reaching every control
//     with a visible focus, a one-row phone header with the first heading
//     in the first 200 px, the menu without JavaScript, the theme switch,
//     at most 60 KB per page and no other host, the Nu HTML checker
//     (vnu-jar, needs Java) and htmltest on the whole site;
//   - harness_test.go feeds those checks pages with known faults, to prove
//     they catch them.
//
// Run them with
//
//	go test ./tools/e2e
//
// Set LEADUP_E2E_SITE=DIR to test an already built site instead of building
// one (handy while working on the theme). The browser tests need chromium
// and poppler-utils: sudo apt-get install chromium poppler-utils. Without
// them the browser tests are skipped, unless CI is set, when they fail.
package e2e
