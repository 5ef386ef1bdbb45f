(function () {
"use strict";
var body = document.body;
var docs = JSON.parse(document.getElementById("docs").textContent);
var KEY = "budgetpdf-review/" + body.dataset.pageKey;
var rows = Array.prototype.slice.call(document.querySelectorAll("article.row"));
var index = new Map(), byId = new Map(), perDoc = {};
rows.forEach(function (r, i) { index.set(r, i); byId.set(r.id, r); perDoc[r.dataset.doc] = (perDoc[r.dataset.doc] || 0) + 1; });
var decisions = {}, cellAt = {}, current = null;
var $ = function (id) { return document.getElementById(id); };
var reviewer = $("reviewer"), counts = $("counts"), pre = $("corrections");
var fStatus = $("f-status"), fDoc = $("f-doc"), fTable = $("f-table"), fFlag = $("f-flag"), shown = $("shown");
var autotest = /(?:^#|&)autotest=([^&]*)/.exec(location.hash);

function now() { return new Date().toISOString(); }
function cells(row) { return Array.prototype.slice.call(row.querySelectorAll("li.cell")); }
function orig(li) { return li.querySelector(".val").dataset.orig; }

function load() {
  try {
    var s = JSON.parse(localStorage.getItem(KEY) || "{}");
    decisions = s.decisions || {};
    reviewer.value = s.reviewer || localStorage.getItem("budgetpdf-review/reviewer") || "";
  } catch (e) { decisions = {}; }
  Object.keys(decisions).forEach(function (id) { if (!byId.has(id)) delete decisions[id]; });
}
function store() {
  try {
    localStorage.setItem(KEY, JSON.stringify({ decisions: decisions, reviewer: reviewer.value }));
    localStorage.setItem("budgetpdf-review/reviewer", reviewer.value);
  } catch (e) { /* private mode: decisions live until the page closes */ }
}

// The corrections file (docs/review.md), in page order.
function corrections() {
  var out = { format: "budgetpdf-corrections/1", created: now(), decisions: [] };
  var who = reviewer.value.trim();
  if (who) out.reviewer = who;
  rows.forEach(function (row) {
    var d = decisions[row.id];
    if (!d) return;
    var doc = docs[row.dataset.doc], lis = cells(row);
    var item = { document: { file: doc.file, folder: doc.folder }, table: +row.dataset.table, row: +row.dataset.row,
                 action: d.action, was: lis.map(orig), at: d.at };
    if (doc.sha256) item.document.sha256 = doc.sha256;
    if (row.dataset.checks) item.checks = row.dataset.checks.split(" ");
    if (who) item.by = who;
    if (d.action === "edit") {
      item.edits = Object.keys(d.edits).map(Number).sort(function (a, b) { return a - b; }).map(function (c) {
        return { column: c, name: lis[c].querySelector(".name").textContent, from: orig(lis[c]), to: d.edits[c] };
      });
    }
    out.decisions.push(item);
  });
  return out;
}

function paint(row) {
  var d = decisions[row.id];
  row.classList.toggle("todo", !d);
  row.classList.toggle("accepted", !!d && d.action === "accept");
  row.classList.toggle("edited", !!d && d.action === "edit");
  row.querySelector(".status").textContent = !d ? "to do" : d.action === "accept" ? "accepted" : "edited";
  cells(row).forEach(function (li, c) {
    var v = li.querySelector(".val"), o = v.dataset.orig;
    var e = d && d.action === "edit" && Object.prototype.hasOwnProperty.call(d.edits, c) ? d.edits[c] : null;
    v.textContent = "";
    if (e !== null) {
      var del = document.createElement("del"), ins = document.createElement("ins");
      del.textContent = o; ins.textContent = e === "" ? "(empty)" : e;
      v.append(del, " ", ins);
    } else { v.textContent = o; }
    li.classList.toggle("changed", e !== null);
  });
}

function update() {
  var done = 0, acc = 0, ed = 0, left = {};
  rows.forEach(function (row) {
    var d = decisions[row.id];
    if (d) { done++; if (d.action === "accept") acc++; else ed++; }
    else left[row.dataset.doc] = (left[row.dataset.doc] || 0) + 1;
  });
  if (rows.length) counts.textContent = (rows.length - done) + " of " + rows.length + " rows left · " + acc + " accepted · " + ed + " edited";
  document.querySelectorAll(".doc-left").forEach(function (s) {
    s.textContent = (left[s.dataset.doc] || 0) + " of " + perDoc[s.dataset.doc] + " rows left";
  });
  pre.textContent = JSON.stringify(corrections(), null, 1);
  store();
}

function filter() {
  if (!fStatus) return;
  var st = fStatus.value, doc = fDoc.value, tk = fTable.value, fl = fFlag.value, n = 0;
  rows.forEach(function (row) {
    var d = decisions[row.id];
    var show = (!doc || row.dataset.doc === doc) && (!tk || row.dataset.tkey === tk) &&
      (!fl || (" " + row.dataset.flags + " ").indexOf(" " + fl + " ") >= 0) &&
      (st === "all" || (st === "todo") === !d);
    row.hidden = !show;
    if (show) n++;
  });
  document.querySelectorAll("section.table, section.doc").forEach(function (s) {
    s.hidden = !s.querySelector("article.row:not([hidden])");
  });
  shown.textContent = n === rows.length ? "" : "showing " + n + " of " + rows.length;
  if (current && current.hidden) focus(step(current, 1) || step(current, -1), true);
}

function step(row, dir) {
  for (var i = index.get(row) + dir; i >= 0 && i < rows.length; i += dir) if (!rows[i].hidden) return rows[i];
  return null;
}
function first() { for (var i = 0; i < rows.length; i++) if (!rows[i].hidden) return rows[i]; return null; }
function nextTodo(row) {
  var start = row ? index.get(row) : -1;
  for (var k = 1; k <= rows.length; k++) {
    var r = rows[(start + k) % rows.length];
    if (!r.hidden && !decisions[r.id]) return r;
  }
  return null;
}

function paintCell(row) {
  var lis = cells(row);
  lis.forEach(function (li, c) { li.classList.toggle("cfocus", row === current && c === cellAt[row.id]); });
}
function focus(row, scroll) {
  if (!row) return;
  if (current && current !== row) { current.classList.remove("focus"); var old = current; current = row; paintCell(old); }
  current = row;
  row.classList.add("focus");
  if (!(row.id in cellAt)) {
    var hot = cells(row).findIndex(function (li) { return li.classList.contains("hot"); });
    cellAt[row.id] = hot >= 0 ? hot : 0;
  }
  paintCell(row);
  if (scroll) row.scrollIntoView({ block: "start" });
}
function moveCell(dir) {
  if (!current) return;
  var n = cells(current).length;
  cellAt[current.id] = Math.max(0, Math.min(n - 1, cellAt[current.id] + dir));
  paintCell(current);
}

function decide(row, d) {
  if (d) decisions[row.id] = d; else delete decisions[row.id];
  paint(row);
  update();
}
function accept(row) {
  var d = decisions[row.id];
  if (!d || d.action !== "edit") decide(row, { action: "accept", at: now() });   // an edited row stays edited
  var next = nextTodo(row);
  filter();
  if (next && next !== row) focus(next, true);
}
function commit(row, c, value) {
  value = value.trim();
  var li = cells(row)[c], d = decisions[row.id];
  var edits = d && d.action === "edit" ? Object.assign({}, d.edits) : {};
  if (value === orig(li)) delete edits[c]; else edits[c] = value;
  if (Object.keys(edits).length) decide(row, { action: "edit", edits: edits, at: now() });
  else if (d && d.action === "edit") decide(row, null);
  else paint(row);
}
function edit(row, c) {
  var lis = cells(row);
  if (c < 0 || c >= lis.length) return;
  focus(row, false);
  cellAt[row.id] = c;
  paintCell(row);
  var v = lis[c].querySelector(".val"), d = decisions[row.id];
  var input = document.createElement("input");
  input.type = "text";
  input.className = "editor";
  input.value = d && d.action === "edit" && Object.prototype.hasOwnProperty.call(d.edits, c) ? d.edits[c] : orig(lis[c]);
  v.replaceChildren(input);
  input.focus();
  input.select();
  var finished = false;
  function finish(keep, next) {
    if (finished) return;
    finished = true;
    if (keep) commit(row, c, input.value); else paint(row);
    if (next && c + 1 < lis.length) edit(row, c + 1); else row.focus({ preventScroll: true });
  }
  input.addEventListener("keydown", function (e) {
    e.stopPropagation();
    if (e.key === "Enter") { e.preventDefault(); finish(true, false); }
    else if (e.key === "Escape") { e.preventDefault(); finish(false, false); }
    else if (e.key === "Tab") { e.preventDefault(); finish(true, !e.shiftKey); }
  });
  input.addEventListener("blur", function () { finish(true, false); });
}

// Whole-page viewer, with the row outlined.
var viewer = $("viewer"), vimg = $("viewer-img"), vbox = $("viewer-box");
function openPage(row) {
  var a = row && row.querySelector("a.pagelink");
  if (!a) return;
  var b = a.dataset.box.split(",").map(Number), scale = +a.dataset.scale;
  function place() {
    var w = vimg.naturalWidth / scale, h = vimg.naturalHeight / scale;
    if (!w || !h) return;
    vimg.style.width = Math.round(w * 1.6) + "px";
    vbox.style.left = (b[0] / w * 100 - 0.4) + "%"; vbox.style.width = ((b[2] - b[0]) / w * 100 + 0.8) + "%";
    vbox.style.top = (b[1] / h * 100 - 0.3) + "%"; vbox.style.height = ((b[3] - b[1]) / h * 100 + 0.6) + "%";
    vbox.scrollIntoView({ block: "center", inline: "center" });
  }
  vimg.onload = place;
  vimg.src = a.getAttribute("href");
  $("viewer-title").textContent = row.querySelector(".where").textContent + " · " + row.querySelector(".label").textContent;
  viewer.hidden = false;
  if (vimg.complete) place();
}
function closePage() { viewer.hidden = true; }
$("viewer-close").addEventListener("click", closePage);

function save() {
  var blob = new Blob([JSON.stringify(corrections(), null, 1) + "\n"], { type: "application/json" });
  var a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = "corrections.json";
  document.body.appendChild(a);
  a.click();
  setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 2000);
}

document.addEventListener("keydown", function (e) {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.target.matches && e.target.matches("input, select, textarea")) return;
  if (!viewer.hidden) {
    if (e.key === "Escape" || e.key === "p") { e.preventDefault(); closePage(); }
    return;
  }
  var r = current;
  switch (e.key) {
    case "j": case "ArrowDown": focus(r ? step(r, 1) || r : first(), true); break;
    case "k": case "ArrowUp": focus(r ? step(r, -1) || r : first(), true); break;
    case "n": focus(nextTodo(r), true); break;
    case "h": case "ArrowLeft": moveCell(-1); break;
    case "l": case "ArrowRight": moveCell(1); break;
    case "a": if (r) accept(r); break;
    case "e": case "Enter": if (r) edit(r, cellAt[r.id]); break;
    case "u": if (r) { decide(r, null); filter(); } break;
    case "p": openPage(r); break;
    case "s": save(); break;
    case "?": $("help").hidden = !$("help").hidden; break;
    default: return;
  }
  e.preventDefault();
});

document.addEventListener("click", function (e) {
  var row = e.target.closest && e.target.closest("article.row");
  var link = e.target.closest && e.target.closest("a.pagelink");
  if (link && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.button === 0) { e.preventDefault(); openPage(row); return; }
  if (e.target === viewer || (e.target.classList && e.target.classList.contains("viewer-body"))) { closePage(); return; }
  if (!row) return;
  if (row !== current) focus(row, false);
  var li = e.target.closest("li.cell");
  if (li) { cellAt[row.id] = cells(row).indexOf(li); paintCell(row); }
  var act = e.target.closest("button[data-act]");
  if (act) {
    if (act.dataset.act === "accept") accept(row);
    else if (act.dataset.act === "edit") edit(row, cellAt[row.id]);
    else if (act.dataset.act === "undo") { decide(row, null); filter(); }
  }
});
document.addEventListener("dblclick", function (e) {
  var li = e.target.closest && e.target.closest("li.cell"), row = li && li.closest("article.row");
  if (row && !e.target.closest("input")) edit(row, cells(row).indexOf(li));
});
$("save").addEventListener("click", save);
$("help-btn").addEventListener("click", function () { $("help").hidden = !$("help").hidden; });
reviewer.addEventListener("input", update);
[fStatus, fDoc, fTable, fFlag].forEach(function (s) { if (s) s.addEventListener("change", function () { filter(); s.blur(); }); });

// Test hook: #autotest=accept:ROWID;edit:ROWID:COLUMN:TEXT;undo:ROWID;focus:ROWID;page:ROWID performs those actions on load.
function runAutotest(spec) {
  var errors = [];
  decodeURIComponent(spec).split(";").forEach(function (stepText) {
    if (!stepText) return;
    var parts = stepText.split(":"), row = byId.get(parts[1]);
    if (!row) { errors.push("no row " + parts[1]); return; }
    focus(row, false);
    if (parts[0] === "accept") accept(row);
    else if (parts[0] === "edit") commit(row, +parts[2], parts.slice(3).join(":"));
    else if (parts[0] === "undo") decide(row, null);
    else if (parts[0] === "focus") focus(row, true);
    else if (parts[0] === "page") openPage(row);
    else errors.push("unknown action " + parts[0]);
  });
  body.dataset.autotest = errors.length ? "error: " + errors.join(", ") : "done";
}

if (!autotest) load();
rows.forEach(paint);
update();
filter();
if (autotest) runAutotest(autotest[1]);
else if (rows.length) focus(nextTodo(null) || first(), false);
})();
