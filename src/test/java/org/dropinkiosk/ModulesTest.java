package org.dropinkiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package under org.dropinkiosk is a module; another module sees only its top-level package and
 * what it names with {@code @NamedInterface}, and there are no cycles (decision 1702).
 */
class ModulesTest {

    private static final String COMPONENTS = "components.puml";
    static final ApplicationModules MODULES = ApplicationModules.of(KioskApplication.class);

    @Test
    void modules_keep_to_themselves() {
        MODULES.verify();
    }

    @Test
    void staff_is_split_into_login_audit_backups_and_exports() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .contains("staff", "audit", "backups", "exports", "kiosk", "config");
    }

    /**
     * The committed diagram in docs/modules is the one the code gives. After moving a class between modules run
     * {@code ./mvnw -B -q test -Dtest=ModulesTest -Dmodules.write=true} and commit docs/modules.
     */
    @Test
    void the_committed_module_diagram_is_current() throws Exception {
        Path written = Path.of("target/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(written.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        Path committed = Path.of("docs/modules");
        if (Boolean.getBoolean("modules.write")) {
            Files.createDirectories(committed);
            try (Stream<Path> files = Files.list(written)) {
                for (Path file : files.toList()) {
                    Files.copy(file, committed.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        // the Documenter lists modules and arrows in no fixed order: the same lines are the same diagram
        assertThat(Files.readAllLines(committed.resolve(COMPONENTS)))
                .as("docs/modules is older than the code: rerun with -Dmodules.write=true")
                .containsExactlyInAnyOrderElementsOf(Files.readAllLines(written.resolve(COMPONENTS)));
    }
}
