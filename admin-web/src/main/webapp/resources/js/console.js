// The console's full-size preview: a link with class "full-size" opens its picture in the page's <dialog id="preview">
// instead of leaving the page. A script file, not on* attributes: the Content-Security-Policy runs no inline script.
document.addEventListener('click', function (event) {
  var preview = document.getElementById('preview');
  var link = event.target.closest('a.full-size');
  if (link && preview) {
    event.preventDefault();
    preview.querySelector('img').src = link.href;
    preview.querySelector('.preview-title').textContent = link.title;
    preview.showModal();
  } else if (preview && (event.target === preview || event.target.closest('.preview-close'))) {
    preview.close(); // a click on the backdrop or on Close; Escape closes it natively
  }
});

// Review by keyboard, on a table with class "keyboard-review": j/k move the current row (marked "current" and
// focused), a and r press its approve-asset and reject-asset buttons, v opens its picture. (The arrows, Space and
// Enter stay the data table's own: moving and selecting.) Keys act on the current row wherever the focus went (a
// dialog closing gives it back to its button), and after a decision the table is redrawn and the row at the same
// place, the next asset, becomes current.
var reviewRow = -1;

function reviewRows() {
  var table = document.querySelector('.keyboard-review');
  return table ? Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-rk]')) : [];
}

function markReviewRow(index) {
  var rows = reviewRows();
  rows.forEach(function (row) { row.classList.remove('current'); });
  if (rows.length === 0) {
    reviewRow = -1;
    return;
  }
  reviewRow = Math.max(0, Math.min(rows.length - 1, index));
  rows[reviewRow].classList.add('current');
  rows[reviewRow].tabIndex = -1;
  rows[reviewRow].focus();
}

document.addEventListener('keydown', function (event) {
  var preview = document.getElementById('preview');
  var dialog = event.target.closest('.ui-dialog');
  if (event.ctrlKey || event.metaKey || event.altKey || (preview && preview.open)
      || event.target.closest('input, textarea, select, [contenteditable]')
      || (dialog && dialog.offsetParent !== null)) { // a hidden dialog's button may keep the focus
    return;
  }
  var rows = reviewRows();
  if (rows.length === 0) {
    return;
  }
  var focused = rows.indexOf(event.target.closest('tr'));
  var current = focused >= 0 ? focused : Math.min(reviewRow, rows.length - 1);
  var button = { a: '.approve-asset', r: '.reject-asset', v: 'a.full-size' }[event.key];
  if (event.key === 'j') {
    markReviewRow(current + 1);
  } else if (event.key === 'k') {
    markReviewRow(current < 0 ? 0 : current - 1);
  } else if (button && current >= 0) {
    reviewRow = current;
    rows[current].querySelector(button).click();
  } else {
    return;
  }
  event.preventDefault();
});

document.addEventListener('DOMContentLoaded', function () {
  if (window.jQuery) {
    jQuery(document).on('pfAjaxComplete', function () {
      if (reviewRow >= 0) {
        markReviewRow(reviewRow);
      }
    });
  }
});
