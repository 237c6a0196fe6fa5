// run.mjs: Lighthouse scores of the built site, as a script (not a test):
// performance, accessibility, best practices and SEO for the home page, an
// essay, a term page, search (empty and with a query) and a cheat sheet, on
// mobile and desktop.
//
//   go run ./tools/leadup build          # builds public/
//   node tools/lighthouse/run.mjs [-site public] [-out lighthouse]
//
// It serves the site on 127.0.0.1 the way a static host does (gzip for
// text, long caching for fingerprinted files), runs Lighthouse (npm
// lighthouse, pinned in package-lock.json) in Debian's chromium
// (CHROME_PATH, default /usr/bin/chromium) and prints a Markdown table. The
// full reports go to OUT/<page>-<form factor>.json and the table to
// OUT/scores.md. Exit status 1 if a page could not be scored.
import { createServer } from "node:http";
import { readFile, stat, mkdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join, extname, resolve, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import * as chromeLauncher from "chrome-launcher";

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf("-" + name);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
};
const site = resolve(opt("site", "public"));
const out = resolve(opt("out", "lighthouse"));
const chromePath = process.env.CHROME_PATH || "/usr/bin/chromium";

if (!existsSync(join(site, "index.html"))) {
  console.error(`lighthouse: ${site} holds no built site: run go run ./tools/leadup build first`);
  process.exit(2);
}

const types = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".json": "application/json", ".xml": "application/xml", ".svg": "image/svg+xml", ".png": "image/png",
  ".webmanifest": "application/manifest+json", ".wasm": "application/wasm", ".txt": "text/plain; charset=utf-8",
};
const compressible = new Set([".html", ".css", ".js", ".json", ".xml", ".svg", ".webmanifest", ".txt"]);

// serve answers like a static host: index.html for folders, 404.html for
// what is missing, gzip for text, immutable caching for fingerprinted files.
async function serve(req, res) {
  const url = new URL(req.url, "http://localhost");
  let path = normalize(decodeURIComponent(url.pathname));
  let file = join(site, path);
  if (!file.startsWith(site)) {
    res.writeHead(400).end();
    return;
  }
  let status = 200;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    await stat(file);
  } catch {
    file = join(site, "404.html");
    status = 404;
  }
  let body = await readFile(file);
  const ext = extname(file);
  const headers = { "Content-Type": types[ext] || "application/octet-stream" };
  headers["Cache-Control"] = /\.[0-9a-f]{32,}\./.test(file) || file.includes("/pagefind/") ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate";
  if (compressible.has(ext) && /\bgzip\b/.test(req.headers["accept-encoding"] || "")) {
    body = gzipSync(body);
    headers["Content-Encoding"] = "gzip";
  }
  headers["Content-Length"] = body.length;
  res.writeHead(status, headers).end(body);
}

// firstPage returns the URL path of the first folder under dir (sorted) that holds an index.html.
async function firstPage(dir, skip = []) {
  const { readdir } = await import("node:fs/promises");
  const names = (await readdir(join(site, dir))).sort();
  for (const n of names) {
    if (!skip.includes(n) && n !== "page" && existsSync(join(site, dir, n, "index.html"))) return `/${dir}/${n}/`;
  }
  return null;
}

const pages = [
  ["home", "/"],
  ["essay", await firstPage("essays")],
  ["term", await firstPage("steps")],
  ["search", "/search/"],
  // With a query the page loads Pagefind and shows results at once: the
  // layout must not shift and the main thread must stay free as they arrive.
  ["search-query", "/search/?q=my%20boss%20micromanages%20me"],
  ["cheat sheet", await firstPage("cheatsheets", ["why-lead-up", "how-to-lead-up", "pitfalls-to-avoid", "leading-up-on-one-page", "self-assessment"])],
].filter(([, p]) => p);

const server = createServer((req, res) => serve(req, res).catch(err => res.writeHead(500).end(String(err))));
await new Promise(r => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}`;
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
await mkdir(out, { recursive: true });

const cats = ["performance", "accessibility", "best-practices", "seo"];
const rows = [];
let failed = false;
try {
  for (const [name, path] of pages) {
    for (const form of ["mobile", "desktop"]) {
      const flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: cats };
      const result = await lighthouse(base + path, flags, form === "desktop" ? desktopConfig : undefined);
      const lhr = result?.lhr;
      if (!lhr || lhr.runtimeError) {
        console.error(`lighthouse: ${path} (${form}): ${lhr?.runtimeError?.message || "no result"}`);
        failed = true;
        continue;
      }
      await writeFile(join(out, `${name.replace(/\s+/g, "-")}-${form}.json`), result.report);
      const scores = cats.map(c => Math.round((lhr.categories[c]?.score ?? 0) * 100));
      const below = [];
      for (const c of cats) {
        for (const ref of lhr.categories[c].auditRefs) {
          const a = lhr.audits[ref.id];
          if (ref.weight > 0 && a.score !== null && a.score < 1) below.push(`${ref.id} ${Math.round(a.score * 100)}`);
        }
      }
      rows.push({ name, path, form, scores, below });
      console.error(`${name} (${form}): ${scores.join(" / ")}`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}

const table = ["| Page | Form factor | Performance | Accessibility | Best practices | SEO | Audits below 100 |", "|---|---|---|---|---|---|---|"];
for (const r of rows) table.push(`| ${r.name} (\`${r.path}\`) | ${r.form} | ${r.scores.join(" | ")} | ${r.below.join(", ") || "none"} |`);
const md = table.join("\n") + "\n";
await writeFile(join(out, "scores.md"), md);
process.stdout.write(md);
process.exit(failed ? 1 : 0);
