package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// focusState describes the focused element: what it is, where it points,
// whether it is on screen and whether it shows a focus indicator.
const focusState = `(() => {
	const el = document.activeElement;
	if (!el || el === document.body) return {tag: "", href: "", target: false, visible: false, indicator: false};
	const href = el.getAttribute("href") || "";
	const r = el.getBoundingClientRect();
	const s = getComputedStyle(el);
	const target = href.startsWith("#") && href.length > 1 && document.getElementById(href.slice(1)) !== null;
	return {
		tag: el.tagName.toLowerCase(), href: href, target: target,
		visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 &&
			r.top < innerHeight && r.left < innerWidth && s.visibility !== "hidden" && s.opacity !== "0",
		indicator: (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== "none"
	};
})()`

// focus is the decoded focusState.
type focus struct {
	Tag       string `json:"tag"`
	Href      string `json:"href"`
	Target    bool   `json:"target"`
	Visible   bool   `json:"visible"`
	Indicator bool   `json:"indicator"`
}

// TestSkipLinkAndFocus presses Tab once on pages of each kind: the first
// stop must be a visible "skip to content" link whose target exists, with a
// visible focus indicator (WCAG 2.4.1, 2.4.7, 2.4.11).
func TestSkipLinkAndFocus(t *testing.T) {
	needSite(t)
	browser(t)
	pages := []string{"/", "/essays/" + essaySlugs(t)[0] + "/", "/search/", "/cheatsheets/"}
	for _, p := range pages {
		t.Run(p, func(t *testing.T) {
			ctx := newTab(t)
			open(t, ctx, p)
			if fault, err := skipLinkFault(ctx, p); err != nil {
				t.Fatal(err)
			} else if fault != "" {
				t.Error(fault)
			}
		})
	}
}

// skipLinkFault presses Tab on the page open in ctx and says what is wrong
// with the first Tab stop, or "" when it is a good skip link.
func skipLinkFault(ctx context.Context, urlPath string) (string, error) {
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Tab)); err != nil {
		return "", err
	}
	f, err := chromedp.Run(ctx, chromedp.Evaluate[focus](focusState))
	if err != nil {
		return "", err
	}
	got, _ := json.Marshal(f)
	switch {
	case f.Tag != "a" || !f.Target:
		return fmt.Sprintf("%s: the first Tab stop is not a skip link to an element of the page: %s", urlPath, got), nil
	case !f.Visible:
		return fmt.Sprintf("%s: the skip link stays hidden when focused: %s", urlPath, got), nil
	case !f.Indicator:
		return fmt.Sprintf("%s: the focused skip link shows no outline or box shadow: %s", urlPath, got), nil
	}
	return "", nil
}
