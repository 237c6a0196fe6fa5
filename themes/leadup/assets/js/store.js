// store.js: what the tools keep in this browser's localStorage, and only when
// the reader asks ("Save"), until they press "Forget". Each record carries a
// version so that a later format can ignore an older one. Storage may be off
// (private windows, strict settings): every function then fails quietly and
// says so through its result.

const VERSION = 1;

// keep stores data under key and reports whether the browser kept it.
export function keep(key, data) {
  try {
    localStorage.setItem(key, JSON.stringify({ version: VERSION, ...data }));
    return true;
  } catch {
    return false;
  }
}

// load returns the record kept under key, or null when there is none, it
// cannot be read or it was written in another format.
export function load(key) {
  try {
    const saved = JSON.parse(localStorage.getItem(key) || "null");
    return saved && saved.version === VERSION ? saved : null;
  } catch {
    return null;
  }
}

// drop forgets the record kept under key; with storage off nothing was kept.
export function drop(key) {
  try {
    localStorage.removeItem(key);
  } catch {
    // Storage is off: nothing was kept.
  }
}
