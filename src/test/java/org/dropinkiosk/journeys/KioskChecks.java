package org.dropinkiosk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The kiosk's own accessibility floors, measured in the page as it is shown now (call them on every
 * screen and dialog): main targets at least 96 px and all others at least 64 px, every visible text at
 * least 28 px, and text contrast at least 7:1 computed from the computed colours.
 */
public final class KioskChecks {

    public static final int MAIN_TARGET_PX = 96;
    public static final int OTHER_TARGET_PX = 64;
    public static final double TEXT_PX = 28;
    public static final double CONTRAST = 7.0;

    /** What counts as a main target: big kiosk buttons and tiles, or anything marked data-target="main". */
    static final String MAIN = ".kiosk-button:not(.kiosk-button-small), .kiosk-tile, [data-target=main]";

    static final String INTERACTIVE = "button, a[href], input:not([type=hidden]), select, textarea, "
            + "[role=button], [role=link], [tabindex]:not([tabindex='-1'])";

    private KioskChecks() {}

    /** The smallest sizes and contrast found on one screen, to report (see EveryScreenAccessibilityIT). */
    public record Figures(
            double smallestMainTarget, double smallestOtherTarget, double smallestText, double lowestContrast) {}

    /** Every visible target is big enough (main ones 96 px both ways, the others 64 px) and wholly on the screen. Returns [smallest main, smallest other]. */
    @SuppressWarnings("unchecked")
    public static double[] assertTargetSizes(Page page) {
        Map<String, Object> found =
                (Map<String, Object>) page.evaluate("""
                ([main, interactive, mainPx, otherPx]) => {
                  const visible = (e) => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
                    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !e.closest('[inert],[aria-hidden=true]'); };
                  const name = (e) => (e.getAttribute('aria-label') || e.textContent || e.getAttribute('name') || e.tagName).trim().slice(0, 40);
                  // A field's target is the Vaadin field around it when there is one.
                  const target = (e) => e.closest('vaadin-text-field, vaadin-password-field, vaadin-text-area, vaadin-combo-box') || e;
                  const out = [];
                  let minMain = 1e9, minOther = 1e9;
                  for (const e of document.querySelectorAll(interactive)) {
                    if (!visible(e)) continue;
                    const r = target(e).getBoundingClientRect();
                    const isMain = e.matches(main);
                    const floor = isMain ? mainPx : otherPx;
                    const least = Math.round(Math.min(r.width, r.height));
                    if (isMain) minMain = Math.min(minMain, least); else minOther = Math.min(minOther, least);
                    if (Math.round(r.width) < floor || Math.round(r.height) < floor) {
                      out.push(`${name(e)}: ${Math.round(r.width)}x${Math.round(r.height)} px, floor ${floor}`);
                    }
                    // The whole target is on the screen: not cut off by the window or a box that hides overflow.
                    let v = { l: r.left, t: r.top, r: r.right, b: r.bottom };
                    const cut = (c) => { v = { l: Math.max(v.l, c.left), t: Math.max(v.t, c.top), r: Math.min(v.r, c.right), b: Math.min(v.b, c.bottom) }; };
                    cut({ left: 0, top: 0, right: innerWidth, bottom: innerHeight });
                    for (let n = target(e).parentElement; n; n = n.parentElement) {
                      const o = getComputedStyle(n); if (o.overflowX !== 'visible' || o.overflowY !== 'visible') cut(n.getBoundingClientRect()); }
                    const shownW = Math.max(0, v.r - v.l), shownH = Math.max(0, v.b - v.t);
                    if (shownW < r.width - 2 || shownH < r.height - 2) {
                      out.push(`${name(e)}: only ${Math.round(shownW)}x${Math.round(shownH)} of ${Math.round(r.width)}x${Math.round(r.height)} px on the screen`);
                    }
                  }
                  return { small: out, minMain, minOther };
                }""", List.of(MAIN, INTERACTIVE, MAIN_TARGET_PX, OTHER_TARGET_PX));
        assertThat((List<String>) found.get("small"))
                .as("targets smaller than the kiosk's floors on " + page.url())
                .isEmpty();
        return new double[] {
            ((Number) found.get("minMain")).doubleValue(), ((Number) found.get("minOther")).doubleValue()
        };
    }

