// search.js: the site search, on Pagefind's JavaScript API, with query
// understanding in the page.
//
// Readers type situations ("my boss takes credit for my work"), not titles.
// Pagefind alone needs every word on the page, so this script:
//   1. drops filler words (STOP) but keeps phrases ("managing up" is one
//      term, searched as a phrase), and folds US/UK spellings (variants);
//   2. looks each remaining word up on its own; for a word the site never
//      uses, it offers the nearest word the site does use ("manger" →
//      "manager", "cheatsheet" → "cheat sheet", from the build's word list)
//      when it makes sense with the rest of the question (see coherent),
//      and drops a word nothing is near ("apologizing to my manager for a
//      mistake" is still answered from "manager" and "mistake");
//   3. merges the words' results, weighting rare words above common ones and
//      pages that match more of the question above pages that match less;
//   4. says plainly when nothing on the site is about the question (the
//      first results match too little of it, weighted by rarity and by
//      whether the question's words are the pages' topics: see confidence;
//      or it names a subject the site leaves to others, such as pay, leave
//      or employment law, that none of them is about: see offTopic),
//      instead of offering weak matches as answers.
// After the index has answered, the steps run on fetched data and pause
// between them (breathe), so that no step keeps the page busy for long.
// Filters (page type; Why / How / Avoid) narrow the merged results, show
// counts, and live in the URL (?q=…&type=…&part=…) so they survive reload.
//
// Contract kept for outside tooling: /search/?q=QUERY runs the query; once
// results are in, [data-search-status] says "N results for …" or that there
// are none, and each result is an item of [data-search-results] whose first
// link is the result's page.
//
// The Pagefind runtime is loaded only when needed: at once when the URL has a
// query, otherwise on first focus or keystroke in the search box. Result
// fragments are fetched a page of results at a time, as they are shown.
// A site with thousands of essays is searched in two tiers: its other pages
// first, its essays when a query needs them (see widen).

const form = document.querySelector("[data-search-form]");
const input = form && form.querySelector("input[name=q]");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");
const nojs = document.querySelector("[data-search-nojs]");
const more = document.querySelector("[data-search-more]");
const essaysButton = document.querySelector("[data-search-essays]");
const suggest = document.querySelector("[data-search-suggest]");
const filterBox = document.querySelector("[data-search-filters]");
const out = document.querySelector("[data-search-out]");
const PAGE = 10;
const BATCH = 4; // result fragments fetched at once
// S holds the interface strings, translated by the template (i18n search_*).
const S = (form && JSON.parse(form.dataset.strings || "{}")) || {};

// fill puts values into a string's {name} slots.
function fill(text, values) {
  return (text || "").replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));
}

// quoted joins words as “a”, “b”.
function quoted(words) {
  return words.map((w) => `“${w}”`).join(", ");
}

// STOP holds filler words: pronouns, question words, auxiliaries and the
// small words of everyday phrasing. They carry no topic, and Pagefind would
// demand them on the page (and prefix-match them: "me" finds "means").
// Currency words are filler too: the pages write amounts with a symbol
// ("$25 billion"), which is no word. "worth", "pros" and "cons" ask why, like "why" itself: they only raise the
// reasons (see TYPE_HINTS), as a page that says "worth" is no answer.
const STOP = new Set(`a about above after again against all also always am an and any are
aren arent as at be because been before being below between both but by can cannot cant
could couldnt did didnt do does doesnt doing done dont down during each even ever every
few for from further get gets getting got had hadnt has hasnt have havent having he hed
hell her here hers herself hes him himself his how i id if ill im in into is isnt it its
itself ive just keep keeps kind know let lets like lot lots me might more most much must
my myself need needs no nor not now of off often on once one only or other our ours
ourselves out over own please quite rather really same say says she shed shell shes should
shouldnt so some something still such than that thats the their theirs them themselves then
there theres these they theyd theyll theyre theyve thing things this those though through
to too under until up upon us very want was everything anything nothing everyone anyone someone actually wasnt way we wed well were werent weve what
whats when where which while who whom whos why will with without wont would wouldnt yet
you youd youll your youre yours yourself yourselves youve
ok okay worth worthwhile pros cons vs versus etc via
dollar dollars bucks euro euros`.split(/\s+/));

// GENERIC words are on nearly every page of a site about leading up; they
// never decide whether the site covers a question.
const GENERIC = new Set(`boss bosses manager managers management managing manage lead leader
leaders leading leadership work working job team company people help helping person
colleague colleagues coworker coworkers supervisor supervisors employee employees staff
office workplace time day days new good bad better best report reports reporting`.split(/\s+/));

// SPELLING lists US/UK spelling patterns, both ways; each word is also
// searched in its other spellings ("organization" finds "organisation").
const SPELLING = [
  [/iz(e|es|ed|ing|ation|ations|er|ers)$/, "is$1"], [/is(e|es|ed|ing|ation|ations|er|ers)$/, "iz$1"],
  [/yz(e|es|ed|ing)$/, "ys$1"], [/ys(e|es|ed|ing)$/, "yz$1"],
  [/([^aeiou])or(s|ed|ing|able|ite|ites)?$/, "$1our$2"], [/our(s|ed|ing|able|ite|ites)?$/, "or$1"],
  [/([aeiou])l(ed|ing|er|ers)$/, "$1ll$2"], [/([aeiou])ll(ed|ing|er|ers)$/, "$1l$2"],
  [/ense$/, "ence"], [/ence$/, "ense"], [/([^aeiou])er$/, "$1re"], [/([^aeiou])re$/, "$1er"],
  [/og$/, "ogue"], [/ogue$/, "og"], [/dgment/, "dgement"], [/dgement/, "dgment"],
  [/^(.{3,})iz(?=a)/, "$1is"], [/^(.{3,})is(?=ation)/, "$1iz"],
  // Derived forms the stemmer keeps apart: "printable" also finds "print".
  [/^(.{4,})(able|ible)$/, "$1"],
];

// FAMILIES groups irregular word forms that a stemmer cannot join; a word
// is also searched as the other forms of its family ("saying" finds "said").
const FAMILIES = `say says saying said|take takes taking took taken|give gives giving gave given
tell tells telling told|think thinks thinking thought|make makes making made|feel feels feeling felt
keep keeps keeping kept|bring brings bringing brought|buy buys buying bought|go goes going went gone
see sees seeing saw seen|speak speaks speaking spoke spoken|steal steals stealing stole stolen
fight fights fighting fought|teach teaches teaching taught|lose loses losing lost|leave leaves leaving left
meet meets meeting met|hear hears hearing heard|send sends sending sent|spend spends spending spent
pay pays paying paid|win wins winning won|begin begins beginning began begun|write writes writing wrote written
know knows knowing knew known|get gets getting got gotten|come comes coming came|do does doing did done
run runs running ran|fall falls falling fell fallen|hide hides hiding hid hidden|forget forgets forgetting forgot forgotten
choose chooses choosing chose chosen|grow grows growing grew grown|throw throws throwing threw thrown
break breaks breaking broke broken|catch catches catching caught|seek seeks seeking sought|lead leads leading led
man men|woman women|person people`.split(/[|\n]/).map((f) => f.trim().split(/\s+/));
const FAMILY = new Map();
for (const f of FAMILIES) for (const w of f) FAMILY.set(w, f);

// TYPE_HINTS: words that ask for a kind of page ("essay", "cheat sheet",
// "pitfalls") raise the pages of that kind. Cheat sheets repeat their
// essay's words, so without such a word they rank below the essay.
const TYPE_HINTS = [
  [/^(essays?|article|articles|read|reading|author|authors|wrote|written|writer|source|sources|original)$/, "type", "Essay"],
  [/^(cheat|cheatsheets?|sheets?|print|printable|printing|printout|handouts?|pdf|summary|summaries)$/, "type", "Cheat sheet"],
  [/^(workshops?|exercises?|exercise|facilitators?|facilitate|session|sessions|training|discussion|questions|activity|activities)$/, "type", "Workshop"],
  [/^(pitfalls?|mistakes?|avoid|errors?|traps?)$/, "part", "Avoid"],
  [/^(steps?|tips?|advice)$/, "part", "How"],
  [/^(reasons?|why|benefits?|worth|worthwhile|pros|cons|advantages?|payoff)$/, "part", "Why"],
];
// OWNER words make the next word the reader's (or someone's) own thing:
// "my questions" and "my training request" are no request for the
// workshop's questions or its training session, so a word after one hints
// at no kind of page ("type"); a part (Why, How, Avoid) still is hinted:
// "my mistakes" are answered by pitfalls.
const OWNER = /^(my|his|her|their)$/;
const HINT_BOOST = 1.6;
const KIND_SHARE = 0.5;

// KINDS are the words that name a kind of page of the pack itself, and
// nothing else in a question to this site ("questions" or "mistakes" may
// be the reader's own, so they only raise a kind: see TYPE_HINTS).
const KINDS = [
  [/^(essays?|articles?)$/, "Essay"],
  [/^(cheat|cheatsheets?|sheets?|printable|printout|handouts?|pdf)$/, "Cheat sheet"],
  [/^(workshops?|exercises?|facilitators?|facilitate)$/, "Workshop"],
];

// kindsAsked returns the sets of pages of the kinds a word names (KINDS).
function kindsAsked(w) {
  const out = [];
  for (const [re, value] of KINDS) {
    const ids = re.test(w) && membership && membership.type && membership.type.get(value);
    if (ids) out.push(ids);
  }
  return out;
}
const INTRO_BOOST = 2.5;
const WINDOW_WEIGHT = 1.0;
const SHEET_PENALTY = 0.5;

// FILTERS are the Pagefind filters offered on the page, their values in
// display order; names come from S (type_essay, part_avoid…).
const FILTERS = [["type", ["Essay", "Term", "Cheat sheet", "Workshop", "Page"]], ["part", ["Why", "How", "Avoid"]]];

