// Walk-away reset. After the venue's quiet time (body data-idle-seconds, default 60) the kiosk asks
// "Are you still there?" on screen and aloud, with a big "I need more time" button. If nobody answers
// within data-idle-warning-seconds (20) it goes Home afresh: speech stops, the browser's history of
// the visit is left behind (Back shows nothing), session storage is emptied, and Home is loaded as a
// brand-new page (a new Vaadin UI), so nothing the last visitor saw or typed is left.
(function () {
  const FLAG = 'kiosk-idle-reset';
  const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel'];
  let quietTimer = null;
  let warningTimer = null;
  let dialog = null;

  const data = () => (document.body ? document.body.dataset : {});
  const seconds = (value, fallback) => {
    const n = Number(value);
    return Number.isFinite(n) && n > 0 ? n : fallback;
  };
  const home = () => new URL(data().kioskHome || '/', location.origin).href;
  const speech = () => window.kioskSpeech;

  function atHome() {
    return new URL(home()).pathname === location.pathname && !location.search;
  }

  function historyIndex() {
    if (window.navigation && navigation.currentEntry) return navigation.currentEntry.index;
    return history.length - 1;
  }

  function somethingTyped() {
    return Array.from(document.querySelectorAll('input, textarea'))
      .some((field) => field.type !== 'hidden' && field.value !== '');
  }

  // On a fresh Home with nothing behind Back and nothing typed there is nothing to forget.
  function nothingToForget() {
    return atHome() && historyIndex() === 0 && !somethingTyped() && sessionStorage.length === 0;
  }

  function arm() {
    clearTimeout(quietTimer);
    if (!data().idleSeconds) {
      // The page's settings arrive with the first screen: wait for them.
      quietTimer = setTimeout(arm, 500);
      return;
    }
    quietTimer = setTimeout(quietTimeOver, seconds(data().idleSeconds, 60) * 1000);
  }

  function activity() {
    if (dialog && dialog.open) {
      stillHere();
      return;
    }
    arm();
  }

  function quietTimeOver() {
    if (nothingToForget()) {
      arm();
      return;
    }
    ask();
  }

  function ask() {
    dialog = dialog || buildDialog();
    if (!dialog.open) dialog.showModal();
    dialog.querySelector('button').focus();
    const d = data();
    speech()?.say?.([d.idleQuestion, d.idleExplain].filter(Boolean).join(' '));
    clearTimeout(warningTimer);
    warningTimer = setTimeout(forget, seconds(d.idleWarningSeconds, 20) * 1000);
  }

  function stillHere() {
    clearTimeout(warningTimer);
    if (dialog && dialog.open) dialog.close();
    arm();
  }

  function buildDialog() {
    const d = data();
    const box = document.createElement('dialog');
    box.className = 'kiosk-idle';
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-modal', 'true');
    box.setAttribute('aria-labelledby', 'kiosk-idle-question');
    box.setAttribute('aria-describedby', 'kiosk-idle-explain');
    box.innerHTML =
      '<div class="kiosk-block kiosk-idle-block">' +
      '<img class="kiosk-symbol" src="symbols/clock.svg" alt="" draggable="false">' +
      '<div><h2 id="kiosk-idle-question" class="kiosk-title"></h2><p id="kiosk-idle-explain"></p></div>' +
      '</div>' +
      '<button type="button" class="kiosk-button kiosk-idle-more">' +
      '<img class="kiosk-symbol" src="symbols/wait.svg" alt="" draggable="false">' +
      '<span class="kiosk-button-word"></span></button>';
    // Absolute picture paths: after a client-side move to a deeper route the page's base URL moves too.
    box.querySelectorAll('img').forEach((img) => { img.src = new URL(img.getAttribute('src'), home()).href; });
    box.querySelector('h2').textContent = d.idleQuestion || 'Are you still there?';
    box.querySelector('p').textContent = d.idleExplain || '';
    const button = box.querySelector('button');
    button.querySelector('span').textContent = d.idleMoreTime || 'I need more time';
    button.dataset.say = button.textContent;
    button.addEventListener('click', stillHere);
    box.addEventListener('cancel', (event) => { event.preventDefault(); stillHere(); });
    document.body.appendChild(box);
    return box;
  }

  function forget() {
    speech()?.stop?.();
    speech()?.reset?.();
    if (dialog && dialog.open) dialog.close();
    document.querySelectorAll('input, textarea').forEach((field) => { field.value = ''; });
    // Empty the screen too, in case the browser keeps this page to show again.
    document.querySelectorAll('main').forEach((main) => main.replaceChildren());
    try { sessionStorage.clear(); localStorage.clear(); } catch (e) { /* storage may be off */ }
    sessionStorage.setItem(FLAG, 'going');
    // Tells the server to close the last visitor's screens and any staff login (see IdleReset.java).
    document.cookie = 'kiosk-reset=1; path=/; max-age=60; SameSite=Strict';
    const back = historyIndex();
    if (back > 0) {
      // Go to the first page of the kiosk's history, so nothing is behind Back, then load Home there.
      window.addEventListener('popstate', replaceWithHome, { once: true });
      setTimeout(replaceWithHome, 2000);
      history.go(-back);
    } else {
      replaceWithHome();
    }
  }

  // Chromium can drop a location.replace made while the history.go above is still being traversed, leaving the
  // last visitor's screen up: while this page is still here, try again, a few times.
  let replaceTries = 0;
  function replaceWithHome() {
    const state = sessionStorage.getItem(FLAG);
    if ((state !== 'going' && state !== 'replacing') || replaceTries >= 5) return;
    replaceTries++;
    sessionStorage.setItem(FLAG, 'replacing');
    location.replace(home());
    setTimeout(replaceWithHome, 2000);
  }

  // A page shown during or after a reset: this script arrives after a fresh page's first
  // "pageshow", so it looks at once, and again whenever the browser shows a page it kept.
  function afterReset(keptPage) {
    const state = sessionStorage.getItem(FLAG);
    if (state === 'going') {
      replaceWithHome();
    } else if (state === 'replacing') {
      sessionStorage.removeItem(FLAG);
      document.cookie = 'kiosk-reset=; path=/; max-age=0; SameSite=Strict';
    } else if (keptPage) {
      // A page kept by the browser may hold an old visitor's screen: show it afresh.
      location.reload();
    }
  }
  afterReset(false);
  window.addEventListener('pageshow', (event) => { if (event.persisted) afterReset(true); });

  ACTIVITY.forEach((type) => document.addEventListener(type, activity, { capture: true, passive: true }));
  arm();
  window.kioskIdle = { ask, forget, stillHere };
})();
