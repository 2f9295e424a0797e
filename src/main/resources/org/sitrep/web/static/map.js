// The map page (#map) and the place page's small map (#place-map): Leaflet over the offline basemap that ships with
// Sitrep. Nothing is requested from any other server unless the user configured a tile URL (data-tile-url).
(function () {
  'use strict';

  var CELL = 56;            // px: places closer than this on screen merge into one marker
  var LISTED = 50;          // rows of the table under the map
  var BASEMAP_STYLES = {
    'countries.json': { color: '#9aa3ad', weight: 0.8, fillColor: '#f3f1e8', fillOpacity: 1 },
    'regions.json': { color: '#b3bac2', weight: 0.6, dashArray: '3 3', fill: false },
    'rivers.json': { color: '#7fa7d1', weight: 1, fill: false }
  };

  function newMap(el) {
    var map = L.map(el, { worldCopyJump: true, minZoom: 2, maxZoom: 14, zoomSnap: 0.5 });
    var tiles = el.getAttribute('data-tile-url');
    if (tiles) {
      L.tileLayer(tiles, { attribution: el.getAttribute('data-tile-attribution') || '' }).addTo(map);
    }
    loadBasemap(map, (el.getAttribute('data-basemap') || '').split(' ').filter(Boolean), Boolean(tiles));
    return map;
  }

  // Each layer draws in a pane of its own, so they stack in order however their files arrive.
  function loadBasemap(map, paths, overTiles) {
    paths.forEach(function (path, i) {
      var name = path.substring(path.lastIndexOf('/') + 1);
      var pane = map.createPane('basemap-' + i);
      pane.style.zIndex = String(250 + i);
      pane.style.pointerEvents = 'none';
      var style = L.extend({}, BASEMAP_STYLES[name] || { color: '#9aa3ad', weight: 0.6, fill: false });
      if (overTiles) {
        style.fillOpacity = 0;
      }
      fetch(path).then(function (r) { return r.ok ? r.json() : null; }).then(function (data) {
        if (data) {
          L.geoJSON(data, { pane: 'basemap-' + i, interactive: false, style: style,
            renderer: L.canvas({ pane: 'basemap-' + i }) }).addTo(map);
        }
      }).catch(function () { /* a missing or broken basemap file leaves that layer out */ });
    });
  }

  function text(tag, value, className) {
    var e = document.createElement(tag);
    e.textContent = value;
    if (className) {
      e.className = className;
    }
    return e;
  }

  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : many);
  }

  function diameter(mentions) {
    return Math.round(Math.min(56, 12 + 5 * Math.sqrt(mentions)));
  }

  function popup(p) {
    var box = document.createElement('div');
    box.className = 'place-popup';
    box.appendChild(text('strong', p.name));
    if (p.label && p.label !== p.name) {
      var label = text('span', ' ' + p.label, 'meta');
      label.dir = 'auto';
      box.appendChild(label);
    }
    box.appendChild(text('div', [p.country_name || p.country, plural(p.mentions, 'mention', 'mentions'),
      plural(p.articles, 'article', 'articles')].filter(Boolean).join(' · '), 'meta'));
    var link = text('a', 'Open the place page');
    link.href = p.url;
    box.appendChild(link);
    return box;
  }

  // A marker Leaflet makes focusable; Enter opens its popup (or zooms into a group).
  function marker(latlng, d, className, label, count) {
    var inner = text('span', count > 1 ? String(count) : '');
    var m = L.marker(latlng, {
      icon: L.divIcon({ className: className, iconSize: [d, d], html: inner }),
      title: label, keyboard: true, riseOnHover: true
    });
    m.on('add', function () {
      var e = m.getElement();
      e.setAttribute('role', 'button');
      e.setAttribute('aria-label', label);
      e.setAttribute('data-places', String(count));
    });
    return m;
  }

  function render(map, layer, places) {
    layer.clearLayers();
    var zoom = map.getZoom();
    var cells = new Map();
    // Only places in and around the view get markers, so a map of thousands of places stays light.
    var around = map.getBounds().pad(0.5);
    places.forEach(function (p) {
      if (!around.contains(p.latlng)) {
        return;
      }
      var at = map.project(p.latlng, zoom);
      var key = Math.floor(at.x / CELL) + ':' + Math.floor(at.y / CELL);
      if (!cells.has(key)) {
        cells.set(key, []);
      }
      cells.get(key).push(p);
    });
    cells.forEach(function (group) {
      if (group.length === 1) {
        var p = group[0];
        marker(p.latlng, diameter(p.mentions), 'place-marker',
          p.name + ', ' + plural(p.mentions, 'mention', 'mentions'), 1).bindPopup(popup(p)).addTo(layer);
        return;
      }
      var mentions = 0;
      var bounds = L.latLngBounds([]);
      group.forEach(function (p) { mentions += p.mentions; bounds.extend(p.latlng); });
      var names = group.slice(0, 3).map(function (p) { return p.name; }).join(', ') + (group.length > 3 ? '…' : '');
      var m = marker(bounds.getCenter(), diameter(mentions), 'place-cluster',
        group.length + ' places (' + names + '), ' + plural(mentions, 'mention', 'mentions') + '; zoom in to tell them apart',
        group.length);
      m.on('click', function () {
        if (zoom >= map.getMaxZoom() || bounds.getNorthEast().equals(bounds.getSouthWest())) {
          m.bindPopup(groupPopup(group)).openPopup();
        } else {
          map.fitBounds(bounds.pad(0.3), { maxZoom: Math.min(map.getMaxZoom(), zoom + 3) });
        }
      });
      m.addTo(layer);
    });
  }

  function groupPopup(group) {
    var list = document.createElement('ul');
    list.className = 'place-popup';
    group.forEach(function (p) {
      var li = document.createElement('li');
      var a = text('a', p.name);
      a.href = p.url;
      li.appendChild(a);
      li.appendChild(text('span', ' ' + plural(p.mentions, 'mention', 'mentions'), 'meta'));
      list.appendChild(li);
    });
    return list;
  }

  function placesOf(geojson) {
    return geojson.features.map(function (f) {
      var p = L.extend({}, f.properties);
      p.latlng = L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]);
      return p;
    });
  }

  function fillTable(table, places) {
    var body = table.tBodies[0];
    while (body.firstChild) {
      body.removeChild(body.firstChild);
    }
    places.slice(0, LISTED).forEach(function (p) {
      var row = body.insertRow();
      var name = row.insertCell();
      var a = text('a', p.name);
      a.href = p.url;
      name.appendChild(a);
      if (p.label && p.label !== p.name) {
        var label = text('span', ' ' + p.label, 'meta');
        label.dir = 'auto';
        name.appendChild(label);
      }
      row.insertCell().textContent = p.country_name || p.country;
      row.insertCell().textContent = String(p.mentions);
      row.insertCell().textContent = String(p.articles);
    });
  }

  function statusText(geojson) {
    var s = plural(geojson.total, 'place', 'places');
    if (geojson.truncated) {
      s += ' (the ' + geojson.features.length + ' most named shown)';
    }
    if (geojson.partial) {
      s += ' (the search was cut short; some places may be missing)';
    }
    return s;
  }

  function mainMap(el) {
    var map = newMap(el);
    var layer = L.layerGroup().addTo(map);
    var form = document.getElementById('map-filter');
    var status = document.getElementById('map-status');
    var table = document.getElementById('map-places');
    var places = [];
    var first = true;
    map.setView([30, 30], 3);
    map.on('moveend', function () { render(map, layer, places); });

    function load(url) {
      el.setAttribute('aria-busy', 'true');
      return fetch(url, { headers: { Accept: 'application/geo+json' } }).then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) {
            throw new Error(body.error || ('the server answered ' + r.status));
          }
          return body;
        });
      }).then(function (geojson) {
        places = placesOf(geojson);
        render(map, layer, places);
        fillTable(table, places);
        status.textContent = statusText(geojson);
        status.classList.remove('error');
        if (first && places.length > 0) {
          map.fitBounds(L.latLngBounds(places.map(function (p) { return p.latlng; })).pad(0.2), { maxZoom: 8 });
        }
        first = false;
        el.setAttribute('data-loaded', String(places.length));
      }).catch(function (e) {
        status.textContent = 'Could not load the places: ' + e.message;
        status.classList.add('error');
      }).then(function () {
        el.removeAttribute('aria-busy');
      });
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var params = new URLSearchParams();
      new FormData(form).forEach(function (value, key) {
        if (String(value).trim() !== '') {
          params.append(key, String(value).trim());
        }
      });
      var query = params.toString();
      history.replaceState(null, '', '/map' + (query ? '?' + query : ''));
      load('/api/v1/places.geojson' + (query ? '?' + query : ''));
    });
    load(el.getAttribute('data-geojson'));
  }

  function placeMap(el) {
    var map = newMap(el);
    var points = JSON.parse(el.getAttribute('data-places'));
    var bounds = L.latLngBounds([]);
    points.forEach(function (p) {
      var latlng = L.latLng(p.lat, p.lon);
      bounds.extend(latlng);
      var m = marker(latlng, p.self ? 18 : 11, p.self ? 'place-marker place-self' : 'place-marker place-near',
        p.self ? p.name : p.name + ' (nearby)', 1);
      if (p.self) {
        m.bindPopup(text('strong', p.name));
      } else {
        var a = text('a', p.name);
        a.href = p.url;
        m.bindPopup(a);
      }
      m.addTo(map);
    });
    if (points.length > 1) {
      map.fitBounds(bounds.pad(0.3), { maxZoom: 9 });
    } else {
      map.setView(bounds.getCenter(), 7);
    }
  }

  if (!window.L) {
    return;
  }
  var main = document.getElementById('map');
  if (main) {
    mainMap(main);
  }
  var small = document.getElementById('place-map');
  if (small) {
    placeMap(small);
  }
})();
