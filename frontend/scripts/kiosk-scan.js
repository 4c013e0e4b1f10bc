// Switch scanning on visitor screens. A switch box sends a key (Enter and Space by default). One switch: the
// scan ring moves by itself every few seconds and the switch chooses. Two switches: one moves the ring, the
// other chooses. Rows of letter keys (and the bottom bar) are scanned as one item first, then key by key.
// Settings come from <body data-scan-*> (the venue's default, see AccessSettings.java); a visitor's own
// choices (scanning, scanInterval) arrive with the 'kiosk-preferences' event when they sign in or choose them,
// and are kept for the visit in sessionStorage, which the walk-away reset empties.
// window.kioskScan = { mode(), interval(), current() }
(function () {
  'use strict';
  if (window.kioskScan) return;

  var CHOSEN = 'kioskScan.mode';
  var CHOSEN_INTERVAL = 'kioskScan.interval';
  var RING = 'kiosk-scan-ring';
  var GROUPS = '.visits-key-row, .kiosk-bar, [data-scan-group]';
  var TARGETS = 'button, [role="button"], a[href]';
  var GROUP_ROUNDS = 2;     // a row scanned twice with no choice gives the ring back to the whole screen
  var MAX_ITEMS = 200;      // a screen never has more; bounds every walk over the page

  var timer = 0;
  var items = [];           // what the ring moves over now: elements or { group, members }
  var index = -1;
  var inGroup = null;       // the group being scanned key by key
  var rounds = 0;
  var ringed = null;
  var watcher = null;
  var lastScreen = null;

  function data() { return document.body ? document.body.dataset : {}; }
  function store() { try { return window.sessionStorage; } catch (e) { return null; } }

  function mode() {
    var s = store();
    var chosen = s && s.getItem(CHOSEN);
    var m = chosen || data().scanMode || 'off';
    return m === 'one-switch' || m === 'two-switch' ? m : 'off';
  }
  function interval() {
    var s = store();
    var chosen = s && s.getItem(CHOSEN_INTERVAL);
    var ms = Number(chosen || data().scanIntervalMs);
    return Number.isFinite(ms) && ms >= 500 && ms <= 5000 ? ms : 1500;
  }
  function key(name, fallback) { return data()[name] || fallback; }

  // Visitor screens only: the kiosk frame, or the walk-away question above it.
  function scope() {
    var dialog = document.querySelector('dialog[open]');
    if (dialog) return dialog;
    return document.querySelector('.kiosk');
  }

  function usable(el) {
    if (el.disabled || el.getAttribute('aria-disabled') === 'true') return false;
    if (el.closest('[aria-hidden="true"], [inert], [hidden]')) return false;
    var box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  }

  // The screen's items in reading order: content first, the bottom bar last; a row is one item.
  function collect(root) {
    var found = Array.prototype.slice.call(root.querySelectorAll(TARGETS), 0, MAX_ITEMS).filter(usable);
    var bar = found.filter(function (el) { return el.closest('.kiosk-bar'); });
    var rest = found.filter(function (el) { return !el.closest('.kiosk-bar'); });
    var out = [];
    var seen = [];
    rest.concat(bar).forEach(function (el) {
      var group = el.parentElement && el.parentElement.closest(GROUPS);
      if (group && root.contains(group) && root !== group) {
        if (seen.indexOf(group) >= 0) return;
        var members = found.filter(function (m) { return group.contains(m); });
        if (members.length > 1) {
          seen.push(group);
          out.push({ group: group, members: members });
          return;
        }
      }
      out.push(el);
    });
    return out;
  }

  function elementOf(item) { return item && item.group ? item.group : item; }
  function clean(text) { return (text || '').replace(/\s+/g, ' ').trim(); }
  function nameOf(el) {
    return clean(el.getAttribute('data-say') || el.getAttribute('aria-label') || el.textContent);
  }
  // politely: only when nothing else is being said (the chosen button's name, the new screen's question).
  function sayItem(item, politely) {
    var speech = window.kioskSpeech;
    if (data().scanSpeak === 'false' || !speech || !speech.say || (politely && speech.playing)) return;
    var text;
    if (item.group) {
      var pattern = item.group.getAttribute('data-scan-say') || data().scanGroupSay || '{0} to {1}';
      text = pattern.replace('{0}', nameOf(item.members[0])).replace('{1}', nameOf(item.members[item.members.length - 1]));
    } else {
      text = nameOf(item);
    }
    speech.say(text);
  }

  function clearRing() {
    if (ringed) ringed.classList.remove(RING);
    ringed = null;
  }

  function show(politely) {
    clearRing();
    var item = items[index];
    if (!item) return;
    ringed = elementOf(item);
    ringed.classList.add(RING);
    if (ringed.scrollIntoView) ringed.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    sayItem(item, politely);
  }

  // From the top of the screen again (a new screen, a choice made, a row given up).
  function restart() {
    var root = scope();
    inGroup = null;
    rounds = 0;
    items = root ? collect(root) : [];
    index = items.length ? 0 : -1;
    lastScreen = root;
    show(true);
    schedule();
  }

  function move() {
    if (!items.length) { restart(); return; }
    // The screen changed under the ring (a new step, a dialog): begin again there.
    if (ringed && !ringed.isConnected) { restart(); return; }
    index++;
    if (index >= items.length) {
      index = 0;
      if (inGroup && ++rounds >= GROUP_ROUNDS) { restart(); return; }
    }
    show();
    schedule();
  }

  function select() {
    var item = items[index];
    if (!item || !elementOf(item).isConnected) { restart(); return; }
    if (item.group) {
      inGroup = item;
      rounds = 0;
      items = item.members.filter(usable);
      index = 0;
      show();
      schedule();
      return;
    }
    clearRing();
    inGroup = null;
    item.click();
    // The press may lead to a new screen: the watcher starts again there; otherwise from the top.
    restart();
  }

  function schedule() {
    window.clearTimeout(timer);
    if (mode() === 'one-switch') timer = window.setTimeout(move, interval());
  }

  function stopScanning() {
    window.clearTimeout(timer);
    clearRing();
    items = [];
    index = -1;
    document.documentElement.removeAttribute('data-kiosk-scan');
  }

  function apply() {
    if (mode() === 'off' || !scope()) { stopScanning(); return; }
    document.documentElement.setAttribute('data-kiosk-scan', mode());
    restart();
  }

  // Switches arrive as keys. In scanning mode they drive the scan, not the browser (no button press, no scroll).
  function onKey(event) {
    if (mode() === 'off' || !scope()) return;
    var code = event.code || event.key;
    var selectKey = key('scanSelectKey', 'Enter');
    var moveKey = key('scanMoveKey', 'Space');
    var isSelect = code === selectKey || (selectKey === 'Enter' && code === 'NumpadEnter');
    var isMove = code === moveKey;
    if (!isSelect && !isMove) return;
    event.preventDefault();
    if (event.type !== 'keydown' || event.repeat) return;
    // One switch: either key chooses. Two switches: one moves, the other chooses.
    if (mode() === 'one-switch' || isSelect) select(); else move();
  }

  function onScreenChange() {
    if (mode() === 'off') return;
    var root = scope();
    if (root !== lastScreen || !ringed || !ringed.isConnected) apply();
  }

  function start() {
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('keyup', onKey, true);
    // A new step or a dialog replaces what the ring was on: scanning begins again at the top.
    watcher = new MutationObserver(onScreenChange);
    watcher.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['open', 'data-scan-mode'] });
    apply();
  }
  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);

  // A visitor's own choices for the rest of the visit; what the event leaves out stays as it was.
  window.addEventListener('kiosk-preferences', function (event) {
    var detail = event.detail || {};
    var s = store();
    if (!s) return;
    if (/^(off|one-switch|two-switch)$/.test(detail.scanning || '')) s.setItem(CHOSEN, detail.scanning);
    if (/^[0-9]{3,4}$/.test(detail.scanInterval || '')) s.setItem(CHOSEN_INTERVAL, detail.scanInterval);
    var before = document.documentElement.getAttribute('data-kiosk-scan') || 'off';
    if (before !== mode()) apply(); else if (mode() === 'one-switch') schedule();
  });

  window.kioskScan = {
    mode: mode,
    interval: interval,
    current: function () { return ringed; }
  };
})();
