// Kiosk touch behaviour: a long press opens no menu, two fingers do not zoom, nothing is dragged.
(function () {
  const stop = (event) => event.preventDefault();
  document.addEventListener('contextmenu', stop, { capture: true });
  document.addEventListener('gesturestart', stop, { capture: true });
  document.addEventListener('dragstart', stop, { capture: true });
  document.addEventListener('wheel', (event) => { if (event.ctrlKey) event.preventDefault(); }, { passive: false });
  document.addEventListener('touchmove', (event) => { if (event.touches.length > 1) event.preventDefault(); }, { passive: false });
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && ['+', '-', '=', '0'].includes(event.key)) event.preventDefault();
  });
})();
