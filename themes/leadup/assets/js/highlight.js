// highlight.js: marks the words a reader searched for on the page a search
// result opened. Search results add them to the link as ?highlight=word;
// only then is Pagefind's highlighter (self-hosted in /pagefind/) loaded. It
// marks text inside the indexed part of the page with <mark class="search-hl">,
// styled by the site's CSS (no inline styles, so the CSP holds).
const words = new URLSearchParams(window.location.search).getAll("highlight");
if (words.length) {
  import(new URL("../pagefind/pagefind-highlight.js", import.meta.url).href).then(({ default: PagefindHighlight }) => {
    new PagefindHighlight({
      highlightParam: "highlight",
      addStyles: false,
      markOptions: { className: "search-hl", element: "mark", exclude: ["[data-pagefind-ignore]", "[data-pagefind-ignore] *"] },
    });
  }).catch(() => {
    // No index was built: the page reads the same without marks.
  });
}
