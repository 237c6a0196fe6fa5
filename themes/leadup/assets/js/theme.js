// theme.js: the light/dark theme switch and the narrow-screen menu.
//
// Loaded as a classic script at the top of <head> (external, so the Content
// Security Policy needs no inline script): it sets data-theme on <html> from
// the choice stored on this device before the body paints, so there is no
// flash of the wrong theme. Without a stored choice the CSS follows the
// system setting (prefers-color-scheme). Once the page has loaded it shows
// the theme button, which toggles and remembers the choice, and lets Escape
// or a click elsewhere close the menu (a <details> that works without
// JavaScript).
(function () {
  "use strict";
  var KEY = "leadup-theme";
  var root = document.documentElement;
  var dark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

  function stored() {
    try {
      var v = window.localStorage.getItem(KEY);
      return v === "light" || v === "dark" ? v : "";
    } catch (e) {
      return "";
    }
  }
  function current() {
    return root.getAttribute("data-theme") || (dark && dark.matches ? "dark" : "light");
  }
  var choice = stored();
  if (choice) root.setAttribute("data-theme", choice);
  // A query in the URL: the search page runs it at once, and reserves room
  // for the results before the body paints (components.css), so nothing
  // below them shifts as they arrive.
  if (/[?&]q=[^&]/.test(window.location.search)) root.setAttribute("data-search-query", "");

  function wireTheme() {
    var button = document.querySelector("[data-theme-toggle]");
    if (!button) return;
    var sync = function () {
      button.setAttribute("aria-pressed", current() === "dark" ? "true" : "false");
    };
    button.addEventListener("click", function () {
      var next = current() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try {
        window.localStorage.setItem(KEY, next);
      } catch (e) {
        // Storage is off: the choice lasts for this page only.
      }
      sync();
    });
    if (dark && dark.addEventListener) dark.addEventListener("change", sync);
    sync();
    button.hidden = false;
  }

  function wireMenu() {
    var menu = document.querySelector("[data-menu]");
    if (!menu) return;
    var summary = menu.querySelector("summary");
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && menu.open) {
        menu.open = false;
        summary.focus();
      }
    });
    document.addEventListener("click", function (e) {
      if (menu.open && !menu.contains(e.target)) menu.open = false;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    wireTheme();
    wireMenu();
  });
})();