let pagefind = null;
let loading = null;
// OPTIONS are Pagefind's options, given to every part of the index
// (mergeIndex does not inherit them).
const OPTIONS = {
  excerptLength: 28,
  // Short pages about the query beat long pages that mention it:
  // length counts fully, repeats saturate early.
  ranking: { pageLength: 1.0, termFrequency: 1.0, termSaturation: 1.0, termSimilarity: 2.0 },
};
// essayParts are the parts of the index's second tier (a large site's
// essays), merged by widen; wide says whether every part is searched.
let essayParts = [];
let wide = true;
let words = null; // the site's words fetched so far (see loadWords), for "Did you mean"
let membership = null; // filter key -> value -> Set of page ids
let totalPages = 1;
let seq = 0;
let current = { query: "", ranked: [], shown: 0, highlight: [] };
const hitCache = new Map();

// tokens splits a query into lower-case words, without apostrophes. A
// short text's words are remembered (tokenized): each step of a search
// reads the question's words again.
const tokenized = new Map();
function tokens(q) {
  if (q.length > 200) return tokensOf(q);
  let t = tokenized.get(q);
  if (!t) {
    t = tokensOf(q);
    tokenized.set(q, t);
  }
  return t;
}
function tokensOf(q) {
  return q.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
    .replace(/\b(1\s*[:\-]\s*1|1on1|one[\s-]+(on|to)[\s-]+one)(s?)\b/g, " one-to-one$3 ")
    .replace(/[’‘]/g, "'").replace(/\b(what|it|that|there|who|where|how|he|she|here)'s\b/g, "$1 is").replace(/'s\b/g, "").replace(/n't\b/g, "nt").replace(/'/g, "")
    .split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

// PHRASE_VERBS and PHRASE_UP make a phrase of "leading up", "manage
// upward" and the like: "up" is a filler word anywhere else, and the site is
// about exactly this phrase.
const PHRASE_VERBS = /^(lead|leads|leading|led|manage|manages|managing|managed)$/;
const PHRASE_UP = /^(up|upward|upwards)$/;
// "managing my boss" and "manage your manager" are the same subject, put the
// way readers put it: they are read as "managing up" (the verb kept).
const MANAGE_VERBS = /^(manage|manages|managing|managed)$/;
const WHOSE = /^(my|your|our|the|a|one|ones)$/;
const THE_BOSS = /^(boss|bosses|manager|managers|supervisor|supervisors)$/;

// contentWords drops filler words and keeps phrases whole; a query of filler
// alone is kept whole. AUTHOR words only ask for an essay's credit (see
// TYPE_HINTS): "who wrote leading upwards" is "leading upwards".
function contentWords(q) {
  return [...new Set(reading(q).filter((x) => x.content).map((x) => x.word))];
}

// reading splits a query into its words in order, each marked content or
// filler, with "leading up" phrases as one word. When every word is filler,
// every word counts as content.
function reading(q) {
  const all = tokens(q);
  const out = [];
  for (let i = 0; i < all.length; i++) {
    const w = all[i];
    const verb = i + 1 < all.length && PHRASE_UP.test(all[i + 1]) ? phraseVerb(w) : "";
    if (verb) {
      out.push({ word: `${verb} ${all[i + 1]}`, content: true, from: verb !== w ? w : "" });
      i++;
    } else if (MANAGE_VERBS.test(w) && i + 2 < all.length && WHOSE.test(all[i + 1]) && THE_BOSS.test(all[i + 2])) {
      out.push({ word: `${w} up`, content: true });
      i += 2;
    } else {
      out.push({ word: w, content: !STOP.has(w) && !AUTHOR.test(w) && !DEFINE.test(w) && (w.length > 1 || /\d/.test(w)) });
    }
  }
  if (!out.some((x) => x.content)) for (const x of out) x.content = !AUTHOR.test(x.word);
  return out;
}

// phraseVerb returns the verb of a "leading up" phrase that w is, or is a
// slip of ("manageing up", "leadng up": one letter off a long form, first
// letter right, and not a name for the person up the line), or "".
const PHRASE_FORMS = ["leading", "managing", "manages", "managed", "manage"];
function phraseVerb(w) {
  if (PHRASE_VERBS.test(w)) return w;
  // "manager" is a word, not a slip of "managed": "what keeps my manager
  // up at night" is about the manager.
  if (w.length < 6 || THE_BOSS.test(w) || ANCHOR.has(w)) return "";
  return PHRASE_FORMS.find((v) => v[0] === w[0] && distance(w, v) === 1) || "";
}

// AUTHOR words ask who wrote an essay; they are not searched for.
const AUTHOR = /^(author|authors|wrote|writer|written)$/;

// DEFINE words ask what the subject is ("what does managing upward mean",
// "leading up definition"): like filler they are not searched (a page that
// says "means" is no answer), and a question of them and the subject alone
// is answered by the pages that introduce it (see INTRO_BOOST).
const DEFINE = /^(mean|means|meant|meaning|definition|definitions|define|defined|defining|explain|explained|explanation)$/;

// windows returns the stretches of the question between two neighbouring
// words that are searched (with at most two filler words between them), as
// the site would write them: a page that has "never has time" or "more
// resources" word for word ranks above one that has the words apart. Words
// that were corrected are read as corrected; dropped words break a window.
function windows(query, u) {
  const fix = new Map(u.corrected);
  const searched = new Set(u.terms.map((t) => t.word));
  const seq = reading(query).map((x) => ({ ...x, word: fix.get(x.word) || x.word }));
  // A question of filler words alone ("what's in it for me") is one window.
  if (seq.every((x) => STOP.has(x.word) || AUTHOR.test(x.word))) return seq.length > 1 ? [{ phrase: seq.map((x) => x.word).join(" "), a: "", b: "" }] : [];
  const out = [];
  for (let i = 0; i < seq.length; i++) {
    if (!seq[i].content || !searched.has(seq[i].word)) continue;
    for (let j = i + 1; j < seq.length && j <= i + 3; j++) {
      if (!seq[j].content) continue;
      if (searched.has(seq[j].word)) out.push({ phrase: seq.slice(i, j + 1).map((x) => x.word).join(" "), a: seq[i].word, b: seq[j].word });
      break;
    }
  }
  return out;
}

// phraseVariants returns the forms of a "leading up" phrase the site may use:
// readers say "managing up" for what the pages call "leading up".
function phraseVariants(p) {
  const out = new Set();
  for (const v of ["lead", "leading", "manage", "managing"]) for (const u of ["up", "upward", "upwards"]) out.add(`${v} ${u}`);
  out.delete(p);
  return [p, ...out];
}

// NUMBERS joins a number's digits and its word: "leading up in 10 minutes"
// finds "ten minutes".
const NUMBERS = new Map(`2 two|3 three|4 four|5 five|6 six|7 seven|8 eight|9 nine|10 ten|11 eleven|12 twelve|15 fifteen|20 twenty|30 thirty|60 sixty|90 ninety|100 hundred`
  .split("|").flatMap((pair) => { const [d, word] = pair.split(" "); return [[d, word], [word, d]]; }));

// variants returns a word's other spellings and forms.
function variants(w) {
  const out = new Set(FAMILY.get(w) || []);
  if (NUMBERS.has(w)) out.add(NUMBERS.get(w));
  for (const [re, to] of SPELLING) if (re.test(w)) out.add(w.replace(re, to));
  out.delete(w);
  return [...out];
}

// UNITS are the words that count a number of something ("10 years", "two
// weeks", "5 minutes"). measured returns the unit words of a query that
// come right after a number: such a word says how much, like the number, and
// no more names the situation than the number does ("boss is 10 years
// younger than me" is about a younger boss, and no page's topic is "years").
// Like numbers, they rank pages but do not decide the confidence or the
// topics (see byTopic and confidence).
const UNITS = /^(years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|times?|percent)$/;
function measured(query) {
  const toks = tokens(query);
  return new Set(toks.filter((w, i) => i > 0 && UNITS.test(w) && (/^\d+$/.test(toks[i - 1]) || NUMBERS.has(toks[i - 1]))));
}

// distance is the Damerau-Levenshtein (optimal string alignment) distance.
// It keeps three rows, reused from call to call: a correction compares a
// word with thousands of the site's words, and a fresh table for each
// comparison kept the page busy (a long task on a slow phone).
let rows = [new Int32Array(0), new Int32Array(0), new Int32Array(0)];
function distance(a, b) {
  const n = b.length;
  if (rows[0].length < n + 1) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [back, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, back[j - 2] + 1);
      cur[j] = d;
    }
    [back, prev, cur] = [prev, cur, back];
  }
  return prev[n];
}

// byInitial returns the site's words that start with the letter c: the
// corrections only look there (typists rarely miss the first letter). The
// table is built once, when the words arrive.
let initials = null;
function byInitial(c) {
  if (!initials) initials = groupByInitial(words || [], 1);
  return initials.get(c) || [];
}

// groupByInitial returns the words of list that have min letters or more,
// grouped by their first letter (a Map from letter to words). The
// corrections and the slips (see slipFrom) look only among the words of a
// typed word's first letter.
function groupByInitial(list, min) {
  const out = new Map();
  for (const w of list) {
    if (w.length < min) continue;
    if (!out.has(w[0])) out.set(w[0], []);
    out.get(w[0]).push(w);
  }
  return out;
}

// slipCandidate reports whether a typed word t of min letters or more may
// be a slip in a word of a table (see fillerSlips and readerSlips): it is
// not a filler word, has no digit, and no page has it, nor a word that
// starts with its stem ("skill" is not a slip on a site that says
// "skills").
function slipCandidate(t, min) {
  return t.length >= min && !STOP.has(t) && !/\d/.test(t) && !has(words, t) && !has(words, stem(t), true);
}

// slipFrom returns the words of group (see groupByInitial) that are one
// slip from t (a letter wrong, missing, extra or two swapped) and start
// with its first letter, in the group's order.
function slipFrom(t, group) {
  return (group.get(t[0]) || []).filter((w) => Math.abs(w.length - t.length) <= 1 && distance(t, w) <= 1);
}

