// Staff entry: hold the venue name (#kiosk-venue) for 5 seconds to open the staff login.
// Visitors never need this; a short press does nothing.
(function () {
  const HOLD_MS = 5000;
  let timer = null;
  const stop = () => { if (timer) { clearTimeout(timer); timer = null; } };
  document.addEventListener('pointerdown', (event) => {
    const venue = event.target instanceof Element ? event.target.closest('#kiosk-venue') : null;
    if (!venue) return;
    stop();
    timer = setTimeout(() => { timer = null; window.location.assign('/staff/login'); }, HOLD_MS);
  }, { capture: true });
  for (const type of ['pointerup', 'pointercancel', 'pointerleave', 'pointerout']) {
    document.addEventListener(type, (event) => {
      if (event.target instanceof Element && event.target.closest('#kiosk-venue')) stop();
    }, { capture: true });
  }
})();