    /** Every visible piece of text is at least 28 px and has a contrast of at least 7:1 with what is behind it. Returns [smallest px, lowest ratio]. */
    @SuppressWarnings("unchecked")
    public static double[] assertTextSizeAndContrast(Page page) {
        Map<String, Object> found = (Map<String, Object>) page.evaluate("""
                ([minPx, minRatio]) => {
                  const rgba = (c) => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
                    const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
                  const over = (top, under) => { const a = top[3];
                    return [0, 1, 2].map(i => top[i] * a + under[i] * (1 - a)).concat([1]); };
                  // The colour behind an element: its own and its ancestors' backgrounds, blended from the page down.
                  const background = (e) => { const layers = [];
                    for (let n = e; n && n.nodeType === 1; n = n.parentElement || (n.getRootNode() && n.getRootNode().host)) {
                      const c = rgba(getComputedStyle(n).backgroundColor); if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; } }
                    let colour = [255, 255, 255, 1];
                    for (const layer of layers.reverse()) colour = over(layer, colour);
                    return colour; };
                  const luminance = (c) => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255;
                    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
                  const ratio = (a, b) => { const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x); return (l1 + 0.05) / (l2 + 0.05); };
                  const small = [], faint = [];
                  let texts = 0, minSize = 1e9, minContrast = 1e9;
                  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                  const seen = new Set();
                  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
                    const e = t.parentElement;
                    if (!t.textContent.trim() || !e || seen.has(e)) continue;
                    seen.add(e);
                    if (e.closest('script, style, template, [aria-hidden=true], [inert]')) continue;
                    const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
                    if (r.width === 0 || r.height === 0 || s.visibility === 'hidden' || s.display === 'none') continue;
                    let transparent = false;
                    for (let n = e; n; n = n.parentElement) if (getComputedStyle(n).opacity === '0') transparent = true;
                    if (transparent) continue; // e.g. Vaadin's connection message until it is needed
                    if (e.closest('dialog') === null && document.querySelector('dialog[open]')) continue; // behind a modal dialog
                    texts++;
                    const what = t.textContent.trim().slice(0, 40);
                    const size = parseFloat(s.fontSize);
                    minSize = Math.min(minSize, size);
                    if (size < minPx) small.push(`${what}: ${size} px`);
                    const fg = over(rgba(s.color), background(e));
                    const cr = ratio(fg, background(e));
                    minContrast = Math.min(minContrast, cr);
                    if (cr < minRatio) faint.push(`${what}: ${cr.toFixed(2)}:1 (${s.color} on ${background(e)})`);
                  }
                  return { texts, small, faint, minSize, minContrast };
                }""", List.of(TEXT_PX, CONTRAST));
        assertThat(((Number) found.get("texts")).intValue())
                .as("visible texts on " + page.url())
                .isPositive();
        assertThat((List<String>) found.get("small"))
                .as("text smaller than " + TEXT_PX + " px on " + page.url())
                .isEmpty();
        assertThat((List<String>) found.get("faint"))
                .as("text with contrast under " + CONTRAST + ":1 on " + page.url())
                .isEmpty();
        return new double[] {
            ((Number) found.get("minSize")).doubleValue(), ((Number) found.get("minContrast")).doubleValue()
        };
    }

    /** The focused element shows a clear ring: a solid outline of 3 px or more, or a box shadow. */
    public static void assertFocusVisible(Page page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> ring = (Map<String, Object>) page.evaluate("""
                () => { const e = document.activeElement; const s = getComputedStyle(e);
                  return { tag: e.tagName, matches: e.matches(':focus-visible'), outline: s.outlineStyle,
                           width: parseFloat(s.outlineWidth), shadow: s.boxShadow }; }""");
        assertThat(ring.get("matches"))
                .as("focused element shows :focus-visible: " + ring)
                .isEqualTo(true);
        boolean outline = !"none".equals(ring.get("outline")) && ((Number) ring.get("width")).doubleValue() >= 3;
        boolean shadow = !"none".equals(ring.get("shadow"));
        assertThat(outline || shadow).as("focus ring on " + ring).isTrue();
    }

