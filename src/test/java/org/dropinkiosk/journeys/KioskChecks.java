package org.dropinkiosk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.List;
import java.util.Map;

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

    private KioskChecks() {
    }

    /** Every visible target is big enough: main ones 96 px both ways, the others 64 px. */
    @SuppressWarnings("unchecked")
    public static void assertTargetSizes(Page page) {
        List<String> small = (List<String>) page.evaluate("""
                ([main, interactive, mainPx, otherPx]) => {
                  const visible = (e) => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
                    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !e.closest('[inert],[aria-hidden=true]'); };
                  const name = (e) => (e.getAttribute('aria-label') || e.textContent || e.getAttribute('name') || e.tagName).trim().slice(0, 40);
                  // A field's target is the Vaadin field around it when there is one.
                  const target = (e) => e.closest('vaadin-text-field, vaadin-password-field, vaadin-text-area, vaadin-combo-box') || e;
                  const out = [];
                  for (const e of document.querySelectorAll(interactive)) {
                    if (!visible(e)) continue;
                    const r = target(e).getBoundingClientRect();
                    const floor = e.matches(main) ? mainPx : otherPx;
                    if (Math.round(r.width) < floor || Math.round(r.height) < floor) {
                      out.push(`${name(e)}: ${Math.round(r.width)}x${Math.round(r.height)} px, floor ${floor}`);
                    }
                  }
                  return out;
                }""", List.of(MAIN, INTERACTIVE, MAIN_TARGET_PX, OTHER_TARGET_PX));
        assertThat(small).as("targets smaller than the kiosk's floors on " + page.url()).isEmpty();
    }

    /** Every visible piece of text is at least 28 px and has a contrast of at least 7:1 with what is behind it. */
    @SuppressWarnings("unchecked")
    public static void assertTextSizeAndContrast(Page page) {
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
                  let texts = 0;
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
                    if (size < minPx) small.push(`${what}: ${size} px`);
                    const fg = over(rgba(s.color), background(e));
                    const cr = ratio(fg, background(e));
                    if (cr < minRatio) faint.push(`${what}: ${cr.toFixed(2)}:1 (${s.color} on ${background(e)})`);
                  }
                  return { texts, small, faint };
                }""", List.of(TEXT_PX, CONTRAST));
        assertThat(((Number) found.get("texts")).intValue()).as("visible texts on " + page.url()).isPositive();
        assertThat((List<String>) found.get("small")).as("text smaller than " + TEXT_PX + " px on " + page.url()).isEmpty();
        assertThat((List<String>) found.get("faint")).as("text with contrast under " + CONTRAST + ":1 on " + page.url()).isEmpty();
    }

    /** The focused element shows a clear ring: a solid outline of 3 px or more, or a box shadow. */
    public static void assertFocusVisible(Page page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> ring = (Map<String, Object>) page.evaluate("""
                () => { const e = document.activeElement; const s = getComputedStyle(e);
                  return { tag: e.tagName, matches: e.matches(':focus-visible'), outline: s.outlineStyle,
                           width: parseFloat(s.outlineWidth), shadow: s.boxShadow }; }""");
        assertThat(ring.get("matches")).as("focused element shows :focus-visible: " + ring).isEqualTo(true);
        boolean outline = !"none".equals(ring.get("outline")) && ((Number) ring.get("width")).doubleValue() >= 3;
        boolean shadow = !"none".equals(ring.get("shadow"));
        assertThat(outline || shadow).as("focus ring on " + ring).isTrue();
    }

    /**
     * Visits each route with the internet cut off (any request not to the app's own origin is aborted)
     * and fails naming every route that asked for something elsewhere.
     */
    public static void assertOffline(BrowserJourney journey, List<String> routes) {
        journey.context.route(url -> !url.startsWith(journey.origin()) && !url.startsWith("data:") && !url.startsWith("blob:"),
                route -> route.abort("internetdisconnected"));
        Map<String, List<String>> asked = new java.util.TreeMap<>();
        for (String path : routes) {
            journey.offOrigin.clear();
            journey.open(path);
            journey.page.waitForLoadState(LoadState.NETWORKIDLE);
            if (!journey.offOrigin.isEmpty()) {
                asked.put(path, List.copyOf(journey.offOrigin));
            }
        }
        journey.offOrigin.clear();
        assertThat(asked).as("screens that asked for something not on the kiosk (route -> requests)").isEmpty();
    }

    /** All checks of this class on what the page shows now. */
    public static void assertKioskFloors(Page page) {
        assertTargetSizes(page);
        assertTextSizeAndContrast(page);
    }
}
