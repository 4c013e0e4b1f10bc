package org.dropinkiosk.content.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dropinkiosk.config.KioskFiles;
import org.dropinkiosk.kiosk.TestMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving, adding, copying, ordering and removing pages; bad input and a failing disk lose nothing. */
class NewsPagesTest {

    private static final String PAGE = """
            ---
            title: Our trip
            order: 2
            ---

            <!-- written by hand -->
            ![Bus](bus)
            We went on a bus.
            """;

    @TempDir
    Path folder;

    private final List<String> audit = new ArrayList<>();
    private int changes;

    private NewsPages pages() {
        return new NewsPages(
                folder, (action, detail) -> audit.add(action + ": " + detail), () -> changes++, TestMessages.english());
    }

    private Path page(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    @Test
    void a_saved_edit_is_in_the_file_audited_and_announced() throws Exception {
        Path file = page("trip.md", PAGE);
        NewsPages pages = pages();
        NewsPages.Opened opened = pages.open("trip.md").orElseThrow();
        opened.draft().parts.getFirst().blocks.getFirst().sentences.set(0, "We went on a red bus.");

        pages.save("trip.md", opened.draft(), opened.version());

        assertThat(Files.readString(file)).contains("We went on a red bus.\n").contains("title: Our trip");
        assertThat(pages.open("trip.md")
                        .orElseThrow()
                        .draft()
                        .parts
                        .getFirst()
                        .blocks
                        .getFirst()
                        .sentences)
                .containsExactly("We went on a red bus.");
        assertThat(audit).containsExactly("news-save: Saved the News page 'Our trip' (trip.md)");
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void two_staff_saving_the_same_page_at_once_one_wins_and_the_other_is_told() throws Exception {
        Path file = page("trip.md", PAGE);
        NewsPages pages = pages();
        NewsPages.Opened first = pages.open("trip.md").orElseThrow();
        NewsPages.Opened second = pages.open("trip.md").orElseThrow();
        first.draft().parts.getFirst().blocks.getFirst().sentences.set(0, "Anna wrote this.");
        second.draft().parts.getFirst().blocks.getFirst().sentences.set(0, "Ben wrote this.");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = two.submit(() -> {
                go.await();
                return pages.save("trip.md", first.draft(), first.version());
            });
            Future<?> b = two.submit(() -> {
                go.await();
                return pages.save("trip.md", second.draft(), second.version());
            });
            go.countDown();
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> f : List.of(a, b)) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            assertThat(failures).singleElement().isInstanceOf(KioskFiles.ChangedOnDisk.class);
        } finally {
            two.shutdownNow();
        }
        String text = Files.readString(file);
        assertThat(text.contains("Anna wrote this.") ^ text.contains("Ben wrote this."))
                .as(text)
                .isTrue();
        assertThat(audit).hasSize(1);
    }

    @Test
    void a_hand_edit_since_opening_is_not_overwritten() throws Exception {
        Path file = page("trip.md", PAGE);
        NewsPages pages = pages();
        NewsPages.Opened opened = pages.open("trip.md").orElseThrow();
        Files.writeString(file, PAGE.replace("a bus", "a train"));
        opened.draft().parts.getFirst().blocks.getFirst().sentences.set(0, "From the staff area.");

        assertThatThrownBy(() -> pages.save("trip.md", opened.draft(), opened.version()))
                .isInstanceOf(KioskFiles.ChangedOnDisk.class);
        assertThat(Files.readString(file)).isEqualTo(PAGE.replace("a bus", "a train"));
        // Reloading shows the hand edit in the editor.
        assertThat(pages.open("trip.md")
                        .orElseThrow()
                        .draft()
                        .parts
                        .getFirst()
                        .blocks
                        .getFirst()
                        .sentences)
                .containsExactly("We went on a train.");
    }

    @Test
    void bad_input_leaves_the_last_good_file_as_it_was() throws Exception {
        Path file = page("trip.md", PAGE);
        NewsPages pages = pages();
        NewsPages.Opened opened = pages.open("trip.md").orElseThrow();
        NewsDraft.Block block = opened.draft().parts.getFirst().blocks.getFirst();
        block.sentences.set(0, "x".repeat(10_000));
        assertThatThrownBy(() -> pages.save("trip.md", opened.draft(), opened.version()))
                .isInstanceOf(SaveRefused.class);
        block.sentences.set(0, "Fine.");
        block.picture = "../../kiosk.yml";
        assertThatThrownBy(() -> pages.save("trip.md", opened.draft(), opened.version()))
                .isInstanceOf(SaveRefused.class);
        assertThatThrownBy(() -> pages.save("../kiosk.yml", opened.draft(), KioskFiles.Version.MISSING))
                .isInstanceOf(SaveRefused.class);
        assertThat(pages.open("../kiosk.yml")).isEmpty();

        assertThat(Files.readString(file)).isEqualTo(PAGE);
        assertThat(audit).isEmpty();
        assertThat(Files.list(folder).map(p -> p.getFileName().toString()).toList())
                .containsExactly("trip.md");
    }

