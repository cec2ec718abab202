// Checks panel of the drafting page: the page brings the panel; this puts a count of open findings on
// each part's link in the navigation, takes the drafter to a finding's cell, and fetches the panel on
// its refresh button (or when the page came without it).
(function () {
  'use strict';
  const container = document.getElementById('checks-panel');
  if (!container || !container.dataset.src) {
    return;
  }

  function badges(panel) {
    document.querySelectorAll('a[data-part] .check-badge').forEach(function (b) { b.remove(); });
    panel.querySelectorAll('[data-check-counts] li[data-part]').forEach(function (li) {
      const open = parseInt(li.dataset.errors, 10) + parseInt(li.dataset.warnings, 10);
      const link = document.querySelector('a[data-part="' + li.dataset.part + '"]');
      if (!link || open === 0) {
        return;
      }
      const badge = document.createElement('span');
      badge.className = 'badge rounded-pill check-badge '
        + (parseInt(li.dataset.errors, 10) > 0 ? 'text-bg-danger' : 'text-bg-warning');
      badge.textContent = String(open);
      link.appendChild(badge);
    });
  }

  function load() {
    container.setAttribute('aria-busy', 'true');
    fetch(container.dataset.src, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.text();
      })
      .then(function (html) {
        container.innerHTML = html;
        badges(container);
      })
      .catch(function () {
        const note = document.createElement('p');
        note.className = 'text-muted small';
        note.textContent = container.dataset.failed || '';
        container.replaceChildren(note);
      })
      .finally(function () {
        container.removeAttribute('aria-busy');
      });
  }

  function goTo(id) {
    const target = document.getElementById(id);
    if (!target) {
      return false;
    }
    target.scrollIntoView({ behavior: 'smooth', block: 'center' });
    if (typeof target.focus === 'function') {
      target.focus({ preventScroll: true });
    }
    target.classList.add('border', 'border-danger', 'border-2');
    window.setTimeout(function () {
      target.classList.remove('border', 'border-danger', 'border-2');
    }, 2500);
    return true;
  }

  container.addEventListener('click', function (event) {
    if (event.target.closest('[data-checks-refresh]')) {
      load();
      return;
    }
    const link = event.target.closest('a[data-check-anchor]');
    if (link && goTo(link.dataset.checkAnchor)) {
      event.preventDefault();
    }
  });
  // The page comes with its panel; it fetches one only when the checks could not run with the page.
  if (container.querySelector('.checks-panel')) {
    badges(container);
  } else {
    load();
  }
}());
