package e2e

import (
	"context"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// screen is a browser window size the gates check pages at.
type screen struct {
	name          string
	width, height int64
	mobile        bool
}

// screens are the phone and desktop sizes of the gates. The phone is the
// common 390 px; TestPhoneHeader also checks 320 and 430.
var screens = []screen{
	{"phone", 390, 844, true},
	{"desktop", 1280, 800, false},
}

// colourSchemes are the system settings the dark and light themes follow.
var colourSchemes = []string{"light", "dark"}

// openAs opens a URL path of the site in a new tab of the given size, with
// the system asking for the given colour scheme ("light" or "dark").
func openAs(t *testing.T, urlPath string, s screen, scheme string) context.Context {
	t.Helper()
	ctx := newTab(t)
	emulate(t, ctx, s, scheme)
	open(t, ctx, urlPath)
	return ctx
}

// emulate sets the tab's window size and the colour scheme the system asks for.
func emulate(t *testing.T, ctx context.Context, s screen, scheme string) {
	t.Helper()
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
	}); err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.EmulateViewportOption{chromedp.EmulateScale(1)}
	if s.mobile {
		opts = append(opts, chromedp.EmulateMobile)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(s.width, s.height, opts...)); err != nil {
		t.Fatal(err)
	}
}
