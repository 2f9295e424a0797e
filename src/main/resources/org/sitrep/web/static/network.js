// The entity page's co-mention network (#co-network): the entity at the centre, the entities named in the same
// articles around it, drawn with Cytoscape. The table beside it holds the same entities for readers without the
// drawing; the drawing is hidden from screen readers for that reason. Clicking a name opens its page.
(function () {
  'use strict';

  var KIND = { person: '#7a2fd6', organization: '#087a4b', location: '#b35300', misc: '#546170' };

  // Cytoscape adds a <style> element for its container unless one with this id exists; the site's CSP forbids inline
  // styles, so sitrep.css carries that rule and an empty marker stands in for the element.
  function markStyleProvided() {
    if (!document.getElementById('__________cytoscape_stylesheet')) {
      var marker = document.createElement('meta');
      marker.id = '__________cytoscape_stylesheet';
      document.head.appendChild(marker);
    }
  }

  function draw(el) {
    markStyleProvided();
    var data = JSON.parse(el.getAttribute('data-network'));
    var most = 1;
    data.nodes.forEach(function (n) { most = Math.max(most, n.articles); });
    var elements = data.nodes.map(function (n) {
      return { data: { id: n.id, label: n.name, kind: n.type, centre: n.centre ? 1 : 0,
        size: n.centre ? 34 : 14 + 22 * Math.sqrt(n.articles / most) } };
    }).concat(data.edges.map(function (e, i) {
      return { data: { id: 'e' + i, source: e.source, target: e.target, width: 1 + 5 * Math.sqrt(e.articles / most),
        fromCentre: e.source === data.nodes[0].id ? 1 : 0 } };
    }));
    var cy = window.cytoscape({
      container: el,
      elements: elements,
      userZoomingEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: false,
      style: [
        { selector: 'node', style: { 'background-color': function (n) { return KIND[n.data('kind')] || KIND.misc; },
          width: 'data(size)', height: 'data(size)', label: 'data(label)', 'font-size': 11, 'font-family': 'system-ui, sans-serif',
          color: '#1b1f24', 'text-valign': 'bottom', 'text-margin-y': 3, 'text-outline-color': '#fff', 'text-outline-width': 2,
          'border-width': 2, 'border-color': '#fff' } },
        { selector: 'node[centre = 1]', style: { 'font-weight': 'bold', 'font-size': 13, 'border-color': '#1b1f24' } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': '#b8c1cc', 'curve-style': 'straight', opacity: 0.8 } },
        { selector: 'edge[fromCentre = 0]', style: { 'line-color': '#d6dce3', 'line-style': 'dashed' } }
      ],
      layout: { name: 'concentric', concentric: function (n) { return n.data('centre') ? 2 : 1; }, levelWidth: function () { return 1; },
        minNodeSpacing: 18, padding: 16, animate: false }
    });
    cy.on('tap', 'node', function (event) {
      window.location.href = '/entities/' + encodeURIComponent(event.target.id());
    });
    el.setAttribute('data-drawn', String(data.nodes.length));
  }

  if (!window.cytoscape) {
    return;
  }
  Array.prototype.forEach.call(document.querySelectorAll('[data-network]'), draw);
})();
