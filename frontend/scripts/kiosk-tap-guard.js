// The one double-tap guard for visitor buttons: a second press on the same button within a short time
// (body data-tap-guard-ms, 350 ms by default; see docs/decisions/1801) is the same press and goes nowhere.
// A press on another button always counts, and so does the same button pressed again at a deliberate pace,
// so "Anna" can be typed. Staff screens are left alone (their PIN pad is typed by people who can repeat it).
(function () {
  'use strict';
  if (window.kioskTapGuard) return;

  var TARGETS = 'button, [role="button"], a[href]';
  var last = null;
  var lastAt = -Infinity;
  var swallowed = 0;

  function windowMs() {
    var ms = Number(document.body && document.body.dataset.tapGuardMs);
    return Number.isFinite(ms) && ms >= 100 && ms <= 1000 ? ms : 350;
  }

  function onClick(event) {
    var target = event.target instanceof Element ? event.target.closest(TARGETS) : null;
    if (!target || !target.closest('.kiosk, dialog.kiosk-idle')) return;
    var now = performance.now();
    if (target === last && now - lastAt < windowMs()) {
      // Stopped here, in the capture phase on window, before Vaadin or the speech script hear of it.
      event.preventDefault();
      event.stopImmediatePropagation();
      swallowed++;
      return;
    }
    last = target;
    lastAt = now;
  }

  window.addEventListener('click', onClick, true);
  // quiet: the window after the last press is over, so a press now counts even on the same button.
  window.kioskTapGuard = {
    get swallowed() { return swallowed; },
    get quiet() { return performance.now() - lastAt >= windowMs(); }
  };
})();
