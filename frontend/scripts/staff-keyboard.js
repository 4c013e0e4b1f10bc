// Staff on-screen keyboard: the kiosk has no keyboard, so touching any text field of a staff page opens
// #staff-keyboard (made by StaffKeyboard.java) at the bottom, scrolls the field above it, and types into it as a
// real keyboard would: keydown, the text at the caret, then input and change so Vaadin's server value follows.
// Focus by Tab does not open it, and a real key typed closes it for the rest of the page: a laptop types as always.
(function () {
  'use strict';
  if (window.staffKeyboard) return;

  var FIELD = 'input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file])'
    + ':not([type=button]):not([type=submit]):not([type=range]):not([type=color]), textarea';
  var CALENDARS = 'vaadin-date-picker, vaadin-date-time-picker';
  var PICKERS = 'vaadin-time-picker, vaadin-combo-box';
  var HOST = 'vaadin-text-field, vaadin-text-area, vaadin-password-field, vaadin-integer-field, vaadin-number-field,'
    + ' vaadin-big-decimal-field, vaadin-email-field, ' + PICKERS;
  var GAP = 16;
  var field = null;        // the field being typed into
  var byKey = false;       // the last thing the person did was a real key (Tab): no on-screen keyboard then
  var shifted = false;
  var realKeyboard = false; // a laptop's own keys were used on this page

  function board() { return document.getElementById('staff-keyboard'); }

  // Only inside the staff area, never beside a PIN pad (it has its own), never where a page says no.
  function wants(el) {
    if (!(el instanceof Element) || !el.matches(FIELD) || el.readOnly || el.disabled) return false;
    if (!el.closest('.staff') || el.closest('[data-no-keyboard]') || el.closest('#staff-keyboard')) return false;
    if (el.closest(CALENDARS)) return false; // a date is chosen on its own big calendar, which the keyboard would cover
    var page = el.closest('.staff-content');
    return !(page && page.querySelector('.staff-pin-pad'));
  }

  function scroller() { return field ? field.closest('.staff') : null; }

  // The field (with its label) stands above the keyboard: the page gets room below and scrolls just enough.
  function reveal() {
    var kb = board();
    var box = scroller();
    if (!kb || kb.hidden || !field || !box) return;
    box.style.paddingBottom = (kb.offsetHeight + GAP) + 'px';
    var shown = (field.closest(HOST) || field).getBoundingClientRect();
    var limit = kb.getBoundingClientRect().top - GAP;
    if (shown.bottom > limit) box.scrollTop += shown.bottom - limit;
    else if (shown.top < GAP) box.scrollTop -= GAP - shown.top;
  }

  function open(el) {
    var kb = board();
    if (!kb) return;
    field = el;
    kb.hidden = false;
    document.documentElement.setAttribute('data-staff-keyboard', 'open');
    reveal();
  }

  // The room below the page stays: taking it away would move the page under a finger that is pressing a button.
  function close() {
    var kb = board();
    if (kb) kb.hidden = true;
    field = null;
    setShift(false);
    setLayer('letters');
    document.documentElement.removeAttribute('data-staff-keyboard');
  }

  function setShift(on) {
    shifted = on;
    var kb = board();
    if (!kb) return;
    kb.classList.toggle('staff-keyboard-shifted', on);
    var key = kb.querySelector('[data-action="kb-shift"]');
    if (key) key.setAttribute('aria-pressed', on ? 'true' : 'false');
  }

  function setLayer(name) {
    var kb = board();
    if (!kb) return;
    kb.classList.toggle('staff-keyboard-on-signs', name === 'signs');
    var key = kb.querySelector('[data-action="kb-signs"]');
    if (key) key.setAttribute('aria-pressed', name === 'signs' ? 'true' : 'false');
  }

  function key(type, name) {
    field.dispatchEvent(new KeyboardEvent(type, { key: name, bubbles: true, composed: true }));
  }

  function caret() {
    try {
      var start = field.selectionStart;
      if (typeof start === 'number') return [start, field.selectionEnd];
    } catch (e) { /* number fields have no caret to ask */ }
    return [field.value.length, field.value.length];
  }

  function edit(kind, text) {
    var at = caret();
    var start = at[0];
    var end = at[1];
    if (kind === 'insertText') {
      var room = field.maxLength > 0 ? field.maxLength - field.value.length + (end - start) : Infinity;
      if (room < text.length) return;
    } else if (start === end) {
      if (start === 0) return;
      start -= 1;
    }
    var value = field.value.slice(0, start) + text + field.value.slice(end);
    field.value = value;
    var to = start + text.length;
    try { field.setSelectionRange(to, to); } catch (e) { /* number fields keep their own caret */ }
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: kind, data: text || null }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function press(button) {
    if (!field || !field.isConnected) { close(); return; }
    var action = button.getAttribute('data-action');
    if (field !== document.activeElement) field.focus({ preventScroll: true });
    if (action === 'kb-shift') { setShift(!shifted); return; }
    if (action === 'kb-signs') { setLayer(board().classList.contains('staff-keyboard-on-signs') ? 'letters' : 'signs'); return; }
    if (action === 'kb-done') {
      if (field.closest(PICKERS)) { key('keydown', 'Enter'); key('keyup', 'Enter'); } // commits a typed time or choice
      var done = field;
      close();
      done.blur();
      return;
    }
    if (action === 'kb-backspace') {
      key('keydown', 'Backspace');
      edit('deleteContentBackward', '');
      key('keyup', 'Backspace');
    } else {
      var text = action === 'kb-space' ? ' ' : button.getAttribute('data-key') || '';
      if (shifted) text = text.toUpperCase();
      key('keydown', text);
      edit('insertText', text);
      key('keyup', text);
      if (shifted) setShift(false); // one capital, as on a phone
    }
    reveal();
  }

  // A real key typed while the screen keyboard is open: this screen has a keyboard, so ours stays away until reload.
  document.addEventListener('keydown', function (e) {
    if (!e.isTrusted) return;
    if (e.key === 'Tab') byKey = true;
    else if (field && e.key.length === 1) { realKeyboard = true; close(); }
  }, true);
  document.addEventListener('pointerdown', function (e) {
    byKey = false;
    var target = e.target instanceof Element ? e.target : null;
    if (target && target.closest('#staff-keyboard')) {
      e.preventDefault(); // the field keeps the focus and its caret
      return;
    }
    // A touch on the field that is already focused opens the keyboard again after Done.
    var typed = target && (target.matches(FIELD) ? target : target.closest(HOST) && target.closest(HOST).querySelector(FIELD));
    if (typed && typed === document.activeElement && wants(typed) && !field && !realKeyboard) open(typed);
  }, true);
  document.addEventListener('mousedown', function (e) {
    if (e.target instanceof Element && e.target.closest('#staff-keyboard')) e.preventDefault();
  }, true);
  document.addEventListener('focusin', function (e) {
    if (wants(e.target) && !byKey && !realKeyboard) open(e.target);
    else if (field && e.target !== field && !(e.target instanceof Element && e.target.closest('#staff-keyboard'))) close();
  });
  document.addEventListener('focusout', function (e) {
    if (e.target !== field) return;
    var next = e.relatedTarget;
    if (next instanceof Element && next.closest('#staff-keyboard')) return;
    if (!(next instanceof Element && wants(next))) close();
  });
  // The keys' clicks stay with the keyboard: no spoken button name, no other page handler.
  document.addEventListener('click', function (e) {
    var target = e.target instanceof Element ? e.target : null;
    var button = target && target.closest('#staff-keyboard button');
    if (!button) return;
    e.stopPropagation();
    e.preventDefault();
    press(button);
  }, true);
  window.addEventListener('resize', reveal);
  window.addEventListener('vaadin-navigated', close);

  window.staffKeyboard = { close: close, get field() { return field; } };
})();
