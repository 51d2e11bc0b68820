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