    @Test
    void a_full_disk_keeps_the_last_good_file() throws Exception {
        try (TinyDisk disk = TinyDisk.at(folder.resolve("disk"))) {
            NewsPages pages =
                    new NewsPages(disk.folder(), (a, d) -> audit.add(a), () -> changes++, TestMessages.english());
            Path file = Files.writeString(disk.folder().resolve("trip.md"), PAGE);
            NewsPages.Opened opened = pages.open("trip.md").orElseThrow();
            disk.fill();
            opened.draft().parts.getFirst().blocks.getFirst().sentences.set(0, "A longer sentence that does not fit.");
            opened.draft()
                    .parts
                    .getFirst()
                    .blocks
                    .add(opened.draft().parts.getFirst().blocks.getFirst().copy());

            assertThatThrownBy(() -> pages.save("trip.md", opened.draft(), opened.version()))
                    .isInstanceOf(IOException.class)
                    .isNotInstanceOf(KioskFiles.ChangedOnDisk.class);
            assertThat(Files.readString(file)).isEqualTo(PAGE);
            assertThat(audit).isEmpty();
            try (var left = Files.list(disk.folder())) {
                assertThat(left.map(p -> p.getFileName().toString())
                                .filter(n -> n.endsWith(".tmp"))
                                .toList())
                        .isEmpty();
            }
        }
    }

    @Test
    void pages_are_added_copied_moved_and_removed() throws Exception {
        page("01-first.md", PAGE.replace("Our trip", "First").replace("order: 2", "order: 1"));
        page("02-second.md", PAGE.replace("Our trip", "Second"));
        NewsPages pages = pages();
        NewsDraft fresh = NewsDraft.named("Coffee morning!", 0);
        fresh.parts.getFirst().blocks.getFirst().picture = "coffee";
        fresh.parts.getFirst().blocks.getFirst().sentences.set(0, "Come for a coffee");
        String added = pages.add(fresh);
        assertThat(added).isEqualTo("coffee-morning.md");
        String copy = pages.copy("01-first.md", "First (copy)");
        assertThat(copy).isEqualTo("first-copy.md");
        assertThat(pages.list())
                .extracting(NewsPages.Entry::title)
                .containsExactly("First", "Second", "Coffee morning!", "First (copy)");

        pages.move("coffee-morning.md", -1);
        assertThat(pages.list())
                .extracting(NewsPages.Entry::title)
                .containsExactly("First", "Coffee morning!", "Second", "First (copy)");
        // Only the order line changed in a hand-written file.
        assertThat(Files.readString(folder.resolve("02-second.md")))
                .isEqualTo(PAGE.replace("Our trip", "Second").replace("order: 2", "order: 3"));

        pages.remove("first-copy.md", pages.open("first-copy.md").orElseThrow().version());
        assertThat(pages.list())
                .extracting(NewsPages.Entry::title)
                .containsExactly("First", "Coffee morning!", "Second");
        assertThat(audit)
                .extracting(a -> a.substring(0, a.indexOf(':')))
                .containsExactly("news-add", "news-add", "news-order", "news-remove");
    }

    /** A real full disk: a 64 KB tmpfs when the tests run as root (mount allowed), else a read-only folder. */
    record TinyDisk(Path folder, boolean mounted) implements AutoCloseable {

        static TinyDisk at(Path folder) throws Exception {
            Files.createDirectories(folder);
            Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder.toString())
                    .redirectErrorStream(true)
                    .start();
            return new TinyDisk(folder, mount.waitFor() == 0);
        }

        void fill() throws IOException {
            if (!mounted) {
                assertThat(folder.toFile().setWritable(false)).isTrue();
                return;
            }
            try (OutputStream out = Files.newOutputStream(folder.resolve("filler.bin"))) {
                byte[] chunk = new byte[1024];
                for (int i = 0; i < 1024; i++) {
                    out.write(chunk);
                    out.flush();
                }
            } catch (IOException full) {
                return; // the disk is full now
            }
            throw new IllegalStateException("the 64 KB disk took 1 MB");
        }

        @Override
        public void close() throws Exception {
            folder.toFile().setWritable(true);
            if (mounted) {
                new ProcessBuilder("umount", folder.toString()).start().waitFor();
            }
        }
    }
}