// breathe lets the browser paint and answer the reader between the steps
// of a search: the steps after the index has answered run on data already
// fetched, and without a pause they would run as one long task, during which
// a tap or a keystroke waits.
function breathe() {
  if (globalThis.scheduler && typeof globalThis.scheduler.yield === "function") return globalThis.scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function say(text) {
  status.textContent = text;
}

async function load() {
  if (!loading) {
    loading = (async () => {
      try {
        const listed = indexParts();
        pagefind = await import(form.dataset.pagefind);
        // Pagefind's web worker stays: its option noWorker saves the
        // worker's 12 KB on the first query, but on this page Lighthouse's
        // largest contentful paint for search with a query was later in
        // four paired runs of four (BENCHMARKS.md, tenth session).
        await pagefind.options(OPTIONS);
        pagefind.init();
        // A large site's index is built in parts (the build's RunPagefind,
        // tools/internal/site/pagefind.go): each other part of the first
        // tier is merged into this one, so that every search covers them
        // all; the essays' parts wait for widen.
        const { parts, essays } = await listed;
        await Promise.all(parts.map((url) => pagefind.mergeIndex(url, OPTIONS)));
        essayParts = essays;
        wide = essays.length === 0;
        await loadFilters();
        return true;
      } catch (err) {
        say(S.no_index || "The search index is missing.");
        return false;
      }
    })();
  }
  return loading;
}

// indexParts returns the paths of the search index's other parts, read from
// parts.json beside pagefind.js, which the build always writes (an empty
// list for a site indexed in one part): parts, searched always, and essays,
// the second tier of a site with thousands of essays. Without the file, the
// one index is used.
async function indexParts() {
  const list = new URL("parts.json", new URL(form.dataset.pagefind, location.href));
  const paths = (l) => (l || []).map((p) => new URL(p, list).pathname);
  try {
    const r = await fetch(list);
    if (!r.ok) return { parts: [], essays: [] };
    const { parts, essays } = await r.json();
    return { parts: paths(parts), essays: paths(essays) };
  } catch (err) {
    return { parts: [], essays: [] };
  }
}

// widen merges the second tier of a large site's index, its essays, into
// the search, once, and forgets what was learned from the first tier alone
// (each word's pages, the filters' pages and the number of pages, which
// weighs the words). A site with thousands of essays is searched in two
// tiers because Pagefind sends, before it answers, its metadata for every
// page it holds and, for a word, an entry for every page that uses it:
// searching 10,000 essays fetched 410 KB for one word. The first tier (the
// terms, whose pages say what the essays say about each of them, the cheat
// sheets, guides and lists) answers most questions in about a third of
// that (BENCHMARKS.md). The essays are searched too when a query needs them:
// a word of the question only essays use, no answer or too weak a one in
// the first tier, the essay filter, or the reader asks (essaysButton).
let widening = null;
function widen() {
  if (!widening) {
    widening = (async () => {
      await Promise.all(essayParts.map((url) => pagefind.mergeIndex(url, OPTIONS)));
      hitCache.clear();
      await loadFilters();
      wide = true;
    })();
    // A part that failed to load is asked for again by the next search.
    widening.catch(() => {
      widening = null;
    });
  }
  return widening;
}

// wantsEssays reports whether a search of the first tier alone falls short
// (see widen): u is the question understood, ranked its results, conf
// their confidence.
function wantsEssays(u, ranked, conf) {
  return !wide && (u.missed.length > 0 || ranked.length === 0 || conf < COVERED || selected().type === "essay");
}

// loadFilters learns which pages carry each filter value, so the merged
// results can be counted and narrowed without another search.
async function loadFilters() {
  const all = await pagefind.filters();
  membership = {};
  for (const [key] of FILTERS) {
    membership[key] = new Map();
    for (const value of Object.keys(all[key] || {})) {
      const r = await pagefind.search(null, { filters: { [key]: value } });
      membership[key].set(value, new Set(r.results.map((x) => x.id)));
      // A page can be a result without any word of the question in it (a
      // cheat sheet for "printable": see KINDS), so every page's result is
      // kept, to fetch its fragment when shown.
      for (const x of r.results) if (!results.has(x.id)) results.set(x.id, x);
    }
  }
  totalPages = Math.max(1, [...membership.type.values()].reduce((n, s) => n + s.size, 0));
  // "intro" is not offered as a filter: it marks the pages that introduce
  // the subject (see search/meta.html).
  membership.intro = new Map();
  for (const value of Object.keys(all.intro || {})) {
    const r = await pagefind.search(null, { filters: { intro: value } });
    membership.intro.set(value, new Set(r.results.map((x) => x.id)));
  }
}

// hits returns page id -> Pagefind score for one word in any of its
// spellings, and remembers each page's result (to fetch it when shown).
const results = new Map();
async function hits(word, exact) {
  const key = exact ? `"${word}"` : word;
  if (hitCache.has(key)) return hitCache.get(key);
  const found = new Map();
  const phrase = word.includes(" ");
  const forms = exact ? [word] : !phrase ? [word, ...variants(word)] : PHRASE_VERBS.test(word.split(" ")[0]) ? phraseVariants(word) : [word];
  await loadWords(forms.join(" "));
  // A word whose other spelling is on the site is searched as typed too,
  // though no word of the site starts like it: Pagefind's stemmer joins
  // "prioritizing" to the pages' "priorities", which "prioritising" alone
  // does not reach.
  const spelt = !phrase && !exact && forms.slice(1).some((v) => known(v) && words && words.length && has(words, stem(v), true));
  for (const w of forms) {
    if (!phrase && !known(w) && !(w === word && spelt)) continue;
    // Another spelling is searched only when some word of the site starts
    // with its stem: Pagefind matches a word it does not hold to near ones
    // ("youngre", the other spelling of "younger", found 70 pages by
    // "you"), which would make every page a match.
    if (!phrase && w !== word && words && words.length && !has(words, w) && !has(words, stem(w), true)) continue;
    // Pagefind matches a quoted phrase exactly, its words side by side.
    const r = await pagefind.search(phrase ? `"${w}"` : w);
    // Another form of a phrase counts a little less than the reader's own.
    const f = phrase && w !== word ? 0.8 : 1;
    for (const x of r.results) {
      found.set(x.id, Math.max(found.get(x.id) || 0, x.score * f));
      results.set(x.id, x);
    }
  }
  hitCache.set(key, found);
  return found;
}

// loadWords makes words hold the site's words (sorted) that start with the
// first letter of a word of text (every word of the site without text),
// and returns them. The list is split by first letter (search/words.html:
// form.dataset.words, with "{initial}" for a letter's UTF-8 bytes in hex,
// and the letters it has, form.dataset.wordInitials), and each letter's
// part is fetched once, when a question first needs it: every use of the
// list looks up a word of the question, or words that start with its first
// letter (the corrections, see byInitial), so the parts fetched hold every
// word a search consults, at a fraction of the whole list's bytes. A
// part that fails to load empties the list, which then knows every word.
const wordParts = new Map(); // initial -> promise of its words (null: failed)
let wordsFrom = 0; // parts merged into words
async function loadWords(text) {
  const have = [...(form.dataset.wordInitials || "")];
  const want = text === undefined ? have : [...new Set(tokens(text).map((t) => String.fromCodePoint(t.codePointAt(0))))].filter((c) => have.includes(c));
  for (const c of want) if (!wordParts.has(c)) wordParts.set(c, wordPart(c));
  const got = await Promise.all([...wordParts.values()]);
  // Another call may have merged more parts meanwhile: never fewer.
  if (got.some((l) => l === null)) {
    words = [];
    initials = null;
  } else if (!words || got.length > wordsFrom) {
    words = got.flat().sort();
    wordsFrom = got.length;
    initials = null;
  }
  return words;
}

// wordPart fetches the words that start with the letter c, or null.
async function wordPart(c) {
  const hex = [...new TextEncoder().encode(c)].map((b) => b.toString(16).padStart(2, "0")).join("");
  try {
    const res = await fetch(form.dataset.words.replace(/\{initial\}|%7Binitial%7D/i, hex));
    if (!res.ok) return null;
    const data = await res.json();
    return data.words || [];
  } catch {
    return null;
  }
}

// known reports whether some word of the site starts like w (its first
// letters, less a few for endings: "micromanages" is known by
// "micromanage"). Pagefind can match a long query word to a stray short
// token ("maternity" to "-m"); a word the site never uses has no hits.
function known(w) {
  return inList(words, w);
}

// inList reports whether the sorted list has a word that starts like w (all
// of a short word, a long word less three letters for its ending). An empty
// or missing list knows every word.
function inList(list, w) {
  if (/\d/.test(w) || !list || !list.length) return true;
  const p = w.length <= 4 ? w : w.slice(0, Math.max(4, w.length - 3));
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < p) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo].startsWith(p);
}

// stem strips a word's commonest English endings, so that "leaving" and
// "leaves" meet at "leav" but "pay" stays apart from "payment" and "home"
// from "homework" (a prefix would join them). A short word whose ending
// takes its "ie" ("lies", "lied", "lying") keeps it, as "lie"; "ment" goes
// after a stem of five letters or more ("replacement" meets "replaced" at
// "replac", "agreement" meets "agreed"), never a short one ("payment").
// Stems are remembered (stemmed), as every page's words and the off-topic
// table are stemmed word by word, again and again.
const stemmed = new Map();
function stem(w) {
  let s = stemmed.get(w);
  if (s === undefined) {
    s = stemOf(w);
    stemmed.set(w, s);
  }
  return s;
}
function stemOf(w) {
  const short = /^(\p{L})(ies|ied|ying)$/u.exec(w);
  if (short) return `${short[1]}ie`;
  if (/^.{5,}ments?$/.test(w)) w = w.replace(/ments?$/, "");
  let s = w.replace(/ie[sd]$/, "y").replace(/(ing|ed|es|s|ly)$/, (m, e, i) => (i >= 3 ? "" : m));
  if (s.length > 3) s = s.replace(/e$/, "");
  return s.replace(/([^aeiou])\1$/, "$1");
}

// has reports whether the sorted list holds exactly w (or, with prefix,
// a word that starts with w).
function has(list, w, prefix) {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < w) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && (prefix ? list[lo].startsWith(w) : list[lo] === w);
}

