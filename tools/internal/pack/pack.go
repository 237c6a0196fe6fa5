package pack

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// DefaultPath is the address of the workshop pack on the site.
const DefaultPath = "/workshop/pack/"

// DefaultMargin is the margin of every side, in inches: the margin of a
// browser's own Print command, which the cheat sheets are made to fit.
const DefaultMargin = 0.4

// Options says what to print and where to.
type Options struct {
	// Site is the folder of the built site (it holds index.html).
	Site string
	// Out is the PDF file to write.
	Out string
	// Paper is the paper size; the zero value means A4.
	Paper Paper
	// Chrome is the browser to print with; empty means FindChrome.
	Chrome string
	// Path is the address of the pack on the site; empty means DefaultPath.
	Path string
	// Margin is the margin of every side in inches; 0 means DefaultMargin.
	Margin float64
	// Timeout bounds the whole print; 0 means two minutes.
	Timeout time.Duration
}

// Result describes the PDF written.
type Result struct {
	// Pages is the number of pages, Bytes the size of the file.
	Pages, Bytes int
}

func (o Options) withDefaults() (Options, error) {
	if o.Paper == (Paper{}) {
		o.Paper = A4
	}
	if o.Path == "" {
		o.Path = DefaultPath
	}
	if o.Margin == 0 {
		o.Margin = DefaultMargin
	}
	if o.Timeout == 0 {
		o.Timeout = 2 * time.Minute
	}
	if o.Out == "" {
		return o, errors.New("no output file: name the PDF to write")
	}
	page := filepath.Join(o.Site, filepath.FromSlash(strings.Trim(o.Path, "/")), "index.html")
	if _, err := os.Stat(page); err != nil {
		return o, fmt.Errorf("%s holds no built workshop pack (%s is missing): build the site first with `go run ./tools/leadup build`", o.Site, page)
	}
	if o.Chrome == "" {
		c, err := FindChrome()
		if err != nil {
			return o, err
		}
		o.Chrome = c
	}
	return o, nil
}

// footer is the foot of every printed page: the document's title and the
// page number, in the bottom margin.
const footer = `<div style="width:100%;margin:0 0.4in;font:7pt sans-serif;color:#000;display:flex;justify-content:space-between">` +
	`<span class="title"></span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`

// Print serves the built site in opts.Site on 127.0.0.1, prints the pack
// page with headless Chromium and writes the PDF to opts.Out.
func Print(ctx context.Context, opts Options) (Result, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return Result{}, err
	}
	base, stop, err := Serve(opts.Site)
	if err != nil {
		return Result{}, err
	}
	defer stop()

	profile, err := os.MkdirTemp("", "leadup-pack-chromium-")
	if err != nil {
		return Result{}, err
	}
	defer os.RemoveAll(profile)
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(opts.Chrome),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
	)
	defer cancelAlloc()
	tab, cancelTab := chromedp.NewContext(alloc)
	defer cancelTab()

	url := base + opts.Path
	if err := chromedp.Do(tab, chromedp.Navigate(url)); err != nil {
		return Result{}, fmt.Errorf("cannot open %s in %s: %w", url, opts.Chrome, err)
	}
	pdf, err := chromedp.Run(tab, chromedp.PrintToPDF(
		chromedp.PDFPaper(chromedp.PaperSize{Width: opts.Paper.Width, Height: opts.Paper.Height}),
		chromedp.PDFMargin(opts.Margin),
		chromedp.PDFHeaderTemplate(`<span></span>`),
		chromedp.PDFFooterTemplate(footer),
		func(p *page.PrintToPDFParams) {
			p.DisplayHeaderFooter = new(true)
			p.PreferCSSPageSize = new(false)
		},
	))
	if err != nil {
		return Result{}, fmt.Errorf("printing %s failed: %w", url, err)
	}
	n := CountPages(pdf)
	if n == 0 {
		return Result{}, fmt.Errorf("printing %s gave no pages", url)
	}
	if err := writeFile(opts.Out, pdf); err != nil {
		return Result{}, fmt.Errorf("cannot write the PDF: %w", err)
	}
	return Result{Pages: n, Bytes: len(pdf)}, nil
}

// Serve serves the folder dir on a free port of 127.0.0.1 and returns its
// base URL (no trailing slash) and a function that stops the server.
func Serve(dir string) (base string, stop func(), err error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, fmt.Errorf("cannot serve the site on 127.0.0.1: %w", err)
	}
	srv := &http.Server{Handler: http.FileServer(http.Dir(dir)), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String(), func() { srv.Close() }, nil
}
