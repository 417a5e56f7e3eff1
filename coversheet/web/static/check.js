// Each question's findings beside it as soon as the author leaves it, without a page reload.
// The page works without this file: a full submit shows the same findings from the same check.
(function () {
  "use strict";
  var form = document.getElementById("sheet");
  if (!form || !window.fetch || !window.FormData) { return; }
  var token = form.querySelector("input[name=csrf]").value;
  var summary = document.getElementById("error-summary");
  var shown = {};  // question boxes whose findings the author has seen: kept current
  Array.prototype.forEach.call(form.querySelectorAll("[data-question]"), function (box) {
    if (box.querySelector(".cs-findings p")) { shown[box.id] = true; }
  });
  var pending = null;
  var changed = {};  // questions the author has typed in or ticked since the page loaded

  form.addEventListener("input", function (event) {
    var box = event.target.closest && event.target.closest("[data-question]");
    if (box) { changed[box.id] = true; }
  });

  function draft() {
    var data = new FormData(form);
    data.delete("paper");  // the paper body is sent only with a full submit
    data.delete("action");
    return data;
  }

  function check(boxId) {
    shown[boxId] = true;
    if (pending) { pending.abort(); }
    pending = new AbortController();
    fetch("/check", {
      method: "POST", body: draft(), credentials: "same-origin",
      headers: {"X-CSRF-Token": token, "Accept": "application/json"}, signal: pending.signal
    }).then(function (response) {
      if (!response.ok) { throw new Error("check failed: " + response.status); }
      return response.json();
    }).then(show).catch(function () { /* the full submit still checks */ });
  }

  function show(answer) {
    var errors = [];
    Object.keys(answer.boxes).forEach(function (boxId) {
      var box = document.getElementById(boxId);
      if (!box || !shown[boxId]) { return; }
      var found = answer.boxes[boxId];
      var old = document.getElementById(boxId + "-findings");
      if (old && old.outerHTML !== found.html) {
        var holder = document.createElement("div");
        holder.innerHTML = found.html;  // rendered by the server, every value escaped
        old.replaceWith(holder.firstElementChild);
      }
      box.classList.toggle("nhsuk-form-group--error", found.errors.length > 0);
      found.errors.forEach(function (e) { errors.push(e); });
    });
    updateSummary(errors);
  }

  function updateSummary(errors) {
    if (!summary) { return; }
    var list = summary.querySelector("ul");
    Array.prototype.slice.call(list.querySelectorAll("li.cs-live")).forEach(function (li) { li.remove(); });
    Array.prototype.slice.call(list.querySelectorAll("li")).forEach(function (li) {
      if (li.querySelector("a")) { li.remove(); }
    });
    errors.forEach(function (e) {
      var li = document.createElement("li");
      li.className = "cs-live";
      var a = document.createElement("a");
      a.href = e[0];
      a.textContent = e[1];
      li.appendChild(a);
      list.appendChild(li);
    });
    var any = list.querySelector("li") !== null;
    summary.classList.toggle("cs-hidden", !any);
  }

  form.addEventListener("focusout", function (event) {
    var box = event.target.closest && event.target.closest("[data-question]");
    if (!box) { return; }
    // Leaving one control for another of the same question is not leaving the question.
    var next = event.relatedTarget;
    if (next && box.contains(next)) { return; }
    // Passing through a question with Tab says nothing about it: only one the author has
    // answered (or whose findings are showing) is checked as they leave it.
    if (changed[box.id] || shown[box.id]) { check(box.id); }
  });
  form.addEventListener("change", function (event) {
    var box = event.target.closest && event.target.closest("[data-question]");
    if (box) { changed[box.id] = true; }
    if (box && (event.target.type === "radio" || event.target.type === "checkbox" || event.target.tagName === "SELECT") && shown[box.id]) {
      check(box.id);
    }
  });
})();
