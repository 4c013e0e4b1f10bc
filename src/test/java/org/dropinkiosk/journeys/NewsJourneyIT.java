package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A visitor reads the whole news with Next and Back, in landscape and portrait, and nothing scrolls. */
class NewsJourneyIT extends BrowserJourney {

    private Locator next() {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next").setExact(true));
    }

    private Locator back() {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back").setExact(true));
    }

    @Test
    void a_visitor_reads_every_page_forward_and_back_and_nothing_overflows() {
        open("/news");
        String first = page.locator("#content-where").textContent();
        int total = Integer.parseInt(first.replaceAll(".* of ", "").trim());
        assertThat(total).isGreaterThanOrEqualTo(8);
        assertThat(back()).isDisabled();
        List<String> titles = new ArrayList<>();
        for (int p = 1; p <= total; p++) {
            assertThat(page.locator("#content-where")).hasText("Page " + p + " of " + total);
            assertThat(page.locator(".content-dot")).hasCount(total);
            assertThat(page.locator(".content-dot").nth(p - 1)).hasClass(Pattern.compile("content-dot-here"));
            titles.add(page.locator("h1").textContent());
            if (p == 1) {
                screenshot("news-page-1");
            }
            assertEveryBlockHasAPictureAndReadableText();
            assertFits("page " + p + " landscape");
            assertAccessible("News page " + p + " (1280x800)");
            if (page.locator(".content-qr").count() > 0) {
                assertThat(page.getByText("Scan this with your phone")).isVisible();
                screenshot("news-qr");
                page.setViewportSize(800, 1280);
                assertFits("QR page portrait");
                screenshot("news-qr-portrait");
                page.setViewportSize(1280, 800);
            }
            page.setViewportSize(800, 1280);
            assertFits("page " + p + " portrait");
            if (p == 1) {
                assertAccessible("News page 1 (800x1280)");
                screenshot("news-page-1-portrait");
            }
            page.setViewportSize(1280, 800);
            if (p < total) {
                pressAgain(next());
                assertThat(page.locator("#content-where")).hasText("Page " + (p + 1) + " of " + total);
            }
        }
        assertThat(next()).isDisabled();
        for (int p = total; p > 1; p--) {
            pressAgain(back());
            assertThat(page.locator("#content-where")).hasText("Page " + (p - 1) + " of " + total);
            assertThat(page.locator("h1")).hasText(titles.get(p - 2));
        }
        assertThat(back()).isDisabled();
        assertThat(page.url()).isEqualTo(origin() + "/news");
    }

    @Test
    void the_survey_link_is_a_qr_code_and_no_link_leads_away() {
        open("/news");
        int guard = 0;
        while (page.locator(".content-qr").count() == 0 && guard++ < 30) {
            String before = page.locator("#content-where").textContent();
            pressAgain(next());
            assertThat(page.locator("#content-where")).not().hasText(before);
        }
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("A code to scan with your phone")))
                .isVisible();
        assertThat(page.locator(".kiosk-content a")).hasCount(0);
        var box = page.locator(".content-qr img").boundingBox();
        assertThat(box.width).isGreaterThanOrEqualTo(150);
    }

    private void assertEveryBlockHasAPictureAndReadableText() {
        for (Locator block : page.locator(".content-block").all()) {
            assertThat(block.getAttribute("data-read")).isNotBlank();
            var picture = block.locator("img").first().boundingBox();
            var text = block.locator(".content-text").boundingBox();
            assertThat(picture.x).as("picture on the left").isLessThan(text.x);
        }
        String size = (String) page.evaluate("getComputedStyle(document.querySelector('.content-text p')).fontSize");
        assertThat(Double.parseDouble(size.replace("px", ""))).isGreaterThanOrEqualTo(28);
    }

    @SuppressWarnings("unchecked")
    private void assertFits(String what) {
        Map<String, Object> m = (Map<String, Object>) page.evaluate("() => {"
                + "const c = document.querySelector('.kiosk-content');"
                + "const b = document.querySelector('.content-blocks');"
                + "const last = [...b.children].pop().getBoundingClientRect();"
                + "const pager = document.querySelector('.content-pager').getBoundingClientRect();"
                + "const bar = document.querySelector('.kiosk-bar').getBoundingClientRect();"
                + "return {page: document.documentElement.scrollHeight - innerHeight,"
                + " content: c.scrollHeight - c.clientHeight, blocks: b.scrollHeight - b.clientHeight,"
                + " wide: document.documentElement.scrollWidth - innerWidth,"
                + " area: b.clientHeight, lastBottom: last.bottom, blocksBottom: b.getBoundingClientRect().bottom,"
                + " pagerBottom: pager.bottom, barTop: bar.top}; }");
        assertThat(((Number) m.get("page")).doubleValue())
                .as(what + ": page scrolls " + m)
                .isLessThanOrEqualTo(0);
        assertThat(((Number) m.get("wide")).doubleValue())
                .as(what + ": page too wide " + m)
                .isLessThanOrEqualTo(0);
        assertThat(((Number) m.get("content")).doubleValue())
                .as(what + ": content overflows " + m)
                .isLessThanOrEqualTo(0);
        assertThat(((Number) m.get("blocks")).doubleValue())
                .as(what + ": blocks overflow " + m)
                .isLessThanOrEqualTo(0);
        assertThat(((Number) m.get("lastBottom")).doubleValue())
                .as(what + ": last block cut " + m)
                .isLessThanOrEqualTo(((Number) m.get("blocksBottom")).doubleValue() + 0.5);
        assertThat(((Number) m.get("pagerBottom")).doubleValue())
                .as(what + ": Next/Back hidden " + m)
                .isLessThanOrEqualTo(((Number) m.get("barTop")).doubleValue() + 0.5);
    }
}