// correction finds what the site says for an unknown word, or "": two words
// run together ("cheatsheet" → "cheat sheet", a phrase), else the nearest
// word of the site that makes sense with the rest of the question (see
// coherent). others is the pages found for the question's other specific
// words (empty when it has none).
async function correction(word, others) {
  // Pagefind already matches word starts ("bos" finds "boss"), and a word of
  // three letters has too many neighbours to guess from.
  if (word.length < 4 || /\d/.test(word)) return "";
  // The word's letter, and each ending that may be a word of its own.
  const ends = [];
  for (let i = 3; i <= word.length - 3; i++) ends.push(word.slice(i));
  await loadWords([word, ...ends].join(" "));
  for (let i = 3; i <= word.length - 3; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (!STOP.has(a) && !STOP.has(b) && has(words, a) && has(words, b) && (await hits(`${a} ${b}`)).size) return `${a} ${b}`;
  }
  // One slip in a short word, two in a long one; typists rarely miss the
  // first letter, and a filler word is never the answer. A long word is also
  // compared by its start, less its ending: "micromanagment" is near
  // "micromanage" as "micromanagm" is near "micromanage".
  const max = word.length <= 8 ? 1 : 2;
  const near = [];
  for (const w of byInitial(word[0])) {
    if (STOP.has(w)) continue;
    if (Math.abs(w.length - word.length) <= max) {
      const d = distance(word, w);
      if (d <= max) {
        near.push({ w, d });
        continue;
      }
    }
    const k = Math.min(word.length, w.length) - 2;
    if (word.length >= 8 && k >= 7) {
      const d = distance(word.slice(0, k), w.slice(0, k));
      if (d <= 1) near.push({ w, d: d + 1 });
    }
  }
  near.sort((a, b) => a.d - b.d || (a.w < b.w ? -1 : 1));
  let best = null;
  for (const c of near.slice(0, 8)) {
    const found = await hits(c.w);
    if (found.size === 0 || !coherent(word, c.d, found, others)) continue;
    const n = found.size;
    if (!best || c.d < best.d || (c.d === best.d && n > best.n)) best = { w: c.w, d: c.d, n };
  }
  return best ? best.w : "";
}

// coherent is the sanity check on a correction: a near spelling is taken for
// what the reader meant only when it makes the question match something that
// hangs together. With other specific words in the question (others: their
// pages), some page must have the correction and one of them ("persaude my
// boss with data" → "persuade" is on a page with "data"); with none, two
// slips are trusted only in a long word (LONG_SLIPS letters or more), where
// they are likely slips: in a shorter one they are as likely another word
// the site does not use ("resentful" is two edits from "respectful", and
// "resentful that my boss gets the glory" is no question about respect).
//
// One slip in a word of CLEAR_SLIP letters or more is taken whatever the
// other words: so long a word one letter from a word of the site is that
// word mistyped ("critisized", "recogniton"), and the other words may be
// ones no page puts beside it ("my boss critisized my work in front of
// everyone": no page has "criticised" and "front").
const LONG_SLIPS = 10;
const CLEAR_SLIP = 8;
function coherent(word, d, found, others) {
  if (d <= 1 && word.length >= CLEAR_SLIP) return true;
  if (others.size) {
    for (const id of found.keys()) if (others.has(id)) return true;
    return false;
  }
  return d <= 1 || word.length >= LONG_SLIPS;
}

// joinSplit finds neighbouring words that the site writes as one ("micro
// managment" is "micromanagement", "check list" is "checklist"): one of the
// two is no word of the site on its own, and run together they are a word of
// the site, or one slip from one (two in a long word), first letter right.
// It returns [typed, joined] pairs.
async function joinSplit(query) {
  await loadWords(query);
  const toks = tokens(query);
  const joins = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const [a, b] = [toks[i], toks[i + 1]];
    if (a.length < 3 || b.length < 3 || STOP.has(a) || STOP.has(b) || /\d/.test(a + b)) continue;
    if (has(words, a) && has(words, b)) continue;
    const to = has(words, a + b) ? a + b : nearest(a + b);
    if (to) {
      joins.push([`${a} ${b}`, to]);
      i++;
    }
  }
  return joins;
}

// nearest returns the site's word nearest to w (one slip, two in a word of
// nine letters or more, the first letter right), or "".
function nearest(w) {
  if (w.length < 8) return "";
  const max = w.length >= 9 ? 2 : 1;
  let best = "";
  let bestD = max + 1;
  for (const v of byInitial(w[0])) {
    if (Math.abs(v.length - w.length) > max || STOP.has(v)) continue;
    const d = distance(w, v);
    if (d < bestD || (d === bestD && v < best)) [best, bestD] = [v, d];
  }
  return best;
}

// fillerSlips reads a slip in a filler word ("dosent", "becuase", "thier")
// as the filler word it is: typed as it is, it is a word of no page, and the
// question would count as one the site does not cover. A word is read so
// when no page has it (nor a word that starts with its stem: "skill" is
// not "still" on a site that says "skills") and it is one slip (a letter wrong, missing, extra or
// two swapped) from a filler word of FILLER_SLIP letters or more with the
// same first letter; shorter filler words have too many neighbours.
// It returns the query with those words replaced, its words lowercased.
const FILLER_SLIP = 5;
let fillerByInitial = null;
function fillerSlips(query) {
  if (!words || !words.length) return query;
  if (!fillerByInitial) fillerByInitial = groupByInitial(STOP, FILLER_SLIP);
  let changed = false;
  const out = tokens(query).map((t) => {
    if (!slipCandidate(t, FILLER_SLIP - 1)) return t;
    const [f] = slipFrom(t, fillerByInitial);
    if (!f) return t;
    changed = true;
    return f;
  });
  return changed ? out.join(" ") : query;
}

// understand turns a query into weighted terms, corrections and unknown
// words (words of no page, with nothing near them: they are dropped).
async function understand(query) {
  const joins = await joinSplit(query);
  if (joins.length) {
    query = tokens(query).join(" ");
    for (const [from, to] of joins) query = query.replace(from, to);
  }
  query = fillerSlips(query);
  const out = { terms: [], unknown: [], missed: [], corrected: [...joins], filler: reading(query).every((x) => STOP.has(x.word) || AUTHOR.test(x.word)) };
  let listed = 0;
  for (const x of reading(query)) if (x.from) out.corrected.push([x.from, x.word.split(" ")[0]]);
  const content = contentWords(query);
  // The pages of each specific word as typed, for the corrections' sanity
  // check (see coherent).
  const typed = new Map();
  for (const w of content) typed.set(w, await hits(w));
  // A word of the site that the first tier of a large site's index lacks
  // is one only essays use: the search looks there (see widen) before
  // correcting it or calling it unknown.
  if (!wide) {
    out.missed = content.filter((w) => typed.get(w).size === 0 && words && has(words, w));
    if (out.missed.length) return out;
  }
  const othersOf = (w) => {
    const ids = new Set();
    for (const [v, found] of typed) if (v !== w && !GENERIC.has(v) && !/^\d+$/.test(v)) for (const id of found.keys()) ids.add(id);
    return ids;
  };
  const measures = measured(query);
  for (const w of content) {
    if (words && has(words, w)) listed++;
    let found = typed.get(w);
    let term = w;
    // Pagefind can find pages for a word no page has ("micromanges" finds
    // nothing the pages say, yet has results): a word none of whose
    // spellings, less its ending (stem), starts a word of the site is
    // corrected like a word with no results, when a near word of the site
    // exists. "flattering" stays (the pages say "flattery"), and so does a
    // word the site has as typed whose stem starts no word ("priorities",
    // stem "priority", which no page says, was "corrected" to itself).
    const onSite = !words || !words.length || w.includes(" ") || [w, ...variants(w)].some((v) => has(words, v) || has(words, stem(v), true));
    if (found.size === 0 || !onSite) {
      const fix = await correction(w, othersOf(w));
      if (fix) {
        out.corrected.push([w, fix]);
        term = fix;
        found = await hits(fix);
      } else if (found.size === 0) {
        out.unknown.push(w);
        continue;
      }
    }
    out.terms.push({
      word: term, found, idf: Math.log(1 + totalPages / found.size),
      generic: GENERIC.has(term), number: /^\d+$/.test(term) || NUMBERS.has(term) || measures.has(term),
    });
  }
  // Words the site's pages use, yet the index finds none of them: the index
  // did not load (Pagefind answers a failed fetch with no results).
  if (out.terms.length === 0 && listed > 0) throw new Error("the search index did not answer");
  const idf = new Map(out.terms.map((t) => [t.word, t.number ? t.idf * NUMBER_WEIGHT : t.idf]));
  out.windows = [];
  for (const w of windows(query, out)) {
    const found = await hits(w.phrase, true);
    if (found.size) out.windows.push({ found, idf: ((idf.get(w.a) || 0) + (idf.get(w.b) || 0)) / 2 || Math.log(1 + totalPages / found.size) });
  }
  return out;
}

// NUMBER_WEIGHT scales the weight of a number and of a unit after one
// ("10 years", see measured) in rank: they say how much, not what about,
// and as rare words they would otherwise rank the pages that happen to
// say "ten" or "years" above the pages about the rest of the question.
const NUMBER_WEIGHT = 0.25;

