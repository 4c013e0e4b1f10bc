package org.dropinkiosk.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Stream;
import org.dropinkiosk.content.ContentLibrary;
import org.dropinkiosk.content.QrCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Browserless: the News screen pages with Next and Back and says where the visitor is. */
@SpringBootTest(properties = "kiosk.config-dir=./target/news-view-config")
class NewsViewTest extends SpringBrowserlessTest {

    private static final Path CONFIG = Path.of("target/news-view-config");

    @Autowired
    ContentLibrary library;

    /** A copy of the default content, so a test can edit it like a volunteer. */
    @BeforeAll
    static void copyTheDefaultContent() throws IOException {
        Files.createDirectories(CONFIG.resolve("content"));
        try (Stream<Path> files = Files.list(Path.of("kiosk-config/content"))) {
            for (Path f : files.toList()) {
                Files.copy(f, CONFIG.resolve("content").resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void an_open_news_screen_shows_a_saved_change_at_the_next_page_turn() throws IOException {
        NewsView view = navigate(NewsView.class);
        Path first = CONFIG.resolve("content/01-our-meeting.md");
        String original = Files.readString(first);
        try {
            Files.writeString(
                    first, original.replace("title: Our December meeting", "title: Our big December meeting"));
            Files.setLastModifiedTime(first, FileTime.from(Instant.now().plusSeconds(10)));
            library.reload(); // the watcher may have read it already: either way it is read now
            assertThat(library.current().screens().get(0).title()).isEqualTo("Our big December meeting");
            assertThat(find(H1.class, view).single().getText()).isEqualTo("Our December meeting");
            test(button(view, "Next")).click();
            test(button(view, "Back")).click();
            assertThat(find(H1.class, view).single().getText()).isEqualTo("Our big December meeting");
        } finally {
            Files.writeString(first, original);
            Files.setLastModifiedTime(first, FileTime.from(Instant.now().plusSeconds(20)));
            library.reload();
        }
    }

    private NativeButton button(NewsView view, String word) {
        return find(NativeButton.class, view).all().stream()
                .filter(b -> word.equals(b.getElement().getAttribute("data-say")))
                .findFirst()
                .orElseThrow();
    }

    private String where(NewsView view) {
        return find(Paragraph.class, view).all().stream()
                .filter(p -> p.hasClassName("content-where-words"))
                .findFirst()
                .orElseThrow()
                .getText();
    }

    @Test
    void next_and_back_turn_the_pages_and_stop_at_the_ends() {
        NewsView view = navigate(NewsView.class);
        int total = library.current().screens().size();
        assertThat(total).isGreaterThanOrEqualTo(8);
        assertThat(where(view)).isEqualTo("Page 1 of " + total);
        assertThat(button(view, "Back").isEnabled()).isFalse();
        assertThat(find(H1.class, view).single().getText()).isEqualTo("Our December meeting");

        test(button(view, "Next")).click();
        assertThat(where(view)).isEqualTo("Page 2 of " + total);
        assertThat(button(view, "Back").isEnabled()).isTrue();

        for (int i = 2; i < total; i++) {
            test(button(view, "Next")).click();
        }
        assertThat(where(view)).isEqualTo("Page " + total + " of " + total);
        assertThat(button(view, "Next").isEnabled()).isFalse();

        test(button(view, "Back")).click();
        assertThat(where(view)).isEqualTo("Page " + (total - 1) + " of " + total);
    }

    @Test
    void the_survey_link_is_a_qr_code_of_the_survey_address_with_words_to_scan_it() {
        NewsView view = navigate(NewsView.class);
        int guard = 0;
        while (find(Image.class, view).all().stream().noneMatch(i -> i.hasClassName("content-qr-code"))
                && guard++ < 30) {
            test(button(view, "Next")).click();
        }
        var code = find(Image.class, view).all().stream()
                .filter(i -> i.hasClassName("content-qr-code"))
                .findFirst()
                .orElseThrow();
        String expected = Base64.getEncoder()
                .encodeToString(
                        QrCodes.svg("https://forms.office.com/e/jJXV4g3HK0").getBytes(StandardCharsets.UTF_8));
        assertThat(code.getSrc()).isEqualTo("data:image/svg+xml;base64," + expected);
        assertThat(code.getAlt()).contains("A code to scan with your phone");
        assertThat(view.getElement().getTextRecursively()).contains("Scan this with your phone");
    }

    @Test
    void every_block_can_be_read_by_a_tap() {
        NewsView view = navigate(NewsView.class);
        var blocks = view.getChildren()
                .flatMap(c -> c.getChildren())
                .filter(c -> c instanceof NewsBlock)
                .toList();
        assertThat(blocks).isNotEmpty();
        assertThat(blocks)
                .allSatisfy(b ->
                        assertThat(b.getElement().getAttribute("data-read")).isNotBlank());
    }
}
