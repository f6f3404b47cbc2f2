/*
 * The search page: ranks the build's index in the browser. search-index.js lists the index's shards
 * (window.evergreenSearchIndex); each shard's script, added here, pushes its entries onto
 * window.evergreenSearchShards. Scripts, not fetch, so that search also works from file://.
 */
(function () {
  "use strict";
  var docs = [];
  var loaded = false;
  var input = document.getElementById("search-query");
  var results = document.querySelector(".search-results");
  var status = document.querySelector(".search-status");
  var basePath = results.getAttribute("data-base-path") || "/";
  var fromDisk = location.protocol === "file:";

  function isCjk(ch) {
    return /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/.test(ch);
  }

  /* The same tokens as the build: lowercased words, and bigrams of CJK runs (a lone character as itself). */
  function tokens(text) {
    var out = [], word = "", run = [];
    function flushWord() { if (word.length >= 2) out.push(word); word = ""; }
    function flushRun() {
      if (run.length === 1) out.push(run[0]);
      for (var i = 0; i + 1 < run.length; i++) out.push(run[i] + run[i + 1]);
      run = [];
    }
    Array.from(text.toLowerCase()).forEach(function (ch) {
      if (isCjk(ch)) { flushWord(); run.push(ch); }
      else if (/[\p{L}\p{N}]/u.test(ch)) { flushRun(); word += ch; }
      else { flushWord(); flushRun(); }
    });
    flushWord(); flushRun();
    return out;
  }

  /* Adds every shard's script next to the manifest's and calls done once all have loaded or failed. */
  function loadShards(done) {
    var manifest = document.querySelector("script[src$='search-index.js']");
    var shards = (window.evergreenSearchIndex || { shards: [] }).shards;
    var pending = shards.length;
    if (!manifest || pending === 0) { done(); return; }
    shards.forEach(function (shard) {
      var script = document.createElement("script");
      script.src = new URL(shard, manifest.src).href;
      script.onload = script.onerror = function () { if (--pending === 0) done(); };
      document.head.appendChild(script);
    });
  }

  function prepare() {
    (window.evergreenSearchShards || []).forEach(function (shard) {
      shard.docs.forEach(function (doc) {
        doc.tokenSet = new Set(doc.k.split(" "));
        doc.titleLower = doc.t.toLowerCase();
        doc.tagsLower = doc.g.join(" ").toLowerCase();
        docs.push(doc);
      });
    });
    loaded = true;
  }

  /* Every query token must match; title matches count most, then tags, then a prefix of a word in the text. */
  function score(doc, queryTokens) {
    var total = 0;
    for (var i = 0; i < queryTokens.length; i++) {
      var token = queryTokens[i], s = 0;
      if (doc.titleLower.indexOf(token) >= 0) s += 10;
      if (doc.tagsLower.indexOf(token) >= 0) s += 5;
      if (doc.tokenSet.has(token)) s += 2;
      else if (token.length >= 3 && doc.k.indexOf(" " + token) >= 0) s += 1;
      if (s === 0) return 0;
      total += s;
    }
    return total;
  }

  function href(url) {
    if (!fromDisk) return url;
    var path = url.indexOf(basePath) === 0 ? url.substring(basePath.length) : url.replace(/^\//, "");
    return "../" + path + (path === "" || path.charAt(path.length - 1) === "/" ? "index.html" : "");
  }

  function highlight(element, text, words) {
    var pattern = words.filter(Boolean).map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }).join("|");
    if (!pattern) { element.textContent = text; return; }
    var re = new RegExp("(" + pattern + ")", "gi"), last = 0, m;
    while ((m = re.exec(text)) !== null) {
      element.appendChild(document.createTextNode(text.substring(last, m.index)));
      var mark = document.createElement("mark");
      mark.textContent = m[0];
      element.appendChild(mark);
      last = re.lastIndex;
      if (m[0].length === 0) re.lastIndex++;
    }
    element.appendChild(document.createTextNode(text.substring(last)));
  }

  function run() {
    var query = input.value.trim();
    results.textContent = "";
    if (!query) { status.textContent = ""; return; }
    if (!loaded) { status.textContent = "Loading the index…"; return; }
    var queryTokens = tokens(query);
    var words = query.split(/\s+/);
    var found = docs
      .map(function (doc) { return { doc: doc, score: score(doc, queryTokens) }; })
      .filter(function (r) { return r.score > 0; })
      /* Shards load in any order: the URL breaks the last ties. */
      .sort(function (a, b) {
        return b.score - a.score || a.doc.t.localeCompare(b.doc.t) || (a.doc.u < b.doc.u ? -1 : a.doc.u > b.doc.u ? 1 : 0);
      });
    status.textContent = found.length === 0 ? "No results for “" + query + "”."
      : found.length + (found.length === 1 ? " result" : " results") + " for “" + query + "”.";
    found.slice(0, 50).forEach(function (r) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = href(r.doc.u);
      highlight(a, r.doc.t, words);
      var p = document.createElement("p");
      highlight(p, r.doc.e, words);
      li.appendChild(a);
      li.appendChild(p);
      results.appendChild(li);
    });
  }

  var initial = new URLSearchParams(location.search).get("q");
  if (initial) input.value = initial;
  input.addEventListener("input", run);
  input.form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
  run();
  loadShards(function () { prepare(); run(); });
})();
