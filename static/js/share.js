/* The share page: "Copy" buttons and a live signature count. Without this script the page works
   the same, less these conveniences: the texts are selectable and "Count again" reloads. */
(function () {
  "use strict";

  var status = document.getElementById("copy-status");

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function copyBySelecting(field, name) {
    field.focus();
    field.select();
    var copied = false;
    try {
      copied = document.execCommand("copy");
    } catch (e) {
      copied = false;
    }
    say(copied ? "Copied " + name + "." : "Selected " + name + ": press Ctrl+C (or Command+C) to copy it.");
  }

  function copy(field, name) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(
        function () { say("Copied " + name + "."); },
        function () { copyBySelecting(field, name); }
      );
    } else {
      copyBySelecting(field, name);
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll("button[data-copy]"), function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      copy(field, button.getAttribute("data-copy-name") || "the text");
    });
  });

  /* The count refreshes every 30 seconds while the page is visible, and can be paused. */
  var live = document.querySelector("[data-live-count]");
  var toggle = document.getElementById("live-count-toggle");
  var time = document.getElementById("count-time");
  if (!live || !window.fetch || !toggle) {
    return;
  }
  var paused = false;
  toggle.hidden = false;
  toggle.addEventListener("click", function () {
    paused = !paused;
    toggle.setAttribute("aria-pressed", paused ? "true" : "false");
    toggle.textContent = paused ? "Resume the live count" : "Pause the live count";
  });

  function show(counts) {
    Object.keys(counts).forEach(function (key) {
      var cell = live.querySelector('[data-count="' + key + '"]');
      var text = Number(counts[key]).toLocaleString("en-US");
      if (cell && cell.textContent !== text) {
        cell.textContent = text;
      }
    });
    if (time) {
      time.textContent = "Counted at " + new Date().toISOString().slice(11, 16) + " UTC, and counting live.";
    }
  }

  function refresh() {
    if (paused || document.hidden) {
      return;
    }
    fetch(live.getAttribute("data-live-count"), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (counts) {
        if (counts) {
          show(counts);
        }
      })
      .catch(function () { /* offline for a moment: the next round tries again */ });
  }

  window.setInterval(refresh, 30000);
}());
