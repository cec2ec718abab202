// Refreshes the progress of a round being opened from its small JSON until nothing is pending;
// then reloads once, so the page shows the failures (and their retry) as rendered by the server.
(function () {
  const page = document.getElementById('round-opening');
  if (!page) {
    return;
  }
  const url = page.dataset.progressUrl;
  const text = id => document.getElementById(id);
  const replaceNumbers = (element, ...values) => {
    let i = 0;
    element.textContent = element.textContent.replace(/\d+/g, match => (i < values.length ? String(values[i++]) : match));
  };
  async function refresh() {
    const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) {
      return;
    }
    const p = await response.json();
    const percent = p.total === 0 ? 100 : Math.floor((p.opened + p.failed) * 100 / p.total);
    const bar = text('opening-bar');
    bar.style.width = percent + '%';
    bar.textContent = percent + '%';
    bar.parentElement.setAttribute('aria-valuenow', String(percent));
    replaceNumbers(text('opening-opened'), p.opened, p.total);
    replaceNumbers(text('opening-failed'), p.failed);
    replaceNumbers(text('opening-pending'), p.pending);
    if (p.pending === 0) {
      window.location.reload();
      return;
    }
    text('opening-running').hidden = !p.running;
    text('opening-stalled').hidden = p.running;
    window.setTimeout(refresh, 1000);
  }
  if (text('opening-finished').hidden) {
    window.setTimeout(refresh, 1000);
  }
}());
