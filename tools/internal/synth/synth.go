// Package synth writes large, realistic, reproducible corpora of source
// essays for benchmarks.
//
// Each essay is put together from the paragraphs and list items of the
// project's own source essays (so its shapes are the shapes we publish:
// title, byline, credit line, prose, "Why", "How" and "Traps" lists), with
// a numbered title, words swapped so that every page is its own search
// record, and the web-page junk a pasted article carries (menus, share
// rows, read times, cookie notices, related links, comments) around it.
// The same seed and count always give the same bytes.
package synth

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// material is what the essays are assembled from.
type material struct {
	paragraphs []string
	items      []string
	titles     []string
}

// Junk lines a pasted web page carries before and after the article. They
// are written for this generator, in the shapes the normaliser meets.
var (
	junkBefore = [][]string{
		{"Home", "Topics", "Careers", "Newsletter", "Sign in"},
		{"Skip to main content", "Menu", "Search"},
		{"Home > Blog > Leadership"},
		{"We use cookies to improve your experience. Accept all | Manage settings"},
	}
	junkMeta = []string{
		"%d min read", "Share on LinkedIn", "Updated %d days ago",
		"Listen to this article", "Save for later",
	}
	junkAfter = [][]string{
		{"Share this article", "Facebook", "X", "LinkedIn", "Email"},
		{"Related articles", "How to run a better one-to-one", "Five questions to ask a new boss", "Why feedback fails"},
		{"Leave a comment", "Name", "Email", "Post comment"},
		{"3 comments", "Dana K. · 2 days ago", "This matched my week exactly.", "Reply"},
		{"Subscribe to our newsletter", "Get one practical idea every week.", "Subscribe"},
		{"About us", "Contact", "Privacy policy", "Terms of use", "© 2026 Example Media"},
	}
	swaps = [][2]string{
		{"manager", "team lead"}, {"boss", "supervisor"}, {"project", "programme"},
		{"week", "month"}, {"meeting", "check-in"}, {"customer", "client"},
	}
	authors = []string{"Sam Lee", "Ana Ruiz", "Priya Nair", "Tom Becker", "Mei Chen", "Olu Adeyemi", "Jo Martin"}
)

// load reads the source essays in dir and splits them into material.
func load(dir string) (material, error) {
	var m material
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		return m, fmt.Errorf("no source essays (*.txt) in %s to build a corpus from", dir)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return m, err
		}
		lines := strings.Split(string(b), "\n")
		m.titles = append(m.titles, strings.TrimSpace(lines[0]))
		for _, l := range lines[1:] {
			l = strings.TrimSpace(l)
			switch {
			case strings.HasPrefix(l, "- ") && len(l) > 30:
				m.items = append(m.items, l[2:])
			case len(l) > 120 && !strings.HasPrefix(l, "Adapted from"):
				m.paragraphs = append(m.paragraphs, l)
			}
		}
	}
	if len(m.paragraphs) < 10 || len(m.items) < 10 {
		return m, fmt.Errorf("the source essays in %s are too short to build a corpus from", dir)
	}
	return m, nil
}

// Essay returns the text of essay number i (counting from 1) made from m.
func (m material) essay(r *rand.Rand, i int) string {
	var b strings.Builder
	line := func(s string) { b.WriteString(s); b.WriteByte('\n') }
	pick := func(list []string) string { return list[r.IntN(len(list))] }

	for _, l := range junkBefore[r.IntN(len(junkBefore))] {
		line(l)
	}
	line("")
	line(fmt.Sprintf("%s, part %d", pick(m.titles), i))
	line("")
	line("By " + pick(authors))
	line(fmt.Sprintf("%s %d, 20%02d", []string{"January", "March", "May", "July", "September", "November"}[r.IntN(6)], 1+r.IntN(28), 15+r.IntN(11)))
	if meta := pick(junkMeta); strings.Contains(meta, "%d") {
		line(fmt.Sprintf(meta, 2+r.IntN(12)))
	} else {
		line(meta)
	}
	line("")
	sections := []string{"Why it matters", "How to do it", "Traps to avoid"}
	for s, heading := range sections {
		for range 2 + r.IntN(3) {
			line(pick(m.paragraphs))
			line("")
		}
		line(heading)
		line("")
		for range 2 + r.IntN(4) {
			item := pick(m.items)
			if s == 2 && !strings.HasPrefix(item, "Don't") {
				item = "Don't skip this: " + item
			}
			line("- " + item)
		}
		line("")
	}
	for _, l := range junkAfter[r.IntN(len(junkAfter))] {
		line(l)
	}
	text := b.String()
	sw := swaps[i%len(swaps)]
	return strings.ReplaceAll(text, sw[0], sw[1])
}

// Write writes n essays made from the source essays in srcDir into dstDir
// as synthetic-00001.txt and so on, and returns their total size in bytes.
// The same seed and n always give the same files.
func Write(srcDir, dstDir string, n int, seed uint64) (int64, error) {
	m, err := load(srcDir)
	if err != nil {
		return 0, err
	}
	if err := os.MkdirAll(dstDir, 0o755); err != nil {
		return 0, err
	}
	r := rand.New(rand.NewPCG(seed, uint64(n)))
	var total int64
	for i := 1; i <= n; i++ {
		text := m.essay(r, i)
		name := filepath.Join(dstDir, fmt.Sprintf("synthetic-%05d.txt", i))
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			return 0, err
		}
		total += int64(len(text))
	}
	return total, nil
}
