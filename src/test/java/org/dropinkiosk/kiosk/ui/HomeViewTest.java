package org.dropinkiosk.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.NativeButton;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Browserless: Home shows the features' tiles in order, and each one opens its screen. */
@SpringBootTest
class HomeViewTest extends SpringBrowserlessTest {

    @Test
    void home_shows_four_tiles_in_the_agreed_order() {
        HomeView home = navigate(HomeView.class);
        List<String> words = find(NativeButton.class, home).all().stream()
                .filter(b -> b.hasClassName("kiosk-tile"))
                .map(b -> b.getElement().getAttribute("data-say"))
                .toList();
        assertThat(words).containsExactly("Sign in", "What's on", "News", "Tell us");
    }

    @Test
    void each_tile_opens_its_own_screen() {
        HomeView home = navigate(HomeView.class);
        List<NativeButton> tiles = find(NativeButton.class, home).all().stream()
                .filter(b -> b.hasClassName("kiosk-tile"))
                .toList();
        for (int i = 0; i < tiles.size(); i++) {
            HomeView again = navigate(HomeView.class);
            NativeButton tile = find(NativeButton.class, again).all().stream()
                    .filter(b -> b.hasClassName("kiosk-tile"))
                    .toList()
                    .get(i);
            test(tile).click();
            assertThat(getCurrentView()).isNotInstanceOf(HomeView.class);
        }
    }

    @Test
    void page_titles_come_from_the_message_files() {
        assertThat(navigate(HomeView.class).getPageTitle()).isEqualTo("Home");
        assertThat(navigate(HelpView.class).getPageTitle()).isEqualTo("Help");
        assertThat(navigate(AttributionView.class).getPageTitle()).isEqualTo("Credits");
    }

    @Test
    void help_says_who_to_ask() {
        HelpView help = navigate(HelpView.class);
        assertThat(help.getElement().getTextRecursively()).contains("Ask a person with a name badge");
    }
}
