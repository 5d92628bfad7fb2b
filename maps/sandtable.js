/* The sand table in the page: one canvas layer draws every project from typed arrays (no per-point
 * objects, so 50,000 points paint in tens of milliseconds and a filter change is one redraw), region
 * boundaries with labels and an optional choropleth, a highlighted selection and a legend. Python talks
 * to it through `sandtable.*` calls (runJavaScript) and it answers through the QWebChannel `bridge`. */
(function () {
  'use strict';
  const S = window.sandtable = {};
  let map = null, cfg = null, bridge = null;
  let pts = null;               // {ids, mx, my, lat, lon, status, risk, district, index: Map(id -> i)}
  let visible = null;           // Uint8Array: passes the current filter
  let visibleCount = 0, inView = 0, colourBy = 'status';
  let filter = {status: [], risk: [], region: null, ids: null};
  let grid = new Map();         // hit-test grid: cell key -> [point indices], rebuilt on every draw
  const CELL = 12;
  let selectedId = null, highlight = null, hoverId = null, tooltip = null;
  const tooltips = new Map();   // id -> html, fetched lazily through the bridge
  const layers = {province: null, city: null, district: null};
  const labels = {city: [], district: []};
  let choropleth = null, selectedRegion = null;
  let legend = null, choroLegend = null;
  let alerts = new Map();       // project id -> ring colour: projects with an active monitoring warning
  const timings = {filterMs: 0, drawMs: 0};  // of the last filter / draw, for the benchmark

  // --- point layer ------------------------------------------------------------------------------
  // Built in init(): this file loads before Leaflet in the page header.
  const makePointLayer = () => L.Layer.extend({
    onAdd: function (m) {
      this._canvas = L.DomUtil.create('canvas', 'sandtable-points leaflet-zoom-animated');
      m.getPane('overlayPane').appendChild(this._canvas);
      m.on('moveend resize viewreset', this._reset, this);
      m.on('zoomanim', this._animateZoom, this);
      this._reset();
    },
    onRemove: function (m) {
      L.DomUtil.remove(this._canvas);
      m.off('moveend resize viewreset', this._reset, this);
      m.off('zoomanim', this._animateZoom, this);
    },
    _animateZoom: function (e) {
      const scale = map.getZoomScale(e.zoom);
      const offset = map._latLngBoundsToNewLayerBounds(map.getBounds(), e.zoom, e.center).min;
      L.DomUtil.setTransform(this._canvas, offset, scale);
    },
    _reset: function () {
      const size = map.getSize(), ratio = window.devicePixelRatio || 1;
      L.DomUtil.setPosition(this._canvas, map.containerPointToLayerPoint([0, 0]));
      this._canvas.width = size.x * ratio; this._canvas.height = size.y * ratio;
      this._canvas.style.width = size.x + 'px'; this._canvas.style.height = size.y + 'px';
      this.draw();
    },
    draw: function () {
      const started = performance.now();
      const canvas = this._canvas, ctx = canvas.getContext('2d'), ratio = window.devicePixelRatio || 1;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      grid = new Map(); inView = 0;
      if (!pts) return;
      const zoom = map.getZoom(), scale = 256 * Math.pow(2, zoom), origin = map.getPixelBounds().min;
      const size = map.getSize(), r = zoom < 8 ? 2.6 : zoom < 11 ? 3.6 : 5;
      const codes = colourBy === 'risk' ? pts.risk : pts.status;
      const colours = colourBy === 'risk' ? cfg.riskColours : cfg.statusColours;
      // Stamping a pre-rendered dot is far cheaper to rasterise than 50,000 arcs (Chromium without GPU).
      const sprites = colours.map(colour => dotSprite(colour, r, ratio));
      const order = colourBy === 'risk' ? cfg.riskDrawOrder : cfg.statusDrawOrder;  // most urgent on top
      const rank = new Uint8Array(colours.length);
      order.forEach((code, i) => { rank[code] = i; });
      const buckets = colours.map(() => []);
      const n = pts.ids.length, half = r + 1;
      for (let i = 0; i < n; i++) {
        if (!visible[i]) continue;
        const x = pts.mx[i] * scale - origin.x, y = pts.my[i] * scale - origin.y;
        if (x < -r || y < -r || x > size.x + r || y > size.y + r) continue;
        inView++;
        buckets[rank[codes[i]]].push(x, y);
        const key = Math.floor(x / CELL) * 65536 + Math.floor(y / CELL);
        const cell = grid.get(key);
        if (cell) cell.push(i); else grid.set(key, [i]);
      }
      // Blend the dots into one pixel buffer and upload it once: no per-dot canvas call to rasterise.
      const W = canvas.width, H = canvas.height, image = ctx.createImageData(W, H), out = image.data;
      for (let b = 0; b < buckets.length; b++) {
        const sprite = sprites[order[b]], xy = buckets[b], sw = sprite.w, sh = sprite.h, sd = sprite.data;
        for (let k = 0; k < xy.length; k += 2) {
          const left = Math.round((xy[k] - half) * ratio), top = Math.round((xy[k + 1] - half) * ratio);
          for (let sy = 0; sy < sh; sy++) {
            const row = top + sy;
            if (row < 0 || row >= H) continue;
            for (let sx = 0; sx < sw; sx++) {
              const col = left + sx, si = (sy * sw + sx) * 4, a = sd[si + 3];
              if (a === 0 || col < 0 || col >= W) continue;
              const di = (row * W + col) * 4;
              if (a === 255 || out[di + 3] === 0) {
                out[di] = sd[si]; out[di + 1] = sd[si + 1]; out[di + 2] = sd[si + 2]; out[di + 3] = a;
              } else {  // source-over on straight (non-premultiplied) alpha
                const da = out[di + 3] * (255 - a) / 255, oa = a + da;
                out[di] = (sd[si] * a + out[di] * da) / oa;
                out[di + 1] = (sd[si + 1] * a + out[di + 1] * da) / oa;
                out[di + 2] = (sd[si + 2] * a + out[di + 2] * da) / oa;
                out[di + 3] = oa;
              }
            }
          }
        }
      }
      ctx.putImageData(image, 0, 0);
      // Rings around projects with an active warning: few, so plain arcs on top of the dots.
      ctx.lineWidth = 2.5;
      alerts.forEach((colour, id) => {
        const i = pts.index.get(id);
        if (i === undefined || !visible[i]) return;
        const x = pts.mx[i] * scale - origin.x, y = pts.my[i] * scale - origin.y;
        if (x < -r || y < -r || x > size.x + r || y > size.y + r) return;
        ctx.strokeStyle = colour;
        ctx.beginPath(); ctx.arc(x, y, r + 3.5, 0, 2 * Math.PI); ctx.stroke();
      });
      timings.drawMs = performance.now() - started;
    }
  });
  let pointLayer = null;
  const spriteCache = new Map();

  function dotSprite(colour, radius, ratio) {
    // One anti-aliased dot (fill + white rim) rendered by the canvas once, kept as raw pixels.
    const key = colour + radius + ratio;
    let sprite = spriteCache.get(key);
    if (sprite) return sprite;
    const size = Math.ceil((radius + 1) * 2 * ratio);
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const ctx = canvas.getContext('2d');
    ctx.scale(ratio, ratio);
    ctx.beginPath(); ctx.arc(radius + 1, radius + 1, radius, 0, 6.283185307);
    ctx.fillStyle = colour; ctx.fill();
    ctx.lineWidth = 0.8; ctx.strokeStyle = 'rgba(255,255,255,0.9)'; ctx.stroke();
    sprite = {w: size, h: size, data: ctx.getImageData(0, 0, size, size).data};
    spriteCache.set(key, sprite);
    return sprite;
  }

  function project(lat, lon) {  // Web Mercator to [0, 1)
    const sin = Math.sin(Math.max(Math.min(lat, 85.0511), -85.0511) * Math.PI / 180);
    return [(lon + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
  }

  function hitTest(containerPoint) {
    if (!pts) return -1;
    const zoom = map.getZoom(), r = zoom < 8 ? 2.6 : zoom < 11 ? 3.6 : 5, reach = r + 3;
    const cx = Math.floor(containerPoint.x / CELL), cy = Math.floor(containerPoint.y / CELL);
    const scale = 256 * Math.pow(2, zoom), origin = map.getPixelBounds().min;
    let best = -1, bestDistance = reach * reach;
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) {
      const cell = grid.get((cx + dx) * 65536 + (cy + dy));
      if (!cell) continue;
      for (const i of cell) {
        const x = pts.mx[i] * scale - origin.x - containerPoint.x, y = pts.my[i] * scale - origin.y - containerPoint.y;
        const d = x * x + y * y;
        if (d <= bestDistance) { best = i; bestDistance = d; }
      }
    }
    return best;
  }

  // --- filters ----------------------------------------------------------------------------------
  function regionTest(adcode) {
    if (!adcode) return () => true;
    const code = parseInt(adcode, 10);
    if (adcode.endsWith('0000')) return d => Math.floor(d / 10000) === code / 10000;
    if (adcode.endsWith('00')) return d => Math.floor(d / 100) === code / 100;
    return d => d === code;
  }

  function applyFilter() {
    if (!pts) return;
    const started = performance.now();
    const n = pts.ids.length;
    const statuses = new Set(filter.status), risks = new Set(filter.risk), inRegion = regionTest(filter.region);
    const ids = filter.ids ? new Set(filter.ids) : null;
    visible = new Uint8Array(n); visibleCount = 0;
    for (let i = 0; i < n; i++) {
      if (statuses.size && !statuses.has(pts.status[i])) continue;
      if (risks.size && !risks.has(pts.risk[i])) continue;
      if (!inRegion(pts.district[i])) continue;
      if (ids && !ids.has(pts.ids[i])) continue;
      visible[i] = 1; visibleCount++;
    }
    timings.filterMs = performance.now() - started;
  }

  function redraw() {
    pointLayer.draw();
    requestAnimationFrame(() => setTimeout(() => { if (bridge) bridge.pointsDrawn(visibleCount); }, 0));
  }

  // --- boundaries and labels --------------------------------------------------------------------
  function pointInRing(x, y, ring) {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
      if (((yi > y) !== (yj > y)) && (x < (xj - xi) * (y - yi) / (yj - yi) + xi)) inside = !inside;
    }
    return inside;
  }

  function featureContains(feature, lon, lat) {
    const g = feature.geometry || {};
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    return polygons.some(poly => pointInRing(lon, lat, poly[0]) && !poly.slice(1).some(h => pointInRing(lon, lat, h)));
  }

  function regionAt(latlng) {
    for (const level of ['district', 'city']) {
      const layer = layers[level];
      if (!layer) continue;
      let found = null;
      layer.eachLayer(l => { if (!found && featureContains(l.feature, latlng.lng, latlng.lat)) found = l.feature; });
      if (found) return found.properties.adcode;
    }
    return null;
  }

  function boundaryStyle(level) {
    return feature => {
      const adcode = feature.properties.adcode;
      const style = {province: {color: '#34495e', weight: 2.4, fill: false},
                     city: {color: '#5d6d7e', weight: 1.4, fill: false},
                     district: {color: '#95a5a6', weight: 0.7, dashArray: '3 3', fillOpacity: 0}}[level];
      if (level === 'district') {
        const fill = choropleth && choropleth.fills[adcode];
        style.fill = true;
        style.fillColor = fill || '#ffffff';
        style.fillOpacity = fill ? 0.6 : 0;
      }
      if (adcode === selectedRegion) { style.color = '#c0392b'; style.weight = 3; style.dashArray = null; }
      return style;
    };
  }

  function restyle() {
    for (const level of ['province', 'city', 'district']) if (layers[level]) layers[level].setStyle(boundaryStyle(level));
    if (layers.city) layers.city.bringToFront();
    if (layers.province) layers.province.bringToFront();
    layers.district && layers.district.eachLayer(l => { if (l.feature.properties.adcode === selectedRegion) l.bringToFront(); });
    layers.city && layers.city.eachLayer(l => { if (l.feature.properties.adcode === selectedRegion) l.bringToFront(); });
  }

  function updateLabels() {
    const zoom = map.getZoom();
    const show = {city: zoom <= 8, district: zoom >= 9};
    for (const level of ['city', 'district']) for (const m of labels[level]) {
      const on = map.hasLayer(m);
      if (show[level] && !on) m.addTo(map); else if (!show[level] && on) m.remove();
    }
  }

  function findRegionLayer(adcode) {
    for (const level of ['district', 'city', 'province']) {
      const layer = layers[level];
      if (!layer) continue;
      let found = null;
      layer.eachLayer(l => { if (l.feature.properties.adcode === adcode) found = l; });
      if (found) return found;
    }
    return null;
  }

  // --- legend -----------------------------------------------------------------------------------
  function legendHtml() {
    const names = colourBy === 'risk' ? cfg.riskNames : cfg.statusNames;
    const colours = colourBy === 'risk' ? cfg.riskColours : cfg.statusColours;
    const title = colourBy === 'risk' ? cfg.texts.riskTitle : cfg.texts.statusTitle;
    const rings = alerts.size ? '<br><i class="dot" style="border:2.5px solid ' + cfg.alertColour +
      ';background:transparent;box-sizing:border-box"></i>' + cfg.texts.alertsTitle + ' (' + alerts.size + ')' : '';
    return '<h4>' + title + '</h4>' + names.map((name, i) =>
      '<i class="dot" style="background:' + colours[i] + '"></i>' + name).join('<br>') + rings;
  }

  function makeControl(position) {
    const control = L.control({position: position});
    control.onAdd = () => L.DomUtil.create('div', 'sandtable-legend');
    control.addTo(map);
    return control;
  }

  // --- events -----------------------------------------------------------------------------------
  function onClick(latlng) {
    const i = hitTest(map.latLngToContainerPoint(latlng));
    if (i >= 0) { if (bridge) bridge.projectClicked(pts.ids[i]); return pts.ids[i]; }
    const adcode = regionAt(latlng);
    if (adcode && bridge) bridge.regionClicked(adcode);
    return adcode;
  }

  function onMouseMove(e) {
    const i = hitTest(e.containerPoint);
    const id = i >= 0 ? pts.ids[i] : null;
    map.getContainer().style.cursor = id === null ? '' : 'pointer';
    if (id === hoverId) return;
    hoverId = id;
    if (id === null) { if (tooltip) map.closeTooltip(tooltip); return; }
    const content = tooltips.get(id);
    tooltip = L.tooltip({direction: 'top', offset: [0, -6]}).setLatLng([pts.lat[i], pts.lon[i]])
      .setContent(content || cfg.texts.loading);
    map.openTooltip(tooltip);
    if (!content && bridge) bridge.tooltipRequested(id);
  }

  // --- API for Python ---------------------------------------------------------------------------
  S.init = function (leafletMap, config) {
    map = leafletMap; cfg = config;
    map.attributionControl.setPrefix('Leaflet');
    pointLayer = new (makePointLayer())(); pointLayer.addTo(map);
    legend = makeControl('bottomright');
    legend.getContainer().innerHTML = legendHtml();
    map.on('click', e => onClick(e.latlng));
    map.on('mousemove', onMouseMove);
    map.on('zoomend', updateLabels);
    new QWebChannel(qt.webChannelTransport, channel => { bridge = channel.objects.bridge; bridge.pageReady(); });
  };

  S.setPoints = function (data) {
    const n = data.ids.length, mx = new Float64Array(n), my = new Float64Array(n);
    for (let i = 0; i < n; i++) { const p = project(data.lat[i], data.lon[i]); mx[i] = p[0]; my[i] = p[1]; }
    pts = {ids: data.ids, lon: data.lon, lat: data.lat, status: data.status, risk: data.risk, district: data.district,
           mx: mx, my: my, index: new Map(data.ids.map((id, i) => [id, i]))};
    applyFilter(); redraw();
    if (selectedId !== null) S.select(selectedId, false);
    return n;
  };

  S.setFilter = function (spec) {
    filter = {status: spec.status || [], risk: spec.risk || [], region: spec.region || null, ids: spec.ids || null};
    applyFilter(); redraw();
    return visibleCount;
  };

  S.setColourBy = function (mode) {
    colourBy = mode === 'risk' ? 'risk' : 'status';
    legend.getContainer().innerHTML = legendHtml();
    redraw();
  };

  S.setAlerts = function (spec) {  // {ids: [...], colours: [...]} of projects with an active warning
    alerts = new Map(spec.ids.map((id, k) => [id, spec.colours[k]]));
    legend.getContainer().innerHTML = legendHtml();
    redraw();
    return alerts.size;
  };

  S.alertsShown = function () {  // ids with a ring in the current view (for tests)
    if (!pts) return [];
    return Array.from(alerts.keys()).filter(id => { const i = pts.index.get(id); return i !== undefined && visible[i]; });
  };

  S.select = function (id, fly) {
    selectedId = id;
    if (highlight) { highlight.remove(); highlight = null; }
    const i = pts && id !== null ? pts.index.get(id) : undefined;
    if (i === undefined) return false;
    const latlng = [pts.lat[i], pts.lon[i]];
    highlight = L.circleMarker(latlng, {radius: 11, color: '#c0392b', weight: 3, fill: false, interactive: false})
      .addTo(map);
    if (fly) map.setView(latlng, Math.max(map.getZoom(), 14), {animate: false});
    return true;
  };

  S.setTooltip = function (id, html) {
    tooltips.set(id, html);
    if (id === hoverId && tooltip) tooltip.setContent(html);
  };

  S.setBoundaries = function (collections, centres) {
    for (const level of ['district', 'city', 'province']) {
      if (layers[level]) layers[level].remove();
      const data = collections[level];
      layers[level] = data ? L.geoJSON(data, {style: boundaryStyle(level), interactive: false}).addTo(map) : null;
    }
    for (const level of ['city', 'district']) {
      labels[level].forEach(m => m.remove());
      labels[level] = [];
      const data = collections[level];
      if (!data) continue;
      for (const feature of data.features) {
        const adcode = feature.properties.adcode;
        const at = centres[adcode] || L.geoJSON(feature).getBounds().getCenter();
        const icon = L.divIcon({className: 'sandtable-label ' + level, html: feature.properties.name,
                                iconSize: [90, 18], iconAnchor: [45, 9]});
        labels[level].push(L.marker(at, {icon: icon, interactive: false, keyboard: false}));
      }
    }
    restyle(); updateLabels();
    return Object.keys(collections).length;
  };

  S.zoomToRegion = function (adcode) {
    selectedRegion = adcode;
    restyle();
    const layer = findRegionLayer(adcode);
    if (layer) map.fitBounds(layer.getBounds(), {padding: [12, 12], animate: false});
    return !!layer;
  };

  S.setChoropleth = function (spec) {
    choropleth = spec;
    if (!choroLegend) choroLegend = makeControl('bottomleft');
    const box = choroLegend.getContainer();
    if (!spec) { box.style.display = 'none'; }
    else {
      box.style.display = '';
      let lower = 1;
      box.innerHTML = '<h4>' + spec.title + '</h4>' + spec.breaks.map((upper, i) => {
        const range = lower === upper ? '' + upper : lower + '–' + upper;
        lower = upper + 1;
        return '<i style="background:' + spec.colours[i] + '"></i>' + range;
      }).join('<br>');
    }
    restyle();
  };

  S.clickAt = function (lat, lon) { return onClick(L.latLng(lat, lon)); };
  S.hoverAt = function (lat, lon) {
    const latlng = L.latLng(lat, lon);
    onMouseMove({latlng: latlng, containerPoint: map.latLngToContainerPoint(latlng)});
    return hoverId;
  };
  S.tooltipText = function () { return tooltip && map.hasLayer(tooltip) ? tooltip.getElement().textContent : null; };
  S.state = function () {
    const c = map.getCenter();
    return {total: pts ? pts.ids.length : 0, visible: visibleCount, inView: inView, zoom: map.getZoom(),
            center: [c.lat, c.lng], selected: selectedId, region: selectedRegion, colourBy: colourBy,
            timings: timings};
  };
  S.pointOf = function (id) {
    const i = pts ? pts.index.get(id) : undefined;
    return i === undefined ? null : [pts.lat[i], pts.lon[i]];
  };
  S.firstVertex = function (level) {
    const layer = layers[level];
    if (!layer) return null;
    const g = layer.getLayers()[0].feature.geometry;
    const ring = g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0][0];
    return ring[0];
  };
})();
