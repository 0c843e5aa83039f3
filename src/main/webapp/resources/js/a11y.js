// Errors a screen reader says and a keyboard user lands on (WCAG 1.3.1, 3.3.1, 2.4.3).
// PrimeFaces renders each field's error in a live region (p:message, role="alert") but links neither
// it nor the hint to the input. This links them (aria-describedby), marks the input invalid while its
// field shows an error, and moves focus to the first field in error when the page arrives with one, or
// when an ajax request the person started (a button) brings one. It also keeps focus where it was
// when an ajax update redraws the focused control. A file rather than inline script, so
// the Content-Security-Policy needs no 'unsafe-inline'.
(function () {
    var made = 0;

    function id(el) {
        if (!el.id) {
            el.id = 'a11y-' + (++made);
        }
        return el.id;
    }

    function controls(field) {
        // PrimeFaces' menus take focus on a span with role="combobox".
        return field.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button]), select, '
            + 'textarea, [role=combobox]');
    }

    function tabbable(el) {
        return el.tabIndex >= 0 && !el.disabled && el.getAttribute('aria-hidden') !== 'true';
    }

    // Links every field under root; returns the first control of a field in error, or null.
    function link(root) {
        var first = null;
        var fields = root.querySelectorAll ? root.querySelectorAll('.field') : [];
        Array.prototype.forEach.call(fields, function (field) {
            var notes = field.querySelectorAll('.hint, .ui-message');
            var ids = [];
            var wrong = false;
            Array.prototype.forEach.call(notes, function (note) {
                if (note.closest('.field') !== field) {
                    return; // a field inside this one links its own
                }
                if (note.textContent.trim() !== '') {
                    ids.push(id(note));
                }
                if (note.classList.contains('ui-message-error') || note.querySelector('.ui-message-error')) {
                    wrong = true;
                }
            });
            Array.prototype.forEach.call(controls(field), function (control) {
                if (control.closest('.field') !== field) {
                    return;
                }
                // PrimeFaces links some errors itself (to the message's detail): keep its links that
                // still point at something, and add the hint and any message not linked yet.
                var own = (control.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (i) {
                    return i && document.getElementById(i) && !document.getElementById(i).closest('.ui-message:empty');
                });
                var all = own.slice();
                ids.forEach(function (i) {
                    var note = document.getElementById(i);
                    var inside = own.some(function (o) { return note.contains(document.getElementById(o)); });
                    if (all.indexOf(i) < 0 && !inside) {
                        all.push(i);
                    }
                });
                if (all.length) {
                    control.setAttribute('aria-describedby', all.join(' '));
                } else {
                    control.removeAttribute('aria-describedby');
                }
                if (wrong) {
                    control.setAttribute('aria-invalid', 'true');
                    if (!first && tabbable(control)) {
                        first = control;
                    }
                } else if (control.getAttribute('aria-invalid') === 'true') {
                    control.removeAttribute('aria-invalid');
                }
            });
        });
        return first;
    }

    // PrimeFaces gives each message of a list role="alert", which leaves the list with items that are
    // not list items (axe: list); the list itself is only a wrapper.
    function unlist() {
        Array.prototype.forEach.call(document.querySelectorAll('.ui-messages ul'), function (ul) {
            ul.setAttribute('role', 'none');
        });
    }

    // A page that arrives with a message about the whole page (an error, or what was just done) puts
    // focus on it, so it is read before anything else.
    function pageMessage() {
        var box = document.querySelector('#messages .ui-messages-error, #messages .ui-messages-warn, '
            + '#messages .ui-messages-info, #messages .ui-messages-fatal');
        if (!box) {
            return null;
        }
        var region = document.getElementById('messages');
        region.setAttribute('tabindex', '-1');
        return region;
    }

    document.addEventListener('DOMContentLoaded', function () {
        // After PrimeFaces' widgets, which set up their own links when the page is ready.
        setTimeout(function () {
            unlist();
            var target = link(document) || pageMessage();
            if (target) {
                target.focus();
            }
        }, 0);
    });

    // PrimeFaces announces each finished ajax request through jQuery when the page has loaded it.
    function watchAjax() {
        if (!window.jQuery) {
            return;
        }
        // PrimeFaces disables a button while its request runs, which drops focus before the request
        // is sent: the last control focused is remembered, and counts only if the request disabled it.
        var last = null;
        var before = null;
        document.addEventListener('focusin', function (e) {
            last = e.target;
        });
        window.jQuery(document).on('pfAjaxSend', function () {
            var active = document.activeElement;
            before = active && active !== document.body ? active : (last && last.disabled ? last : null);
        });
        // An update that redraws the focused control drops focus to the page; put it back on the
        // control, or the one drawn in its place, so Tab goes on from where the person was
        // (WCAG 2.4.3). PrimeFaces may apply an update after the request completes (when it first
        // loads a widget's script), so this tries again for a moment.
        function restore(control, tries) {
            var active = document.activeElement;
            if (active && active !== document.body) {
                return;
            }
            var back = control.isConnected ? control : (control.id && document.getElementById(control.id));
            if (back && !back.disabled) {
                back.focus();
            }
            if (document.activeElement !== back && tries > 0) {
                setTimeout(function () {
                    restore(control, tries - 1);
                }, 50);
            }
        }

        window.jQuery(document).on('pfAjaxComplete', function () {
            var active = document.activeElement;
            if ((!active || active === document.body) && before) {
                restore(before, 20);
                active = document.activeElement;
            }
            unlist();
            var pressed = active && active.tagName === 'BUTTON';
            var target = link(document);
            if (target && pressed) {
                target.focus();
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', watchAjax);
    } else {
        watchAjax();
    }
})();
