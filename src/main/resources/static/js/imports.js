// The import page: uploads with a progress bar (XMLHttpRequest upload events) and the report.
(function () {
  'use strict';

  function csrfHeaders(xhr) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      xhr.setRequestHeader(header.content, token.content);
    }
  }

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

  function lines(tbody, items, none) {
    tbody.replaceChildren();
    if (!items || items.length === 0) {
      row(tbody, ['', none, '']);
      return;
    }
    items.forEach(function (item) { row(tbody, [item.line, item.text, item.reason]); });
  }

  function showDocument(result, body) {
    var report = body.report;
    var ok = result.querySelector('.result-ok');
    ok.querySelector('.result-summary').textContent =
      fill(result.dataset.done, [report.lines, report.unplaced.length, report.template]);
    ok.querySelector('.result-open').href = '/disclosures/' + body.disclosure.id;
    ok.classList.remove('d-none');
    lines(result.querySelector('.result-report tbody'), report.unplaced, result.dataset.none);
    lines(result.querySelector('.result-notes tbody'), report.notes, result.dataset.none);
    var parts = result.querySelector('.result-parts tbody');
    if (parts) {
      parts.replaceChildren();
      (report.parts || []).forEach(function (p) { row(parts, [p.title, p.fromTables, p.fromText, p.unplaced]); });
    }
  }

  function showTable(result, body) {
    var ok = result.querySelector('.result-ok');
    var error = result.querySelector('.result-error');
    var tbody = result.querySelector('.result-report tbody');
    tbody.replaceChildren();
    body.errors.forEach(function (e) { row(tbody, [e.row, e.column, e.reason]); });
    if (body.imported) {
      ok.querySelector('.result-summary').textContent = fill(result.dataset.done, [body.validRows, body.rows]);
      ok.classList.remove('d-none');
    } else {
      error.textContent = fill(result.dataset.invalid, [body.rows - body.validRows, body.validRows]);
      error.classList.remove('d-none');
    }
  }

  function upload(form) {
    var progress = document.getElementById(form.id + '-progress');
    var bar = progress.querySelector('.progress-bar');
    var result = document.getElementById(form.id + '-result');
    result.classList.add('d-none');
    result.querySelectorAll('.result-ok, .result-error').forEach(function (e) { e.classList.add('d-none'); });
    progress.classList.remove('d-none');
    bar.style.width = '0%';
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    csrfHeaders(xhr);
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
      if (xhr.status >= 200 && xhr.status < 300) {
        (form.dataset.kind === 'document' ? showDocument : showTable)(result, body);
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
    xhr.send(new FormData(form));
  }

  document.querySelectorAll('form.xhr-upload').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      upload(form);
    });
  });

  var table = document.getElementById('excel-table');
  var link = document.getElementById('excel-template');
  if (table && link) {
    var update = function () {
      var option = table.options[table.selectedIndex];
      link.href = option ? option.dataset.template : '#';
    };
    table.addEventListener('change', update);
    update();
  }
}());
