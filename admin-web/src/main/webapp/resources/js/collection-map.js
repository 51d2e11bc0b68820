/*
 * The collection map (map.xhtml): draws a map run's points on a canvas, coloured as chosen; pans, zooms, shows the
 * asset under the pointer, and selects the assets in a box or lasso for the asset grid.
 *
 * Points come as bytes (16 a point: asset id int64, x, y float32, little-endian) and colourings as one byte a point,
 * so 50,000 points load in under a megabyte. They are drawn with one fillRect each, grouped by colour, which a canvas
 * does for 50,000 points in a few milliseconds; a uniform grid over the map finds the point under the pointer.
 * The region a librarian draws is kept in map coordinates ([0, 1]) and travels in the grid's link as x,y;x,y;…,
 * rounded as sent, so that the server selects exactly what the page highlights (even-odd rule on both sides).
 */
(function () {
  'use strict';

  var PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22',
    '#393b79', '#9e9e9e', '#cfcfcf'];
  /** Groups that are what is left over: grey, so that the named ones stand out. */
  var LEFT_OVER = {'other terms': '#9e9e9e', 'no term': '#cfcfcf', 'not flagged': '#cfcfcf', 'labelled': '#cfcfcf',
    'all assets': '#1f77b4', 'unlabelled': '#d62728', 'suspicion ≥ 0.8': '#d62728', 'suspicion 0.5–0.8': '#ff7f0e',
    'suspicion < 0.5': '#bcbd22'};
  var GRID = 128;
  /** A selected point's frame, as a pixel (opaque near-black). */
  var SELECTED = 0xff111111;
  var HOVER_PX = 8;
  var MAX_CORNERS = 2000;

  function start(root) {
    var canvas = document.getElementById('map-canvas');
    var ctx = canvas.getContext('2d');
    var tip = document.getElementById('map-tip');
    var tipImage = document.getElementById('map-tip-image');
    var tipLabel = document.getElementById('map-tip-label');
    var status = document.getElementById('map-status');
    var legendList = document.getElementById('map-legend');
    var selectionBar = document.getElementById('map-selection');
    var selectedCount = document.getElementById('map-selected-count');
    var openGrid = document.getElementById('map-open-grid');
    var colourChoice = document.getElementById('map-colour');

    var n = 0, ids, xs, ys, codes, order, legend = [];
    var cellStart, cellPoints;
    /** The canvas's pixels, kept from one drawing to the next. */
    var image = null, pixels = null;
    var view = {scale: 1, ox: 0, oy: 0};
    var selected = null, region = null, regionText = null;
    var drag = null;

    function say(text) {
      status.textContent = text;
    }

    function get(url, as) {
      return fetch(url, {credentials: 'same-origin', headers: {'Accept': as === 'json' ? 'application/json' : 'application/octet-stream'}})
        .then(function (response) {
          if (!response.ok) {
            return response.text().then(function (body) {
              var message = body;
              try { message = JSON.parse(body).message || body; } catch (e) { /* not JSON: the text as sent */ }
              throw new Error(response.status + ': ' + message);
            });
          }
          return as === 'json' ? response.json() : response.arrayBuffer();
        });
    }

    function loadPoints() {
      return get(root.dataset.run + '/points', 'bytes').then(function (buffer) {
        var data = new DataView(buffer);
        n = buffer.byteLength / 16;
        ids = new Float64Array(n);
        xs = new Float32Array(n);
        ys = new Float32Array(n);
        for (var i = 0; i < n; i++) {
          ids[i] = Number(data.getBigInt64(i * 16, true));
          xs[i] = data.getFloat32(i * 16 + 8, true);
          ys[i] = data.getFloat32(i * 16 + 12, true);
        }
        index();
        selected = region ? inside(region) : null;
      });
    }

    /** A uniform grid over the map: the points of each cell, for the point under the pointer. */
    function index() {
      var counts = new Int32Array(GRID * GRID + 1);
      var cells = new Int32Array(n);
      for (var i = 0; i < n; i++) {
        cells[i] = cell(xs[i]) * GRID + cell(ys[i]);
        counts[cells[i] + 1]++;
      }
      for (var c = 1; c <= GRID * GRID; c++) {
        counts[c] += counts[c - 1];
      }
      cellStart = counts.slice();
      cellPoints = new Int32Array(n);
      var next = counts.slice();
      for (i = 0; i < n; i++) {
        cellPoints[next[cells[i]]++] = i;
      }
    }

    function cell(v) {
      return Math.min(GRID - 1, Math.max(0, Math.floor(v * GRID)));
    }

    function loadColouring() {
      var choice = colourChoice.value.split(':');
      var by = choice[0];
      var field = choice.slice(1).join(':');
      var url = root.dataset.run + '/colouring?by=' + encodeURIComponent(by) + (field ? '&field=' + encodeURIComponent(field) : '');
      return get(url, 'json').then(function (colouring) {
        if (colouring.points !== n) {
          // Assets were placed on the map between the two reads: read the points again, then the colouring.
          return loadPoints().then(loadColouring);
        }
        var raw = atob(colouring.codes);
        codes = new Uint8Array(n);
        var counts = new Int32Array(colouring.legend.length + 1);
        for (var i = 0; i < n; i++) {
          codes[i] = raw.charCodeAt(i);
          counts[codes[i] + 1]++;
        }
        for (var g = 1; g < counts.length; g++) {
          counts[g] += counts[g - 1];
        }
        order = new Int32Array(n);
        for (i = 0; i < n; i++) {
          order[counts[codes[i]]++] = i;
        }
        legend = colouring.legend;
        showLegend(colouring.title);
      });
    }

    /** A colour '#rrggbb' as one opaque pixel of the canvas's little-endian RGBA bytes. */
    function pixel(colour) {
      var rgb = parseInt(colour.slice(1), 16);
      return ((0xff << 24) | ((rgb & 0xff) << 16) | (rgb & 0xff00) | ((rgb >> 16) & 0xff)) >>> 0;
    }

    function colourOf(group) {
      return LEFT_OVER[legend[group].name] || PALETTE[group % PALETTE.length];
    }

    function showLegend(title) {
      legendList.textContent = '';
      legendList.setAttribute('aria-label', title);
      legend.forEach(function (group, g) {
        var item = document.createElement('li');
        var swatch = document.createElement('span');
        swatch.className = 'map-swatch';
        swatch.style.background = colourOf(g);
        item.appendChild(swatch);
        item.appendChild(document.createTextNode(group.name + ' (' + group.count + ')'));
        legendList.appendChild(item);
      });
    }

    function size() {
      var ratio = window.devicePixelRatio || 1;
      var width = root.clientWidth, height = root.clientHeight;
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = width + 'px';
      canvas.style.height = height + 'px';
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    }

    function fit() {
      var width = root.clientWidth, height = root.clientHeight, pad = 16;
      view.scale = Math.max(1, Math.min(width, height) - 2 * pad);
      view.ox = (width - view.scale) / 2;
      view.oy = (height - view.scale) / 2;
    }

    function toScreen(x, y) {
      return [view.ox + x * view.scale, view.oy + y * view.scale];
    }

    function toMap(sx, sy) {
      return [(sx - view.ox) / view.scale, (sy - view.oy) / view.scale];
    }

    function draw() {
      var ratio = window.devicePixelRatio || 1;
      // Points are written straight into the canvas's pixels: a canvas draws 50,000 fillRects in some 13 ms on
      // two cores, too slow for a frame; this takes a few.
      if (!image || image.width !== canvas.width || image.height !== canvas.height) {
        image = ctx.createImageData(canvas.width, canvas.height);
        pixels = new Uint32Array(image.data.buffer);
      }
      pixels.fill(0);
      var r = n > 20000 ? 1.5 : n > 2000 ? 2.5 : 4;
      var side = Math.max(1, Math.round(2 * r * ratio));
      var columns = canvas.width, rows = canvas.height;
      var colours = legend.map(function (group, g) { return pixel(colourOf(g)); });
      for (var k = 0; k < n; k++) {
        var i = order[k];
        var left = Math.round((view.ox + xs[i] * view.scale - r) * ratio);
        var top = Math.round((view.oy + ys[i] * view.scale - r) * ratio);
        if (left >= columns || top >= rows || left + side <= 0 || top + side <= 0) {
          continue;
        }
        if (selected && selected[i]) {
          square(left - 1, top - 1, side + 2, SELECTED);
        }
        square(left, top, side, colours[codes[i]]);
      }
      ctx.putImageData(image, 0, 0);

      function square(left, top, side, colour) {
        var from = Math.max(0, left), to = Math.min(columns, left + side);
        for (var y = Math.max(0, top); y < Math.min(rows, top + side); y++) {
          for (var x = y * columns + from, end = y * columns + to; x < end; x++) {
            pixels[x] = colour;
          }
        }
      }
      var outline = drag && drag.corners ? drag.corners.map(function (c) { return toMap(c[0], c[1]); }) : region;
      if (outline) {
        ctx.save();
        ctx.setLineDash([5, 4]);
        ctx.strokeStyle = '#333';
        ctx.beginPath();
        outline.forEach(function (p, j) {
          var s = toScreen(p[0], p[1]);
          if (j === 0) { ctx.moveTo(s[0], s[1]); } else { ctx.lineTo(s[0], s[1]); }
        });
        ctx.closePath();
        ctx.stroke();
        ctx.restore();
      }
      canvas.dataset.scale = view.scale;
      canvas.dataset.offsetX = view.ox;
      canvas.dataset.offsetY = view.oy;
    }

    /** The asset whose point is nearest the pointer, within HOVER_PX; -1 when none. */
    function pointAt(sx, sy) {
      var m = toMap(sx, sy), reach = HOVER_PX / view.scale;
      var best = -1, bestDistance = HOVER_PX * HOVER_PX;
      for (var cx = cell(m[0] - reach); cx <= cell(m[0] + reach); cx++) {
        for (var cy = cell(m[1] - reach); cy <= cell(m[1] + reach); cy++) {
          var c = cx * GRID + cy;
          for (var k = cellStart[c]; k < cellStart[c + 1]; k++) {
            var i = cellPoints[k];
            var s = toScreen(xs[i], ys[i]);
            var d = (s[0] - sx) * (s[0] - sx) + (s[1] - sy) * (s[1] - sy);
            if (d <= bestDistance) {
              best = i;
              bestDistance = d;
            }
          }
        }
      }
      return best;
    }

    function hover(sx, sy) {
      var i = n ? pointAt(sx, sy) : -1;
      if (i < 0) {
        tip.hidden = true;
        delete root.dataset.hovered;
        return;
      }
      var id = String(ids[i]);
      if (root.dataset.hovered !== id) {
        root.dataset.hovered = id;
        tip.dataset.asset = id;
        tipImage.src = root.dataset.thumbnails + id + '/thumbnail';
        tipLabel.textContent = 'Asset ' + id;
      }
      tip.style.left = Math.min(sx + 14, root.clientWidth - 180) + 'px';
      tip.style.top = Math.min(sy + 14, root.clientHeight - 200) + 'px';
      tip.hidden = false;
    }

    /** Even-odd rule, as java.awt.geom.Path2D does on the server. */
    function contains(polygon, x, y) {
      var inside = false;
      for (var a = 0, b = polygon.length - 1; a < polygon.length; b = a++) {
        var xa = polygon[a][0], ya = polygon[a][1], xb = polygon[b][0], yb = polygon[b][1];
        if ((ya > y) !== (yb > y) && x < (xb - xa) * (y - ya) / (yb - ya) + xa) {
          inside = !inside;
        }
      }
      return inside;
    }

    function inside(polygon) {
      var flags = new Uint8Array(n);
      for (var i = 0; i < n; i++) {
        flags[i] = contains(polygon, xs[i], ys[i]) ? 1 : 0;
      }
      return flags;
    }

    function select(corners) {
      if (corners.length > MAX_CORNERS) {
        var step = Math.ceil(corners.length / MAX_CORNERS);
        corners = corners.filter(function (c, j) { return j % step === 0; });
      }
      // Rounded as the link sends it: the page highlights what the server will select.
      region = corners.map(function (c) {
        var m = toMap(c[0], c[1]);
        return [Number(m[0].toFixed(6)), Number(m[1].toFixed(6))];
      });
      if (region.length < 3) {
        clearSelection();
        return;
      }
      regionText = region.map(function (p) { return p[0] + ',' + p[1]; }).join(';');
      selected = inside(region);
      var count = selected.reduce(function (sum, f) { return sum + f; }, 0);
      selectedCount.textContent = count === 1 ? '1 asset selected' : count + ' assets selected';
      root.dataset.selected = count;
      openGrid.href = root.dataset.grid + encodeURIComponent(regionText);
      selectionBar.hidden = false;
    }

    function clearSelection() {
      region = null;
      regionText = null;
      selected = null;
      delete root.dataset.selected;
      selectionBar.hidden = true;
      draw();
    }

    function mode() {
      return document.querySelector('input[name="map-mode"]:checked').value;
    }

    function local(event) {
      var box = canvas.getBoundingClientRect();
      return [event.clientX - box.left, event.clientY - box.top];
    }

    canvas.addEventListener('pointerdown', function (event) {
      if (!n) {
        return;
      }
      canvas.setPointerCapture(event.pointerId);
      var at = local(event);
      drag = {mode: mode(), from: at, view: {ox: view.ox, oy: view.oy}};
      if (drag.mode !== 'pan') {
        drag.corners = [at];
      }
      tip.hidden = true;
    });

    canvas.addEventListener('pointermove', function (event) {
      var at = local(event);
      if (!drag) {
        hover(at[0], at[1]);
        return;
      }
      if (drag.mode === 'pan') {
        view.ox = drag.view.ox + at[0] - drag.from[0];
        view.oy = drag.view.oy + at[1] - drag.from[1];
      } else if (drag.mode === 'box') {
        var f = drag.from;
        drag.corners = [f, [at[0], f[1]], at, [f[0], at[1]]];
      } else {
        var last = drag.corners[drag.corners.length - 1];
        if (Math.hypot(at[0] - last[0], at[1] - last[1]) >= 3) {
          drag.corners.push(at);
        }
      }
      draw();
    });

    canvas.addEventListener('pointerup', function () {
      if (drag && drag.corners) {
        select(drag.corners);
      }
      drag = null;
      draw();
    });

    canvas.addEventListener('pointerleave', function () {
      if (!drag) {
        tip.hidden = true;
      }
    });

    canvas.addEventListener('wheel', function (event) {
      event.preventDefault();
      var at = local(event);
      var factor = Math.exp(-event.deltaY * 0.0015);
      var scale = Math.min(Math.max(view.scale * factor, 50), 200000);
      view.ox = at[0] - (at[0] - view.ox) * scale / view.scale;
      view.oy = at[1] - (at[1] - view.oy) * scale / view.scale;
      view.scale = scale;
      draw();
    }, {passive: false});

    document.getElementById('map-reset').addEventListener('click', function () {
      fit();
      draw();
    });
    document.getElementById('map-clear').addEventListener('click', clearSelection);
    colourChoice.addEventListener('change', function () {
      delete root.dataset.ready;
      loadColouring().then(function () {
        draw();
        root.dataset.ready = 'true';
      }).catch(failed);
    });
    new ResizeObserver(function () {
      size();
      fit();
      if (n) {
        draw();
      }
    }).observe(root);

    function failed(error) {
      say('The map could not be loaded (' + error.message + '). Reload the page to try again.');
    }

    size();
    fit();
    loadPoints().then(loadColouring).then(function () {
      draw();
      say(n === 1 ? '1 asset' : n + ' assets');
      root.dataset.points = n;
      root.dataset.ready = 'true';
    }).catch(failed);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('collection-map');
    if (root) {
      start(root);
    }
  });
}());
