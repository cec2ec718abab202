// The organisation import page: a dry run of the chosen file, its report, then the same file applied.
// The browser keeps the file, so nothing waits on the server between the two steps.
(function () {
  'use strict';

  var form = document.getElementById('org-import-form');
  if (!form) {
    return;
  }
  var file = document.getElementById('org-import-file');
  var skip = document.getElementById('org-import-skip');
  var apply = document.getElementById('org-import-apply');
  var progress = document.getElementById('org-import-progress');
  var bar = progress.querySelector('.progress-bar');
  var result = document.getElementById('org-import-result');

  function fill(text, values) {
    return text.replace(/\{(\d+)\}/g, function (m, i) { return values[i] === undefined ? m : values[i]; });
  }

  function row(tbody, cells) {
    var tr = document.createElement('tr');
    cells.forEach(function (value) {
      var td = document.createElement('td');
      td.textContent = value;
      tr.appendChild(td);
    });
    tbody.appendChild(tr);
  }

  function table(selector, items, cells) {
    var tbody = result.querySelector(selector + ' tbody');
    tbody.replaceChildren();
    if (!items || items.length === 0) {
      row(tbody, ['', '', result.dataset.none]);
      return;
    }
    items.forEach(function (item) { row(tbody, cells(item)); });
  }

  function actionLabel(action) {
    return result.dataset['action' + action.charAt(0) + action.slice(1).toLowerCase()] || action;
  }

  function show(status, body, dryRun) {
    var counts = [body.created, body.changed, body.deactivated, body.unchanged, (body.errors || []).length];
    var box = dryRun ? result.querySelector('.result-dry')
      : result.querySelector(body.applied ? '.result-applied' : '.result-error');
    box.textContent = fill(dryRun ? result.dataset.dry : body.applied ? result.dataset.applied : result.dataset.refused,
      counts);
    box.classList.remove('d-none');
    table('.result-errors', body.errors, function (e) { return [e.sheet, e.row, e.message]; });
    table('.result-lines', body.lines, function (l) {
      return [l.sheet, l.row, actionLabel(l.action), l.key, (l.fields || []).join(', ')];
    });
    apply.disabled = !dryRun;
  }

  function send(dryRun) {
    result.classList.add('d-none');
    result.querySelectorAll('.alert').forEach(function (e) { e.classList.add('d-none'); });
    progress.classList.remove('d-none');
    bar.style.width = '0%';
    apply.disabled = true;
    var data = new FormData(form);
    data.set('dryRun', dryRun ? 'true' : 'false');
    data.set('skipInvalid', skip.checked ? 'true' : 'false');
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      xhr.setRequestHeader(header.content, token.content);
    }
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) {
        bar.style.width = Math.round(100 * event.loaded / event.total) + '%';
      }
    });
    xhr.addEventListener('load', function () {
      bar.style.width = '100%';
      result.classList.remove('d-none');
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = {}; }
      if (body.errors !== undefined && body.created !== undefined) {
        show(xhr.status, body, dryRun);
      } else {
        var error = result.querySelector('.result-error');
        if (body.detail) {
          error.textContent = body.detail;
        }
        error.classList.remove('d-none');
      }
    });
    xhr.addEventListener('error', function () {
      result.classList.remove('d-none');
      result.querySelector('.result-error').classList.remove('d-none');
    });
    xhr.send(data);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    send(true);
  });
  apply.addEventListener('click', function () { send(false); });
  file.addEventListener('change', function () { apply.disabled = true; });
  skip.addEventListener('change', function () { apply.disabled = true; });
}());
