using System.Security.Cryptography;
using System.Text;

namespace RocketChatAnalyzer;

/// <summary>
/// The fixed stylesheet, script and icon symbols of the HTML report. They never contain input,
/// so the page's Content-Security-Policy can allow exactly these two inline blocks by their
/// SHA-256 hashes (no <c>'unsafe-inline'</c>, nothing external): anything an attacker manages to
/// smuggle into the page would still not run or style.
/// </summary>
internal static class HtmlAssets
{
    public static readonly string Css = Normalize("""
:root{--bg:#f4f6f9;--card:#fff;--fg:#1b2230;--muted:#596273;--line:#e2e6ec;--soft:#f7f8fa;--accent:#1d74f5;--code:#eef1f5;
--crit:#6d1a5c;--crit-bg:#f7e6f3;--crit-bd:#dcb0d2;--err:#b3261e;--err-bg:#fdecea;--err-bd:#f5c0ba;
--warn:#7a4b00;--warn-bg:#fff3dc;--warn-bd:#f3cf8a;--info:#1f5fa8;--info-bg:#e8f1fc;--info-bd:#b9d3f3;
--ok:#17663f;--ok-bg:#e3f4ea;--ok-bd:#a8dbbd;--shadow:0 1px 2px rgba(16,24,40,.06),0 1px 3px rgba(16,24,40,.08)}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%;scroll-padding-top:3.5rem}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans","DejaVu Sans",Arial,sans-serif}
code,pre,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono","DejaVu Sans Mono",monospace;font-size:.86em}
code{background:var(--code);padding:.05em .35em;border-radius:4px;overflow-wrap:anywhere}
pre{background:var(--code);padding:.75rem;border-radius:6px;white-space:pre-wrap;overflow-wrap:anywhere;max-height:32rem;overflow:auto;margin:.5rem 0}
h1{font-size:1.55rem;margin:0 0 .35rem;letter-spacing:-.01em}
h2{font-size:1.2rem;margin:0 0 .75rem;display:flex;align-items:baseline;gap:.5rem}
h2 .n,summary .n{color:var(--muted);font-weight:400;font-size:.9em}
h3{font-size:1rem;margin:1.25rem 0 .5rem}
a{color:var(--accent)}
.defs{position:absolute;width:0;height:0;overflow:hidden}
nav.toc{position:sticky;top:0;z-index:5;background:#14213d;color:#fff;box-shadow:var(--shadow)}
nav.toc ul{list-style:none;margin:0 auto;padding:.45rem 1rem;max-width:1240px;display:flex;flex-wrap:wrap;gap:.25rem 1.1rem;align-items:center}
nav.toc a{color:#dbe6ff;text-decoration:none;font-size:.9rem}
nav.toc a:hover,nav.toc a:focus{color:#fff;text-decoration:underline}
nav.toc .brand{font-weight:700;color:#fff;margin-right:.5rem}
main{max-width:1240px;margin:0 auto;padding:1rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;box-shadow:var(--shadow);padding:1.1rem 1.25rem;margin:0 0 1rem}
header.card{display:grid;grid-template-columns:minmax(0,1.6fr) minmax(0,1fr);gap:1.25rem}
@media (max-width:860px){header.card{grid-template-columns:1fr}}
dl.meta{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.2rem .9rem;margin:.5rem 0 0}
dl.meta dt{color:var(--muted)}
dl.meta dd{margin:0;overflow-wrap:anywhere}
.health{display:flex;gap:1.1rem;align-items:center}
.gauge{width:124px;height:124px;flex:none}
.g-track{fill:none;stroke:var(--line);stroke-width:11}
.g-val{fill:none;stroke:var(--band);stroke-width:11;stroke-linecap:round}
.g-num{font-size:34px;font-weight:700;fill:var(--fg)}
.g-of{font-size:11px;fill:var(--muted)}
.band-excellent{--band:#17803d}.band-good{--band:#4a8f1f}.band-warning{--band:#c77700}.band-critical{--band:#c0262d}.band-nodata{--band:#8a94a6}
.h-label{font-weight:700;font-size:1.1rem;color:var(--band);display:flex;align-items:center;gap:.35rem}
ul.components{list-style:none;margin:.4rem 0 0;padding:0;display:grid;grid-template-columns:max-content 1fr max-content;gap:.2rem .6rem;align-items:center;font-size:.9rem}
ul.components li{display:contents}
svg.bar{width:100%;height:8px;min-width:80px}
.b-track{fill:var(--line)}.b-val{fill:var(--band)}
.tiles{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:.6rem;margin-top:1rem;grid-column:1/-1}
@media (max-width:640px){.tiles{grid-template-columns:repeat(2,minmax(0,1fr))}}
a.tile{display:block;text-decoration:none;border-width:1px 1px 1px 5px;border-style:solid;border-radius:8px;padding:.55rem .75rem}
a.tile:hover,a.tile:focus-visible{box-shadow:0 0 0 2px var(--accent)}
.tile .count{display:block;font-size:1.6rem;font-weight:700;line-height:1.2;color:var(--fg)}
.tile .lbl{display:flex;align-items:center;gap:.35rem;font-weight:600;font-size:.9rem}
.note{color:var(--muted);font-size:.9rem;margin:.25rem 0 .75rem}
.more{color:var(--muted);font-style:italic;font-size:.9rem;margin:.5rem 0 0}
.empty{color:var(--muted);font-style:italic}
.ico{width:1em;height:1em;fill:currentColor;flex:none;vertical-align:-.125em}
.badge{display:inline-flex;align-items:center;gap:.3em;padding:.08em .55em;border-radius:999px;font-size:.8rem;font-weight:600;border:1px solid;white-space:nowrap}
.sev-critical{color:var(--crit);background:var(--crit-bg);border-color:var(--crit-bd)}
a.tile.sev-critical{border-left-color:var(--crit)}a.tile.sev-error{border-left-color:var(--err)}a.tile.sev-warning{border-left-color:#c77700}a.tile.sev-info{border-left-color:var(--info)}
.sev-error{color:var(--err);background:var(--err-bg);border-color:var(--err-bd)}
.sev-warning{color:var(--warn);background:var(--warn-bg);border-color:var(--warn-bd)}
.sev-info{color:var(--info);background:var(--info-bg);border-color:var(--info-bd)}
.st-ok{color:var(--ok);background:var(--ok-bg);border-color:var(--ok-bd)}
.st-off{color:var(--muted);background:var(--soft);border-color:var(--line)}
.redacted{color:var(--muted);background:var(--soft);border-color:var(--line);font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono","DejaVu Sans Mono",monospace}
.lvl{display:inline-flex;align-items:center;gap:.35em;white-space:nowrap}
.sw{display:inline-block;width:.75em;height:.75em;border-radius:2px;background:var(--lc)}
.lv-Fatal{--lc:#7b2d8e}.lv-Error{--lc:#d55e00}.lv-Warn{--lc:#e69f00}.lv-Startup{--lc:#009e73}.lv-Info{--lc:#0072b2}.lv-Http{--lc:#56b4e9}.lv-Debug{--lc:#9aa3ae}.lv-Trace{--lc:#c6ccd4}.lv-Unknown{--lc:#e3e6eb}
.tl rect.seg{fill:var(--lc)}
.tl .grid{stroke:var(--line);stroke-width:1}
.tl text{font-size:11px;fill:var(--muted)}
.tl .axis{stroke:#b9c0cb;stroke-width:1}
svg.tl{width:100%;height:auto;display:block}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.85rem;margin:.25rem 0 .5rem}
.table-wrap{overflow-x:auto}
table{width:100%;border-collapse:collapse;font-size:.92rem}
th,td{padding:.45rem .6rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:var(--soft);font-weight:600;color:#3a4354;white-space:nowrap;border-bottom:2px solid var(--line)}
tbody tr:hover{background:#fafbfd}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.msg{min-width:18rem;width:50%}
td.subj{overflow-wrap:anywhere;max-width:22rem}
td.when{white-space:nowrap;font-size:.85rem;color:var(--muted)}
.bidi{unicode-bidi:plaintext}
th button{all:unset;cursor:pointer;display:inline-flex;gap:.3rem;align-items:center}
th button:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
th[aria-sort=ascending] button::after{content:"\25B2";font-size:.7em}
th[aria-sort=descending] button::after{content:"\25BC";font-size:.7em}
th[data-sort]:not([aria-sort]) button::after{content:"\21C5";font-size:.75em;color:#9aa3ae}
details>summary{cursor:pointer;overflow-wrap:anywhere}
details>summary:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.detail{margin:.5rem 0 .25rem;padding:.6rem .75rem;border-left:3px solid var(--line);background:var(--soft);border-radius:0 6px 6px 0}
.detail dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.15rem .8rem;margin:0}
.detail dt{color:var(--muted)}
.detail dd{margin:0;overflow-wrap:anywhere;white-space:pre-wrap}
.rec{margin:.5rem 0 0;white-space:pre-wrap}
.rec strong{color:var(--ok)}
.cut{color:var(--muted);font-style:italic;white-space:normal}
.controls{display:flex;flex-wrap:wrap;gap:.6rem 1rem;align-items:end;margin:0 0 .75rem;padding:.6rem .75rem;background:var(--soft);border:1px solid var(--line);border-radius:8px}
.controls label{display:flex;flex-direction:column;font-size:.8rem;color:var(--muted);gap:.15rem}
.controls select,.controls input{font:inherit;font-size:.92rem;padding:.3rem .45rem;border:1px solid #c5ccd6;border-radius:6px;background:#fff;color:var(--fg);min-width:11rem}
.controls button{font:inherit;font-size:.85rem;padding:.3rem .7rem;border:1px solid #c5ccd6;border-radius:6px;background:#fff;cursor:pointer}
.controls .status{margin-left:auto;color:var(--muted);font-size:.85rem;align-self:center}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(270px,1fr));gap:.75rem;align-items:start}
.log-top{display:grid;grid-template-columns:minmax(15rem,19rem) minmax(0,1fr);gap:1.5rem;align-items:start}
@media (max-width:860px){.log-top{grid-template-columns:1fr}}
table.levels td,table.levels th{padding:.22rem .5rem}
.kv{border:1px solid var(--line);border-radius:8px;padding:.6rem .8rem;background:var(--soft)}
.kv h3{margin:0 0 .35rem;font-size:.95rem}
.kv dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.1rem .8rem;margin:0;font-size:.9rem}
.kv dt{color:var(--muted)}.kv dd{margin:0;text-align:right;font-variant-numeric:tabular-nums;overflow-wrap:anywhere}
.stat-row{display:flex;flex-wrap:wrap;gap:.6rem;margin:0 0 .75rem}
.stat{border:1px solid var(--line);border-radius:8px;padding:.45rem .75rem;background:var(--soft);min-width:8.5rem}
.stat b{display:block;font-size:1.25rem;font-variant-numeric:tabular-nums}
.stat span{color:var(--muted);font-size:.82rem}
table.settings{table-layout:fixed}
table.settings th:nth-child(1){width:44%}table.settings th:nth-child(2){width:32%}table.settings th:nth-child(3){width:13%}table.settings th:nth-child(4){width:11%}
table.settings td{overflow-wrap:anywhere}
table.diagnostics td:nth-child(2),table.diagnostics td:nth-child(1){white-space:nowrap}
details.cat{border:1px solid var(--line);border-radius:8px;margin:.4rem 0;background:var(--card)}
details.cat>summary{padding:.45rem .75rem;font-weight:600;background:var(--soft);border-radius:8px}
details.cat[open]>summary{border-bottom:1px solid var(--line);border-radius:8px 8px 0 0}
details.cat>.table-wrap,details.cat>.more{padding:0 .75rem .5rem}
ol.recs{margin:0;padding-left:1.6rem}
ol.recs li{margin:0 0 .65rem;padding-left:.25rem}
ol.recs .rtext{display:block;margin:.2rem 0;white-space:pre-wrap}
.subjects{font-size:.85rem;color:var(--muted)}
footer{color:var(--muted);font-size:.85rem;text-align:center;padding:.5rem 0 2rem}
@media (prefers-color-scheme:dark){
:root{--bg:#0f1420;--card:#171e2c;--fg:#e6eaf2;--muted:#9aa5b8;--line:#2b3446;--soft:#1d2535;--code:#222b3d;--accent:#6ea8ff;
--crit:#ffb3c1;--crit-bg:#3d1620;--crit-bd:#6b2a38;--err:#ffb4a9;--err-bg:#3b1a17;--err-bd:#6e2d27;--warn:#ffd68a;--warn-bg:#362809;--warn-bd:#6b5014;
--info:#a9cbff;--info-bg:#142846;--info-bd:#28487a;--ok:#9be0b6;--ok-bg:#12301f;--ok-bd:#245c3b}
thead th{color:var(--fg)}tbody tr:hover{background:#1b2333}
.controls select,.controls input,.controls button{background:var(--card);color:var(--fg);border-color:var(--line)}}
@media print{
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{background:#fff;font-size:10.5pt}
nav.toc,.controls,.noprint{display:none!important}
main{max-width:none;padding:0}
.card{box-shadow:none;border:1px solid #ccc;break-inside:auto}
h2{break-after:avoid}
tr,.kv,li{break-inside:avoid}
details::details-content{content-visibility:visible;display:contents}
details>summary{list-style:none}
pre{max-height:none;overflow:visible}
a{color:inherit;text-decoration:none}
[hidden]{display:none!important}
}
""");

