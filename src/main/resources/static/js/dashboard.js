// Dashboard charts: the distribution of departments by stage and the cumulative number of
// departments that submitted and published, day by day. Data and labels come from the page.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('dashboard-data').textContent);
  const colours = ['#adb5bd', '#6c757d', '#1971c2', '#5f3dc4', '#d9480f', '#2b8a3e', '#0b7285'];
  new Chart(document.getElementById('stage-chart'), {
    type: 'doughnut',
    data: { labels: data.stageLabels, datasets: [{ data: data.stageCounts, backgroundColor: colours }] },
    options: { plugins: { legend: { position: 'bottom' } }, animation: false }
  });
  new Chart(document.getElementById('progress-chart'), {
    type: 'line',
    data: {
      labels: data.days,
      datasets: [
        { label: data.submittedLabel, data: data.submitted, borderColor: '#5f3dc4', stepped: true },
        { label: data.publishedLabel, data: data.published, borderColor: '#0b7285', stepped: true }
      ]
    },
    options: {
      animation: false,
      scales: { y: { beginAtZero: true, suggestedMax: data.total, ticks: { precision: 0 } } },
      plugins: { annotation: {} }
    }
  });
}());
