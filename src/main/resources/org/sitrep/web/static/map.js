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

  // Events: ACLED's types, coloured as the legend and the events page colour them (the CSS class type-…).
  function typeKey(label) {
    return String(label || '').toLowerCase().replace(/[^a-z]+/g, '-');
  }

  function eventsOf(geojson) {
    return geojson.features.filter(function (f) { return f.geometry; }).map(function (f) {
      var e = L.extend({}, f.properties);
      e.latlng = L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]);
      e.href = '/articles/' + encodeURIComponent(e.article_id) + '#event-' + e.id.substring(e.article_id.length + 1);
      return e;
    });
  }

  function eventLabel(e) {
    return [e.type + ': ' + e.sub_type, e.date, e.place].filter(Boolean).join(', ');
  }

  function eventPopup(e) {
    var box = document.createElement('div');
    box.className = 'place-popup event-popup';
    box.appendChild(text('strong', e.type));
    box.appendChild(text('div', [e.sub_type, e.date, e.place].filter(Boolean).join(' · '), 'meta'));
    box.appendChild(text('div', e.actor1 + (e.actor2 ? ' against ' + e.actor2 : '')));
    if (e.fatalities !== null && e.fatalities !== undefined) {
      box.appendChild(text('div', plural(e.fatalities, 'death', 'deaths') + ' reported', 'meta'));
    }
    var evidence = text('q', e.evidence_text, 'evidence');
    box.appendChild(evidence);
    var link = text('a', 'Read it in ' + (e.outlet || 'the article') + (e.published ? ', ' + e.published : ''));
    link.href = e.href;
    box.appendChild(link);
    return box;
  }

  function eventMarker(latlng, d, className, label, count) {
    var m = L.marker(latlng, {
      icon: L.divIcon({ className: className, iconSize: [d, d], iconAnchor: [-1, d + 1], html: text('span', count > 1 ? String(count) : '') }),
      title: label, keyboard: true, riseOnHover: true
    });
    m.on('add', function () {
      var e = m.getElement();
      e.setAttribute('role', 'button');
      e.setAttribute('aria-label', label);
      e.setAttribute('data-events', String(count));
    });
    return m;
  }

  // Events beside the places (above and to the right of their point); events close on screen merge.
  function renderEvents(map, layer, events) {
    layer.clearLayers();
    var zoom = map.getZoom();
    var cells = new Map();
    var around = map.getBounds().pad(0.5);
    events.forEach(function (e) {
      if (!around.contains(e.latlng)) {
        return;
      }
      var at = map.project(e.latlng, zoom);
      var key = Math.floor(at.x / CELL) + ':' + Math.floor(at.y / CELL);
      if (!cells.has(key)) {
        cells.set(key, []);
      }
      cells.get(key).push(e);
    });
    cells.forEach(function (group) {
      if (group.length === 1) {
        var e = group[0];
        eventMarker(e.latlng, 14, 'event-marker type-' + typeKey(e.type), eventLabel(e), 1).bindPopup(eventPopup(e)).addTo(layer);
        return;
      }
      var types = new Set(group.map(function (e) { return typeKey(e.type); }));
      var bounds = L.latLngBounds([]);
      group.forEach(function (e) { bounds.extend(e.latlng); });
      var d = Math.round(Math.min(40, 14 + 4 * Math.sqrt(group.length)));
      var m = eventMarker(bounds.getCenter(), d, 'event-marker event-cluster' + (types.size === 1 ? ' type-' + types.values().next().value : ''),
        plural(group.length, 'event', 'events') + ' (' + Array.from(new Set(group.map(function (e) { return e.type; }))).join(', ') + ')',
        group.length);
      m.on('click', function () {
        if (zoom >= map.getMaxZoom() || bounds.getNorthEast().equals(bounds.getSouthWest())) {
          var list = document.createElement('ul');
          list.className = 'place-popup';
          group.slice(0, 30).forEach(function (e) {
            var li = document.createElement('li');
            var a = text('a', eventLabel(e));
            a.href = e.href;
            li.appendChild(a);
            list.appendChild(li);
          });
          m.bindPopup(list).openPopup();
        } else {
          map.fitBounds(bounds.pad(0.3), { maxZoom: Math.min(map.getMaxZoom(), zoom + 3) });
        }
      });
      m.addTo(layer);
    });
  }

  function eventsStatus(geojson, located) {
    var s = plural(geojson.features.length, 'event', 'events');
    var unplaced = geojson.features.length - located;
    return unplaced > 0 ? s + ' (' + unplaced + ' without a place, not on the map)' : s;
  }

  function eventsUrl(query) {
    var params = new URLSearchParams(query);
    if (params.get('entity') && !params.get('actor')) {
      params.set('actor', params.get('entity'));
    }
    params.delete('entity');
    params.set('format', 'geojson');
    return '/api/v1/events?' + params.toString();
  }

  function mainMap(el) {
    var map = newMap(el);
    var layer = L.layerGroup().addTo(map);
    var eventLayer = L.layerGroup().addTo(map);
    var events = [];
    var eventText = '';
    toggle(map, layer, 'layer-places');
    toggle(map, eventLayer, 'layer-events');
    var form = document.getElementById('map-filter');
    var status = document.getElementById('map-status');
    var table = document.getElementById('map-places');
    var places = [];
    var first = true;
    map.setView([30, 30], 3);
    map.on('moveend', function () { render(map, layer, places); renderEvents(map, eventLayer, events); });

    function json(url) {
      return fetch(url, { headers: { Accept: 'application/geo+json' } }).then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) {
            throw new Error(body.error || ('the server answered ' + r.status));
          }
          return body;
        });
      });
    }

    function load(url, eventsHref) {
      el.setAttribute('aria-busy', 'true');
      return Promise.all([json(url), json(eventsHref)]).then(function (both) {
        var geojson = both[0];
        places = placesOf(geojson);
        events = eventsOf(both[1]);
        render(map, layer, places);
        renderEvents(map, eventLayer, events);
        fillTable(table, places);
        eventText = eventsStatus(both[1], events.length);
        status.textContent = statusText(geojson) + ' · ' + eventText;
        status.classList.remove('error');
        var points = places.concat(events).map(function (p) { return p.latlng; });
        if (first && points.length > 0) {
          map.fitBounds(L.latLngBounds(points).pad(0.2), { maxZoom: 8 });
        }
        first = false;
        el.setAttribute('data-events-loaded', String(events.length));
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
      load('/api/v1/places.geojson' + (query ? '?' + query : ''), eventsUrl(query));
      redrawTimeline('/map' + (query ? '?' + query : ''));
    });
    load(el.getAttribute('data-geojson'), el.getAttribute('data-events'));
  }

  // The timeline counts the filter's events on every day, so it is fetched again only when more than the days change.
  var timelineBasis = null;
  function redrawTimeline(url) {
    var basis = new URLSearchParams(url.split('?')[1] || '');
    basis.delete('from');
    basis.delete('to');
    basis = basis.toString();
    var old = document.getElementById('timeline');
    if (timelineBasis === null) {
      timelineBasis = new URLSearchParams(location.search);
      timelineBasis.delete('from');
      timelineBasis.delete('to');
      timelineBasis = timelineBasis.toString();
    }
    if (!old || !window.sitrepTimeline || basis === timelineBasis) {
      return;
    }
    timelineBasis = basis;
    fetch(url, { headers: { Accept: 'text/html' } }).then(function (r) { return r.text(); }).then(function (html) {
      var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('timeline');
      var current = document.getElementById('timeline');
      if (fresh && current) {
        fresh = document.importNode(fresh, true);
        Array.prototype.forEach.call(fresh.querySelectorAll('script, link'), function (e) { e.remove(); });
        current.replaceWith(fresh);
        var chart = fresh.querySelector('.timeline-chart[data-timeline]');
        if (chart) {
          window.sitrepTimeline.draw(chart);
        }
      }
    }).catch(function () { /* the old timeline stays; the markers are what the filter shows */ });
  }

  // A checkbox that shows or hides a layer.
  function toggle(map, layer, id) {
    var box = document.getElementById(id);
    if (box) {
      box.addEventListener('change', function () {
        if (box.checked) {
          layer.addTo(map);
        } else {
          map.removeLayer(layer);
        }
      });
    }
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