// rank merges the words' results: each word adds its weight (rarer words
// weigh more) times the page's share of that word's best score, and the sum
// is scaled by the share of the question's weight the page matched. The
// words of an off-topic subject the question names (offWords) do not rank:
// no page is about them, and the pages that use them in passing are no
// better answers to the rest of the question.
function rank(u, query, offWords) {
  const off = offWord(u, offWords);
  const kept = u.terms.filter((t) => !off(t.word));
  const terms = (kept.length ? kept : u.terms).map((t) => (t.number ? { ...t, idf: t.idf * NUMBER_WEIGHT } : t));
  const total = terms.reduce((n, t) => n + t.idf, 0);
  const asked = tokens(query);
  const hints = TYPE_HINTS.filter(([re, key]) => asked.some((w, i) => re.test(w) && !(key === "type" && i > 0 && OWNER.test(asked[i - 1]))));
  const wantsSheet = hints.some(([, , v]) => v === "Cheat sheet");
  const prior = (id) => {
    let f = 1;
    for (const [, key, value] of hints) if (membership[key] && membership[key].get(value) && membership[key].get(value).has(id)) f *= HINT_BOOST;
    const sheets = membership.type && membership.type.get("Cheat sheet");
    if (!wantsSheet && sheets && sheets.has(id)) f *= SHEET_PENALTY;
    // A question about leading up itself ("what is managing up") is answered
    // by the pages that introduce it, not by the many that use the phrase.
    if (aboutTopic && membership.intro && [...membership.intro.values()].some((ids) => ids.has(id))) f *= INTRO_BOOST;
    return f;
  };
  const subject = (t) => t.word.includes(" ") && PHRASE_VERBS.test(t.word.split(" ")[0]);
  // A word that names a kind of page asks for that kind, unless the
  // question asks what the subject means ("leading up definition").
  const defining = asked.some((w) => DEFINE.test(w));
  const aboutTopic = (hints.length === 0 || defining) && terms.some(subject) && terms.every((t) => subject(t) || t.generic);
  const pages = new Map();
  for (const t of terms) {
    const top = Math.max(...t.found.values());
    for (const [id, score] of t.found) {
      const p = pages.get(id) || { id, sum: 0, matched: 0 };
      p.sum += t.idf * (score / top);
      p.matched += t.idf;
      pages.set(id, p);
    }
    // A word that names a kind of page ("printable", "handout",
    // "exercise": KINDS) is matched by every page of that kind, whether or
    // not the page says it: a cheat sheet is a printable handout. Such a
    // match counts for the question's share, at half a match's score, and
    // in full for the confidence.
    for (const ids of kindsAsked(t.word)) {
      for (const id of ids) {
        if (t.found.has(id)) continue;
        const p = pages.get(id) || { id, sum: 0, matched: 0 };
        p.sum += t.idf * KIND_SHARE;
        p.matched += t.idf;
        pages.set(id, p);
      }
    }
  }
  for (const w of u.windows || []) {
    const top = Math.max(...w.found.values());
    for (const [id, score] of w.found) {
      const p = pages.get(id);
      if (p) p.sum += WINDOW_WEIGHT * w.idf * (score / top);
    }
  }
  const ranked = [...pages.values()].map((p) => ({ id: p.id, score: p.sum * (p.matched / total) ** 2 * prior(p.id), whole: p.matched >= total * (1 - 1e-9) }));
  ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return ranked;
}

// WEAK is the share of the best result's score below which a result is
// dropped: it matches too little of the question.
const WEAK = 0.12;

// strong drops the results that score below WEAK of the best, unless they
// match every word of the question (whole): such a page may rank low, yet
// it does not match too little of the question. Keeping them also makes the
// number of results the number of pages that have the question's words,
// whatever the index's parts (a site indexed in parts scores each part by
// its own word counts, so a cut by score falls differently from one index).
function strong(ranked) {
  const best = ranked.length ? ranked[0].score : 0;
  return ranked.filter((r) => r.whole || r.score >= best * WEAK);
}

// byTopic re-ranks the first results (TOPICAL of them) by how much of the
// question is among each page's topics (its title, a term's situations and
// aliases, a page's front matter topics: see search/meta.html), weighted by
// rarity as in rank: a page scores (1 + TOPIC_BOOST × share) times its
// rank score. Pagefind's score rewards a rare word wherever it appears, so
// a page that uses a word of the question in passing ("prepare" in the
// request planner) could outrank the pages about the situation ("one-to-one
// meetings with my boss"); the topics say what each page is about. The
// words of an off-topic subject the question names are left out, as in
// rank. Fragments are fetched for the first results only (the list and the
// confidence read the same ones).
//
// A page whose one topic phrase holds much of the question (a term's
// situation "my boss is about to make a big mistake" for "I think my boss
// is about to make a huge mistake") is about the question more surely than
// one whose many phrases hold its words between them (a term with twenty
// situations holds many words): the best phrase's share of the question's
// specific words (not the common ones, nor words naming a kind of page)
// adds PHRASE_BOOST times itself, when the phrase holds two of them or more.
const TOPICAL = 20;
const TOPIC_BOOST = 2.0;
const PHRASE_BOOST = 2.0;
async function byTopic(ranked, u, offWords) {
  const off = offWord(u, offWords);
  const terms = u.terms.filter((t) => !off(t.word) && !t.number);
  const total = terms.reduce((n, t) => n + t.idf, 0);
  if (!total || ranked.length < 2) return ranked;
  const specific = terms.filter((t) => !t.generic && !kindsAsked(t.word).length);
  const specificTotal = specific.reduce((n, t) => n + t.idf, 0);
  const head = ranked.slice(0, TOPICAL);
  const got = await Promise.allSettled(head.map((r) => pageData(r.id)));
  const scored = head.map((r, i) => {
    if (got[i].status !== "fulfilled") return r;
    const about = topicWords(got[i].value);
    const share = terms.reduce((n, t) => n + (isTopic(t.word, r.id, about) ? t.idf : 0), 0) / total;
    let best = 0;
    if (specific.length >= 2) {
      for (const phrase of topicPhrases(got[i].value)) {
        const held = specific.filter((t) => isTopic(t.word, r.id, phrase));
        if (held.length >= 2) best = Math.max(best, held.reduce((n, t) => n + t.idf, 0) / specificTotal);
      }
    }
    return { ...r, score: r.score * (1 + TOPIC_BOOST * share + PHRASE_BOOST * best) };
  });
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return [...scored, ...ranked.slice(TOPICAL)];
}

// isTopic reports whether a word of the question is a topic of page id,
// whose topics are about: a word that names a kind of page ("essay",
// "workshop": KINDS) is a topic of every page of that kind; a "leading up"
// phrase is one of the pages whose topics have its words ("leading
// upwards" is the topic of the essay of that title, not of every page, as
// onTopic would have it for the confidence); any other word as in onTopic.
function isTopic(w, id, about) {
  if (kindsAsked(w).some((ids) => ids.has(id))) return true;
  if (w.includes(" ")) return w.split(" ").every((x) => STOP.has(x) || about.stems.has(stem(x)));
  return onTopic(w, about);
}

// confidence is how much of the question the first results hold, from 0
// to 1: the weight of the question's meaningful words (as searched: after
// the reader-word rewrite and the corrections, less filler words) that the
// best of the top three pages holds (the first page of ten when the top
// three fall short), over the weight of them all. Each word weighs by its
// rarity on the site (idf: common words such as "boss" weigh little, not
// nothing), a number or a unit after one (see measured) a quarter of that,
// and a word no page uses as much as the rarest word would. A page holds a
// word in full when it is among its topics (its title, and a term's
// situations and aliases: see search/meta.html), at ASIDE when it only uses
// it, and not at all when Pagefind found the page only because one of its
// words starts like this one ("car" in "career": see weightOn).
//
// Below COVERED the search says nothing on the site covers the question,
// unless the question names leading up itself (see aboutLeadingUp). The
// words of an off-topic subject the question names count like any other: a
// question that is mostly about pay is not covered by a page that holds its
// one other word ("how to negotiate my salary"), but when the off-topic
// table (see offTopic) names the subject the tables decide (see search).
// Until 2 December 2026 the off-topic phrases' words, and the common
// words, were left out, so that a question whose other words were all
// common scored 1 and only the table could refuse it; ASIDE and COVERED
// were chosen again on the sets whose misses are read (see
// TestSearchRelevance), never on the held ones: on tuning, heldout, fresh, sealed, blind14a and blind15a (212 questions, 31
// without an answer) this score with the tables let through 1 of the 31 at
// ASIDE 0.5 and COVERED 0.30 (the tables alone: 4) and hid 1 answerable
// question ("my attitude towards my manager has gone sour", .20: its
// answers hold none of its words); 0.35 caught the last one ("best standing
// desk for a home office", .34) but hid "my manager left and theres no
// replacement yet" (TestSearchUnderstands), whose "replacement" no page has.
const ASIDE = 0.5;
const COVERED = 0.3;
const JUDGED = 3; // results the confidence judges first (see confidence)
async function confidence(u, ranked) {
  if (u.terms.length === 0) return 0;
  if (u.filler) return u.windows.length > 0 ? 1 : 0;
  const terms = u.terms;
  const unknown = u.unknown;
  const weight = (t) => (t.number ? t.idf * NUMBER_WEIGHT : t.idf);
  const rarest = Math.log(1 + 2 * totalPages);
  const total = terms.reduce((n, t) => n + weight(t), 0) + rarest * unknown.length;
  let best = 0;
  for (const [i, r] of ranked.slice(0, PAGE).entries()) {
    // The first three results decide; when they would leave the question
    // "not covered", the rest of the first page is judged too, since the
    // reader sees those as well: a rare word the question uses in passing
    // ("without damaging the relationship") can rank pages that only use
    // it above the pages about the question ("disagree").
    if (i >= JUDGED && best / total >= COVERED) break;
    let about = null;
    let used = null;
    try {
      const data = await pageData(r.id);
      about = topicWords(data);
      // The words a page uses are read only when a word of the question is
      // not among its topics (reading a long page's text takes a while).
      used = { get list() { return usedWords(data).list; }, get stems() { return usedWords(data).stems; } };
    } catch {
      // A fragment that failed to load cannot be judged: its words count in
      // full, and the list says the fragment failed (see showMore).
    }
    let s = 0;
    for (const t of terms) {
      if (kindsAsked(t.word).some((ids) => ids.has(r.id))) s += weight(t);
      else if (t.found.has(r.id)) s += weightOn(t.word, about, used) * weight(t);
    }
    best = Math.max(best, s);
  }
  return Math.min(1, best / total);
}

// aboutLeadingUp reports whether a question names leading up itself (a
// "leading up" or "managing up" phrase, see reading): the whole site is
// about that, so such a question is never "not covered" for its score
// alone ("leading up in a small charity" has answers about leading up,
// whatever its other words).
function aboutLeadingUp(u) {
  return u.terms.some((t) => t.word.includes(" ") && PHRASE_VERBS.test(t.word.split(" ")[0]));
}

// weightOn is how much a page that Pagefind found for word w answers it: in
// full when w is one of the page's topics, ASIDE when the page uses the word
// (in any of its spellings and forms), and nothing when Pagefind matched it
// only as the start of another word ("car" in "career", "fire" in
// "firefighting"): such a page does not say the word at all. A page whose
// fragment did not load counts in full.
function weightOn(w, about, used) {
  if (!about) return 1;
  if (onTopic(w, about)) return 1;
  return !used || uses(w, used) ? ASIDE : 0;
}

