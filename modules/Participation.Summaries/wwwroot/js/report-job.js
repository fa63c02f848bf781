// Polls a background report's status and updates the progress bar; without JavaScript the page's refresh link does the same.
(function () {
  var bar = document.getElementById('report-progress');
  var status = document.getElementById('report-status');
  var download = document.getElementById('report-download');
  var texts = document.getElementById('report-status-texts');
  if (!bar || !status || !download || !texts || !download.hidden) return;
  var url = bar.getAttribute('data-status-url');
  function text(s, pct) {
    var t = texts.getAttribute('data-' + s) || '';
    return t.replace('{0}', String(pct));
  }
  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (!s) return;
        bar.value = s.percent;
        bar.textContent = s.percent + '%';
        var next = text(s.status, s.percent);
        if (status.textContent !== next) status.textContent = next;
        if (s.status === 'done') {
          download.hidden = false;
          var refresh = document.getElementById('report-refresh');
          if (refresh) refresh.hidden = true;
        } else if (s.status !== 'failed') {
          setTimeout(poll, 1500);
        }
      })
      .catch(function () { setTimeout(poll, 5000); });
  }
  setTimeout(poll, 1000);
})();
