package org.dropinkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenSplitterTest {

    private static ContentBlock block(String... sentences) {
        return new ContentBlock("meet", "", List.of(sentences), "", 1);
    }

    @Test
    void a_short_page_stays_one_screen() {
        ContentPage page =
                new ContentPage("content/a.md", 1, 1, "A", List.of(block("One."), block("Two."), block("Three.")));
        assertThat(ScreenSplitter.split(List.of(page))).hasSize(1);
    }

    @Test
    void a_long_page_is_split_into_screens_with_the_same_title_and_every_block_kept() {
        List<ContentBlock> blocks = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            blocks.add(block("Sentence " + i + "."));
        }
        List<ContentScreen> screens =
                ScreenSplitter.split(List.of(new ContentPage("content/a.md", 1, 1, "Long", blocks)));
        assertThat(screens).hasSize(3);
        assertThat(screens).allSatisfy(s -> assertThat(s.title()).isEqualTo("Long"));
        assertThat(screens.stream().mapToInt(s -> s.blocks().size()).sum()).isEqualTo(7);
    }

    @Test
    void a_block_with_many_sentences_continues_in_a_block_with_the_same_picture_and_the_link_goes_last() {
        ContentBlock big = new ContentBlock("meet", "", List.of("A.", "B.", "C.", "D.", "E."), "https://x.org", 4);
        List<ContentBlock> pieces = ScreenSplitter.pieces(List.of(big));
        assertThat(pieces).hasSize(2);
        assertThat(pieces.get(0).sentences()).containsExactly("A.", "B.", "C.");
        assertThat(pieces.get(0).hasLink()).isFalse();
        assertThat(pieces.get(1).picture()).isEqualTo("meet");
        assertThat(pieces.get(1).link()).isEqualTo("https://x.org");
    }

    @Test
    void a_qr_code_block_takes_the_room_of_two_blocks() {
        ContentBlock qr = new ContentBlock("mobile_phone", "", List.of("Scan it."), "https://x.org", 1);
        ContentPage page = new ContentPage("content/a.md", 1, 1, "A", List.of(block("One."), qr, block("Two.")));
        assertThat(ScreenSplitter.split(List.of(page))).hasSize(2);
    }
}
