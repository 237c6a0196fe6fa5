// print.js: wires the Print button on cheat sheets. Without JavaScript the
// button stays hidden and the page shows a hint to use the browser's Print command.
const button = document.querySelector("[data-print]");
const hint = document.querySelector("[data-print-hint]");
if (button && typeof window.print === "function") {
  button.hidden = false;
  if (hint) hint.hidden = true;
  button.addEventListener("click", () => window.print());
}
