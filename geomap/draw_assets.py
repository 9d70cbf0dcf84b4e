"""The JavaScript and CSS geomap adds to the folium page.

The events travel as ONE compact JSON payload; markers, popups and tooltips are built from it in
the browser. That keeps a 10,000-event map a few MB (pre-rendered popup HTML would be ~3x that)
and puts all HTML escaping of article text in one place: ``esc()`` below. Every string that
comes from an article (title, sentence, actors, place names, source) goes through ``esc()``;
links are emitted only for http(s) URLs. Nothing from an article is ever inserted unescaped.

Placeholders (``__MAP__`` …) are replaced by plain string substitution in draw.py, not by a
template engine, so the braces of the JavaScript need no quoting.
"""

CSS = r"""
.gm-marker { background: none; border: none; }
.gm-pin { width: 24px; height: 24px; border-radius: 50%; border: 2px solid #fff;
  box-shadow: 0 1px 4px rgba(0,0,0,.55); color: #fff; display: flex; align-items: center;
  justify-content: center; font-size: 12px; box-sizing: border-box; }
.gm-cluster { background: none !important; }
.gm-cluster div { margin: 0; border-radius: 50%; box-shadow: 0 1px 5px rgba(0,0,0,.5);
  display: flex; align-items: center; justify-content: center; box-sizing: border-box; }
.gm-cluster span { background: #fff; color: #222; border-radius: 50%; width: 62%; height: 62%;
  display: flex; align-items: center; justify-content: center; font: bold 12px sans-serif; line-height: 1; }
.gm-popup { font: 13px/1.35 system-ui, sans-serif; max-width: 360px; }
.gm-popup .gm-head { font-size: 14px; border-bottom: 3px solid #999; padding-bottom: 3px; margin-bottom: 5px; }
.gm-popup table { border-collapse: collapse; margin-bottom: 5px; }
.gm-popup th { text-align: left; vertical-align: top; padding: 1px 8px 1px 0; color: #555; font-weight: 600; white-space: nowrap; }
.gm-popup td { padding: 1px 0; }
.gm-dim { color: #777; font-size: 12px; }
.gm-neg { color: #b00; font-weight: bold; }
.gm-sentence { margin: 4px 0 6px; padding: 4px 8px; border-left: 3px solid #bbb; background: #f6f6f6;
  font-style: italic; max-height: 9em; overflow-y: auto; }
.gm-sentence mark.gm-trigger { background: #ffe08a; padding: 0 1px; font-style: normal; font-weight: 600; }
.gm-sentence mark.gm-place { background: #b9dcff; padding: 0 1px; font-style: normal; }
.gm-source { margin-top: 3px; }
.gm-list { margin: 4px 0 0; padding-left: 0; list-style: none; max-height: 14em; overflow-y: auto; }
.gm-list li { margin: 2px 0; }
.gm-conf-bar { display: inline-block; height: 6px; background: #4a90d9; vertical-align: middle; margin-left: 4px; }
.gm-title { position: absolute; top: 10px; left: 50%; transform: translateX(-50%); z-index: 800;
  background: rgba(255,255,255,.92); padding: 4px 14px; border-radius: 4px; font: 600 15px system-ui, sans-serif;
  box-shadow: 0 1px 5px rgba(0,0,0,.35); pointer-events: none; max-width: 50%; text-align: center;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.gm-box { background: rgba(255,255,255,.95); padding: 6px 9px; border-radius: 5px;
  box-shadow: 0 1px 5px rgba(0,0,0,.4); font: 12px/1.4 system-ui, sans-serif; }
.gm-legend summary { font-weight: 600; cursor: pointer; }
.gm-legend .gm-row { display: flex; align-items: center; gap: 5px; margin: 1px 0; white-space: nowrap; }
.gm-legend .gm-pin { width: 18px; height: 18px; font-size: 9px; border-width: 1px; }
.gm-legend .gm-swatch { width: 18px; height: 12px; border: 2px solid; box-sizing: border-box; }
.gm-legend .gm-line { width: 18px; height: 0; border-top: 3px dashed #7a0019; }
.gm-legend .gm-dot { width: 10px; height: 10px; border-radius: 50%; background: #5e5e5e; opacity: .7; margin: 0 4px; }
.gm-legend .gm-two { display: grid; grid-template-columns: auto auto; column-gap: 10px; }
.gm-legend .gm-note { color: #666; max-width: 300px; white-space: normal; margin-top: 4px; }
.gm-time { min-width: 300px; }
.gm-time .gm-time-row { display: flex; align-items: center; gap: 6px; }
.gm-time button { width: 28px; height: 24px; cursor: pointer; border: 1px solid #999; border-radius: 3px; background: #fff; }
.gm-time .gm-track { flex: none; width: 210px; display: flex; flex-direction: column; }
.gm-time input[type=range] { width: 100%; margin: 0; }
.gm-hist { width: 100%; height: 22px; display: block; padding: 0 8px; box-sizing: border-box; }
.gm-hist rect { fill: #c9c9c9; }
.gm-hist rect.on { fill: #2f6fb3; }
.gm-time .gm-date { font-weight: 600; min-width: 84px; display: inline-block; }
.gm-country-label { color: #333; font: 600 13px system-ui, sans-serif; text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 3px #fff;
  white-space: nowrap; text-transform: uppercase; letter-spacing: 1px; background: none; border: none; }
.gm-area-label { color: #5a2380; font: italic 600 12px system-ui, sans-serif; text-shadow: 0 0 3px #fff, 0 0 3px #fff;
  white-space: nowrap; background: none; border: none; }
.gm-lc i { width: 14px; text-align: center; }
.leaflet-control-layers-expanded { padding: 4px 8px 4px 6px; font: 12px/1.25 system-ui, sans-serif; }
.leaflet-control-layers label { margin: 1px 0; }
.leaflet-control-layers-separator { margin: 3px -8px 3px -6px; }
"""

