// request.js: the request planner. As the reader types, the brief in
// [data-request-preview] is rebuilt from the form and gentle checks note what
// may be missing or vague. Print shows the brief alone; "Copy as text" and
// "Copy as email" put it on the clipboard; "Save draft" keeps it in this
// browser's localStorage until "Forget". Nothing is sent anywhere.
//
// Without JavaScript none of this runs: the preview stays hidden and the page
// prints as a worksheet with the prompts.

import { drop, keep, load } from "./store.js";

const root = document.querySelector("[data-request-planner]");
const form = root && root.querySelector("[data-request-form]");
const preview = root && root.querySelector("[data-request-preview]");
const STORE = "leadup:request-draft";
// MAX_PARAS is the most paragraphs a field shows in the brief; later lines
// join the last one, so the brief always fits one printed page.
const MAX_PARAS = 3;

// msg returns the message for key with {name} placeholders filled in.
function msg(key, vars = {}) {
  const text = root.getAttribute("data-msg-" + key) || "";
  return text.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
}

// qualities are the textareas of the form, in order.
function qualities() {
  return Array.from(form.querySelectorAll("textarea"));
}

function value(name) {
  const el = form.elements.namedItem(name);
  return el ? el.value.trim() : "";
}

// paragraphs splits a field's text into at most MAX_PARAS paragraphs, one per
// non-empty line.
function paragraphs(text) {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean);
  if (lines.length <= MAX_PARAS) return lines;
  return [...lines.slice(0, MAX_PARAS - 1), lines.slice(MAX_PARAS - 1).join(" ")];
}

// Dates and deadlines: numeric dates, month and day names, relative days,
// quarters and spans such as "within two weeks".
const DATE = new RegExp(
  [
    String.raw`\b\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?\b`,
    String.raw`\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b`,
    String.raw`\b(may\s+\d|\d+(st|nd|rd|th)?\s+may)\b`,
    String.raw`\b(mon|tues|wednes|thurs|fri|satur|sun)day\b`,
    String.raw`\b(today|tonight|tomorrow|eod|eow|asap)\b`,
    String.raw`\b(this|next|end of( the)?)\s+(week|month|quarter|year|sprint)\b`,
    String.raw`\bq[1-4]\b`,
    String.raw`\b\d{1,2}(st|nd|rd|th)\b`,
    String.raw`\b(in|within)\s+(\d+|a|an|one|two|three|four|five|six|ten)\s+(hours?|days?|weeks?|months?)\b`,
  ].join("|"),
  "i",
);

// A figure: any digit, or a number word.
const FIGURE = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|dozen|percent|per cent)\b/i;

// sentences counts the sentences of text.
function sentences(text) {
  return text.split(/[.!?]+(?=\s|$)/).filter((s) => /\w/.test(s)).length;
}

// checks returns the gentle notes on the draft: one per field at most,
// as [name, text] pairs.
function checks(values, labels) {
  const out = [];
  for (const [name, label] of labels) {
    const v = values[name] || "";
    if (!v) {
      out.push([name, msg("missing", { label })]);
    } else if (name === "timing" && !DATE.test(v)) {
      out.push([name, msg("timing")]);
    } else if (name === "facts" && !FIGURE.test(v)) {
      out.push([name, msg("facts")]);
    } else if (name === "need" && sentences(v) > 2) {
      out.push([name, msg("need", { n: sentences(v) })]);
    }
  }
  return out;
}

function values() {
  const v = { to: value("to"), subject: value("subject") };
  for (const t of qualities()) v[t.name] = t.value.trim();
  return v;
}

function labels() {
  return qualities().map((t) => [t.name, t.dataset.label || t.name]);
}

// subject is the brief's title: the reader's own words, else the first
// sentence of the need, else a default.
function subject(v) {
  if (v.subject) return v.subject;
  const first = paragraphs(v.need || "")[0];
  if (first) {
    const s = first.split(/(?<=[.!?])\s/)[0];
    return s.length > 100 ? s.slice(0, 99) + "…" : s;
  }
  return msg("subject");
}