// SUFFIX is an ending that makes another form of a word ("clue" and
// "clueless", "mentor" and "mentoring"), unlike the rest of "career" after
// "car".
const SUFFIX = /^(s|es|d|ed|ing|ings|er|ers|or|ors|ly|less|ness|ful|fully|ment|ments|able|ible|ion|ions|ation|ations|ive|ity|ism|ist|ists|al|ally|ship|y|ies|ied)$/;

// uses reports whether a page whose words are the topicSet used uses w: in
// any of its spellings and forms (onTopic), as w plus an ending, or as w
// less a plural ending ("ones" for "one").
function uses(w, used) {
  if (onTopic(w, used)) return true;
  for (const end of ["s", "es"]) if (w.endsWith(end) && w.length - end.length >= 3 && has(used.list, w.slice(0, -end.length))) return true;
  let lo = 0;
  let hi = used.list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (used.list[mid] < w) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < used.list.length && used.list[i].startsWith(w); i++) if (SUFFIX.test(used.list[i].slice(w.length))) return true;
  return false;
}

// usedWords is the set of words a result's page uses (see topicSet), from
// its fragment's text and metadata (Pagefind searches both: an exercise is
// found for "workshop" by its label), once per page.
const usedCache = new Map();
function usedWords(data) {
  if (!usedCache.has(data.url)) usedCache.set(data.url, topicSet(`${Object.values(data.meta || {}).join(" ")} ${data.content || ""}`));
  return usedCache.get(data.url);
}

// topicWords is the set of a result's topics (its title, and a term's
// aliases and situations: see search/meta.html), once per page.
const topicCache = new Map();
function topicWords(data) {
  if (!topicCache.has(data.url)) topicCache.set(data.url, topicSet((data.meta && data.meta.topics) || ""));
  return topicCache.get(data.url);
}

// topicPhrases is a result's topics one phrase at a time (its title, a
// term's aliases and situations each: search/meta.html joins them with
// "; "), each as a topicSet, once per page.
const phraseCache = new Map();
function topicPhrases(data) {
  if (!phraseCache.has(data.url)) phraseCache.set(data.url, ((data.meta && data.meta.topics) || "").split(";").map((p) => p.trim()).filter(Boolean).map(topicSet));
  return phraseCache.get(data.url);
}

// sameWord reports whether a question's token is word w or its plural in s
// or es, as in tools/internal/offtopic.
function sameWord(tok, w) {
  return tok === w || tok === `${w}s` || tok === `${w}es`;
}

// OFF_TOPIC holds the words and phrases of subjects the site does not cover
// (pay, leave, employment law, hiring and firing…), for the interface
// language: data/offtopic.toml, reviewed and tested there
// (tools/internal/offtopic). Each is a list of words side by side; those of
// a strict topic (marked "!" in the list) are not covered even in a question
// about the boss (see answersTheRest), kept in STRICT.
const STRICT = new Set();
const OFF_TOPIC = ((form && JSON.parse(form.dataset.offtopic || "[]")) || []).map((w) => {
  const words = w.replace(/^!/, "").split(" ");
  if (w.startsWith("!")) STRICT.add(words.join(" "));
  return words;
});

// offTopic returns the off-topic words and phrases of those the question
// names (named, from namedOffTopic) that none of its first three results is
// about (see aboutOff): the question is about a subject the site leaves to
// others, and a page that uses the word in passing is no answer. A term
// whose situations name the subject wins (the table's test keeps the two
// apart). A word matches the table's word or its plural in s or es, as in
// tools/internal/offtopic.
async function offTopic(named, ranked) {
  if (!named.length) return [];
  const pages = [];
  for (const r of ranked.slice(0, 3)) {
    try {
      pages.push(await pageData(r.id));
    } catch {
      return []; // a page that cannot be judged may be about it
    }
  }
  return named.filter((p) => !pages.some((data) => aboutOff(p, data))).map((p) => p.join(" "));
}

// aboutOff reports whether a page (its fragment's data) is about the
// off-topic word or phrase p (a list of words). A word is judged as any
// word of a question is (onTopic: among the page's topics, in any form). A
// phrase is judged as a phrase, as the table's test judges it
// (tools/internal/offtopic: a phrase matches its words side by side): the
// page is about it when one of its topic phrases (its title, a term's
// aliases and situations: topicRuns) holds the phrase's words side by side,
// each in any form. Judged word by word, "giving feedback to my direct
// reports" would be answered by the term whose situations say "feedback"
// and "too many direct reports" apart, though no page is about giving one's
// own reports feedback.
function aboutOff(p, data) {
  const specific = p.filter((w) => !STOP.has(w));
  if (p.length === 1 || specific.length === 0) return p.every((w) => STOP.has(w) || onTopic(w, topicWords(data)));
  return topicRuns(data).some((run) => run.some((_, i) => p.every((w, j) => i + j < run.length && offForm(run[i + j], w))));
}

// topicRuns is a result's topic phrases (see topicPhrases) as lists of
// their words in order, once per page.
const runCache = new Map();
function topicRuns(data) {
  if (!runCache.has(data.url)) runCache.set(data.url, ((data.meta && data.meta.topics) || "").split(";").map((p) => tokens(p.trim())).filter((t) => t.length));
  return runCache.get(data.url);
}

// offWord returns a test of whether a word of the question (as searched)
// is one of offWords, the words of the off-topic phrases it names; a word
// the search corrected is judged by what the reader typed.
function offWord(u, offWords) {
  const typed = new Map(u.corrected.map(([from, to]) => [to, from]));
  return (w) => (offWords || []).some((o) => offForm(w, o) || offForm(typed.get(w) || "", o));
}

// namedOffTopic returns the off-topic phrases (OFF_TOPIC, as lists of
// words) the question names, whatever its results.
//
// A table word of OFF_FORMS letters or more also matches its other forms by
// stem ("fired" names "fire me" and "firing", "harassed" names "harasses"),
// so the table need not list every ending; a shorter word only its plural,
// as it is too near other words ("quit" and "quite"). A phrase right after
// a negation is not named: "my boss never reads my emails" is about a boss
// who does not answer, not about being watched.
const OFF_FORMS = 5;
const NEGATION = /^(not|never|doesnt|dont|didnt|wont|cant|isnt|hasnt|havent|wouldnt|no)$/;
function offForm(tok, w) {
  return sameWord(tok, w) || (w.length >= OFF_FORMS && tok.length >= OFF_FORMS - 1 && !STOP.has(tok) && stem(tok) === stem(w));
}
function namedOffTopic(query) {
  const toks = tokens(query);
  return OFF_TOPIC.filter((p) => toks.some((_, i) => !(i > 0 && NEGATION.test(toks[i - 1])) && p.every((w, j) => i + j < toks.length && offForm(toks[i + j], w))));
}

// READER holds the words readers use for a situation that the pages put in
// other words ("control freak" for a boss who micromanages, "invisible" for
// work that goes unnoticed), each with the site's words it means, for the
// interface language: data/readerwords.toml, reviewed and tested there
// (tools/internal/readerwords). Longest phrases first, so that the longest
// phrase at a place wins.
const READER = ((form && JSON.parse(form.dataset.readerwords || "[]")) || [])
  .flatMap((e) => (e.words || []).map((w) => ({ words: w.split(" "), means: e.means })))
  .sort((a, b) => b.words.length - a.words.length);

// rewrite returns the question's words (tokens) with each reader word or
// phrase (READER) replaced by the site's words it means; a word matches the
// table's word or its plural in s or es, as in tools/internal/readerwords.
// "my boss is a control freak" is searched as "my boss is a micromanages":
// "freak" is on no page, and "control" only in passing.
//
// READER_AT indexes the table by each phrase's first word (built once), so
// that each word of the question is compared with the few phrases that can
// start there, not with the whole table.
const READER_AT = new Map();
for (const r of READER) {
  if (!READER_AT.has(r.words[0])) READER_AT.set(r.words[0], []);
  READER_AT.get(r.words[0]).push(r);
}
function readerAt(tok) {
  const keys = [tok];
  if (tok.endsWith("s")) keys.push(tok.slice(0, -1));
  if (tok.endsWith("es")) keys.push(tok.slice(0, -2));
  const out = keys.flatMap((k) => READER_AT.get(k) || []);
  return keys.length > 1 ? out.sort((a, b) => b.words.length - a.words.length) : out;
}
function rewrite(query) {
  const toks = tokens(query);
  if (!READER.length) return query;
  const out = [];
  for (let i = 0; i < toks.length;) {
    const hit = readerHit(toks, i);
    out.push(hit ? hit.means : toks[i]);
    i += hit ? hit.words.length : 1;
  }
  return out.join(" ");
}

// readerHit returns the longest reader phrase (READER) that starts at word
// i of toks, or undefined.
function readerHit(toks, i) {
  return readerAt(toks[i]).find((r) => r.words.every((w, j) => i + j < toks.length && sameWord(toks[i + j], w)));
}

// readerSlips reads a slip in a reader word as that word ("suport my boss"
// is "support my boss", a reader phrase), before the question is rewritten
// (see rewrite): the corrections (see correction) come after the rewrite,
// too late for a phrase. A word is read so when no page has it (nor a word
// that starts with its stem), it has FILLER_SLIP letters or more, and it is
// one slip (first letter right) from a word of the table with which a reader
// phrase then matches the question over that place. It returns the question
// with those words replaced, and the [typed, read] pairs (shown as "Did you
// mean").
let readerByInitial = null;
function readerSlips(query) {
  if (!words || !words.length || !READER.length) return [query, []];
  if (!readerByInitial) readerByInitial = groupByInitial(new Set(READER.flatMap((r) => r.words)), FILLER_SLIP - 1);
  const toks = [...tokens(query)];
  const fixed = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!slipCandidate(t, FILLER_SLIP)) continue;
    if ((readerByInitial.get(t[0]) || []).includes(t)) continue; // a reader word as typed
    for (const r of slipFrom(t, readerByInitial)) {
      const trial = [...toks];
      trial[i] = r;
      // A phrase must cover word i: one starting there or before it.
      if (trial.some((_, k) => k <= i && (readerHit(trial, k) || { words: [] }).words.length > i - k)) {
        fixed.push([t, r]);
        toks[i] = r;
        break;
      }
    }
  }
  return fixed.length ? [toks.join(" "), fixed] : [query, []];
}