    public static readonly string Script = Normalize("""
(function () {
  'use strict';
  var doc = document;
  var rank = { Info: 0, Warning: 1, Error: 2, Critical: 3 };
  function byId(id) { return doc.getElementById(id); }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function show(el) { if (el) { el.hidden = false; } }
  doc.documentElement.classList.add('js');

  // Findings: severity "at or above", category, free text; counts in #f-count.
  var table = byId('findings-table');
  if (table) {
    var rows = Array.prototype.slice.call(table.tBodies[0].querySelectorAll('tr.finding'));
    var texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
    var sev = byId('f-sev'), cat = byId('f-cat'), q = byId('f-q'), count = byId('f-count'), none = byId('f-none');
    var apply = function () {
      var min = rank[sev.value] || 0, c = cat.value, needle = q.value.trim().toLowerCase(), shown = 0;
      rows.forEach(function (r, i) {
        var ok = (rank[r.getAttribute('data-severity')] || 0) >= min &&
          (!c || r.getAttribute('data-category') === c) &&
          (!needle || texts[i].indexOf(needle) >= 0);
        r.hidden = !ok;
        if (ok) { shown++; }
      });
      count.textContent = shown + ' of ' + rows.length + ' shown';
      none.hidden = shown !== 0;
    };
    sev.addEventListener('change', apply);
    cat.addEventListener('change', apply);
    q.addEventListener('input', apply);
    each(doc.querySelectorAll('a.tile[data-severity]'), function (a) {
      a.addEventListener('click', function () { sev.value = a.getAttribute('data-severity'); apply(); });
    });
    show(byId('f-controls'));
    apply();
  }

  // Sortable tables: numeric columns use data-v, others the cell text. Ties keep document order.
  each(doc.querySelectorAll('table.sortable'), function (t) {
    var heads = t.tHead ? t.tHead.rows[0].cells : [];
    each(heads, function (th, idx) {
      var type = th.getAttribute('data-sort');
      var btn = th.querySelector('button');
      if (!type || !btn) { return; }
      btn.addEventListener('click', function () {
        var cur = th.getAttribute('aria-sort');
        var dir = cur === 'descending' ? 'ascending' : cur === 'ascending' ? 'descending' : (type === 'num' ? 'descending' : 'ascending');
        each(heads, function (h) { if (h.getAttribute('data-sort')) { h.removeAttribute('aria-sort'); } });
        th.setAttribute('aria-sort', dir);
        var body = t.tBodies[0];
        var list = Array.prototype.slice.call(body.rows).filter(function (r) { return !r.classList.contains('none'); });
        var keyed = list.map(function (r, i) {
          var cell = r.cells[idx];
          var v = cell ? (cell.hasAttribute('data-v') ? cell.getAttribute('data-v') : cell.textContent.trim()) : '';
          return [type === 'num' ? (parseFloat(v) || 0) : v.toLowerCase(), i, r];
        });
        keyed.sort(function (a, b) {
          var c = a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
          if (c === 0) { return a[1] - b[1]; }
          return dir === 'ascending' ? c : -c;
        });
        keyed.forEach(function (k) { body.appendChild(k[2]); });
        each(body.querySelectorAll('tr.none'), function (r) { body.appendChild(r); });
      });
    });
  });

  // Clicking anywhere in an expandable row opens its details (except on links, controls or selected text).
  each(doc.querySelectorAll('table.expandable'), function (t) {
    t.tBodies[0].addEventListener('click', function (e) {
      var target = e.target;
      if (target.closest('summary, a, button, input, select, .detail, pre')) { return; }
      if (window.getSelection && String(window.getSelection())) { return; }
      var tr = target.closest('tr');
      var d = tr && tr.querySelector('details');
      if (d) { d.open = !d.open; }
    });
  });

  // Settings search: rows whose id/value match; categories open while searching.
  var sq = byId('s-q');
  if (sq) {
    var cats = Array.prototype.slice.call(doc.querySelectorAll('#settings details.cat'));
    var wasOpen = cats.map(function (d) { return d.open; });
    var scount = byId('s-count');
    sq.addEventListener('input', function () {
      var needle = sq.value.trim().toLowerCase(), total = 0;
      cats.forEach(function (d, i) {
        var n = 0;
        each(d.querySelectorAll('tr.setting'), function (r) {
          var ok = !needle || r.textContent.toLowerCase().indexOf(needle) >= 0;
          r.hidden = !ok;
          if (ok) { n++; }
        });
        d.hidden = needle !== '' && n === 0;
        d.open = needle ? n > 0 : wasOpen[i];
        total += n;
      });
      scount.textContent = needle ? total + ' matching settings' : '';
    });
    show(byId('s-controls'));
  }

  // Expand / collapse all details of a section.
  each(doc.querySelectorAll('button[data-expand]'), function (b) {
    b.addEventListener('click', function () {
      var open = b.getAttribute('data-open') === '1';
      each(doc.querySelectorAll('#' + b.getAttribute('data-expand') + ' details'), function (d) { d.open = open; });
    });
  });

  // Printing shows everything: open all details, restore afterwards.
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = Array.prototype.filter.call(doc.querySelectorAll('details'), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () { closed.forEach(function (d) { d.open = false; }); closed = []; });
})();
""");

