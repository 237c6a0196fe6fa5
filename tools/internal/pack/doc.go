// Package pack prints the workshop pack of a built Leading Up site to a PDF.
//
// The pack is one page of the site, /workshop/pack/, that holds the
// facilitator guide, the exercises, the discussion questions and every cheat
// sheet, each starting on a new sheet of paper. Print serves the built site
// on 127.0.0.1, opens that page in headless Chromium (driven with chromedp)
// and saves what the browser prints, on A4 or US Letter paper with a page
// number in the foot of every page:
//
//	public/  →  http://127.0.0.1:PORT/workshop/pack/  →  workshop-pack.pdf
//
// FindChrome says where the browser is, or how to install one. The PDF is
// written to a temporary file beside the output and renamed into place, so a
// failed print never leaves half a file.
package pack
