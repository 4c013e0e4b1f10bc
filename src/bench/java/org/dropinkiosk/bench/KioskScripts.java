package org.dropinkiosk.bench;

/**
 * The scripts the benchmarks run inside Chromium, so that Playwright's own round trips are never timed.
 * A "screen change" is the first change inside {@code #kiosk-content} after the tap, timed to the next
 * frame after it; a tap that changes nothing within 10 s resolves with -1 (counted as an error, never a hang).
 */
final class KioskScripts {

    private KioskScripts() {}

    /** Installs window.__tap(element) and window.__roundTrip(element) in the page; safe to run again. */
    static final String HELPERS = """
            () => {
              if (window.__tap) return;
              window.__tapFailures = [];
              // Every Vaadin request's start, from an observer (the page's resource buffer fills after 250 entries).
              window.__uidlStarts = [];
              new PerformanceObserver((list) => list.getEntries().forEach((e) => {
                if (e.name.includes('v-r=uidl')) window.__uidlStarts.push(Math.round(e.startTime));
              })).observe({ type: 'resource' });
              window.__lastTaps = [];
              window.__tap = (el) => new Promise((resolve) => {
                const content = document.getElementById('kiosk-content');
                let done = false;
                const before = location.pathname;
                const finish = (ms) => {
                  if (done) return;
                  done = true; seen.disconnect(); clearTimeout(giveUp);
                  if (ms < 0) {
                    // What a tap that changed nothing saw: was a request sent, where was the page, what did it show?
                    window.__tapFailures.push({ tapped: el ? (el.id || el.getAttribute('data-say')) : 'nothing', before: before,
                      after: location.pathname, at: Math.round(t0), uidlStartsSince: window.__uidlStarts.filter((t) => t >= t0 - 2000),
                      previousTaps: window.__lastTaps.slice(-3),
                      contentSame: content === document.getElementById('kiosk-content'), connected: !!(el && el.isConnected),
                      disabled: !!(el && el.disabled), inert: !!(el && el.closest('[inert]')), dialog: !!document.querySelector('dialog[open]'),
                      screen: (document.getElementById('kiosk-content') || {}).innerText?.replace(/\\s+/g, ' ').slice(0, 80) });
                  }
                  resolve(ms);
                };
                const t0 = performance.now();
                // The give-up timer stays armed until the promise is settled, also while waiting for a frame.
                const giveUp = setTimeout(() => finish(-1), 10000);
                const seen = new MutationObserver((records) => {
                  seen.disconnect();
                  const r = records[0];
                  const what = (nodes) => [...nodes].map((n) => n.nodeName + ':' + (n.textContent || '').replace(/\\s+/g, ' ').slice(0, 30)).join(',');
                  window.__lastTaps.push({ tapped: el.id, at: Math.round(t0), seenAfter: Math.round(performance.now() - t0), records: records.length,
                    first: r.type + ' on ' + r.target.nodeName + '.' + (r.target.className || '') + ' +[' + what(r.addedNodes) + '] -[' + what(r.removedNodes) + ']' });
                  if (window.__lastTaps.length > 5) window.__lastTaps.shift();
                  requestAnimationFrame(() => finish(performance.now() - t0));
                });
                seen.observe(content, { childList: true, subtree: true, characterData: true });
                el.click();
              });
              window.__roundTrip = (el) => new Promise((resolve) => {
                const t0 = performance.now();
                let done = false;
                const finish = (ms) => { if (!done) { done = true; watch.disconnect(); clearTimeout(giveUp); resolve(ms); } };
                const watch = new PerformanceObserver((list) => {
                  for (const e of list.getEntries()) {
                    if (e.name.includes('v-r=uidl') && e.startTime >= t0) finish(e.responseEnd - t0);
                  }
                });
                watch.observe({ type: 'resource' });
                const giveUp = setTimeout(() => finish(-1), 10000);
                el.click();
              });
            }""";

    /** Taps the element with this id; resolves with milliseconds to the screen change, or -1. */
    static final String TAP_ID = "(id) => window.__tap(document.getElementById(id))";

    /** Taps the element with this id, whose server side changes nothing; resolves with the round trip, or -1. */
    static final String ROUND_TRIP_ID = "(id) => window.__roundTrip(document.getElementById(id))";

    /**
     * A busy kiosk: taps the given pair of ids in turn, second first (the layout's Home and Help, starting
     * on Home) until window.__stop; its times go to window.__busy.
     */
    static final String KEEP_TAPPING = """
            ([a, b, pause]) => { window.__busy = []; window.__busyErrors = 0; window.__stop = false; (async () => {
              // Strict turns, not location: the address may change a moment after the screen does.
              for (let turn = 1; !window.__stop; turn++) {
                const ms = await window.__tap(document.getElementById(turn % 2 ? b : a));
                if (ms < 0) window.__busyErrors++; else window.__busy.push(ms);
                await new Promise((r) => setTimeout(r, pause));
              }
            })(); }""";

