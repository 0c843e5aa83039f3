// Saves a form marked data-autosave="<p:remoteCommand name>" whenever one of its fields changes, and
// every 10 s while someone types in it (issue 23, M7: only typing makes requests, so an editor left
// open does not keep its session alive past the idle timeout). It also warns before the session
// ends (data-idle-seconds, the server's idle timeout) and says so once it has ended; what was
// saved stays saved. A file rather than an inline handler, so the Content-Security-Policy needs no
// 'unsafe-inline'; jQuery's delegation, so the changes PrimeFaces widgets trigger are seen too.
(function () {
    var TYPING_SAVE_MS = 10000;
    var WARN_BEFORE_MS = 5 * 60 * 1000;
    var dirty = false;
    var lastRequest = Date.now();

    function form() {
        return document.querySelector('form[data-autosave]');
    }

    function save(f) {
        dirty = false;
        lastRequest = Date.now();
        check(lastRequest);
        window[f.getAttribute('data-autosave')]();
    }

    function show(id, visible) {
        var e = document.getElementById(id);
        if (e) {
            e.hidden = !visible;
        }
    }

    // Whether the session is near its end, or past it, at the time given (a test may give a later one).
    function check(now) {
        var f = form();
        var idle = f ? parseInt(f.getAttribute('data-idle-seconds') || '0', 10) * 1000 : 0;
        if (!idle) {
            return;
        }
        var left = lastRequest + idle - now;
        show('idle-warning', left > 0 && left <= Math.min(WARN_BEFORE_MS, idle / 2));
        show('idle-ended', left <= 0);
    }

    $(document).on('change', 'form[data-autosave]', function () {
        save(this);
    });
    $(document).on('input', 'form[data-autosave]', function () {
        dirty = true;
    });
    $(document).on('click', '#idle-stay', function () {
        var f = form();
        if (f) {
            save(f);
        }
    });
    setInterval(function () {
        var f = form();
        if (f && dirty) {
            save(f);
        }
        check(Date.now());
    }, TYPING_SAVE_MS);
    window.bodyworkIdle = {check: check};
})();
