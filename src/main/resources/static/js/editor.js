// Drafting page: add, remove and reorder table rows in the browser. Rows keep their server ids;
// new rows get the next free index, and each row's position field says its order on save, so the
// server needs no contiguous indices. Unsaved changes are flagged and guarded on leaving the page.
(function () {
  'use strict';
  const form = document.getElementById('part-form');
  if (!form) {
    return;
  }
  let dirty = false;
  const note = document.getElementById('dirty-note');

  function markDirty() {
    dirty = true;
    if (note) {
      note.hidden = false;
    }
  }

  function renumber(tbody) {
    tbody.querySelectorAll(':scope > tr').forEach(function (tr, i) {
      const position = tr.querySelector('input.row-position');
      if (position) {
        position.value = i;
      }
    });
  }

  function addRow(button) {
    const tableIndex = button.dataset.addRow;
    const template = document.getElementById('row-template-' + tableIndex);
    const card = document.querySelector('[data-table-index="' + tableIndex + '"]');
    const tbody = card.querySelector('tbody.rows');
    const next = parseInt(button.dataset.nextRow, 10);
    button.dataset.nextRow = String(next + 1);
    const html = template.innerHTML.split('NEWROW').join(String(next));
    tbody.insertAdjacentHTML('beforeend', html);
    renumber(tbody);
    const first = tbody.lastElementChild.querySelector('.cell-input:not([readonly])');
    if (first) {
      first.focus();
    }
    markDirty();
  }

  form.addEventListener('click', function (event) {
    const target = event.target.closest('button');
    if (!target) {
      return;
    }
    if (target.dataset.addRow !== undefined) {
      addRow(target);
      return;
    }
    const row = target.closest('tr.data-row');
    if (!row) {
      if (target.dataset.confirm && !window.confirm(target.dataset.confirm)) {
        event.preventDefault();
      }
      return;
    }
    const tbody = row.parentElement;
    if (target.classList.contains('row-remove')) {
      row.remove();
    } else if (target.classList.contains('row-up') && row.previousElementSibling
        && !row.previousElementSibling.classList.contains('fixed')) {
      tbody.insertBefore(row, row.previousElementSibling);
    } else if (target.classList.contains('row-down') && row.nextElementSibling) {
      tbody.insertBefore(row.nextElementSibling, row);
    } else {
      return;
    }
    renumber(tbody);
    markDirty();
  });

  form.addEventListener('input', markDirty);
  form.addEventListener('change', function (event) {
    if (event.target.matches('.cell-lock input')) {
      const cell = event.target.closest('td');
      if (cell) {
        cell.classList.toggle('confidential', event.target.checked);
      }
    }
    markDirty();
  });
  form.addEventListener('submit', function () {
    form.querySelectorAll('tbody.rows').forEach(renumber);
    dirty = false;
  });
  window.addEventListener('beforeunload', function (event) {
    if (dirty) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
}());
