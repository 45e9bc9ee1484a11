// Sorting, filtering and comparing, with state kept in the URL. No framework, no network.
// Without this script every table is complete and in its default order.
(function () {
  "use strict";
  // Set while the page is still being parsed (this script is not deferred): the stylesheet then
  // keeps long tables to their first page of rows from the first layout (see `data-paged`).
  document.documentElement.classList.add("js");

  function params() { return new URLSearchParams(window.location.search); }

  function setParams(update) {
    var p = params();
    Object.keys(update).forEach(function (k) {
      if (update[k] === "" || update[k] === null || update[k] === undefined) p.delete(k); else p.set(k, update[k]);
    });
    var q = p.toString();
    try { window.history.replaceState(null, "", q ? "?" + q : window.location.pathname); } catch (e) { /* file:// in some browsers */ }
  }

  // A "Show more" button after the table's scrolling frame.
  function moreButton(table, onClick) {
    var more = document.createElement("button");
    more.type = "button";
    more.className = "show-more";
    more.hidden = true;
    var frame = table.parentNode.classList.contains("table-wrap") ? table.parentNode : table;
    frame.parentNode.insertBefore(more, frame.nextSibling);
    more.addEventListener("click", onClick);
    return more;
  }

  // ---- Long tables: a page of rows, then more on request ----------------------
  // `rows` are shown when `wanted(i)` says so, at most `limit` of them; returns how many are wanted.
  function showRows(rows, limit, wanted) {
    var count = 0;
    for (var i = 0; i < rows.length; i++) {
      var on = wanted(i);
      if (on) count++;
      var hide = !on || count > limit;
      if (rows[i].hidden !== hide) rows[i].hidden = hide;
    }
    return count;
  }

  function initPagedTable(table) {
    var rows = table.tBodies[0].rows, limit = PAGE;
    var more = moreButton(table, function () { limit += PAGE * 5; render(); });
    function render() {
      showRows(rows, limit, function () { return true; });
      more.hidden = rows.length <= limit;
      more.textContent = "Show more (" + (rows.length - limit) + " of " + rows.length + " rows left)";
    }
    render();
    table.classList.add("paged");
  }

  // ---- Leaderboard: sort, filter, and show a page of rows ----------------------
  // Rows live in an array; only the first `limit` rows of the current view are in the DOM.
  // Laying out a 10,000-row table took seconds on every sort (bench/RESULTS.md), a page of rows does not.
  // The stylesheet hides the same rows before this script takes over: keep its nth-child(n+201) in step
  // (with page_size, the build's assets/page-size.css moves that line to the configured size).
  // Rows per page: the site's page_size (an attribute of <html>), else 200. The stylesheet keeps
  // rows past the 200th out of the first layout either way; the script then shows the page.
  var PAGE = Number(document.documentElement.getAttribute("data-page-size")) || 200;

  function initLeaderboard(table, form) {
    var tbody = table.tBodies[0];
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var all = Array.prototype.slice.call(tbody.rows);
    var keyed = {};
    headers.forEach(function (th, index) { if (th.dataset.key) keyed[th.dataset.key] = index; });
    // Row positions in the current order; what filters and sorts read is taken from the DOM once.
    var order = all.map(function (row, i) { return i; });
    var meta = all.map(function (r, i) {
      return {
        org: r.getAttribute("data-org"),
        // What the search box matches: the model's name and organization, lower-cased once.
        text: (r.cells[1] ? r.cells[1].textContent : "").toLowerCase() + " " + (r.getAttribute("data-org") || "").toLowerCase(),
        methods: " " + r.getAttribute("data-methods") + " ",
        paper: r.getAttribute("data-paper"),
        coverage: parseInt(r.getAttribute("data-coverage"), 10),
        // Models that share no evidence are never ordered against each other: columns marked
        // data-within="cohort" sort inside each cohort (rows without one last).
        cohort: r.getAttribute("data-cohort") ? parseInt(r.getAttribute("data-cohort"), 10) : Infinity,
        // The evidence order, which ties keep; rows may be served in default_sort order instead.
        position: r.hasAttribute("data-position") ? parseInt(r.getAttribute("data-position"), 10) : i
      };
    });
    var sortValues = {};
    var limit = PAGE;
    var status = document.getElementById("filter-status");
    var more = moreButton(table, function () { limit += PAGE * 5; render(); });

    function filters() {
      if (!form) return null;
      return {
        q: form.elements.q ? form.elements.q.value.trim().toLowerCase() : "",
        org: form.elements.org.value, method: form.elements.method.value ? " " + form.elements.method.value + " " : "",
        paper: form.elements.paper.value, coverage: parseInt(form.elements.coverage.value || "0", 10)
      };
    }

    function matches(f, m) {
      return !f || ((!f.q || f.q.split(/\s+/).every(function (word) { return m.text.indexOf(word) >= 0; }))
        && (!f.org || m.org === f.org)
        && (!f.method || m.methods.indexOf(f.method) >= 0)
        && (!f.paper || m.paper === f.paper)
        && (!f.coverage || m.coverage >= f.coverage));
    }

    function render() {
      var f = filters();
      var view = order.filter(function (i) { return matches(f, meta[i]); });
      var shown = view.slice(0, limit);
      var fragment = document.createDocumentFragment();
      shown.forEach(function (i) { fragment.appendChild(all[i]); });
      while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
      tbody.appendChild(fragment);
      if (status) {
        status.textContent = "Showing " + shown.length + " of " + view.length + " models" +
          (view.length < all.length ? " matching the filters (" + all.length + " in all)." : ".");
      }
      more.hidden = view.length <= shown.length;
      more.textContent = "Show more (" + (view.length - shown.length) + " left)";
    }

    function valuesFor(key, index, numeric) {
      if (!sortValues[key]) {
        sortValues[key] = all.map(function (row) {
          var raw = row.cells[index].getAttribute("data-value") || "";
          return numeric ? (raw === "" ? null : parseFloat(raw)) : (raw === "" ? null : raw.toLowerCase());
        });
      }
      return sortValues[key];
    }

    function sortBy(key, direction) {
      var index = keyed[key];
      if (index === undefined) return false;
      var th = headers[index];
      var values = valuesFor(key, index, th.dataset.type === "number");
      var sign = direction === "desc" ? -1 : 1;
      var withinCohort = th.dataset.within === "cohort";
      order = all.map(function (row, i) { return i; });
      order.sort(function (a, b) {
        if (withinCohort && meta[a].cohort !== meta[b].cohort) return meta[a].cohort < meta[b].cohort ? -1 : 1;
        var va = values[a], vb = values[b];
        // Gaps always sort last, whatever the direction.
        if (va === null && vb === null) return meta[a].position - meta[b].position;
        if (va === null) return 1;
        if (vb === null) return -1;
        if (va < vb) return -sign;
        if (va > vb) return sign;
        return meta[a].position - meta[b].position;
      });
      headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", direction === "desc" ? "descending" : "ascending");
      return true;
    }

    function defaultDirection(key) {
      var th = headers[keyed[key]];
      return th && th.dataset.type === "number" && key !== "rank" ? "desc" : "asc";
    }

    // What the table shows with no sort in the address: leaderboard.yml's default_sort, or rank.
    var initialKey = table.dataset.defaultSort || "rank";
    var initialDirection = table.dataset.defaultDir || (table.dataset.defaultSort ? defaultDirection(initialKey) : "asc");
    headers.forEach(function (th) {
      var button = th.querySelector("button");
      if (!button || !th.dataset.key) return;
      button.addEventListener("click", function () {
        var key = th.dataset.key;
        var current = th.getAttribute("aria-sort");
        var direction = current ? (current === "descending" ? "asc" : "desc") : defaultDirection(key);
        sortBy(key, direction);
        limit = PAGE;
        render();
        var isDefault = key === initialKey && direction === initialDirection;
        setParams({ sort: isDefault ? "" : key, dir: isDefault ? "" : direction });
      });
    });

    var fields = ["q", "org", "method", "paper", "coverage"];
    var p = params();
    if (form) {
      form.hidden = false;
      fields.forEach(function (name) { if (p.get(name) !== null) form.elements[name].value = p.get(name); });
      var onChange = function () {
        limit = PAGE;
        render();
        var update = {};
        fields.forEach(function (name) { update[name] = form.elements[name].value; });
        setParams(update);
      };
      form.addEventListener("change", onChange);
      // The search filters as one types; the address follows.
      if (form.elements.q) form.elements.q.addEventListener("input", onChange);
      form.addEventListener("submit", function (e) { e.preventDefault(); onChange(); });
      form.addEventListener("reset", function () { window.setTimeout(onChange, 0); });
    }
    // The address's sort, else the site's default_sort, else the evidence order of the HTML.
    var sortKey = p.get("sort") || (keyed[initialKey] !== undefined && initialKey !== "rank" ? initialKey : null);
    var wanted = p.get("sort") ? p.get("dir") : initialDirection;
    if (sortKey) sortBy(sortKey, wanted === "asc" ? "asc" : (wanted === "desc" ? "desc" : defaultDirection(sortKey)));
    render();
    table.classList.add("paged");
  }

  // ---- Compare ----------------------------------------------------------------
  function initCompare(form, table) {
    var chosen = params().getAll("m");
    var boxes = form.querySelectorAll("input[name=m]");
    Array.prototype.forEach.call(boxes, function (box) { box.checked = chosen.indexOf(box.value) >= 0; });
    var status = document.getElementById("compare-status");
    var rows = table.tBodies[0].rows, limit = chosen.length === 0 ? PAGE : rows.length;
    var more = moreButton(table, function () { limit += PAGE * 5; render(); });
    function render() {
      var shown = showRows(rows, limit, function (i) {
        return chosen.length === 0 || chosen.indexOf(rows[i].getAttribute("data-slug")) >= 0;
      });
      more.hidden = shown <= limit;
      more.textContent = "Show more (" + (shown - limit) + " of " + shown + " models left)";
      status.textContent = chosen.length === 0
        ? "No models picked yet: showing " + (rows.length <= limit ? "all " + rows.length : "the first " + limit + " of " + rows.length) + "."
        : "Comparing " + shown + " model" + (shown === 1 ? "" : "s") + (chosen.length < 2 ? "; pick at least one more." : ".");
    }
    render();
    table.classList.add("paged");
    if (chosen.length >= 2) headToHead(table, chosen);
    if (chosen.length > 0) hideEmptyColumns(table, rows);
  }

  // Benchmark columns that none of the picked models has (every shown cell "–") are hidden; the
  // status line says how many.
  function hideEmptyColumns(table, rows) {
    var header = table.tHead.rows[0].cells, hidden = 0;
    var first = Array.prototype.findIndex.call(header, function (th) { return th.classList.contains("benchmark-col"); });
    if (first < 0) return;
    for (var c = first; c < header.length; c++) {
      var empty = true;
      for (var r = 0; r < rows.length && empty; r++) {
        if (!rows[r].hidden && rows[r].cells[c] && rows[r].cells[c].textContent.trim() !== "–") empty = false;
      }
      if (!empty) continue;
      header[c].hidden = true;
      for (var k = 0; k < rows.length; k++) if (rows[k].cells[c]) rows[k].cells[c].hidden = true;
      hidden++;
    }
    var status = document.getElementById("compare-status");
    if (status && hidden) status.textContent += " " + hidden + " benchmark column" + (hidden === 1 ? "" : "s") + " that none of them has " + (hidden === 1 ? "is" : "are") + " hidden.";
  }

  // ---- Head-to-head of the picked models, from each row's data-evidence ----------
  // Same rule as the head-to-head page: a win needs the whole score range above the other's.
  function headToHead(table, chosen) {
    var target = document.getElementById("compare-h2h-table"), wrap = document.getElementById("compare-h2h-wrap");
    var status = document.getElementById("compare-h2h-status"), list = document.getElementById("compare-groups");
    if (!target || !wrap || !list) return;
    var groupNames = Array.prototype.map.call(list.children, function (li) { return li.textContent; });
    var models = [];
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      if (chosen.indexOf(row.getAttribute("data-slug")) < 0) return;
      var entries = {};
      (row.getAttribute("data-evidence") || "").split(";").forEach(function (part) {
        var f = part.split("~");
        if (f.length === 4) entries[f[0]] = { low: parseFloat(f[1]), high: parseFloat(f[2]), value: f[3] };
      });
      var head = row.querySelector("th");
      models.push({ name: head.textContent, href: head.querySelector("a").getAttribute("href"), entries: entries });
    });
    function el(tag, text, cls) { var e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; }
    function link(m) { var a = el("a", m.name); a.href = m.href; return a; }
    function plural(n, word) { return n + " " + word + (n === 1 ? "" : (word === "loss" ? "es" : "s")); }
    var thead = el("thead"), headRow = el("tr"), corner = el("th", "Model");
    corner.scope = "col";
    headRow.appendChild(corner);
    models.forEach(function (m) { var th = el("th", "", "matrix-col"); th.scope = "col"; th.appendChild(link(m)); headRow.appendChild(th); });
    thead.appendChild(headRow);
    var body = el("tbody");
    models.forEach(function (a, r) {
      var tr = el("tr"), th = el("th");
      th.scope = "row";
      th.appendChild(link(a));
      tr.appendChild(th);
      models.forEach(function (b, c) {
        var td = el("td", "", "h2h");
        if (r === c) { td.appendChild(el("span", "same model", "visually-hidden")); td.appendChild(el("span", "—")).setAttribute("aria-hidden", "true"); tr.appendChild(td); return; }
        var w = 0, t = 0, l = 0, lines = [];
        Object.keys(a.entries).map(Number).sort(function (x, y) { return x - y; }).forEach(function (g) {
          var x = a.entries[g], y = b.entries[g];
          if (!y) return;
          var word = x.low > y.high ? "win" : (x.high < y.low ? "loss" : "tie");
          if (word === "win") w++; else if (word === "loss") l++; else t++;
          lines.push(groupNames[g] + ": " + word + " (" + x.value + " vs " + y.value + ")");
        });
        if (lines.length === 0) {
          td.appendChild(el("span", "never compared", "h2h-never")).title = a.name + " vs " + b.name + ": never compared (no shared benchmark setup)";
        } else {
          td.className += " h2h-" + (w > 0 && l > 0 ? "mixed" : (w > 0 ? "win" : (l > 0 ? "loss" : "tie")));
          var label = a.name + " vs " + b.name + ": " + plural(w, "win") + ", " + plural(t, "tie") + ", " + plural(l, "loss");
          var details = el("details"), summary = el("summary"), ul = el("ul");
          details.title = label;
          summary.appendChild(el("span", w + "–" + t + "–" + l)).setAttribute("aria-hidden", "true");
          summary.appendChild(el("span", label, "visually-hidden"));
          lines.forEach(function (line) { ul.appendChild(el("li", line)); });
          details.appendChild(summary);
          details.appendChild(ul);
          td.appendChild(details);
        }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    target.textContent = "";
    target.appendChild(el("caption", "Picked models: row vs column, wins–ties–losses on shared benchmark setups."));
    target.appendChild(thead);
    target.appendChild(body);
    wrap.hidden = false;
    status.textContent = "Head-to-head of the " + models.length + " picked models, built from the values on this page.";
  }

  // Esc hides the score's explanation under the pointer or the focus until it moves on.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape") return;
    var cells = document.querySelectorAll("td:hover, td:focus-within");
    Array.prototype.forEach.call(cells, function (cell) {
      if (cell.querySelector(".basis")) cell.setAttribute("data-basis-dismissed", "");
    });
  });
  ["mouseout", "focusout"].forEach(function (type) {
    document.addEventListener(type, function (e) {
      var cell = e.target.closest ? e.target.closest("td[data-basis-dismissed]") : null;
      if (cell && !cell.contains(e.relatedTarget)) cell.removeAttribute("data-basis-dismissed");
    });
  });

  // A table's score explanations are one tab stop, not one per cell (a 10,000-row leaderboard
  // would be 40,000 stops): the arrow keys move between them, Home and End along the row, and
  // Tab goes on to the next link. Without JavaScript every explanation keeps its own stop.
  var TIP = "[aria-describedby^='basis-']";
  function initTipKeys(table) {
    var tips = table.querySelectorAll(TIP);
    if (!tips.length) return;
    Array.prototype.forEach.call(tips, function (t) { t.setAttribute("tabindex", "-1"); });
    function shown(t) { return t.offsetParent !== null; }
    function setStop(t) {
      var old = table.querySelector(TIP + "[tabindex='0']");
      if (old) old.setAttribute("tabindex", "-1");
      t.setAttribute("tabindex", "0");
    }
    // The stop follows sorting and paging: when its row is hidden, the first shown one takes over.
    function ensureStop() {
      var current = table.querySelector(TIP + "[tabindex='0']");
      if (current && shown(current)) return;
      var first = Array.prototype.find.call(table.querySelectorAll(TIP), shown);
      if (first) setStop(first);
    }
    ensureStop();
    var wrap = table.closest(".table-wrap") || table;
    wrap.addEventListener("focusin", function (e) { if (e.target === wrap) ensureStop(); });
    table.addEventListener("focusin", function (e) { if (e.target.matches && e.target.matches(TIP)) setStop(e.target); });
    table.addEventListener("keydown", function (e) {
      var t = e.target;
      if (!t.matches || !t.matches(TIP)) return;
      var cell = t.closest("td"), row = cell.parentElement, next = null;
      if (e.key === "ArrowRight" || e.key === "ArrowLeft" || e.key === "Home" || e.key === "End") {
        var inRow = Array.prototype.slice.call(row.querySelectorAll(TIP));
        var i = inRow.indexOf(t);
        next = e.key === "Home" ? inRow[0] : e.key === "End" ? inRow[inRow.length - 1] : inRow[i + (e.key === "ArrowRight" ? 1 : -1)];
      } else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        var other = row;
        while (!next && (other = e.key === "ArrowDown" ? other.nextElementSibling : other.previousElementSibling)) {
          var c = other.offsetParent !== null ? other.cells[cell.cellIndex] : null;
          next = c ? c.querySelector(TIP) : null;
        }
      }
      if (next && next !== t) {
        e.preventDefault();
        setStop(next);
        next.focus();
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    try {
      var table = document.getElementById("leaderboard");
      if (table) initLeaderboard(table, document.getElementById("filters"));
      var compareForm = document.getElementById("compare-form");
      var compareTable = document.getElementById("compare-table");
      if (compareForm && compareTable) initCompare(compareForm, compareTable);
      Array.prototype.forEach.call(document.querySelectorAll("table[data-paged]:not(.paged)"), initPagedTable);
      Array.prototype.forEach.call(document.querySelectorAll("table"), initTipKeys);
    } catch (error) {
      // Whatever failed, no row stays hidden behind the first page.
      document.documentElement.classList.remove("js");
      throw error;
    }
  });
})();
