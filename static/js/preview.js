// The live preview of a statement being drafted. Without this script the Preview button posts
// the form and the page comes back with the preview; with it, the same form is posted to the
// same server-side renderer as the coordinator types, and the returned article replaces the
// preview. Nothing is saved: only the Save button saves.
(function () {
  "use strict";

  var form = document.querySelector("form[data-preview-url]");
  var target = document.getElementById("preview-content");
  var problems = document.getElementById("preview-problems");
  if (!form || !target || !problems || !window.fetch || !window.FormData) {
    return;
  }

  var url = form.getAttribute("data-preview-url");
  var timer = null;
  var sent = 0;

  function update() {
    var mine = ++sent;
    fetch(url, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { "X-Requested-With": "preview.js" },
    })
      .then(function (response) {
        return response.text().then(function (html) {
          return { ok: response.ok, status: response.status, html: html };
        });
      })
      .then(function (answer) {
        if (mine !== sent) {
          return; // a later request is on its way: its answer wins
        }
        if (answer.ok) {
          target.innerHTML = answer.html;
          problems.innerHTML = "";
        } else if (answer.status === 422) {
          problems.innerHTML = answer.html;
        }
      })
      .catch(function () {
        // Offline for a moment: the Preview button still works.
      });
  }

  function soon() {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 400);
  }

  form.addEventListener("input", soon);
  form.addEventListener("change", soon);
})();