    /**
     * Visits each route with the internet cut off (any request not to the app's own origin is aborted)
     * and fails naming every route that asked for something elsewhere.
     */
    public static void assertOffline(BrowserJourney journey, List<String> routes) {
        journey.context.route(
                url -> !url.startsWith(journey.origin()) && !url.startsWith("data:") && !url.startsWith("blob:"),
                route -> route.abort("internetdisconnected"));
        Map<String, List<String>> asked = new TreeMap<>();
        for (String path : routes) {
            journey.offOrigin.clear();
            journey.open(path);
            journey.page.waitForLoadState(LoadState.NETWORKIDLE);
            if (!journey.offOrigin.isEmpty()) {
                asked.put(path, List.copyOf(journey.offOrigin));
            }
        }
        journey.offOrigin.clear();
        assertThat(asked)
                .as("screens that asked for something not on the kiosk (route -> requests)")
                .isEmpty();
    }

    /** All checks of this class on what the page shows now, with the smallest figures found. */
    public static Figures assertKioskFloors(Page page) {
        double[] targets = assertTargetSizes(page);
        double[] text = assertTextSizeAndContrast(page);
        return new Figures(targets[0], targets[1], text[0], text[1]);
    }

    /**
     * Tab alone reaches every visible, enabled target (only those of an open modal dialog while one is
     * open), each with a visible focus ring. Returns how many targets there were.
     */
    public static int assertTabReachesEverything(Page page) {
        int count = ((Number) page.evaluate("""
                (interactive) => {
                  document.querySelectorAll('[data-a11y-tab]').forEach(e => e.removeAttribute('data-a11y-tab'));
                  // Start from nothing focused: a dialog that focused its button itself must still be reached by Tab.
                  // (A modal dialog keeps its focus: its own button, focused as it opens, counts if it shows the ring.)
                  if (!document.querySelector('dialog[open]') && document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
                  const root = document.querySelector('dialog[open]') || document;
                  const visible = (e) => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
                    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !e.closest('[inert],[aria-hidden=true]'); };
                  const all = [...root.querySelectorAll(interactive)].filter(e => visible(e) && !e.disabled);
                  all.forEach((e, i) => e.setAttribute('data-a11y-tab', i));
                  return all.length;
                }""", INTERACTIVE)).intValue();
        // The page notes each focus as it happens, with its ring, so each Tab is one round trip.
        page.evaluate("""
                () => { window.__a11yFocus = [];
                  if (!window.__a11yListening) { window.__a11yListening = true;
                    document.addEventListener('focusin', (event) => { const e = event.target; const s = getComputedStyle(e);
                      window.__a11yFocus.push({ index: e.getAttribute('data-a11y-tab'), name: (e.getAttribute('aria-label') || e.textContent || e.tagName).trim().slice(0, 30),
                        ring: e.matches(':focus-visible') && ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 3) || s.boxShadow !== 'none') }); }, true); }
                  const e = document.activeElement;
                  if (e && e.hasAttribute('data-a11y-tab')) e.dispatchEvent(new FocusEvent('focusin', { bubbles: true })); }""");
        Set<Integer> reached = new TreeSet<>();
        List<String> unringed = new ArrayList<>();
        int read = 0;
        for (int i = 0; i < count * 2 + 6 && reached.size() < count; i++) {
            page.keyboard().press("Tab");
            if (i % 8 != 7 && i < count - 1) {
                continue; // read what was focused every few presses
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> focused =
                    (List<Map<String, Object>>) page.evaluate("(from) => window.__a11yFocus.slice(from)", read);
            read += focused.size();
            for (Map<String, Object> f : focused) {
                if (f.get("index") == null) {
                    continue; // the page itself, between rounds
                }
                reached.add(Integer.parseInt((String) f.get("index")));
                if (!Boolean.TRUE.equals(f.get("ring"))) {
                    unringed.add((String) f.get("name"));
                }
            }
        }
        @SuppressWarnings("unchecked")
        List<String> missed = (List<String>) page.evaluate("""
                (reached) => [...document.querySelectorAll('[data-a11y-tab]')].filter(e => !reached.includes(Number(e.getAttribute('data-a11y-tab'))))
                  .map(e => (e.getAttribute('aria-label') || e.textContent || e.tagName).trim().slice(0, 30))""", List.copyOf(reached));
        assertThat(missed).as("targets Tab never reaches on " + page.url()).isEmpty();
        assertThat(unringed)
                .as("targets focused without a visible ring on " + page.url())
                .isEmpty();
        return count;
    }
}
