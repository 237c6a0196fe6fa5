// assessment.js: private, instant scoring of the self-assessment. Each
// statement ([data-item]) is answered on a scale whose radios score 0 up to
// the top of the scale; the score of each taxonomy (why, how, avoid) and the
// overall score are shown in [data-score] as the reader answers, and the
// lowest answers are listed with the term pages that help. Answers are kept
// only if the reader presses "Save my answers" (in this browser's
// localStorage, until "Forget"). Nothing is sent anywhere.

import { drop, keep, load } from "./store.js";

const form = document.querySelector("[data-assessment]");
const STORE = "leadup:self-assessment";
// LOW_MAX is how many of the lowest answers are listed.
const LOW_MAX = 3;

function msg(key, vars = {}) {
  const text = form.getAttribute("data-msg-" + key) || "";
  return text.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
}

// answers returns one entry per statement: its element, taxonomy, the
// chosen score (or null) and the top of its scale.
function answers() {
  return Array.from(form.querySelectorAll("[data-item]"), (el) => {
    const radios = el.querySelectorAll("input[type=radio]");
    const checked = el.querySelector("input[type=radio]:checked");
    return {
      el,
      taxonomy: el.dataset.taxonomy || "",
      score: checked ? Number(checked.value) : null,
      max: radios.length - 1,
      text: el.querySelector(".assessment-text").textContent.trim(),
      url: el.dataset.termUrl || "",
      title: el.dataset.termTitle || "",
    };
  });
}

// score sums the answered entries: percent of the points possible for the
// answered statements, and how many of all were answered.
function score(entries) {
  const done = entries.filter((e) => e.score !== null);
  const points = done.reduce((s, e) => s + e.score, 0);
  const max = done.reduce((s, e) => s + e.max, 0);
  return { answered: done.length, total: entries.length, pct: max ? Math.round((100 * points) / max) : null };
}

function render() {
  const all = answers();
  for (const out of form.querySelectorAll("[data-score]")) {
    const key = out.dataset.score;
    const s = score(key === "total" ? all : all.filter((e) => e.taxonomy === key));
    out.textContent = s.pct === null ? msg("none") : msg("score", s);
  }
  // The lowest answers below the middle of the scale, lowest first.
  const low = all
    .filter((e) => e.score !== null && e.score < e.max / 2)
    .sort((a, b) => a.score / a.max - b.score / b.max)
    .slice(0, LOW_MAX);
  const list = form.querySelector("[data-assessment-low]");
  const answered = all.some((e) => e.score !== null);
  if (low.length === 0) {
    list.replaceChildren(Object.assign(document.createElement("li"), { textContent: msg(answered ? "lownone" : "lowempty") }));
    return;
  }
  list.replaceChildren(
    ...low.map((e) => {
      const li = document.createElement("li");
      li.append(Object.assign(document.createElement("span"), { className: "assessment-low-text", textContent: e.text }));
      if (e.url) {
        const a = Object.assign(document.createElement("a"), { href: e.url, textContent: msg("read", { title: e.title }) });
        li.append(" ", a);
      }
      return li;
    }),
  );
}

function say(text) {
  const status = form.querySelector("[data-assessment-status]");
  status.textContent = "";
  window.setTimeout(() => (status.textContent = text), 50);
}

function chosen() {
  const out = {};
  for (const r of form.querySelectorAll("input[type=radio]:checked")) out[r.name] = r.value;
  return out;
}

function save() {
  say(msg(keep(STORE, { answers: chosen() }) ? "saved" : "storagefailed"));
}

function forget() {
  drop(STORE);
  say(msg("forgotten"));
}

function clear() {
  for (const r of form.querySelectorAll("input[type=radio]:checked")) r.checked = false;
  render();
  say(msg("cleared"));
}

function restore() {
  const saved = load(STORE);
  if (!saved || !saved.answers) return;
  for (const [name, v] of Object.entries(saved.answers)) {
    const r = Array.from(form.querySelectorAll("input[type=radio]")).find((x) => x.name === name && x.value === String(v));
    if (r) r.checked = true;
  }
  say(msg("restored"));
}

if (form) {
  const scores = form.querySelector("[data-assessment-scores]");
  const next = form.querySelector("[data-assessment-next]");
  const nojs = document.querySelector("[data-assessment-nojs]");
  if (scores && next) {
    scores.hidden = false;
    next.hidden = false;
    if (nojs) nojs.hidden = true;
    form.classList.add("assessment-js");
    form.addEventListener("submit", (e) => e.preventDefault());
    form.addEventListener("change", render);
    form.querySelector("[data-assessment-print]").addEventListener("click", () => window.print());
    form.querySelector("[data-assessment-save]").addEventListener("click", save);
    form.querySelector("[data-assessment-forget]").addEventListener("click", forget);
    form.querySelector("[data-assessment-clear]").addEventListener("click", clear);
    restore();
    render();
  }
}
