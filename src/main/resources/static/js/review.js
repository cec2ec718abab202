// The reviewer's page shows every part at once, so a finding's link cannot name a page id as
// the editor's does (c-0-3-key repeats from part to part): it is taken to the place whose
// position address (data-position) is the finding's content address, then to its parents.
(function () {
  const findings = document.getElementById('review-findings');
  if (!findings) {
    return;
  }

  function place(address) {
    let at = address;
    while (at) {
      const target = document.querySelector('[data-position="' + CSS.escape(at) + '"]');
      if (target) {
        return target;
      }
      at = at.includes(':') ? at.substring(0, at.lastIndexOf(':', at.lastIndexOf(':') - 1)) : '';
    }
    return document.getElementById('part-' + address.split(':')[0]);
  }

  findings.addEventListener('click', function (event) {
    const link = event.target.closest('a[data-check-anchor]');
    const item = link && link.closest('li[data-address]');
    const target = item && place(item.dataset.address);
    if (!target) {
      return;
    }
    event.preventDefault();
    target.scrollIntoView({ behavior: 'smooth', block: 'center' });
    target.classList.add('border', 'border-danger', 'border-2');
    window.setTimeout(function () {
      target.classList.remove('border', 'border-danger', 'border-2');
    }, 2500);
  });
}());