JS = r"""
(function () {
  "use strict";
  var t0 = performance.now();
  var map = __MAP__;
  var D = __DATA__;
  var CLUSTER = __CLUSTER__;   // one cluster for all events: co-located events of any type group
  var TG = __TYPEGROUPS__;     // per type an (empty) layer: the layer control's on/off switch
  var FG = __GROUPS__;
  // Event row fields (positional to keep the payload small; see draw.py: _event_row).
  var TYPE = 0, LAT = 1, LON = 2, DATE = 3, DPREC = 4, ART = 5, SENT = 6, TRIG = 7, MENTION = 8,
      PLACE = 9, GPREC = 10, ACTORS = 11, KILLED = 12, WOUNDED = 13, CAPTURED = 14, MISSING = 15,
      APPROX = 16, CONF = 17, GEOM = 18, CAMEO = 19, ACLED = 20;

  function esc(s) {
    if (s === null || s === undefined) return "";
    return String(s).replace(/[&<>"'`=]/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; });
  }
  function safeUrl(u) {
    return (typeof u === "string" && /^https?:\/\/[^\s<>"']+$/i.test(u)) ? u : null;
  }
  function typeLabel(t) { return D.types[t] ? D.types[t][0] : t; }
  function typeColour(t) { return D.types[t] ? D.types[t][1] : "#616161"; }
  function typeIcon(t) { return D.types[t] ? D.types[t][2] : "circle-info"; }
  function pinHtml(t) {
    return '<div class="gm-pin" style="background:' + typeColour(t) + '"><i class="fa-solid fa-' +
      typeIcon(t) + '"></i></div>';
  }

  // The sentence with the trigger and the place mention marked; every piece escaped.
  function highlight(text, marks) {
    text = String(text || "");
    var hay = text.toLowerCase();
    if (hay.length !== text.length) hay = text;     // case folding changed offsets: match exactly
    var spans = [];
    marks.forEach(function (m) {
      if (!m[0]) return;
      var needle = hay === text ? String(m[0]) : String(m[0]).toLowerCase();
      var i = hay.indexOf(needle);
      if (i < 0) return;
      var j = i + needle.length;
      for (var k = 0; k < spans.length; k++) if (i < spans[k][1] && j > spans[k][0]) return;
      spans.push([i, j, m[1]]);
    });
    spans.sort(function (a, b) { return a[0] - b[0]; });
    var out = "", pos = 0;
    spans.forEach(function (s) {
      out += esc(text.slice(pos, s[0])) + '<mark class="' + s[2] + '">' + esc(text.slice(s[0], s[1])) + "</mark>";
      pos = s[1];
    });
    return out + esc(text.slice(pos));
  }

  function counts(e) {
    var parts = [];
    [[KILLED, "killed"], [WOUNDED, "wounded"], [CAPTURED, "captured"], [MISSING, "missing"]].forEach(function (f) {
      if (e[f[0]] !== null && e[f[0]] !== undefined) parts.push(esc(f[1]) + " <b>" + esc(e[f[0]]) + "</b>");
    });
    if (!parts.length) return "";
    return parts.join(", ") + (e[APPROX] ? ' <span class="gm-dim">(at least)</span>' : "");
  }

  function row(th, td) { return td ? "<tr><th>" + th + "</th><td>" + td + "</td></tr>" : ""; }

  function popupHtml(e) {
    var a = D.articles[e[ART]] || [];
    var t = e[TYPE], c = typeColour(t);
    var h = '<div class="gm-popup"><div class="gm-head" style="border-color:' + c + '">' +
      '<i class="fa-solid fa-' + typeIcon(t) + '" style="color:' + c + '"></i> <b>' + esc(typeLabel(t)) + "</b></div><table>";
    h += row("Date", e[DATE] ? esc(e[DATE]) + (D.dprec[e[DPREC]] ? ' <span class="gm-dim">(' + esc(D.dprec[e[DPREC]]) + ")</span>" : "")
      : '<span class="gm-dim">not stated</span>');
    h += row("Place", esc(e[PLACE]) + (D.gprec[e[GPREC]] ? ' <span class="gm-dim">(' + esc(D.gprec[e[GPREC]]) + ")</span>" : ""));
    h += row("Actors", (e[ACTORS] || []).map(esc).join("; "));
    h += row("Counts", counts(e));
    var codes = [];
    if (e[CAMEO]) codes.push("CAMEO " + esc(e[CAMEO]));
    if (e[ACLED]) codes.push("ACLED " + esc(e[ACLED]));
    h += row("Codes", codes.join(" · "));
    h += "</table>";
    if (e[SENT]) h += '<div class="gm-sentence">' + highlight(e[SENT], [[e[TRIG], "gm-trigger"], [e[MENTION], "gm-place"]]) + "</div>";
    var url = safeUrl(a[1]);
    var title = esc(a[0] || "(untitled article)");
    h += '<div class="gm-source">' + (url ? '<a href="' + esc(url) + '" target="_blank" rel="noopener noreferrer nofollow">' + title + "</a>" : title);
    var meta = [a[2], a[3], a[4]].filter(function (x) { return x; }).map(esc).join(" · ");
    if (meta) h += '<br><span class="gm-dim">' + meta + "</span>";
    h += "</div>";
    if (e[CONF] !== null && e[CONF] !== undefined) {
      var pc = Math.round(Number(e[CONF]) * 100);
      h += '<div class="gm-dim">Confidence ' + esc(pc) + ' %<span class="gm-conf-bar" style="width:' + Math.max(0, Math.min(100, pc)) * 0.6 + 'px"></span></div>';
    }
    return h + "</div>";
  }

  // A line or area many events are placed on: the events shown there, each with its source.
  function placePopupHtml(name, events) {
    var h = '<div class="gm-popup"><div class="gm-head"><b>' + esc(name) + "</b></div>" +
      '<div class="gm-dim">' + esc(events.length) + " event(s) shown here</div><ul class=\"gm-list\">";
    events.slice(0, 25).forEach(function (e) {
      var a = D.articles[e[ART]] || [], url = safeUrl(a[1]), title = esc(a[0] || "(untitled article)");
      h += '<li><i class="fa-solid fa-' + typeIcon(e[TYPE]) + '" style="color:' + typeColour(e[TYPE]) + '"></i> ' +
        esc(typeLabel(e[TYPE])) + " · " + esc(e[DATE] || "undated") + " · " +
        (url ? '<a href="' + esc(url) + '" target="_blank" rel="noopener noreferrer nofollow">' + title + "</a>" : title) + "</li>";
    });
    if (events.length > 25) h += '<li class="gm-dim">… and ' + esc(events.length - 25) + " more</li>";
    return h + "</ul></div>";
  }

  function tooltipHtml(e) {
    return "<b>" + esc(typeLabel(e[TYPE])) + "</b> · " + esc(e[DATE] || "undated") + "<br>" + esc(e[PLACE]) +
      (counts(e) ? "<br>" + counts(e) : "");
  }

  // ---- context layers (drawn first so the events sit on top) --------------------------------
  map.createPane("gmLabels");
  map.getPane("gmLabels").style.zIndex = 450;
  map.getPane("gmLabels").style.pointerEvents = "none";
  function label(latlng, text, cls, group) {
    L.marker(latlng, {pane: "gmLabels", interactive: false, keyboard: false,
      icon: L.divIcon({className: cls, html: text, iconSize: null})}).addTo(group);
  }
  D.outlines.forEach(function (o) {
    var style = o.side ? {color: o.colour, weight: 2.5, opacity: 0.95, fillColor: o.colour, fillOpacity: 0.16}
                       : {color: "#8a8a8a", weight: 1, opacity: 0.9, fillColor: "#bbbbbb", fillOpacity: 0.05};
    L.geoJSON(o.geometry, {style: style}).bindTooltip(esc(o.name) + (o.side ? " · events: " + esc(o.events) : ""), {sticky: true})
      .addTo(FG.outlines);
    if (o.side) label(o.label, esc(o.name), "gm-country-label", FG.outlines);
  });
  D.borders.forEach(function (b) {
    L.geoJSON(b.geometry, {style: {color: "#ffffff", weight: 7, opacity: 0.8}, interactive: false}).addTo(FG.borders);
    L.geoJSON(b.geometry, {style: {color: "#7a0019", weight: 3, opacity: 0.95, dashArray: "10 5"}})
      .bindTooltip(esc(b.name), {sticky: true}).addTo(FG.borders);
  });
  D.areas.forEach(function (a) {
    L.geoJSON(a.geometry, {style: {color: "#6d2c91", weight: 2, dashArray: "6 6", fillColor: "#6d2c91", fillOpacity: 0.08}})
      .bindTooltip(esc(a.name) + " (approximate outline)", {sticky: true}).addTo(FG.areas);
    label(a.label, esc(a.name) + " (approx.)", "gm-area-label", FG.areas);
  });

  // Places named in the articles: canvas circles (cheap even for thousands), size ~ sqrt(times named).
  var canvas = L.canvas({padding: 0.5});
  D.places.forEach(function (p) {
    var roles = Object.keys(p[4] || {}).map(function (r) { return esc(r) + " " + esc(p[4][r]); }).join(", ");
    L.circleMarker([p[1], p[2]], {renderer: canvas, radius: Math.min(12, 2 + 1.5 * Math.sqrt(p[3])),
      color: p[7], weight: 1, opacity: 0.8, fillColor: p[7], fillOpacity: 0.25})
      .bindTooltip("<b>" + esc(p[0]) + "</b>" + (p[5] ? " (" + esc(p[5]) + ")" : "") + "<br>named " + esc(p[3]) +
        "× <span class=\"gm-dim\">" + roles + "</span>")
      .addTo(FG.places);
  });

  // Events placed on a line (a border) or an area: the line/area itself, once per place.
  var geomLayers = D.geoms.map(function (g) {
    var layer = L.geoJSON(g[1], {style: {color: typeColour(g[2]), weight: 5, opacity: 0.6,
      fillColor: typeColour(g[2]), fillOpacity: 0.12}});
    layer.bindTooltip(function () { return "<b>" + esc(g[0]) + "</b><br>" + esc(layer.gmEvents.length) + " event(s) shown here"; }, {sticky: true});
    layer.bindPopup(function () { return placePopupHtml(g[0], layer.gmEvents); }, {maxWidth: 380, minWidth: 250});
    layer.gmEvents = [];
    return layer;
  });

  // ---- event markers --------------------------------------------------------------------------
  var icons = {};
  Object.keys(D.types).forEach(function (t) {
    icons[t] = L.divIcon({className: "gm-marker gm-type-" + t, html: pinHtml(t), iconSize: [24, 24],
      iconAnchor: [12, 12], popupAnchor: [0, -10], tooltipAnchor: [10, 0]});
  });
  // Popups and tooltips are bound on first hover/tap, not up front: 10,000 markers with two
  // overlay objects each would cost a second of the page's load.
  function bind(m) {
    if (m.gmBound) return false;
    m.gmBound = true;
    m.bindPopup(function () { return popupHtml(m.gmEvent); }, {maxWidth: 380, minWidth: 250});
    m.bindTooltip(function () { return tooltipHtml(m.gmEvent); }, {direction: "right"});
    return true;
  }
  var byType = {};
  D.events.forEach(function (e) {
    var m = L.marker([e[LAT], e[LON]], {icon: icons[e[TYPE]], riseOnHover: true});
    m.gmEvent = e;
    (byType[e[TYPE]] = byType[e[TYPE]] || []).push(m);
  });
  CLUSTER.on("mouseover", function (ev) { if (bind(ev.layer)) ev.layer.openTooltip(); });
  CLUSTER.on("click", function (ev) { if (bind(ev.layer)) ev.layer.openPopup(); });

  // A cluster bubble: the count on a ring showing the share of each event type in it.
  window.gmClusterIcon = function (cluster) {
    var counts = {}, n = 0;
    cluster.getAllChildMarkers().forEach(function (m) { var t = m.gmEvent[TYPE]; counts[t] = (counts[t] || 0) + 1; n++; });
    var stops = [], acc = 0, tags = [];
    Object.keys(D.types).forEach(function (t) {
      if (!counts[t]) return;
      var from = acc; acc += counts[t] / n * 100;
      stops.push(typeColour(t) + " " + from.toFixed(1) + "% " + acc.toFixed(1) + "%");
      tags.push(t + ":" + counts[t]);
    });
    var size = n < 10 ? 32 : n < 100 ? 38 : 44;
    return L.divIcon({html: '<div style="width:' + size + 'px;height:' + size + 'px;background:conic-gradient(' +
      stops.join(",") + ')" data-types="' + tags.join(" ") + '"><span>' + n + "</span></div>",
      className: "marker-cluster gm-cluster", iconSize: L.point(size, size)});
  };

  // ---- time filter ----------------------------------------------------------------------------
  var dates = D.dates;
  var state = {pos: dates.length, win: 0, playing: null, shown: 0};
  function dayNum(d) { return Date.parse(String(d).slice(0, 10) + "T00:00:00Z") / 86400000; }
  function visible(e) {
    if (!map.hasLayer(TG[e[TYPE]])) return false;              // type switched off
    if (state.pos >= dates.length) return true;               // "all dates", undated included
    if (!e[DATE]) return false;
    var cur = dates[state.pos];
    if (e[DATE] > cur) return false;
    return !(state.win > 0 && dayNum(e[DATE]) <= dayNum(cur) - state.win);
  }
  var ui = {};
  function apply() {
    geomLayers.forEach(function (l) { l.gmEvents = []; });
    var vis = [];
    Object.keys(byType).forEach(function (t) {
      byType[t].forEach(function (m) { if (visible(m.gmEvent)) vis.push(m); });
    });
    vis.forEach(function (m) { var g = m.gmEvent[GEOM]; if (g >= 0) geomLayers[g].gmEvents.push(m.gmEvent); });
    CLUSTER.clearLayers();
    CLUSTER.addLayers(vis);
    var shown = vis.length;
    geomLayers.forEach(function (l) {
      if (l.gmEvents.length > 0 && !FG.geoms.hasLayer(l)) FG.geoms.addLayer(l);
      if (l.gmEvents.length === 0 && FG.geoms.hasLayer(l)) FG.geoms.removeLayer(l);
    });
    state.shown = shown;
    if (ui.date) {
      ui.date.textContent = state.pos >= dates.length ? "all dates" : (state.win > 0 ? "≤ " : "until ") + dates[state.pos];
      ui.shown.textContent = shown + " of " + D.events.length + " events shown";
      ui.slider.value = state.pos;
      paintHistogram();
    }
  }
  function stop() { if (state.playing) { clearInterval(state.playing); state.playing = null; ui.play.textContent = "▶"; ui.play.title = "Play the events by date"; } }
  function setPos(p) { state.pos = Math.max(0, Math.min(dates.length, p)); apply(); }
  function play() {
    if (state.playing) { stop(); return; }
    if (state.pos >= dates.length - 1) setPos(0);
    ui.play.textContent = "❚❚"; ui.play.title = "Pause";
    // about 30 s for the whole period, but never faster than ~6 dates a second
    var step = Math.max(150, Math.min(900, 30000 / Math.max(1, dates.length)));
    state.playing = setInterval(function () {
      if (state.pos >= dates.length - 1) { setPos(dates.length); stop(); return; }
      setPos(state.pos + 1);
    }, step);
  }
  // Events per date as bars above the slider: where the slider is worth moving to.
  var perDate = dates.map(function () { return 0; });
  (function () {
    var index = {};
    dates.forEach(function (d, i) { index[d] = i; });
    D.events.forEach(function (e) { if (e[DATE] && index[e[DATE]] !== undefined) perDate[index[e[DATE]]]++; });
  })();
  function histogram() {
    if (!dates.length) return "";
    var max = Math.max.apply(null, perDate), n = dates.length, bars = "";
    perDate.forEach(function (c, i) {
      var h = Math.max(1.5, 20 * Math.sqrt(c / max));
      bars += '<rect x="' + (i + 0.1) + '" y="' + (20 - h) + '" width="0.8" height="' + h + '"><title>' +
        esc(dates[i]) + ": " + c + "</title></rect>";
    });
    return '<svg class="gm-hist" viewBox="0 0 ' + n + ' 20" preserveAspectRatio="none" aria-hidden="true">' + bars + "</svg>";
  }
  function paintHistogram() {
    if (!ui.bars) return;
    for (var i = 0; i < ui.bars.length; i++) {
      var on = state.pos >= dates.length || (i <= state.pos && !(state.win > 0 && dayNum(dates[i]) <= dayNum(dates[state.pos]) - state.win));
      ui.bars[i].setAttribute("class", on ? "on" : "");
    }
  }

  var TimeControl = L.Control.extend({
    options: {position: "bottomleft"},
    onAdd: function () {
      var div = L.DomUtil.create("div", "gm-box gm-time");
      div.innerHTML = '<div class="gm-time-row"><button type="button" class="gm-play" title="Play the events by date">▶</button>' +
        '<div class="gm-track">' + histogram() +
        '<input type="range" class="gm-slider" min="0" max="' + dates.length + '" step="1" value="' + dates.length + '" aria-label="Date"></div>' +
        '<span class="gm-date"></span></div><div class="gm-time-row"><select class="gm-window" aria-label="Time window">' +
        '<option value="0">everything up to the date</option><option value="1">that day only</option>' +
        '<option value="7">the 7 days up to it</option><option value="30">the 30 days up to it</option></select>' +
        '<span class="gm-shown gm-dim"></span></div>' +
        (dates.length ? "" : '<div class="gm-dim">No dated events.</div>');
      ui.play = div.querySelector(".gm-play"); ui.slider = div.querySelector(".gm-slider");
      ui.date = div.querySelector(".gm-date"); ui.shown = div.querySelector(".gm-shown");
      ui.window = div.querySelector(".gm-window");
      ui.bars = div.querySelectorAll(".gm-hist rect");
      if (!dates.length) { ui.play.disabled = true; ui.slider.disabled = true; ui.window.disabled = true; }
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      L.DomEvent.on(ui.slider, "input change", function () { stop(); setPos(parseInt(ui.slider.value, 10)); });
      L.DomEvent.on(ui.play, "click", play);
      L.DomEvent.on(ui.window, "change", function () { state.win = parseInt(ui.window.value, 10); apply(); });
      return div;
    }
  });
  new TimeControl().addTo(map);

  // ---- legend, title, credits -------------------------------------------------------------------
  var Legend = L.Control.extend({
    options: {position: "bottomright"},
    onAdd: function () {
      var div = L.DomUtil.create("div", "gm-box gm-legend");
      var types = Object.keys(D.types);
      var h = "<details open><summary>Legend</summary>" + '<div class="gm-types' + (types.length > 5 ? " gm-two" : "") + '">';
      types.forEach(function (t) {
        h += '<div class="gm-row">' + pinHtml(t) + esc(typeLabel(t)) + ' <span class="gm-dim">' + esc((byType[t] || []).length) + "</span></div>";
      });
      h += "</div>";
      D.outlines.forEach(function (o) {
        if (o.side) h += '<div class="gm-row"><span class="gm-swatch" style="border-color:' + o.colour + ";background:" + o.colour + '40"></span>' + esc(o.name) + "</div>";
      });
      if (D.borders.length) h += '<div class="gm-row"><span class="gm-line"></span>shared border</div>';
      if (D.areas.length) h += '<div class="gm-row"><span class="gm-swatch" style="border:2px dashed #6d2c91"></span>approximate outline</div>';
      if (D.places.length) h += '<div class="gm-row"><span class="gm-dot"></span>place named (size: times named)</div>';
      if (D.hidden) h += '<div class="gm-note">' + esc(D.hidden) + "</div>";
      div.innerHTML = h + "</details>";
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    }
  });
  var legend = new Legend().addTo(map);
  // On a small screen (or with many event types) the legend would cover the layer control,
  // which lists the same icons: start it folded there.
  setTimeout(function () {            // the layer control is created after this script
    // On a phone-sized map the open layer list would cover it: fold it behind its button
    // (a tap opens it, a tap on the map folds it again).
    var control = __LAYERCONTROL__, size = map.getSize();
    if (size.x < 700 || size.y < 560) {
      control.collapse();
      map.on("click", control.collapse, control);
    }
    // The legend starts folded when it would cover another control (the layer list, the
    // time slider on a narrow screen …).
    var lg = legend.getContainer(), r = lg.getBoundingClientRect();
    var controls = map.getContainer().querySelectorAll(".leaflet-control");
    for (var i = 0; i < controls.length; i++) {
      var c = controls[i];
      if (c === lg || c.classList.contains("leaflet-control-attribution") || lg.contains(c) || c.contains(lg)) continue;
      var o = c.getBoundingClientRect();
      if (o.width && o.left < r.right + 4 && o.right > r.left - 4 && o.top < r.bottom + 4 && o.bottom > r.top - 4) {
        lg.querySelector("details").open = false;
        break;
      }
    }
  }, 0);
  if (D.title) {
    var title = L.DomUtil.create("div", "gm-title", map.getContainer());
    title.textContent = D.title;
  }
  map.attributionControl.addAttribution(D.credits);

  var typeGroups = Object.keys(TG).map(function (t) { return TG[t]; });
  map.on("overlayadd overlayremove", function (ev) { if (typeGroups.indexOf(ev.layer) >= 0) apply(); });
  var t1 = performance.now();
  apply();
  // performance.now() counts from navigation start: 'painted_ms' is load + first paint.
  var timing = {script_start_ms: t0, setup_ms: t1 - t0, first_filter_ms: performance.now() - t1, painted_ms: null};
  requestAnimationFrame(function () { requestAnimationFrame(function () { timing.painted_ms = performance.now(); }); });
  window.geomap = {timing: timing, map: map, cluster: CLUSTER, typeGroups: TG, groups: FG, byType: byType, state: state, setPos: setPos,
    apply: apply, dates: dates, shown: function () { return state.shown; }};
})();
"""
