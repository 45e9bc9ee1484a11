// Sorting, filtering and comparing, with state kept in the URL. No framework, no network.
// Without this script every table is complete and in its default order.
(function () {
  "use strict";

  function params() { return new URLSearchParams(window.location.search); }

  function setParams(update) {
    var p = params();
    Object.keys(update).forEach(function (k) {
      if (update[k] === "" || update[k] === null || update[k] === undefined) p.delete(k); else p.set(k, update[k]);
    });
    var q = p.toString();
    try { window.history.replaceState(null, "", q ? "?" + q : window.location.pathname); } catch (e) { /* file:// in some browsers */ }
  }

  // ---- Sortable leaderboard -------------------------------------------------
  function initSortable(table) {
    var tbody = table.tBodies[0];
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var rows = Array.prototype.slice.call(tbody.rows);
    var original = rows.slice();
    var keyed = {};
    headers.forEach(function (th, index) { if (th.dataset.key) keyed[th.dataset.key] = index; });

    function sortBy(key, direction) {
      var index = keyed[key];
      if (index === undefined) return false;
      var th = headers[index];
      var numeric = th.dataset.type === "number";
      var items = rows.map(function (row, i) {
        var raw = row.cells[index].getAttribute("data-value") || "";
        var value = numeric ? (raw === "" ? null : parseFloat(raw)) : (raw === "" ? null : raw.toLowerCase());
        return { row: row, value: value, i: i };
      });
      var sign = direction === "desc" ? -1 : 1;
      items.sort(function (a, b) {
        // Gaps always sort last, whatever the direction.
        if (a.value === null && b.value === null) return a.i - b.i;
        if (a.value === null) return 1;
        if (b.value === null) return -1;
        if (a.value < b.value) return -sign;
        if (a.value > b.value) return sign;
        return a.i - b.i;
      });
      var fragment = document.createDocumentFragment();
      items.forEach(function (item) { fragment.appendChild(item.row); });
      tbody.appendChild(fragment);
      rows = items.map(function (item) { return item.row; });
      headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", direction === "desc" ? "descending" : "ascending");
      return true;
    }

    function defaultDirection(key) {
      var th = headers[keyed[key]];
      return th && th.dataset.type === "number" && key !== "rank" ? "desc" : "asc";
    }

    headers.forEach(function (th) {
      var button = th.querySelector("button");
      if (!button || !th.dataset.key) return;
      button.addEventListener("click", function () {
        var key = th.dataset.key;
        var current = th.getAttribute("aria-sort");
        var direction = current ? (current === "descending" ? "asc" : "desc") : defaultDirection(key);
        sortBy(key, direction);
        setParams({ sort: key === "rank" && direction === "asc" ? "" : key, dir: key === "rank" && direction === "asc" ? "" : direction });
      });
    });

    var p = params();
    if (p.get("sort")) sortBy(p.get("sort"), p.get("dir") === "asc" ? "asc" : (p.get("dir") === "desc" ? "desc" : defaultDirection(p.get("sort"))));
    return { reset: function () { rows = original.slice(); sortBy("rank", "asc"); } };
  }

  // ---- Filters ----------------------------------------------------------------
  function initFilters(form, table) {
    form.hidden = false;
    var status = document.getElementById("filter-status");
    var fields = ["org", "method", "paper", "coverage"];
    var p = params();
    fields.forEach(function (name) { if (p.get(name) !== null) form.elements[name].value = p.get(name); });

    function apply() {
      var org = form.elements.org.value, method = form.elements.method.value;
      var paper = form.elements.paper.value, coverage = parseInt(form.elements.coverage.value || "0", 10);
      var rows = table.tBodies[0].rows, shown = 0;
      for (var i = 0; i < rows.length; i++) {
        var r = rows[i];
        var ok = (!org || r.getAttribute("data-org") === org)
          && (!method || (" " + r.getAttribute("data-methods") + " ").indexOf(" " + method + " ") >= 0)
          && (!paper || r.getAttribute("data-paper") === paper)
          && (!coverage || parseInt(r.getAttribute("data-coverage"), 10) >= coverage);
        r.hidden = !ok;
        if (ok) shown++;
      }
      status.textContent = "Showing " + shown + " of " + rows.length + " models.";
      var update = {};
      fields.forEach(function (name) { update[name] = form.elements[name].value; });
      setParams(update);
    }
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    apply();
  }

  // ---- Compare ----------------------------------------------------------------
  function initCompare(form, table) {
    var chosen = params().getAll("m");
    var boxes = form.querySelectorAll("input[name=m]");
    Array.prototype.forEach.call(boxes, function (box) { box.checked = chosen.indexOf(box.value) >= 0; });
    var status = document.getElementById("compare-status");
    var rows = table.tBodies[0].rows, shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var on = chosen.length === 0 || chosen.indexOf(rows[i].getAttribute("data-slug")) >= 0;
      rows[i].hidden = !on;
      if (on) shown++;
    }
    status.textContent = chosen.length === 0
      ? "No models picked yet: showing all " + rows.length + "."
      : "Comparing " + shown + " model" + (shown === 1 ? "" : "s") + (chosen.length < 2 ? "; pick at least one more." : ".");
  }

  document.addEventListener("DOMContentLoaded", function () {
    var table = document.getElementById("leaderboard");
    if (table) {
      var sortable = initSortable(table);
      var form = document.getElementById("filters");
      if (form) initFilters(form, table);
      void sortable;
    }
    var compareForm = document.getElementById("compare-form");
    var compareTable = document.getElementById("compare-table");
    if (compareForm && compareTable) initCompare(compareForm, compareTable);
  });
})();
