package org.dropinkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskFilesTest {

    @TempDir
    Path folder;

    @Test
    void a_save_from_the_version_read_replaces_the_file_and_leaves_no_temporary_file() throws Exception {
        Path file = folder.resolve("groups.yml");
        Files.writeString(file, "old\n");
        KioskFiles.Snapshot read = KioskFiles.read(file);

        KioskFiles.write(file, "new\n", read.version());

        assertThat(Files.readString(file)).isEqualTo("new\n");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("groups.yml");
        }
    }

    @Test
    void a_file_changed_by_hand_after_it_was_read_is_not_overwritten() throws Exception {
        Path file = folder.resolve("news.md");
        Files.writeString(file, "as opened\n");
        KioskFiles.Snapshot read = KioskFiles.read(file);
        Files.writeString(file, "edited in a text editor\n");

        assertThatThrownBy(() -> KioskFiles.write(file, "from the staff area\n", read.version()))
                .isInstanceOf(KioskFiles.ChangedOnDisk.class);
        assertThat(Files.readString(file)).isEqualTo("edited in a text editor\n");
    }

    @Test
    void a_missing_file_is_created_only_by_a_save_that_expected_it_missing() throws Exception {
        Path file = folder.resolve("content/new-page.md");
        assertThat(KioskFiles.read(file).version()).isEqualTo(KioskFiles.Version.MISSING);

        KioskFiles.write(file, "made\n", KioskFiles.Version.MISSING);

        assertThatThrownBy(() -> KioskFiles.write(file, "again\n", KioskFiles.Version.MISSING))
                .isInstanceOf(KioskFiles.ChangedOnDisk.class);
        assertThat(Files.readString(file)).isEqualTo("made\n");
    }

    @Test
    void of_two_staff_saving_the_same_version_at_once_one_wins_and_one_is_told() throws Exception {
        Path file = folder.resolve("questions.yml");
        Files.writeString(file, "start\n");
        KioskFiles.Version opened = KioskFiles.read(file).version();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> saves = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                String text = "save " + i + "\n";
                Callable<Boolean> save = () -> {
                    go.await();
                    try {
                        KioskFiles.write(file, text, opened);
                        return true;
                    } catch (KioskFiles.ChangedOnDisk told) {
                        return false;
                    }
                };
                saves.add(pool.submit(save));
            }
            go.countDown();
            int won = 0;
            for (Future<Boolean> save : saves) {
                won += save.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        }
        assertThat(Files.readString(file)).startsWith("save ");
    }
}
