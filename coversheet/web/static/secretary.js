// The secretary's pages kept current without a reload: the papers as they arrive, change or
// leave, and a pack as it is built. Without this file a reload shows the same, checked anew.
(function () {
  "use strict";
  if (!window.fetch) { return; }
  var PAPERS_EVERY = 3000, BUILD_EVERY = 1500;  // milliseconds between asks

  function poll(url, every, apply) {
    function ask() {
      fetch(url(), {credentials: "same-origin", headers: {"Accept": "application/json"}})
        .then(function (response) {
          if (!response.ok) { throw new Error("status " + response.status); }
          return response.json();
        })
        .then(function (answer) { if (apply(answer) !== false) { window.setTimeout(ask, every); } })
        .catch(function () { window.setTimeout(ask, every * 4); });  // the server restarting, say
    }
    window.setTimeout(ask, every);
  }

  var checked = document.getElementById("checked");
  if (checked) {
    poll(function () { return "/secretary/papers.json?since=" + encodeURIComponent(checked.getAttribute("data-version")); },
      PAPERS_EVERY, function (answer) {
        if (!answer.changed) { return; }
        checked.setAttribute("data-version", answer.version);
        document.getElementById("checked-when").textContent = answer.when;
        document.getElementById("papers").innerHTML = answer.html;  // rendered by the server, every value escaped
        document.getElementById("papers-news").textContent = "The papers changed: " + answer.summary + " (checked " + answer.when + ").";
      });
  }

  var build = document.getElementById("build");
  if (build && build.getAttribute("data-state") === "running") {
    var id = build.getAttribute("data-build");
    poll(function () { return "/secretary/pack/" + encodeURIComponent(id) + ".json"; }, BUILD_EVERY, function (answer) {
      var step = document.getElementById("build-step");
      if (answer.state === "running") {
        if (step && step.textContent !== answer.step) { step.textContent = answer.step; }
        return;
      }
      build.setAttribute("data-state", answer.state);
      build.innerHTML = answer.html;  // rendered by the server, every value escaped
      document.getElementById("build-news").textContent = answer.state === "built" ? "The pack is built." : "The pack was not built.";
      return false;
    });
  }
}());
