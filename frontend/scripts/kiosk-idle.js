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
    tries = 0;
    loads = 0;
    // Tells the server to close the last visitor's screens and any staff login (see IdleReset.java).
    document.cookie = 'kiosk-reset=1; path=/; max-age=60; SameSite=Strict';
    walkBackThenHome();
  }

  // The reset goes from one browser event to the next, not by the page's timers: a busy PC may take seconds over
  // a step, and a timer that fires first starts a second navigation that cancels the one under way (decision 900).
  // Only where nothing but time can tell (Chromium drops, without a word, a navigation begun while the browser
  // still finishes the walk back) does it wait, on a worker's clock, which is real time.
  const OURS = 'kiosk-reset';
  const MOST_TRIES = 5;
  let tries = 0;
  let loads = 0;
  const resetting = () => {
    const state = sessionStorage.getItem(FLAG);
    return state === 'going' || state === 'replacing';
  };

  let clock = null;
  const waiting = new Map();
  function afterRealTime(ms, then) {
    try {
      if (!clock) {
        clock = new Worker(new URL('scripts/kiosk-wait.js', home()).href);
        clock.onmessage = (event) => {
          const done = waiting.get(event.data);
          waiting.delete(event.data);
          if (done) done();
        };
      }
      const ticket = ms + Math.random();
      waiting.set(ticket, then);
      clock.postMessage(ticket);
    } catch (e) {
      setTimeout(then, ms); // no worker here: the page's own clock
    }
  }

  // 1. Back to the first page of the kiosk's history, so nothing is behind Back. Then look again: a page pushed
  //    meanwhile is walked back too.
  function walkBackThenHome() {
    const nav = window.navigation;
    if (!nav || !nav.currentEntry) {
      oldBrowserWalk();
      return;
    }
    if (nav.currentEntry.index === 0 || tries >= MOST_TRIES) {
      // A moment for the browser to finish the walk, then Home.
      afterRealTime(100, loadHome);
      return;
    }
    tries++;
    // A walk to a page of another load ends in that page, whose copy of this script carries on (afterReset).
    nav.traverseTo(nav.entries()[0].key, { info: OURS }).finished.then(walkBackThenHome, walkBackThenHome);
  }

  // 2. Home as a brand-new page in place of the first one. If the browser refuses the load (while it still
  //    finishes the walk it may), Home is asked for again a moment later, and if this page is still here after
  //    2, 4, 8 … seconds (a load dropped without a word) too: at most MOST_LOADS times, each wait on real time.
  const MOST_LOADS = 10;
  function loadHome() {
    if (!resetting()) return;
    if (loads >= MOST_LOADS) {
      arm(); // the next quiet minute tries the whole reset again
      return;
    }
    const attempt = ++loads;
    sessionStorage.setItem(FLAG, 'replacing');
    const again = (ms) => afterRealTime(ms, () => {
      if (attempt === loads) loadHome();
    });
    const nav = window.navigation;
    if (nav) {
      // A load of another page never settles this promise; it is rejected only when the load is refused.
      nav.navigate(home(), { history: 'replace', info: OURS }).committed.catch((why) => {
        sessionStorage.setItem(FLAG + '-refused', attempt + ': ' + (why && why.name));
        again(250 * attempt);
      });
    } else {
      location.replace(home());
    }
    again(1000 * 2 ** Math.min(attempt, 5));
  }

  // While the reset runs, the screens' own router must not answer the walk back (it would ask the server for
  // the old screen and push or replace pages of its own), and no other script may start a navigation that
  // would cancel Home's load.
  let oldBrowserWalking = false;
  window.addEventListener('popstate', (event) => {
    if (!resetting()) return;
    event.stopImmediatePropagation();
    if (oldBrowserWalking) {
      oldBrowserWalking = false;
      loadHome();
    }
  }, true);
  if (window.navigation) {
    navigation.addEventListener('navigate', (event) => {
      if (resetting() && event.info !== OURS && event.cancelable) event.preventDefault();
    });
  }

  // Browsers without the Navigation API: the first page by history.go, then Home when the walk has ended.
  function oldBrowserWalk() {
    const back = history.length - 1;
    if (back > 0 && sessionStorage.getItem(FLAG) === 'going') {
      oldBrowserWalking = true;
      history.go(-back);
    } else {
      loadHome();
    }
  }

  // A page shown during or after a reset: this script arrives after a fresh page's first
  // "pageshow", so it looks at once, and again whenever the browser shows a page it kept.
  function afterReset(keptPage) {
    const state = sessionStorage.getItem(FLAG);
    if (state === 'going') {
      walkBackThenHome();
    } else if (state === 'replacing') {
      if (keptPage) {
        loadHome(); // the old page came back instead of Home: load Home again
        return;
      }
      sessionStorage.removeItem(FLAG);
      sessionStorage.removeItem(FLAG + '-refused');
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