function render() {
  const v = values();
  const title = preview.querySelector("[data-brief-subject]");
  title.textContent = subject(v);
  const to = preview.querySelector("[data-brief-to]");
  to.textContent = v.to ? msg("to", { to: v.to }) : "";
  to.hidden = !v.to;
  let weight = 0;
  for (const t of qualities()) {
    const box = preview.querySelector(`[data-brief-text="${t.name}"]`);
    const paras = paragraphs(t.value);
    weight += (t.value.trim().length) + 80 * paras.length;
    box.replaceChildren(
      ...(paras.length
        ? paras.map((p) => Object.assign(document.createElement("p"), { textContent: p }))
        : [Object.assign(document.createElement("p"), { className: "brief-empty", textContent: msg("empty") })]),
    );
  }
  const brief = preview.querySelector("[data-brief]");
  brief.classList.toggle("brief-size-m", weight > 1400 && weight <= 2000);
  brief.classList.toggle("brief-size-s", weight > 2000);
  const notes = checks(v, labels());
  const list = preview.querySelector("[data-request-checks]");
  list.replaceChildren(
    ...(notes.length ? notes : [["", msg("ready")]]).map(([, text]) =>
      Object.assign(document.createElement("li"), { textContent: text }),
    ),
  );
  for (const p of form.querySelectorAll("[data-check-for]")) {
    const note = notes.find(([name]) => name === p.dataset.checkFor);
    // Only flag a field the reader has started; empty ones are listed in the notes.
    p.textContent = note && value(p.dataset.checkFor) ? note[1] : "";
  }
}

// asText returns the brief as plain text: the title, then each quality.
function asText(v, labelList) {
  const out = [subject(v)];
  if (v.to) out.push(msg("to", { to: v.to }));
  labelList.forEach(([name, label], i) => {
    const paras = paragraphs(v[name] || "");
    if (paras.length) out.push("", `${i + 1}. ${label}`, ...paras);
  });
  return out.join("\n") + "\n";
}

// asEmail returns the brief as an email: a subject line, a greeting, one
// paragraph per quality, a sign-off.
function asEmail(v, labelList) {
  const out = [`Subject: ${subject(v)}`, "", v.to ? msg("greeting", { to: v.to }) : msg("greetingnone")];
  for (const [name] of labelList) {
    const paras = paragraphs(v[name] || "");
    if (paras.length) out.push("", paras.join(" "));
  }
  out.push("", msg("signoff"));
  return out.join("\n") + "\n";
}

function say(text) {
  const status = preview.querySelector("[data-request-status]");
  status.textContent = "";
  // A fresh text node each time, so screen readers announce a repeat.
  window.setTimeout(() => (status.textContent = text), 50);
}

async function copy(kind) {
  const v = values();
  const text = kind === "email" ? asEmail(v, labels()) : asText(v, labels());
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Older browsers, or pages not served over HTTPS: copy through a
    // temporary text box.
    const area = Object.assign(document.createElement("textarea"), { value: text });
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.append(area);
    area.select();
    const ok = document.execCommand && document.execCommand("copy");
    area.remove();
    if (!ok) return say(msg("copyfailed"));
  }
  say(msg(kind === "email" ? "copiedemail" : "copiedtext"));
}

function save() {
  say(msg(keep(STORE, { fields: values() }) ? "saved" : "storagefailed"));
}

function forget() {
  drop(STORE);
  say(msg("forgotten"));
}

// restore fills the form from a saved draft, if there is one.
function restore() {
  const draft = load(STORE);
  if (!draft || !draft.fields) return;
  for (const [name, v] of Object.entries(draft.fields)) {
    const el = form.elements.namedItem(name);
    if (el && typeof v === "string" && !el.value) el.value = v;
  }
  say(msg("restored"));
}

if (root && form && preview) {
  root.classList.add("planner-js");
  preview.hidden = false;
  const nojs = root.querySelector("[data-planner-nojs]");
  if (nojs) nojs.hidden = true;
  form.addEventListener("submit", (e) => e.preventDefault());
  form.addEventListener("input", render);
  preview.querySelector("[data-request-print]").addEventListener("click", () => window.print());
  for (const b of preview.querySelectorAll("[data-request-copy]")) {
    b.addEventListener("click", () => copy(b.dataset.requestCopy));
  }
  preview.querySelector("[data-request-save]").addEventListener("click", save);
  preview.querySelector("[data-request-forget]").addEventListener("click", forget);
  restore();
  render();
}