    /// <summary>Icon symbols: shapes differ per severity so meaning never rests on colour alone.</summary>
    public const string Symbols =
        "<svg class=\"defs\" aria-hidden=\"true\" focusable=\"false\">" +
        "<symbol id=\"i-Critical\" viewBox=\"0 0 16 16\"><path d=\"M5 .5h6L15.5 5v6L11 15.5H5L.5 11V5z\"/><path fill=\"#fff\" d=\"M7 3.5h2v6H7zM7 11h2v2H7z\"/></symbol>" +
        "<symbol id=\"i-Error\" viewBox=\"0 0 16 16\"><circle cx=\"8\" cy=\"8\" r=\"7.5\"/><path fill=\"#fff\" d=\"M5.2 4 8 6.8 10.8 4 12 5.2 9.2 8l2.8 2.8-1.2 1.2L8 9.2 5.2 12 4 10.8 6.8 8 4 5.2z\"/></symbol>" +
        "<symbol id=\"i-Warning\" viewBox=\"0 0 16 16\"><path d=\"M8 .8 15.6 15H.4z\"/><path fill=\"#fff\" d=\"M7.1 5.5h1.8v5H7.1zM7.1 11.6h1.8v1.8H7.1z\"/></symbol>" +
        "<symbol id=\"i-Info\" viewBox=\"0 0 16 16\"><circle cx=\"8\" cy=\"8\" r=\"7.5\"/><path fill=\"#fff\" d=\"M7.1 3.2h1.8V5H7.1zM7.1 6.5h1.8v6.3H7.1z\"/></symbol>" +
        "<symbol id=\"i-ok\" viewBox=\"0 0 16 16\"><circle cx=\"8\" cy=\"8\" r=\"7.5\"/><path fill=\"#fff\" d=\"m3.8 8.2 1.3-1.3 2 2 4-4 1.3 1.3-5.3 5.3z\"/></symbol>" +
        "<symbol id=\"i-off\" viewBox=\"0 0 16 16\"><circle cx=\"8\" cy=\"8\" r=\"7.5\"/><path fill=\"#fff\" d=\"M5.2 4.5h2v7h-2zM8.8 4.5h2v7h-2z\"/></symbol>" +
        "<symbol id=\"i-lock\" viewBox=\"0 0 16 16\"><path d=\"M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7zm2 0h4V5a2 2 0 0 0-4 0z\"/></symbol>" +
        "</svg>";

    /// <summary>The Content-Security-Policy: nothing loads from anywhere; only our two inline blocks run/apply.</summary>
    public static readonly string ContentSecurityPolicy =
        "default-src 'none'; script-src '" + Hash(Script) + "'; style-src '" + Hash(Css) +
        "'; img-src data:; base-uri 'none'; form-action 'none'";

    /// <summary>A data: favicon, so the browser does not try to fetch one (which the policy would refuse).</summary>
    public const string Favicon = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Ccircle cx='8' cy='8' r='7' fill='%231d74f5'/%3E%3C/svg%3E";

    /// <summary>"sha256-…" source expression of <paramref name="text"/> as the browser hashes it (UTF-8).</summary>
    public static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    // Line endings may be CRLF in a Windows checkout; the browser hashes what it parses, and we
    // emit exactly this normalised text, so the hash matches either way.
    private static string Normalize(string s) => "\n" + s.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
}
