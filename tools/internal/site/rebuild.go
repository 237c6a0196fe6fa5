package site

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/leadingup/leadingup/tools/internal/atomicfile"
	"github.com/leadingup/leadingup/tools/internal/essaywords"
	"github.com/leadingup/leadingup/tools/internal/frontmatter"
)

// A rebuild after editing the text of a few essays renders only what those
// edits can change. Hugo renders every page on every run (its incremental
// mode lives in its server), so at 10,000 essays a rebuild after one edit
// cost nearly as much as the first build. But an essay's text, as opposed
// to its front matter (title, summary, date, items), appears on two pages
// of its own: the essay and its cheat sheet. Every other page shows essays
// by their front matter, or is re-rendered anyway. So when nothing but the
// bodies of some generated essays changed since the last build into the
// same folder, the build:
//
//  1. renders, with Hugo's segmented rendering (--renderSegments), the
//     changed essays and their cheat sheets and the pages that show every
//     page's text (the search page and its word list) or that are cheap
//     (the home page, the sitemap, the other single pages), into an empty
//     folder. It leaves out, besides the unchanged essays and sheets, the
//     pages that list essays by their front matter alone, whose HTML a
//     change of text cannot touch: the taxonomy and term pages and their
//     pagers (4,396 pages at 10,000 essays), the list of cheat sheets, and
//     the list of essays and its feed unless a changed essay has no
//     summary of its own (its card then shows the start of its text);
//  2. makes the new site from the last one, hard-linking its files into a
//     temporary folder, and moves the new renders over them (never writing
//     through a link, so the published site is untouched until the swap);
//  3. indexes again only the search index parts that hold a page whose
//     HTML changed (a small site has one part: it is indexed again whole).
//
// Anything else (a template, the configuration, data, the vocabulary, other
// content, an essay added, removed or with new front matter, another
// output folder, another leadup or Hugo, an offline build) makes a full
// build. TestRebuildMatchesFullBuild (tools/e2e) checks that the result is
// byte for byte what a full build makes.

// stateFile records what the last build into opts.Out was made from,
// relative to the project root.
const stateFile = ".cache/leadup/build.json"

// stateVersion changes when the state's meaning does.
const stateVersion = 1

// buildState is what a build was made from.
type buildState struct {
	Version int    `json:"version"`
	Out     string `json:"out"`
	// OutMark identifies the folder the build left at Out, so that a site
	// put there by anything else is never taken for it.
	OutMark string `json:"outMark"`
	// Inputs hashes everything the site is made from except the generated
	// essays, and the programs and options that make it.
	Inputs string `json:"inputs"`
	// Essays maps each generated essay's file name to the hashes of its
	// front matter and of its body.
	Essays map[string][2]string `json:"essays"`
}

// inputDirs are the project's folders and files, relative to the root,
// whose content goes into a build besides the generated essays.
var inputDirs = []string{"config.toml", "hugo.toml", "config", "layouts", "themes", "assets", "static", "data", "i18n", "content", "archetypes", "go.mod", "go.sum", "package-lock.json"}

// currentState hashes the project as it is now, for a build with opts into
// opts.Out (OutMark is left empty: the build sets it once Out is in place).
func currentState(ctx context.Context, opts Options) (buildState, error) {
	st := buildState{Version: stateVersion, Out: opts.Out, Essays: map[string][2]string{}}
	h := sha256.New()
	fmt.Fprintf(h, "baseURL %q offline %v parts %d tier %d env %q\n", opts.BaseURL, opts.Offline, opts.SearchPartPages, opts.SearchTierEssays, buildEnv())
	// This program, by its content (go run builds it in a new folder
	// each time), and Hugo, by its path in Go's build cache, which changes
	// with its version.
	self, err := os.Executable()
	if err != nil {
		return st, err
	}
	if err := hashFile(h, self); err != nil {
		return st, err
	}
	cmd := exec.CommandContext(ctx, "go", "tool", "-n", "hugo")
	cmd.Dir = opts.Root
	hugo, err := cmd.Output()
	if err != nil {
		return st, fmt.Errorf("cannot find Hugo (`go tool -n hugo` in %s: %v)", opts.Root, err)
	}
	fmt.Fprintf(h, "hugo %s\n", bytes.TrimSpace(hugo))
	essays := filepath.Join(opts.Root, EssaysDir)
	// The generated essays' words are made from their bodies, which
	// Essays tracks: a rebuild after an edit renders the word list again.
	words := filepath.Join(opts.Root, filepath.FromSlash(essaywords.Path))
	for _, name := range inputDirs {
		top := filepath.Join(opts.Root, name)
		err := filepath.WalkDir(top, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				if os.IsNotExist(err) && path == top {
					return nil
				}
				return err
			}
			if d.IsDir() || !d.Type().IsRegular() || path == words {
				return nil
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			if filepath.Dir(path) == essays && strings.HasSuffix(path, ".md") && bytes.HasPrefix(b, []byte(generatedMark)) {
				front, body := splitFront(b)
				st.Essays[filepath.Base(path)] = [2]string{digest(front), digest(body)}
				return nil
			}
			rel, _ := filepath.Rel(opts.Root, path)
			fmt.Fprintf(h, "%s %d\n", filepath.ToSlash(rel), len(b))
			h.Write(b)
			return nil
		})
		if err != nil {
			return st, err
		}
	}
	st.Inputs = hex.EncodeToString(h.Sum(nil))
	return st, nil
}

