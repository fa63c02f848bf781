// Progressive enhancement only: every task works without this file.
(function () {
  "use strict";
  // Live character counters for fields marked data-count-max / data-count-min.
  document.querySelectorAll("[data-count-max], [data-count-min]").forEach(function (field) {
    var out = document.getElementById(field.getAttribute("data-count-target") || "");
    if (!out) return;
    var update = function () {
      var n = Array.from(field.value.replace(/\r\n/g, "\n")).length;
      out.textContent = out.getAttribute("data-template").replace("{0}", String(n));
    };
    field.addEventListener("input", update);
    update();
  });
  // Focus the error summary so screen readers announce it.
  var summary = document.querySelector(".error-summary");
  if (summary) { summary.setAttribute("tabindex", "-1"); summary.focus(); }
  // Disable a submit button after the first click (the server also refuses double submits).
  document.querySelectorAll("form[data-once]").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
    });
  });
})();
