package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A visitor opens What's on from Home: the next meetings (from the starting series) fit on the screen
 * in landscape and portrait, in big words with a clock face, with a QR code a phone can read.
 */
class WhatsOnJourneyIT extends BrowserJourney {

    @Test
    void whats_on_shows_the_next_meetings_in_words_and_clock_faces_without_scrolling() throws Exception {
        open("/");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("What's on").setExact(true))
                .click();
        page.waitForURL(origin() + "/whats-on");
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("What's on").setLevel(1)))
                .isVisible();
        Locator cards = page.locator(".meeting-card");
        assertThat(cards.first()).isVisible();

        assertFits(3);
        assertAccessible("What's on (1280x800)");
        screenshot("whats-on-landscape");
        assertThat(decodeQr(page.locator(".meeting-card").first().locator(".meeting-qr-code")))
                .startsWith("BEGIN:VEVENT")
                .contains("SUMMARY:")
                .contains("DTSTART:");

        page.setViewportSize(800, 1280);
        assertFits(4);
        assertAccessible("What's on (800x1280)");
        screenshot("whats-on-portrait");
        assertThat(decodeQr(page.locator(".meeting-card").first().locator(".meeting-qr-code")))
                .startsWith("BEGIN:VEVENT");

        // Each card has a clock face with the time in words as its name, and sentences Listen reads.
        Locator first = cards.first();
        assertThat(first.getByRole(
                        AriaRole.IMG, new Locator.GetByRoleOptions().setName(Pattern.compile("^A clock showing "))))
                .isVisible();
        assertThat(first.locator("p.meeting-when"))
                .hasText(Pattern.compile("^(That is (today|tomorrow|in \\d+ days)|It is on now)\\.$"));
    }

    /** {@code visible} cards show, none is cut off, nothing scrolls, and the text is at least 28px. */
    private void assertFits(int visible) {
        List<Locator> shown = page.locator(".meeting-card").all().stream()
                .filter(Locator::isVisible)
                .toList();
        assertThat(shown).hasSize(visible);
        for (Locator card : shown) {
            Map<?, ?> size = (Map<?, ?>) card.evaluate(
                    "c => ({scroll: c.scrollHeight, client: c.clientHeight, bottom: c.getBoundingClientRect().bottom,"
                            + " content: document.querySelector('.kiosk-content').getBoundingClientRect().bottom})");
            assertThat(((Number) size.get("scroll")).intValue())
                    .as("card content cut off")
                    .isLessThanOrEqualTo(((Number) size.get("client")).intValue() + 1);
            assertThat(((Number) size.get("bottom")).doubleValue())
                    .as("card below the screen")
                    .isLessThanOrEqualTo(((Number) size.get("content")).doubleValue());
            for (Locator p : card.locator("p").all()) {
                String px = (String) p.evaluate("e => getComputedStyle(e).fontSize");
                assertThat(Double.parseDouble(px.replace("px", ""))).isGreaterThanOrEqualTo(28);
            }
            var clock = card.locator(".meeting-clock").boundingBox();
            assertThat(clock.width).as("clock face size").isGreaterThanOrEqualTo(110);
        }
        Object scrolls = page.evaluate("document.scrollingElement.scrollHeight > window.innerHeight");
        assertThat(scrolls).isEqualTo(false);
    }

    /** Reads the QR code from the pixels on the screen, the way a phone's camera would. */
    private static String decodeQr(Locator qr) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(qr.screenshot()));
        return new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(new Pixels(image))),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE, DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }

    private static final class Pixels extends LuminanceSource {
        private final byte[] luminance;

        Pixels(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            luminance = new byte[getWidth() * getHeight()];
            for (int y = 0; y < getHeight(); y++) {
                for (int x = 0; x < getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    luminance[y * getWidth() + x] =
                            (byte) ((((rgb >> 16) & 0xff) + 2 * ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 4);
                }
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] r = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            System.arraycopy(luminance, y * getWidth(), r, 0, getWidth());
            return r;
        }

        @Override
        public byte[] getMatrix() {
            return luminance;
        }
    }
}
