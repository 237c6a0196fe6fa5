// search.js: a small, accessible search UI on Pagefind's JavaScript API.
//
// The form works without JavaScript as a plain GET to this page; with it, the
// query in ?q= is filled in and run, results update as you type, the count is
// announced through a polite live region, and each result is an ordinary link.
const form = document.querySelector("[data-search-form]");
const input = form && form.querySelector("input[name=q]");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");
const nojs = document.querySelector("[data-search-nojs]");
const PAGE = 20;
const more = document.querySelector("[data-search-more]");

let pagefind = null;
let current = { query: "", results: [], shown: 0 };

async function load() {
  try {
    pagefind = await import(form.dataset.pagefind);
    await pagefind.options({ excerptLength: 24 });
    pagefind.init();
    return true;
  } catch (err) {
    say("The search index is missing. Build the site with Pagefind (go run ./tools/leadup build) to enable search.");
    return false;
  }
}

function say(text) {
  status.textContent = text;
}

// excerpt copies Pagefind's excerpt into el, keeping only text and <mark>.
function excerpt(el, html) {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
  for (const node of doc.body.firstChild.childNodes) {
    if (node.nodeName === "MARK") {
      const m = document.createElement("mark");
      m.textContent = node.textContent;
      el.append(m);
    } else {
      el.append(document.createTextNode(node.textContent));
    }
  }
}

// item builds one result: a heading with a link, then the excerpt.
function item(data) {
  const li = document.createElement("li");
  const a = document.createElement("a");
  a.href = data.url;
  a.textContent = (data.meta && data.meta.title) || data.url;
  const h = document.createElement("h2");
  h.append(a);
  const p = document.createElement("p");
  excerpt(p, data.excerpt || "");
  li.append(h);
  if (data.meta && data.meta.kind) {
    const kind = document.createElement("p");
    kind.className = "result-kind";
    kind.textContent = data.meta.kind;
    li.append(kind);
  }
  li.append(p);
  return li;
}

// showMore loads the next page of results and appends them; when it was
// asked for by the button, focus moves to the first new result.
async function showMore(focus) {
  const { query, results, shown } = current;
  const next = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
  if (current.query !== query) return; // a newer query replaced this one
  const items = next.map(item);
  list.append(...items);
  current.shown = shown + items.length;
  list.hidden = current.shown === 0;
  if (more) more.hidden = current.shown >= results.length;
  const total = results.length;
  if (total === 0) say(`No results for “${query}”. Try fewer or different words.`);
  else if (total > current.shown) say(`${total} results for “${query}”; showing the first ${current.shown}.`);
  else say(`${total} ${total === 1 ? "result" : "results"} for “${query}”.`);
  if (focus && items.length) items[0].querySelector("a").focus();
}

async function run(query) {
  query = query.trim();
  const url = new URL(window.location.href);
  if (query) url.searchParams.set("q", query);
  else url.searchParams.delete("q");
  history.replaceState(null, "", url);
  list.replaceChildren();
  if (more) more.hidden = true;
  if (!query) {
    current = { query: "", results: [], shown: 0 };
    list.hidden = true;
    say("");
    return;
  }
  const search = await pagefind.debouncedSearch(query, {}, 250);
  if (search === null) return; // a newer query replaced this one
  current = { query, results: search.results, shown: 0 };
  list.replaceChildren();
  await showMore(false);
}

if (form && input && status && list) {
  if (nojs) nojs.hidden = true;
  const initial = new URLSearchParams(window.location.search).get("q") || "";
  // Someone may have started typing before this script ran: keep their words.
  if (!input.value) input.value = initial;
  const header = document.getElementById("site-search-q");
  if (header) header.value = initial;
  load().then((ok) => {
    if (!ok) return;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      run(input.value);
    });
    input.addEventListener("input", () => run(input.value));
    if (more) more.addEventListener("click", () => showMore(true));
    // Run what is in the box now: the ?q= query, or whatever was typed
    // while the index was loading.
    if (input.value.trim()) run(input.value);
  });
}
