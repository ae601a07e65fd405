/*
 * Draws the console's charts with uPlot (loaded before this file). A chart is an element with a data-chart attribute
 * holding JSON: {"title", "unit", "labels": [...], "series": [{"name", "values": [...]}]}; each series is drawn as a
 * bar per label, the series of one label side by side. The same numbers are in the table next to every chart, which
 * is the chart's accessible form. No inline script or style: uPlot styles its elements through the CSSOM.
 */
(function () {
  'use strict';

  var COLOURS = ['#0b5cad', '#c75000', '#2e7d32', '#6a1b9a', '#455a64'];
  var HEIGHT = 260;

  function layout(chart) {
    var k = Math.max(1, chart.series.length);
    var step = k + 1;
    var xs = [];
    var centres = [];
    chart.labels.forEach(function (label, i) {
      for (var j = 0; j < k; j++) {
        xs.push(i * step + j);
      }
      centres.push(i * step + (k - 1) / 2);
    });
    var data = [xs];
    chart.series.forEach(function (series, j) {
      var ys = xs.map(function () { return null; });
      chart.labels.forEach(function (label, i) {
        var value = series.values[i];
        ys[i * k + j] = typeof value === 'number' ? value : null;
      });
      data.push(ys);
    });
    return { data: data, centres: centres, step: step, k: k };
  }

  function options(el, chart, shape) {
    var bars = uPlot.paths.bars({ size: [0.9, 64] });
    var n = chart.labels.length;
    return {
      width: Math.max(280, el.clientWidth),
      height: HEIGHT,
      legend: { live: false },
      cursor: { show: false },
      scales: {
        x: { time: false, range: [-1, n * shape.step - 1] },
        y: {
          range: function (u, min, max) {
            if (chart.unit === '%') {
              return [0, 100];
            }
            return [0, max > 0 ? max * 1.1 : 1];
          }
        }
      },
      axes: [
        {
          grid: { show: false },
          splits: function () { return shape.centres; },
          values: function (u, splits) {
            return splits.map(function (split) {
              var i = Math.round((split - (shape.k - 1) / 2) / shape.step);
              return chart.labels[i] === undefined ? '' : chart.labels[i];
            });
          }
        },
        { label: chart.unit, size: 56 }
      ],
      series: [{}].concat(chart.series.map(function (series, j) {
        var colour = COLOURS[j % COLOURS.length];
        return { label: series.name, fill: colour, stroke: colour, width: 0, paths: bars, points: { show: false } };
      }))
    };
  }

  function draw(el) {
    if (el.dataset.drawn === 'true' || typeof uPlot === 'undefined') {
      return;
    }
    var chart;
    try {
      chart = JSON.parse(el.dataset.chart);
    } catch (e) {
      return;
    }
    if (!chart.labels || chart.labels.length === 0) {
      return;
    }
    var shape = layout(chart);
    var plot = new uPlot(options(el, chart, shape), shape.data, el);
    el.dataset.drawn = 'true';
    window.addEventListener('resize', function () {
      plot.setSize({ width: Math.max(280, el.clientWidth), height: HEIGHT });
    });
  }

  function drawAll(root) {
    (root || document).querySelectorAll('[data-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  } else {
    drawAll(document);
  }
  document.addEventListener('htmx:afterSettle', function (event) {
    drawAll(event.target);
  });
}());
