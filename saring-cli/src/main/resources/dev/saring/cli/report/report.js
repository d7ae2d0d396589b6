(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
  Chart.defaults.color = '#3e4c59';
  var drawn = 0;
  data.charts.forEach(function (c) {
    var canvas = document.getElementById('chart-' + c.id);
    if (!canvas) return;
    var category = c.horizontal ? 'y' : 'x';
    var value = c.horizontal ? 'x' : 'y';
    var scales = {};
    scales[category] = { stacked: c.stacked, title: { display: !!c.categoryTitle, text: c.categoryTitle },
                         ticks: { autoSkip: !c.horizontal } };
    scales[value] = { stacked: c.stacked, beginAtZero: true, type: c.logarithmic ? 'logarithmic' : 'linear',
                      title: { display: !!c.valueTitle, text: c.valueTitle } };
    var second = c.series.some(function (s) { return s.axis === 'y2'; });
    if (second) {
      scales.y2 = { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false },
                    title: { display: !!c.secondTitle, text: c.secondTitle } };
    }
    if (c.horizontal) {
      // a bar per label needs room: the box grows with the labels
      canvas.parentNode.style.height = Math.max(320, 26 * c.labels.length + 90) + 'px';
    }
    var datasets = c.series.map(function (s) {
      var line = c.type === 'line' || s.axis === 'y2';
      return {
        label: s.label,
        data: s.data,
        backgroundColor: s.colors.length ? s.colors : (c.type === 'line' ? s.color + '33' : s.color),
        borderColor: s.color,
        borderWidth: line ? 2 : 0,
        pointRadius: line ? (c.type === 'line' ? 0 : 3) : undefined,
        fill: c.type === 'line' && s.axis !== 'y2',
        tension: 0.2,
        yAxisID: s.axis === 'y2' ? 'y2' : undefined,
        type: s.axis === 'y2' && c.type === 'bar' ? 'line' : undefined
      };
    });
    new Chart(canvas, {
      type: c.type,
      data: { labels: c.labels, datasets: datasets },
      options: {
        indexAxis: c.horizontal ? 'y' : 'x',
        responsive: true,
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { display: c.series.length > 1 } },
        scales: scales
      }
    });
    canvas.setAttribute('data-drawn', 'true');
    drawn++;
  });
  document.body.setAttribute('data-charts-drawn', String(drawn));
  // milliseconds from navigation start to every chart drawn, for bench/report-1m.sh
  document.body.setAttribute('data-charts-ms', String(Math.round(performance.now())));
})();