// ANCHOR holds the words by which a question names the person up the line.
const ANCHOR = new Set("boss bosses manager managers supervisor supervisors leader leaders director directors ceo executive executives".split(" "));

// PEERS are the words by which a question names people beside the reader,
// UP_THE_LINE the words (beyond ANCHOR) that name someone above.
const PEERS = /^(coworker|coworkers|colleague|colleagues|teammate|teammates|workmate|workmates|peer|peers)$/;
const UP_THE_LINE = /^(vp|vps|senior|seniors|superior|superiors|leadership|management|exec|execs|cto|cfo|coo|founder|founders|owner)$/;

// peersAlone returns the words by which a question names people beside the
// reader when it names no one up the line, nor leading up itself, nor a
// part of the pack: "dealing with a toxic coworker" or "conflict between
// two coworkers" is about colleagues, which this site leaves to others,
// however well its pages on a toxic boss match the other words.
function peersAlone(query, u) {
  const toks = tokens(query);
  const peers = [...new Set(toks.filter((w) => PEERS.test(w)))];
  if (!peers.length || toks.some((w) => ANCHOR.has(w) || UP_THE_LINE.test(w) || kindsAsked(w).length)) return [];
  if (u.terms.some((t) => t.word.includes(" ") && PHRASE_VERBS.test(t.word.split(" ")[0]))) return [];
  return peers;
}

// answersTheRest reports whether a question that names an off-topic subject
// (off, from offTopic) is still one the site answers: it names the person
// up the line (ANCHOR) or leading up itself (a "managing up" phrase:
// "running a team session on managing up" asks for the workshop, whatever
// "running a team" names elsewhere), and one of its other specific words
// (not common, not part of an off-topic phrase) is a topic of one of the
// first three results. "how to negotiate my salary" and "report harassment by my boss"
// are not ("negotiate" and "report" are no page's topic); "afraid I'll get
// fired for telling my boss bad news" is (see the boundary relevance set).
// A strict subject (the boss's own misconduct: STRICT) never is.
//
// A word for the person up the line that closes the off-topic phrase (at
// most OBJECT_GAP words after it) is that subject's object, not the person
// the question is about: "getting promoted to senior manager" asks about a
// promotion, not about a manager. One inside the phrase is part of what it
// names: "how to become a product manager" asks about a job, not a boss.
const OBJECT_GAP = 2;
async function answersTheRest(query, u, off, ranked) {
  if (off.some((p) => STRICT.has(p))) return false;
  const toks = tokens(query);
  const object = new Set();
  for (const p of off.map((x) => x.split(" "))) {
    for (let i = 0; i + p.length <= toks.length; i++) {
      if (!p.every((w, j) => offForm(toks[i + j], w))) continue;
      for (let k = i; k < Math.min(toks.length, i + p.length + OBJECT_GAP); k++) object.add(k);
    }
  }
  const subject = u.terms.some((t) => t.word.includes(" ") && PHRASE_VERBS.test(t.word.split(" ")[0]));
  if (!subject && !toks.some((w, i) => ANCHOR.has(w) && !object.has(i))) return false;
  const offWords = new Set(off.flatMap((p) => p.split(" ")));
  const rest = u.terms.filter((t) => !t.generic && !t.number && !STOP.has(t.word) && ![...offWords].some((w) => offForm(t.word, w) || offForm(w, t.word)));
  if (!rest.length) return false;
  for (const r of ranked.slice(0, 3)) {
    try {
      const about = topicWords(await pageData(r.id));
      if (rest.some((t) => onTopic(t.word, about))) return true;
    } catch {
      // A page that cannot be judged answers nothing here.
    }
  }
  return false;
}

// pageData fetches a result's fragment once (the confidence and the list
// both read it).
const dataCache = new Map();
function pageData(id) {
  if (!dataCache.has(id)) {
    const p = results.get(id).data();
    p.catch(() => dataCache.delete(id));
    dataCache.set(id, p);
  }
  return dataCache.get(id);
}

// topicSet is a page's topic words and their stems. Two words side by side
// also count as one, run together: a reader's "cheatsheet" is the page's
// "cheat sheets".
function topicSet(text) {
  const toks = tokens(text);
  const list = [...new Set([...toks, ...toks.slice(1).map((w, i) => toks[i] + w)])].sort();
  return { list, stems: new Set(list.map(stem)) };
}

// onTopic reports whether a word (in any of its spellings) is among a
// page's topics: by its stem, or a long word by its start ("flattering" is
// "flattery", "organizational" is "organisation"). A "leading up" phrase
// always is.
function onTopic(w, about) {
  if (w.includes(" ")) return true;
  const start = (v) => v.length >= 7 && has(about.list, v.slice(0, Math.max(6, v.length - 3)), true);
  return [w, ...variants(w)].some((v) => about.stems.has(stem(v)) || start(v));
}

function selected() {
  const params = new URLSearchParams(window.location.search);
  const out = {};
  for (const [key] of FILTERS) out[key] = params.get(key) || "";
  return out;
}

