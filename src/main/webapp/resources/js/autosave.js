// Saves a form marked data-autosave="<p:remoteCommand name>" whenever one of its fields changes.
// A file rather than an inline handler, so the Content-Security-Policy needs no 'unsafe-inline';
// jQuery's delegation, so the changes PrimeFaces widgets trigger through jQuery are seen too.
$(document).on('change', 'form[data-autosave]', function () {
    window[this.getAttribute('data-autosave')]();
});