// buildEnv returns the environment variables that change what Hugo,
// Pagefind or the build make.
func buildEnv() []string {
	var out []string
	for _, e := range os.Environ() {
		if strings.HasPrefix(e, "HUGO") || strings.HasPrefix(e, "PAGEFIND") || strings.HasPrefix(e, SearchPartPagesEnv+"=") || strings.HasPrefix(e, SearchTierEssaysEnv+"=") {
			out = append(out, e)
		}
	}
	slices.Sort(out)
	return out
}

func hashFile(h io.Writer, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(h, f)
	return err
}

func digest(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:16])
}

// splitFront splits a generated essay into its TOML front matter (with its
// fences) and its body.
func splitFront(b []byte) (front, body []byte) {
	const fence = "\n+++\n"
	if i := bytes.Index(b[3:], []byte(fence)); i >= 0 {
		end := 3 + i + len(fence)
		return b[:end], b[end:]
	}
	return b, nil
}

// outMark identifies the folder at out as the build left it: the time its
// top folder and its home page were last changed and the home page's size.
func outMark(out string) string {
	d, err := os.Stat(out)
	if err != nil {
		return ""
	}
	f, err := os.Stat(filepath.Join(out, "index.html"))
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%d %d %d", d.ModTime().UnixNano(), f.ModTime().UnixNano(), f.Size())
}

func loadState(root string) (buildState, bool) {
	var st buildState
	b, err := os.ReadFile(filepath.Join(root, stateFile))
	if err != nil || json.Unmarshal(b, &st) != nil || st.Version != stateVersion {
		return buildState{}, false
	}
	return st, true
}

// saveState records st as the last build into st.Out, marked as it is now.
func saveState(root string, st buildState) error {
	st.OutMark = outMark(st.Out)
	b, err := json.Marshal(st)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(filepath.Join(root, stateFile)), 0o755); err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(root, stateFile), b, 0o644)
}

