// Timelines (.timeline-chart): counts per day, week or month drawn with uPlot. Dragging across a chart selects whole
// periods and sets the from/to fields of the form the chart names (data-form); the form then shows those days: by
// fetching this page again and swapping the elements it lists in data-swap, or, without data-swap, by submitting
// (the map page's script takes that submit and reloads its markers). The table under each chart holds the same
// counts for readers without the chart.
(function () {
  'use strict';

  var DAY = 86400;
  var COLOURS = { mentions: '#0b5cad', articles: '#0b5cad', statements: '#9a6a12', events: '#b22222', reports: '#56606b' };
  var DAY_INCRS = [DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, 91 * DAY, 182 * DAY, 365 * DAY, 730 * DAY, 1826 * DAY, 3652 * DAY];
  var INTEGERS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000, 100000];

  function nextStart(t, period) {
    if (period === 'day') {
      return t + DAY;
    }
    if (period === 'week') {
      return t + 7 * DAY;
    }
    var d = new Date(t * 1000);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 1000;
  }

  function isoDay(t) {
    return new Date(t * 1000).toISOString().slice(0, 10);
  }

  function seconds(day) {
    return Date.parse(day + 'T00:00:00Z') / 1000;
  }

  // The periods as [start, end) in Unix seconds, and the middle of each, where its bar stands.
  function periodsOf(data) {
    var starts = data.x;
    var ends = starts.map(function (t) { return nextStart(t, data.period); });
    var middles = starts.map(function (t, i) { return (t + ends[i]) / 2; });
    return { starts: starts, ends: ends, middles: middles };
  }

  // The index of the period that holds time t, clamped to the first and last.
  function periodAt(periods, t) {
    for (var i = 0; i < periods.starts.length; i++) {
      if (t < periods.ends[i]) {
        return i;
      }
    }
    return periods.starts.length - 1;
  }

  function fieldsOf(form) {
    return { from: form.querySelector('input[name=from]'), to: form.querySelector('input[name=to]') };
  }

  function urlOf(form) {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (String(value).trim() !== '') {
        params.append(key, String(value).trim());
      }
    });
    var query = params.toString();
    return form.getAttribute('action') + (query ? '?' + query : '');
  }

  function announce(form, text) {
    var status = document.querySelector('[data-timeline-status="' + form.id + '"]');
    if (status) {
      status.textContent = text;
    }
  }

  // Shows the form's days: swaps the listed elements for those of the page at the form's URL.
  function show(form) {
    var swap = (form.getAttribute('data-swap') || '').split(' ').filter(Boolean);
    if (swap.length === 0) {
      form.requestSubmit();
      return Promise.resolve();
    }
    var url = urlOf(form);
    swap.forEach(function (id) {
      var el = document.getElementById(id);
      if (el) {
        el.setAttribute('aria-busy', 'true');
      }
    });
    return fetch(url, { headers: { Accept: 'text/html' } }).then(function (r) {
      return r.text();
    }).then(function (html) {
      var fresh = new DOMParser().parseFromString(html, 'text/html');
      swap.forEach(function (id) {
        var old = document.getElementById(id);
        var replacement = fresh.getElementById(id);
        if (old && replacement) {
          old.replaceWith(document.importNode(replacement, true));
        }
      });
      history.replaceState(null, '', url);
      var f = fieldsOf(form);
      announce(form, f.from.value || f.to.value
        ? 'Listing ' + (f.from.value || 'the first day') + ' to ' + (f.to.value || 'the last day') + '.'
        : 'Listing all days.');
    }).catch(function (e) {
      announce(form, 'Could not list those days: ' + e.message);
      swap.forEach(function (id) {
        var el = document.getElementById(id);
        if (el) {
          el.removeAttribute('aria-busy');
        }
      });
    });
  }

  function integerAxis(stroke) {
    return {
      stroke: stroke, incrs: INTEGERS, size: 44,
      grid: { stroke: '#e3e7eb', width: 1 }, ticks: { stroke: '#d5dae0', width: 1 },
      values: function (u, splits) { return splits.map(function (v) { return String(v); }); }
    };
  }

  function chart(el) {
    // A chart that arrives later (htmx) brings this script again: each chart is drawn once.
    if (el.hasAttribute('data-taken')) {
      return;
    }
    el.setAttribute('data-taken', '');
    var data = JSON.parse(el.getAttribute('data-timeline'));
    if (!data.period || data.x.length === 0) {
      return;
    }
    var form = document.getElementById(el.getAttribute('data-form'));
    var periods = periodsOf(data);
    var columns = [periods.middles];
    var series = [{}];
    data.series.forEach(function (s, i) {
      var colour = COLOURS[s.key] || '#56606b';
      columns.push(s.counts);
      series.push(i === 0
        ? { label: s.name, stroke: colour, fill: colour + 'b3', width: 0,
            paths: uPlot.paths.bars({ size: [0.86, 64], gap: 1 }), points: { show: false } }
        : { label: s.name, stroke: colour, width: 2, scale: 'y2', points: { show: data.x.length < 60, size: 5, fill: colour } });
    });
    // The bars keep the left axis; the lines count other things (statements, events), often tens of times more or
    // fewer, so they get the right axis in their colour rather than flattening the bars.
    // Ticks at whole days or more: a period is never shorter than a day, so hours would only mislead.
    var axes = [{ stroke: '#56606b', grid: { show: false }, ticks: { stroke: '#d5dae0', width: 1 }, incrs: DAY_INCRS },
      integerAxis(COLOURS[data.series[0].key])];
    if (data.series.length > 1) {
      var right = integerAxis(COLOURS[data.series[1].key] || '#56606b');
      right.side = 1;
      right.scale = 'y2';
      right.grid = { show: false };
      axes.push(right);
    }
    var first = periods.starts[0];
    var last = periods.ends[periods.ends.length - 1];
    var u;
    var options = {
      width: Math.max(200, el.clientWidth), height: el.clientWidth < 500 ? 150 : 180,
      legend: { show: false },
      tzDate: function (t) { return uPlot.tzDate(new Date(t * 1000), 'Etc/UTC'); },
      scales: {
        x: { time: true, range: function () { return [first, last]; } },
        y: { range: function (self, min, max) { return [0, Math.max(1, max)]; } },
        y2: { range: function (self, min, max) { return [0, Math.max(1, max)]; } }
      },
      axes: axes,
      cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
      series: series,
      hooks: {
        setSelect: [function (self) {
          if (!form || self.select.width < 2) {
            return;
          }
          var a = periodAt(periods, self.posToVal(self.select.left, 'x'));
          var b = periodAt(periods, self.posToVal(self.select.left + self.select.width, 'x'));
          var f = fieldsOf(form);
          f.from.value = isoDay(periods.starts[a]);
          f.to.value = isoDay(periods.ends[b] - DAY);
          mark(periods.starts[a], periods.ends[b]);
          show(form);
        }]
      }
    };
    u = new uPlot(options, columns, el);
    el.setAttribute('data-drawn', String(data.x.length));

    // "Per 100 articles": the bars become the subject's articles per 100 articles stored for that period, so that a
    // rise that is only more news overall shows flat.
    var toggle = data.share && el.closest('.timeline') ? el.closest('.timeline').querySelector('input[data-share]') : null;
    if (toggle) {
      var shares = data.share.articles.map(function (n, i) {
        var all = data.share.all[i];
        return all === 0 ? 0 : Math.round(1000 * n / all) / 10;
      });
      var showShare = function () {
        var cols = columns.slice();
        if (toggle.checked) {
          cols[1] = shares;
        }
        u.setData(cols);
        el.setAttribute('data-mode', toggle.checked ? 'share' : 'counts');
        if (form) {
          markFields();
        }
      };
      toggle.addEventListener('change', showShare);
      if (toggle.checked) {
        showShare();
      }
    }

    // Marks [from, to) on the chart as the selection, without firing the hook.
    function mark(from, to) {
      var left = u.valToPos(Math.max(from, first), 'x');
      var right = u.valToPos(Math.min(to, last), 'x');
      u.setSelect({ left: left, width: Math.max(0, right - left), top: 0, height: u.over.clientHeight }, false);
    }

    function markFields() {
      var f = fieldsOf(form);
      if (f.from.value || f.to.value) {
        mark(f.from.value ? seconds(f.from.value) : first, f.to.value ? seconds(f.to.value) + DAY : last);
      } else {
        u.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
      }
    }

    if (form) {
      markFields();
      form.addEventListener('sitrep:range-cleared', markFields);
      form.addEventListener('change', markFields);
    }
    if (window.ResizeObserver) {
      new ResizeObserver(function () {
        var w = Math.max(200, el.clientWidth);
        if (Math.abs(w - u.width) > 1) {
          u.setSize({ width: w, height: w < 500 ? 150 : 180 });
          if (form) {
            markFields();
          }
        }
      }).observe(el);
    }
  }

  // A timeline's own date form lists its days in place; "All days" clears them.
  function rangeForm(form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      show(form);
      form.dispatchEvent(new Event('sitrep:range-cleared'));
    });
    var clear = form.querySelector('.timeline-clear');
    if (clear) {
      clear.addEventListener('click', function (event) {
        event.preventDefault();
        var f = fieldsOf(form);
        f.from.value = '';
        f.to.value = '';
        form.dispatchEvent(new Event('sitrep:range-cleared'));
        show(form);
      });
    }
  }

  if (!window.uPlot) {
    return;
  }
  // For pages that replace a timeline with a fresh one (the map, when its filter changes).
  window.sitrepTimeline = { draw: chart };
  Array.prototype.forEach.call(document.querySelectorAll('form.timeline-range'), rangeForm);
  Array.prototype.forEach.call(document.querySelectorAll('.timeline-chart[data-timeline]'), chart);
  // The search page loads its timeline after its results (htmx): draw it when it arrives.
  document.addEventListener('htmx:afterSettle', function () {
    Array.prototype.forEach.call(document.querySelectorAll('.timeline-chart[data-timeline]:not([data-taken])'), chart);
  });
})();
