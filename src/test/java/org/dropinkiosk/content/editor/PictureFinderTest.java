package org.dropinkiosk.content.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.dropinkiosk.content.SymbolCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The picture finder over the whole Mulberry set (from the app's zip) and the venue's own pictures. */
class PictureFinderTest {

    private static MulberrySet mulberry;

    @TempDir
    Path pictures;

    @BeforeAll
    static void open() {
        mulberry = MulberrySet.fromClasspath();
    }

    @AfterAll
    static void close() throws Exception {
        mulberry.close();
    }

    @Test
    void the_whole_set_is_there_with_its_tags() {
        assertThat(mulberry.size()).isEqualTo(3436);
        assertThat(mulberry.symbol("bake_,_to"))
                .get()
                .extracting(MulberrySet.Symbol::label)
                .isEqualTo("bake");
    }

    @Test
    void a_word_finds_the_symbol_of_that_name_first_then_its_relatives() {
        assertThat(mulberry.search("coffee", 10))
                .extracting(MulberrySet.Symbol::name)
                .startsWith("coffee")
                .contains("coffee_maker", "coffee_table");
        assertThat(mulberry.search("doctor", 10))
                .extracting(MulberrySet.Symbol::name)
                .first()
                .asString()
                .startsWith("doctor");
        assertThat(mulberry.search("money", 10))
                .extracting(MulberrySet.Symbol::name)
                .first()
                .isEqualTo("money");
        // By a tag only: "drink" is no coffee's name, but coffee is tagged with it.
        assertThat(mulberry.search("drink", 200))
                .extracting(MulberrySet.Symbol::name)
                .contains("coffee");
        assertThat(mulberry.search("  ", 10)).isEmpty();
        assertThat(mulberry.search("zzqx", 10)).isEmpty();
    }

    @Test
    void the_venues_own_pictures_come_first() throws Exception {
        Files.write(pictures.resolve("our-coffee-bar.jpg"), new byte[] {1});
        Files.write(pictures.resolve("notes.txt"), new byte[] {1});
        PictureFinder finder = new PictureFinder(mulberry, pictures, Set.of());

        assertThat(finder.search("coffee", 5))
                .extracting(PictureFinder.Found::source, PictureFinder.Found::name)
                .startsWith(
                        tuple(PictureFinder.Source.VENUE, "our-coffee-bar.jpg"),
                        tuple(PictureFinder.Source.MULBERRY, "coffee"));
        assertThat(finder.search("notes", 5)).noneMatch(f -> f.source() == PictureFinder.Source.VENUE);
    }

    @Test
    void a_chosen_symbol_is_copied_into_the_venues_pictures_under_a_free_safe_name() throws Exception {
        PictureFinder finder = new PictureFinder(mulberry, pictures, Set.of("good"));
        PictureFinder.Found coffee = new PictureFinder.Found(PictureFinder.Source.MULBERRY, "coffee", "coffee");

        String name = finder.use(coffee);

        assertThat(name).isEqualTo("coffee");
        assertThat(Files.readAllBytes(pictures.resolve("coffee.svg"))).isEqualTo(mulberry.svg("coffee"));
        assertThat(new SymbolCatalog(Set.of(), pictures).source(name)).contains("pictures/coffee.svg");
        assertThat(finder.use(coffee)).as("the same picture again").isEqualTo("coffee");

        Files.write(pictures.resolve("bake.png"), new byte[] {1});
        assertThat(finder.use(new PictureFinder.Found(PictureFinder.Source.MULBERRY, "bake_,_to", "bake")))
                .as("bake.png is the venue's: the symbol gets another name")
                .isEqualTo("bake_2");
        assertThat(finder.use(new PictureFinder.Found(PictureFinder.Source.MULBERRY, "good", "good")))
                .as("a symbol the app serves itself is not copied")
                .isEqualTo("good");
        assertThat(pictures.resolve("good.svg")).doesNotExist();
    }
}
