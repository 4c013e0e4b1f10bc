// Kiosk speech: plays the server's FreeTTS audio, one sound at a time, and highlights what is read.
// window.kioskSpeech = { say(text, sentences), stop(), listen(), setPreferences(slower, readEveryScreen), reset() }
// Speech never blocks the screen: every failure is silent here (the server logs it for staff).
// The server splits sentences (org.dropinkiosk.kiosk.Sentences, decision 305): this script never does.
(function () {
  'use strict';
  if (window.kioskSpeech) return;

  var SLOWER = 'kioskSpeech.slower';
  var READ_EVERY = 'kioskSpeech.readEveryScreen';
  var READABLE = 'p, h1, h2, h3, h4, h5, h6, li, img[alt], [data-read]';
  var settings = { sayButtons: true, maxLength: 600 };
  var token = 0;          // every stop() or new phrase makes the old one's callbacks do nothing
  var startedAt = 0;      // when the current sound was asked for
  var playing = false;
  var fromButton = false; // a button's own name is short and may lead to the next screen: let it finish
  var reading = false; // what plays is the screen read by Listen (a second Listen stops it), not a word said
  var finishCurrent = null;
  var restorers = [];     // undo the word spans after reading
  var audio = document.createElement('audio');
  audio.id = 'kiosk-speech-audio';
  audio.preload = 'auto';
  audio.hidden = true;

  function store() {
    try { return window.sessionStorage; } catch (e) { return null; }
  }
  function pref(name) {
    var s = store();
    return !!s && s.getItem(name) === 'true';
  }
  function setPref(name, value) {
    var s = store();
    if (s) { if (value) s.setItem(name, 'true'); else s.removeItem(name); }
  }
  function pace() { return pref(SLOWER) ? 'slower' : 'normal'; }
  function url(kind, text) {
    return new URL('speech/' + kind + '?pace=' + pace() + '&text=' + encodeURIComponent(text), document.baseURI).href;
  }
  function clean(text) { return (text || '').replace(/\s+/g, ' ').trim(); }

  // Long text is said in pieces the server accepts: the server's sentences, joined again while they fit.
  function pieces(text, sentences) {
    var out = [];
    (sentences && sentences.length ? sentences : [clean(text)]).forEach(function (s) {
      s = clean(s);
      if (out.length && (out[out.length - 1] + ' ' + s).length <= settings.maxLength) out[out.length - 1] += ' ' + s;
      else if (s) out.push(s);
    });
    return out;
  }
  // The server's sentences of a block's text, each with its words: [{text, words}], or null (read it whole).
  function split(text) {
    return fetch(new URL('speech/sentences?text=' + encodeURIComponent(text), document.baseURI).href, { credentials: 'same-origin' })
      .then(function (r) { return r.status === 200 ? r.json() : null; })
      .then(function (body) { return body && Array.isArray(body.sentences) && body.sentences.length ? body.sentences : null; })
      .catch(function () { return null; });
  }

  function clearHighlight() {
    document.querySelectorAll('.kiosk-reading, .kiosk-reading-word').forEach(function (el) {
      el.classList.remove('kiosk-reading', 'kiosk-reading-word');
    });
    restorers.splice(0).forEach(function (undo) { undo(); });
  }

  function stop() {
    token++;
    playing = false;
    if (finishCurrent) finishCurrent(false);
    try { audio.pause(); } catch (e) { /* nothing to stop */ }
    if (audio.hasAttribute('src')) { audio.removeAttribute('src'); audio.load(); }
    clearHighlight();
  }

  // Plays one phrase; resolves true when it ended, false when stopped or failed. onTick gets milliseconds.
  function playOne(text, mine, onTick) {
    return new Promise(function (resolve) {
      if (mine !== token) { resolve(false); return; }
      var frame = 0;
      function tick() {
        if (onTick) onTick(audio.currentTime * 1000);
        frame = window.requestAnimationFrame(tick);
      }
      function finish(ok) {
        audio.removeEventListener('ended', ended);
        audio.removeEventListener('error', failed);
        audio.removeEventListener('playing', started);
        window.cancelAnimationFrame(frame);
        if (finishCurrent === finish) finishCurrent = null;
        resolve(ok);
      }
      function ended() { finish(true); }
      function failed() { finish(false); }
      function started() { if (onTick) tick(); }
      finishCurrent = finish;
      ensureAudio();
      audio.addEventListener('ended', ended);
      audio.addEventListener('error', failed);
      audio.addEventListener('playing', started);
      audio.src = url('audio', text);
      playing = true;
      var p = audio.play();
      if (p && p.catch) p.catch(function () { finish(false); });
    });
  }

  function say(text, sentences, byButton) {
    var parts = pieces(text, sentences);
    stop();
    var mine = token;
    fromButton = !!byButton;
    reading = false;
    startedAt = performance.now();
    (async function () {
      for (var i = 0; i < parts.length; i++) {
        if (!(await playOne(parts[i], mine)) || mine !== token) return;
      }
      if (mine === token) playing = false;
    })();
  }

  // ---- Reading with highlight -------------------------------------------------------------

  function readables(root) {
    var all = Array.prototype.slice.call(root.querySelectorAll(READABLE + ', button'));
    return all.filter(function (el) {
      if (el.closest('[aria-hidden="true"]') || el.offsetParent === null && el.tagName !== 'IMG') return false;
      var up = el.parentElement && el.parentElement.closest(READABLE + ', button');
      return !(up && root.contains(up));
    });
  }
  function textOf(el) {
    if (el.tagName === 'IMG') return el.getAttribute('alt') || '';
    if (el.tagName === 'BUTTON') return el.getAttribute('data-say') || el.textContent;
    return el.getAttribute('data-read') || el.textContent;
  }

  // A block of plain text is read sentence by sentence with its words marked; anything else is read whole.
  function plainText(block) {
    var text = clean(textOf(block));
    var plain = block.tagName !== 'IMG' && block.tagName !== 'BUTTON' && !block.hasAttribute('data-read')
      && block.children.length === 0 && text.length > 0;
    return plain ? text : null;
  }

  // Puts the server's sentences into the block as sentence spans of word spans; the original nodes come back afterwards.
  function wrap(block, sentences) {
    if (!sentences) return [{ text: clean(textOf(block)), element: block, words: [] }];
    var original = Array.prototype.slice.call(block.childNodes);
    var units = [];
    var made = sentences.map(function (sentence, i) {
      var span = document.createElement('span');
      span.className = 'kiosk-sentence';
      var words = [];
      (sentence.words || []).forEach(function (word, k) {
        if (k > 0) span.appendChild(document.createTextNode(' '));
        var w = document.createElement('span');
        w.className = 'kiosk-word';
        w.textContent = word;
        span.appendChild(w);
        words.push(w);
      });
      units.push({ text: sentence.text, element: span, words: words });
      return i === 0 ? [span] : [document.createTextNode(' '), span];
    });
    block.replaceChildren.apply(block, [].concat.apply([], made));
    restorers.push(function () { if (block.querySelector('.kiosk-sentence')) block.replaceChildren.apply(block, original); });
    return units;
  }

  function timings(text) {
    return fetch(url('timings', text), { credentials: 'same-origin' })
      .then(function (r) { return r.status === 200 ? r.json() : null; })
      .catch(function () { return null; });
  }

  // Each block's sentences are asked for while the block before is read.
  function sentencesOf(block) {
    var text = plainText(block);
    return text ? split(text) : Promise.resolve(null);
  }

  async function readBlocks(blocks, mine) {
    var coming = blocks.length ? sentencesOf(blocks[0]) : null;
    var next = null;
    for (var b = 0; b < blocks.length && mine === token; b++) {
      var sentences = await coming;
      coming = b + 1 < blocks.length ? sentencesOf(blocks[b + 1]) : null;
      if (mine !== token) return;
      if (!blocks[b].isConnected) continue;
      var units = wrap(blocks[b], sentences).filter(function (u) { return u.text; });
      for (var i = 0; i < units.length && mine === token; i++) {
        const unit = units[i];
        // The sound starts at once; the word timings arrive beside it (the next sentence's are made meanwhile).
        const spoken = [];
        (next || timings(unit.text)).then(function (known) { if (known && known.words) spoken.push.apply(spoken, known.words); });
        next = i + 1 < units.length ? timings(units[i + 1].text) : null;
        if (mine !== token) return;
        unit.element.classList.add('kiosk-reading');
        const shown = unit.words;
        let lit = null;
        var ok = await playOne(unit.text, mine, function (ms) {
          if (!shown.length || !spoken.length) return;
          var k = 0;
          while (k + 1 < spoken.length && spoken[k + 1].start <= ms) k++;
          var j = shown.length === spoken.length ? k : Math.min(shown.length - 1, Math.floor(k * shown.length / spoken.length));
          if (lit !== shown[j]) {
            if (lit) lit.classList.remove('kiosk-reading-word');
            lit = shown[j];
            lit.classList.add('kiosk-reading-word');
          }
        });
        if (lit) lit.classList.remove('kiosk-reading-word');
        unit.element.classList.remove('kiosk-reading');
        if (!ok && mine !== token) return;
      }
    }
    if (mine === token) { playing = false; clearHighlight(); }
  }

  function listen() {
    var root = document.getElementById('kiosk-content');
    stop();
    if (!root) return;
    var mine = token;
    fromButton = false;
    reading = true;
    startedAt = performance.now();
    readBlocks(readables(root), mine);
  }

  function readOne(el) {
    stop();
    var mine = token;
    fromButton = false;
    reading = true;
    startedAt = performance.now();
    readBlocks([el], mine);
  }

  // ---- Preferences: Slower / Normal for this visit, and reading every screen on arrival -----------

  function syncSlowerButton() {
    document.querySelectorAll('[data-action="slower"]').forEach(function (b) {
      b.setAttribute('aria-pressed', pref(SLOWER) ? 'true' : 'false');
    });
  }
  function setPreferences(slower, readEveryScreen) {
    setPref(SLOWER, !!slower);
    setPref(READ_EVERY, !!readEveryScreen);
    syncSlowerButton();
  }
  function reset() {
    stop();
    setPref(SLOWER, false);
    setPref(READ_EVERY, false);
    syncSlowerButton();
  }

  // ---- Taps ----------------------------------------------------------------------------

  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    var button = target.closest('button, [role="button"]');
    if (button) {
      var action = button.getAttribute('data-action');
      if (action === 'listen') {
        if (playing && reading) stop(); else listen(); // a word still being said gives way to the reading
      } else if (action === 'slower') {
        setPref(SLOWER, !pref(SLOWER));
        syncSlowerButton();
        // Kept for a signed-in visitor's next visit (visits/ui/SignedInHere).
        button.dispatchEvent(new CustomEvent('kiosk-preference', { bubbles: true, detail: { name: 'slower', value: String(pref(SLOWER)) } }));
        say(button.getAttribute(pref(SLOWER) ? 'data-say-on' : 'data-say-off') || button.getAttribute('data-say') || clean(button.textContent));
      } else if (settings.sayButtons && !button.closest('.staff')) { // staff pages say what they choose to say
        say(button.getAttribute('data-say') || button.getAttribute('aria-label') || clean(button.textContent), null, true);
      }
      return;
    }
    if (target.closest('input, select, textarea, a[href], label')) return;
    var readable = target.closest(READABLE);
    if (readable && readable.closest('#kiosk-content, [data-read]')) readOne(readable);
  });

  // ---- Leaving a screen stops speech; a new screen is read when the visitor asked for it -------

  var arrival = 0;
  function onNewScreen() {
    window.clearTimeout(arrival);
    arrival = window.setTimeout(function () {
      syncSlowerButton();
      // A phrase asked for just now (the button that led here, or the server's "done") keeps playing.
      if (playing && !fromButton && performance.now() - startedAt > 1500) stop();
      if (pref(READ_EVERY)) {
        var waitFor = playing ? Math.max(0, (audio.duration || 1) * 1000 - audio.currentTime * 1000) + 150 : 0;
        window.setTimeout(function () { if (!playing) listen(); }, waitFor);
      }
    }, 50);
  }
  window.addEventListener('vaadin-navigated', onNewScreen);
  window.addEventListener('popstate', onNewScreen);
  var observed = null;
  var contentWatcher = new MutationObserver(onNewScreen);
  // Vaadin renders into <body> and drops what it does not know: put the one <audio> back when that happens.
  function ensureAudio() {
    if (!audio.isConnected && document.body) document.body.appendChild(audio);
  }
  var pageWatcher = new MutationObserver(function () {
    ensureAudio();
    var content = document.getElementById('kiosk-content');
    if (content && content !== observed) {
      observed = content;
      contentWatcher.disconnect();
      contentWatcher.observe(content, { childList: true });
      onNewScreen();
    }
  });

  function start() {
    ensureAudio();
    document.documentElement.setAttribute('data-kiosk-speech', 'ready');
    pageWatcher.observe(document.body, { childList: true, subtree: true });
    syncSlowerButton();
    fetch(new URL('speech/settings', document.baseURI).href, { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) { if (s) { settings.sayButtons = s.sayButtons !== false; settings.maxLength = s.maxLength || 600; } })
      .catch(function () { /* defaults stay */ });
  }
  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);

  window.kioskSpeech = {
    say: function (text, sentences) { if (clean(text)) say(String(text), Array.isArray(sentences) ? sentences : null); },
    stop: stop,
    listen: listen,
    setPreferences: setPreferences,
    reset: reset,
    get playing() { return playing; },
    audio: audio
  };
})();