function slug(value) {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

// inFilter reports whether page id passes the filter key=slug ("" passes).
function inFilter(id, key, want) {
  if (!want) return true;
  for (const [value, ids] of membership[key] || []) if (slug(value) === want) return ids.has(id);
  return false;
}

// renderFilters shows each filter value with the number of results it would
// leave, given the other filter.
function renderFilters(ranked) {
  if (!filterBox) return;
  const sel = selected();
  filterBox.replaceChildren();
  filterBox.hidden = ranked.length === 0;
  for (const [key, order] of FILTERS) {
    const values = [...(membership[key] || new Map()).keys()];
    if (!values.length) continue;
    const others = ranked.filter((r) => FILTERS.every(([k]) => k === key || inFilter(r.id, k, sel[k])));
    const fs = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = S[`filter_${key}`] || key;
    fs.append(legend);
    const option = (value, text, n) => {
      const label = document.createElement("label");
      const radio = document.createElement("input");
      radio.type = "radio";
      radio.name = key;
      radio.value = value;
      radio.checked = sel[key] === value;
      radio.addEventListener("change", () => setFilter(key, value));
      label.append(radio, ` ${text} (${n})`);
      return label;
    };
    fs.append(option("", S.filter_all || "All", others.length));
    const at = (v) => (order.includes(v) ? order.indexOf(v) : order.length);
    for (const value of values.sort((a, b) => at(a) - at(b) || (a < b ? -1 : 1))) {
      const ids = membership[key].get(value);
      const name = S[`${key}_${slug(value).replace(/-/g, "_")}`] || value;
      fs.append(option(slug(value), name, others.filter((r) => ids.has(r.id)).length));
    }
    filterBox.append(fs);
  }
}

function setFilter(key, value) {
  const url = new URL(window.location.href);
  if (value) url.searchParams.set(key, value);
  else url.searchParams.delete(key);
  history.replaceState(null, "", url);
  show(current.all, current.query, current.note, current.highlight);
}

// excerpt copies Pagefind's excerpt into el, keeping only text and <mark>.
// The excerpt is parsed in one inert template, reused (a new document for
// each result's excerpt and sections cost more than building the result):
// nothing in a template's content runs or loads, and only its text and marks
// are copied out.
const inert = document.createElement("template");
function excerpt(el, html) {
  inert.innerHTML = html;
  for (const node of inert.content.childNodes) {
    if (node.nodeName === "MARK") {
      const m = document.createElement("mark");
      m.textContent = node.textContent;
      el.append(m);
    } else {
      el.append(document.createTextNode(node.textContent));
    }
  }
}

// withHighlight adds the words to highlight on the target page to a URL.
function withHighlight(href, highlight) {
  const url = new URL(href, window.location.href);
  for (const w of highlight) url.searchParams.append("highlight", w);
  return url.pathname + url.search + url.hash;
}

// item builds one result: the page link first, then its type, an excerpt
// and links to the sections of a long page that match.
function item(data, highlight) {
  const li = document.createElement("li");
  const h = document.createElement("h2");
  const a = document.createElement("a");
  a.href = withHighlight(data.url, highlight);
  a.textContent = (data.meta && data.meta.title) || data.url;
  h.append(a);
  li.append(h);
  if (data.meta && data.meta.label) {
    const kind = document.createElement("p");
    kind.className = "result-kind";
    kind.textContent = data.meta.label;
    li.append(kind);
  }
  const p = document.createElement("p");
  const text = data.excerpt || "";
  if (!text.includes("<mark>") && data.meta && data.meta.summary) p.textContent = data.meta.summary;
  else excerpt(p, text);
  li.append(p);
  // An essay's cheat sheet is not a result of its own (it has the essay's
  // title): the essay's result links to it (metadata "sheet").
  if (data.meta && data.meta.sheet) {
    const sp = document.createElement("p");
    sp.className = "result-sheet";
    const sa = document.createElement("a");
    sa.href = data.meta.sheet;
    sa.textContent = S.type_cheat_sheet || "Cheat sheet";
    sa.setAttribute("aria-label", `${sa.textContent}: ${a.textContent}`);
    sp.append(sa);
    li.append(sp);
  }
  const subs = (data.sub_results || []).filter((s) => s.url !== data.url && s.title && s.title !== a.textContent && s.excerpt.includes("<mark>"));
  if (data.word_count > 300 && subs.length) {
    const ul = document.createElement("ul");
    ul.className = "result-sections";
    ul.setAttribute("aria-label", fill(S.sections, { title: a.textContent }));
    for (const s of subs.slice(0, 3)) {
      const sli = document.createElement("li");
      const sa = document.createElement("a");
      sa.href = withHighlight(s.url, highlight);
      sa.textContent = s.title;
      const sp = document.createElement("span");
      excerpt(sp, s.excerpt);
      sli.append(sa, ": ", sp);
      ul.append(sli);
    }
    li.append(ul);
  }
  return li;
}

function statusText(total, shown, query, note) {
  const v = { q: query, n: total, shown };
  let text;
  if (total === 0) text = fill(note.filtered ? S.no_results_filtered : S.no_results, v);
  else if (total > shown) text = fill(S.results_some, v);
  else text = fill(total === 1 ? S.results_one : S.results, v);
  if (note.text) text += ` ${note.text}`;
  return text;
}

// showMore fetches and appends the next page of results, a few fragments at
// a time (the first results show while the rest load, and a long list never
// asks for many files at once); when asked for by the button, focus moves to
// the first new result. The status always speaks at the end, even when some
// fragments failed to load (their results are skipped and counted).
async function showMore(focus) {
  const { query, ranked, shown, note, highlight } = current;
  const mine = seq;
  const end = Math.min(ranked.length, shown + PAGE);
  const items = [];
  let failed = 0;
  try {
    for (let i = shown; i < end; i += BATCH) {
      const got = await Promise.allSettled(ranked.slice(i, Math.min(i + BATCH, end)).map((r) => pageData(r.id)));
      if (mine !== seq) return; // a newer query replaced this one
      const batch = [];
      for (const g of got) {
        if (g.status === "fulfilled") batch.push(item(g.value, highlight));
        else failed++;
      }
      list.append(...batch);
      items.push(...batch);
      list.hidden = list.children.length === 0;
      await breathe();
    }
  } finally {
    if (mine === seq) {
      current.shown = end;
      current.failed = (current.failed || 0) + failed;
      list.hidden = list.children.length === 0;
      if (more) more.hidden = current.shown >= ranked.length;
      if (essaysButton) essaysButton.hidden = wide;
      let text = statusText(ranked.length, list.children.length, query, note);
      if (current.failed) text += ` ${fill(S.fragments_failed, { n: current.failed })}`;
      say(text);
      if (focus && items.length) items[0].querySelector("a").focus();
    }
  }
}

// show narrows the merged results by the filters in the URL and shows them.
async function show(all, query, note, highlight) {
  seq++;
  say(""); // the status speaks again once these results are in
  const sel = selected();
  const ranked = all.filter((r) => FILTERS.every(([k]) => inFilter(r.id, k, sel[k])));
  current = { query, all, ranked, shown: 0, failed: 0, note: { ...note, filtered: ranked.length < all.length }, highlight };
  list.replaceChildren();
  renderFilters(all);
  await showMore(false);
}

function setSuggestion(query, corrected) {
  if (!suggest) return;
  suggest.replaceChildren();
  suggest.hidden = corrected.length === 0;
  if (!corrected.length) return;
  let fixed = query;
  for (const [from, to] of corrected) fixed = fixed.replace(new RegExp(`\\b${from}\\b`, "i"), to);
  const a = document.createElement("a");
  const url = new URL(window.location.href);
  url.searchParams.set("q", fixed);
  a.href = url.pathname + url.search;
  a.textContent = fixed;
  a.addEventListener("click", (event) => {
    event.preventDefault();
    input.value = fixed;
    run(fixed);
  });
  suggest.append(`${S.did_you_mean || "Did you mean"} `, a, "?");
}

// run runs a query and always ends with the status set: results, a
// no-results message, or (when part of the index failed to load) an error.
let runs = 0;
async function run(query) {
  query = query.trim();
  const me = ++runs;
  const mine = ++seq;
  try {
    await search(query, mine);
  } catch (err) {
    // Part of the index failed to load (a flaky network, a busy server):
    // say so rather than leave the status silent.
    if (me !== runs) return; // a newer query speaks for itself
    list.replaceChildren();
    list.hidden = true;
    if (more) more.hidden = true;
    if (essaysButton) essaysButton.hidden = true;
    if (filterBox) filterBox.hidden = true;
    say(fill(S.error, { q: query }));
  }
}

// search runs one query (see run) and shows its results.
async function search(query, mine) {
  if (out) out.classList.toggle("is-searching", query !== "");
  const url = new URL(window.location.href);
  if (query) url.searchParams.set("q", query);
  else url.searchParams.delete("q");
  history.replaceState(null, "", url);
  if (!query) {
    current = { query: "", all: [], ranked: [], shown: 0, note: {}, highlight: [] };
    list.replaceChildren();
    list.hidden = true;
    if (more) more.hidden = true;
    if (essaysButton) essaysButton.hidden = true;
    if (filterBox) filterBox.hidden = true;
    setSuggestion("", []);
    say("");
    return;
  }
  // The question as searched: the reader's words for a situation become
  // the site's (see rewrite); the reader's own words stay in the box, the
  // URL and the status, and name the subjects the site leaves to others.
  await loadWords(query);
  const [read, slips] = readerSlips(query);
  const asked = rewrite(read);
  const u = await understand(asked);
  u.corrected.unshift(...slips);
  await breathe();
  if (mine !== seq) return;
  if (u.missed.length && !wide) return searchWider(query, mine);
  setSuggestion(query, u.corrected);
  const note = {};
  const named = namedOffTopic(query);
  const offWords = named.flat().filter((w) => !STOP.has(w));
  const merged = strong(rank(u, asked, offWords));
  await breathe();
  let ranked = await byTopic(merged, u, offWords);
  await breathe();
  if (mine !== seq) return;
  const conf = await confidence(u, ranked);
  await breathe();
  if (mine !== seq) return;
  if (wantsEssays(u, ranked, conf)) return searchWider(query, mine);
  // The status carries the score and which check, if any, said "not
  // covered" (data-refused: confidence, off-topic or peers), so that tests
  // can measure the threshold on questions with and without an answer
  // (TestSearchRelevance).
  status.dataset.confidence = conf.toFixed(3);
  // A question that names an off-topic subject is left to the tables
  // (offTopic, answersTheRest: "my manager left and theres no replacement
  // yet" is about the boss, whatever "replacement" names elsewhere).
  const low = conf < COVERED && !aboutLeadingUp(u) && !named.length;
  let off = low ? [] : await offTopic(named, ranked);
  // A question about the person up the line whose other words the first
  // results are about keeps its answers, with the off-topic part named
  // ("my boss is stressed about layoffs": the site covers the stressed
  // boss, not the layoffs).
  const aside = off.length && (await answersTheRest(query, u, off, ranked)) ? off : [];
  let refused = low ? "confidence" : off.length && !aside.length ? "off-topic" : "";
  if (aside.length) off = [];
  else if (!off.length && !low) {
    off = peersAlone(query, u);
    if (off.length) refused = "peers";
  }
  status.dataset.refused = refused;
  if (mine !== seq) return;
  if (refused) {
    ranked = [];
    // The message names what the site leaves to others: the off-topic
    // subjects that refused the question, or those it names when its score
    // did ("how to negotiate my salary"), else the words no page uses.
    const words = off.length ? off : named.length ? named.map((p) => p.join(" ")) : u.unknown;
    note.text = words.length ? fill(S.not_covered, { words: quoted(words) }) : S.not_covered_any;
  } else {
    ranked = (await titleFirst(ranked, u)).map((r) => results.get(r.id));
    if (mine !== seq) return;
    const notes = [];
    if (u.corrected.length) notes.push(fill(S.showing_for, { words: quoted(u.corrected.map(([, to]) => to)) }));
    if (u.unknown.length) notes.push(fill(S.no_page_mentions, { words: quoted(u.unknown) }));
    if (aside.length) notes.push(fill(S.aside_not_covered, { words: quoted(aside) }));
    if (!wide) notes.push(S.essays_not_searched || "");
    note.text = notes.join(" ").trim();
  }
  if (mine !== seq) return;
  await show(ranked, query, note, u.terms.map((t) => t.word));
}

// searchWider searches again with the essays (see widen).
// The status stays empty until the results are in, as for any search.
async function searchWider(query, mine) {
  say("");
  await widen();
  if (mine !== seq) return;
  return search(query, mine);
}

// titleFirst puts first, among the first page of results, the pages whose
// title is what the question asks and nothing else ("cheat sheets" is the
// list of cheat sheets, not one sheet that mentions them): every word of the
// title (less filler) is a word of the question and every word of the
// question is in the title. Their fragments are the ones shown first, so
// this fetches nothing extra.
async function titleFirst(ranked, u) {
  const asked = new Set(u.terms.flatMap((t) => t.word.split(" ")).filter((w) => !STOP.has(w)).map(stem));
  if (asked.size === 0) return ranked;
  const head = ranked.slice(0, PAGE);
  const got = await Promise.allSettled(head.map((r) => pageData(r.id)));
  const exact = head.map((r, i) => {
    const title = got[i].status === "fulfilled" ? (got[i].value.meta && got[i].value.meta.title) || "" : "";
    const words = new Set(tokens(title).filter((w) => !STOP.has(w)).map(stem));
    return words.size > 0 && [...words].every((w) => asked.has(w)) && [...asked].every((w) => words.has(w));
  });
  return [...head.filter((r, i) => exact[i]), ...head.filter((r, i) => !exact[i]), ...ranked.slice(PAGE)];
}

let timer = 0;
function later(query) {
  clearTimeout(timer);
  timer = setTimeout(() => run(query), 200);
}

if (form && input && status && list) {
  if (nojs) nojs.hidden = true;
  const initial = new URLSearchParams(window.location.search).get("q") || "";
  if (out && initial.trim()) out.classList.add("is-searching");
  // Someone may have started typing before this script ran: keep their words.
  if (!input.value) input.value = initial;
  const header = document.getElementById("site-search-q");
  if (header) header.value = initial;
  let wired = false;
  const start = async () => {
    if (!(await load()) || wired) return;
    wired = true;
    input.addEventListener("input", () => later(input.value));
    if (input.value.trim()) run(input.value);
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    start().then(() => run(input.value));
  });
  if (more) more.addEventListener("click", () => showMore(true));
  // The essays of a site searched in two tiers, on request (see widen):
  // the results are shown again with them, and focus moves to the first.
  if (essaysButton) {
    essaysButton.addEventListener("click", async () => {
      essaysButton.disabled = true;
      const query = current.query || input.value;
      try {
        say("");
        await widen();
        await run(query);
      } catch {
        say(fill(S.error, { q: query }));
      } finally {
        essaysButton.disabled = false;
      }
      const first = list.querySelector("a");
      if (first) first.focus();
    });
  }
  if (initial.trim()) start();
  else {
    input.addEventListener("focus", start, { once: true });
    input.addEventListener("keydown", start, { once: true });
  }
}