// plainSlug is an essay file name that is its page's path as Hugo writes
// it (lower case, no characters a glob would read).
var plainSlug = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*\.md$`)

// changedBodies returns the generated essays whose body alone changed
// between the last build's state and now, and whether a rebuild of just
// those is possible (see the comment at the top of this file). An empty
// list with ok means nothing changed at all.
func changedBodies(last, now buildState, opts Options) (names []string, ok bool) {
	if last.Version != now.Version || last.Out != now.Out || last.Inputs != now.Inputs || opts.Offline {
		return nil, false
	}
	if last.OutMark == "" || last.OutMark != outMark(now.Out) {
		return nil, false
	}
	if len(last.Essays) != len(now.Essays) {
		return nil, false
	}
	for name, h := range now.Essays {
		old, found := last.Essays[name]
		switch {
		case !found || old[0] != h[0]:
			return nil, false
		case old[1] != h[1]:
			if !plainSlug.MatchString(name) {
				return nil, false
			}
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names, true
}

// segmentConfig returns a Hugo configuration that adds a segment,
// rebuildSegment, of every page but the generated essays (essays) not in
// changed and their cheat sheets, the taxonomy and term pages, the list of
// cheat sheets and, unless cards is set, the list of essays (with its
// feed); false when the last build's folders in out cannot be named in a
// glob. Set cards when a changed essay's card on the list of essays shows
// its text (it has no summary of its own). Its pattern leaves out every
// page under /essays/ and /cheatsheets/ except those whose folder in the
// last build (out) is not an unchanged essay's: the changed essays and
// sheets, and the pages that are not an essay's (the fixed cheat sheets, a
// page written by hand).
func segmentConfig(out string, essays map[string][2]string, changed []string, cards bool) ([]byte, bool) {
	skipped := skippedSlugs(essays, changed)
	pattern := []string{"/{essays,cheatsheets}/**"}
	for _, section := range []string{"essays", "cheatsheets"} {
		entries, err := os.ReadDir(filepath.Join(out, section))
		if err != nil {
			return nil, false
		}
		for _, e := range entries {
			if !e.IsDir() || skipped[e.Name()] {
				continue
			}
			if !plainSlug.MatchString(e.Name() + ".md") {
				return nil, false
			}
			pattern = append(pattern, "! /"+section+"/"+e.Name())
		}
	}
	lists := "/cheatsheets"
	if !cards {
		lists = "{/essays,/cheatsheets}"
	}
	// Hugo reads the filters in order and stops at the first whose match
	// fails as a whole (a negated glob, or two fields, that do not match):
	// the plain filters come first, the one with negations last.
	var b bytes.Buffer
	b.WriteString("[segments." + rebuildSegment + "]\n")
	b.WriteString("[[segments." + rebuildSegment + ".includes]]\nkind = \"**\"\n")
	b.WriteString("[[segments." + rebuildSegment + ".excludes]]\nkind = \"{taxonomy,term}\"\n")
	fmt.Fprintf(&b, "[[segments.%s.excludes]]\npath = %q\n", rebuildSegment, lists)
	b.WriteString("[[segments." + rebuildSegment + ".excludes]]\npath = [")
	for i, p := range pattern {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q", p)
	}
	b.WriteString("]\n")
	return b.Bytes(), true
}

// cardsShowText reports whether the card of any of the named generated
// essays (in dir) on the list of essays shows the start of its text
// rather than its summary: an essay whose front matter has no summary, or
// one that cannot be read as the front-matter contract (frontmatter.Decode).
func cardsShowText(dir string, names []string) bool {
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return true
		}
		fm, _, err := frontmatter.Decode(name, b)
		if err != nil || strings.TrimSpace(fm.Summary) == "" {
			return true
		}
	}
	return false
}

// skippedSlugs returns the slugs of the generated essays (essays) not in
// changed: the pages a rebuild does not render.
func skippedSlugs(essays map[string][2]string, changed []string) map[string]bool {
	skipped := map[string]bool{}
	for name := range essays {
		skipped[strings.TrimSuffix(name, ".md")] = true
	}
	for _, name := range changed {
		delete(skipped, strings.TrimSuffix(name, ".md"))
	}
	return skipped
}

const rebuildSegment = "leadup-rebuild"

// errNoRebuild says a rebuild of part of the site is not possible; the
// build renders it whole instead.
var errNoRebuild = errors.New("the site cannot be rebuilt in part")

// rebuild makes in tmp (empty) the site the last build in opts.Out becomes
// once the essays named in changed (of all the generated essays, essays)
// are rendered again: the pages they touch are rendered, the rest of the
// last build is linked, and the search parts that changed are indexed.
func rebuild(ctx context.Context, opts Options, essays map[string][2]string, changed []string, tmp string) error {
	seg, err := os.MkdirTemp(filepath.Dir(opts.Out), "."+filepath.Base(opts.Out)+".building-segment-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(seg)
	segment, ok := segmentConfig(opts.Out, essays, changed, cardsShowText(filepath.Join(opts.Root, EssaysDir), changed))
	if !ok {
		return errNoRebuild
	}
	fmt.Fprintf(opts.Stderr, "leadup: only the text of %d essays changed since the last build: rendering the pages they touch\n", len(changed))
	cfg := filepath.Join(seg, "segment.toml")
	if err := os.WriteFile(cfg, segment, 0o644); err != nil {
		return err
	}
	render := filepath.Join(seg, "site")
	args := []string{"--destination", render, "--config", filepath.Join(opts.Root, "config.toml") + "," + cfg, "--renderSegments", rebuildSegment}
	if opts.BaseURL != "" {
		args = append(args, "--baseURL", opts.BaseURL)
	}
	if err := renderSite(ctx, opts, args...); err != nil {
		return err
	}
	// The last site, linked file by file.
	if err := linkTree(opts.Out, tmp); err != nil {
		return err
	}
	// The new renders replace their links; pages whose HTML changed are
	// noted for the search index.
	var changedPages []string
	rendered := map[string]bool{}
	err = filepath.WalkDir(render, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(render, path)
		rendered[filepath.ToSlash(rel)] = true
		dst := filepath.Join(tmp, rel)
		if strings.HasSuffix(rel, ".html") && !sameContent(path, dst) {
			changedPages = append(changedPages, filepath.ToSlash(rel))
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.Rename(path, dst) // replaces the link, not the file it shares
	})
	if err != nil {
		return err
	}
	if err := dropUnrendered(opts.Out, tmp, rendered); err != nil {
		return err
	}
	return reindexParts(ctx, opts, opts.Out, tmp, changedPages)
}

// linkTree recreates the files of src in dst (which exists) as hard links,
// or copies where the file system has none.
func linkTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		return linkFile(path, filepath.Join(dst, rel))
	})
}

// dropUnrendered removes from the new site in tmp the files of the last
// build in out that this render replaced under another name: a resource
// whose fingerprint changed with the edited text (the site's word list,
// search/words.<hash>.json), where the render made the same name with a
// new fingerprint. Every other file the render did not make is kept as the
// last build left it: a rebuild changes no page's address, so it belongs
// to a page the render skipped (an unchanged essay or cheat sheet and the
// QR code on it, a term page, a list's pager) or to the search index (see
// reindexParts).
func dropUnrendered(out, tmp string, rendered map[string]bool) error {
	renamed := map[string]bool{}
	for rel := range rendered {
		if base, ok := unfingerprinted(rel); ok {
			renamed[base] = true
		}
	}
	return filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		rel = filepath.ToSlash(rel)
		if base, ok := unfingerprinted(rel); !ok || rendered[rel] || !renamed[base] {
			return nil
		}
		return os.Remove(filepath.Join(tmp, filepath.FromSlash(rel)))
	})
}

// fingerprinted matches the hash Hugo's fingerprint puts before a
// resource's extension (words.<hex>.json).
var fingerprinted = regexp.MustCompile(`\.[0-9a-f]{16,}(\.[A-Za-z0-9]+)$`)

// unfingerprinted returns the path of a fingerprinted resource without its
// fingerprint, and false for any other path.
func unfingerprinted(rel string) (string, bool) {
	if !fingerprinted.MatchString(rel) {
		return "", false
	}
	return fingerprinted.ReplaceAllString(rel, "$1"), true
}

// reindexParts brings the search index in tmp (linked from the last build)
// up to date with the pages whose HTML changed (paths relative to tmp): a
// site indexed in one run is indexed again; a site indexed in parts has
// only the parts holding a changed page indexed again, the pages being
// dealt into the same parts as before. Any doubt (a page newly marked for
// the index or no longer marked, another number of parts) indexes the
// whole site again.
func reindexParts(ctx context.Context, opts Options, out, tmp string, changed []string) error {
	full := func() error {
		for _, dir := range []string{"pagefind", partsDir} {
			if err := os.RemoveAll(filepath.Join(tmp, dir)); err != nil {
				return err
			}
		}
		return RunPagefind(ctx, opts, tmp)
	}
	var marked []string
	for _, p := range changed {
		was := fileHas(filepath.Join(out, filepath.FromSlash(p)), bodyAttr)
		is := fileHas(filepath.Join(tmp, filepath.FromSlash(p)), bodyAttr)
		if was != is {
			return full()
		}
		if is {
			marked = append(marked, p)
		}
	}
	if len(marked) == 0 {
		return nil // no indexed page changed
	}
	limit, tier, err := searchLimits(opts)
	if err != nil {
		return err
	}
	p, err := searchPlan(tmp, limit, tier)
	if err != nil {
		return err
	}
	debug.FreeOSMemory() // as in RunPagefind
	parts := p.parts
	var m manifest
	b, err := os.ReadFile(filepath.Join(tmp, "pagefind", partsManifest))
	if err != nil || json.Unmarshal(b, &m) != nil || parts == nil || !slices.Equal(m.Parts, p.manifest().Parts) || !slices.Equal(m.Essays, p.manifest().Essays) {
		return full()
	}
	bin, err := pagefindBinary(ctx, opts)
	if err != nil {
		return err
	}
	for i, pages := range parts {
		if !slices.ContainsFunc(marked, func(p string) bool { return slices.Contains(pages, p) }) {
			continue
		}
		dir := partDir(tmp, i)
		// The links go; Pagefind writes new files, never through a link
		// into the published site.
		if err := os.RemoveAll(dir); err != nil {
			return err
		}
		if err := indexPart(ctx, opts, bin, tmp, pages, dir); err != nil {
			return fmt.Errorf("pagefind failed (%v) while indexing part %d of %d (%d pages) of %s", err, i+1, len(parts), len(pages), tmp)
		}
		if i == 0 {
			if err := atomicfile.Write(filepath.Join(dir, partsManifest), b, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// fileHas reports whether the file holds s.
func fileHas(path, s string) bool {
	b, err := os.ReadFile(path)
	return err == nil && bytes.Contains(b, []byte(s))
}

// sameContent reports whether files a and b hold the same bytes.
func sameContent(a, b string) bool {
	x, err := os.ReadFile(a)
	if err != nil {
		return false
	}
	y, err := os.ReadFile(b)
	if err != nil {
		return false
	}
	return bytes.Equal(x, y)
}
