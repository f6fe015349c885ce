// Staff console: ask before forms marked data-confirm are sent (no inline scripts: CSP script-src 'self').
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  const question = form.dataset.confirm;
  if (question && !window.confirm(question)) event.preventDefault();
});