    /**
     * One simulated kiosk visitor after another, for as long as window.__stop is false: sign in as a new
     * visitor, answer a Tell us set, press Listen, go Home. Times go to window.__kiosk.
     */
    static final String KIOSK_VISITORS = """
            ([kiosk, think]) => {
              const K = window.__kiosk = { taps: [], steps: {}, listens: [], errors: [], rounds: 0, finished: false };
              window.__stop = false;
              const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
              const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
              const visible = (b) => b.offsetParent !== null && !b.disabled;
              const find = (name) => [...document.querySelectorAll('button')].find((b) => visible(b)
                  && (norm(b.getAttribute('aria-label')) === name || norm(b.getAttribute('data-say')) === name || norm(b.innerText) === name));
              const text = () => norm(document.getElementById('kiosk-content').innerText);
              const waitFor = async (test, what, ms = 20000) => {
                const t = performance.now();
                for (;;) {
                  const found = test();
                  if (found) return found;
                  if (window.__stop && what !== 'Home') throw new Error('stopped');
                  if (performance.now() - t > ms) throw new Error('waited ' + ms + ' ms for ' + what + ' on ' + location.pathname);
                  await sleep(50);
                }
              };
              const tapEl = async (el, what) => {
                const ms = await window.__tap(el);
                if (ms < 0) throw new Error('a tap on ' + what + ' changed nothing in 10 s on ' + location.pathname);
                K.taps.push(ms);
                const step = what.length === 1 ? 'a letter key' : what;
                (K.steps[step] = K.steps[step] || []).push(ms);
                await sleep(think);
              };
              const tap = async (name) => tapEl(await waitFor(() => find(name), 'button ' + name), name);
              const home = async () => {
                if (location.pathname !== '/' ) await tapEl(document.getElementById('kiosk-home'), 'Home');
                await waitFor(() => find('Sign in'), 'Home');
              };
              const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
              const nameFor = (n) => { let s = ''; do { s += letters[n % 26]; n = Math.floor(n / 26); } while (n > 0); return s; };
              const signIn = async () => {
                await tap('Sign in');
                await tap('No');
                const name = 'K' + nameFor(kiosk) + 'V' + nameFor(K.rounds);
                for (const ch of name) await tap(ch);
                await tap('Next');
                await tap('Speak Up group');
                // The picture: sun, or the first offered when another visitor of the same name has it.
                const pictures = ['sun', 'star', 'flower', 'tree', 'cat', 'dog'];
                const picture = await waitFor(() => pictures.map(find).find(Boolean), 'a picture');
                await tapEl(picture, 'a picture');
                await tap('Next');
                await tap('Yes');
                await waitFor(() => text().includes('You are signed in'), 'the greeting');
              };
              const tellUs = async () => {
                await tap('Tell us');
                await tap('Working together with the NHS');
                for (let q = 1; q <= 6; q++) {
                  await waitFor(() => text().includes('Question ' + q + ' of 6') && find('GOOD'), 'question ' + q);
                  const choices = q === 6 ? ['GOOD', 'BAD'] : ['GOOD', 'BAD', 'Not sure'];
                  await tap(choices[(kiosk + q + K.rounds) % choices.length]);
                  const next = q < 6 ? 'Question ' + (q + 1) + ' of 6' : 'Did someone help you answer?';
                  await waitFor(() => text().includes(next) || (find('Skip') && find('Done')), 'the next step');
                  if (find('Skip') && find('Done')) {
                    // "What was bad?": a visitor reads the choices; a press within the repeat guard would be ignored.
                    await sleep(Math.max(think, 1600));
                    await tap('Skip');
                  }
                }
                await waitFor(() => text().includes('Did someone help you answer?') && find('No'), 'did someone help');
                await tap('No');
                await waitFor(() => text().includes('Thank you for telling us'), 'thanks');
              };
              const listen = async () => {
                const ms = await window.__roundTrip(document.getElementById('kiosk-listen'));
                if (ms < 0) throw new Error('Listen had no answer in 10 s');
                K.listens.push(ms);
                await sleep(think);
              };
              (async () => {
                while (!window.__stop) {
                  try {
                    await home();
                    await signIn();
                    await listen();
                    await home();
                    await tellUs();
                    await listen();
                    K.rounds++;
                  } catch (e) {
                    if (String(e.message) !== 'stopped') K.errors.push(String(e.message));
                    try { await home(); } catch (again) { /* next round tries again */ }
                  }
                }
                K.finished = true;
              })();
            }""";
}
