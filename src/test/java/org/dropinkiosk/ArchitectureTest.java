package org.dropinkiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package structure: features are apart, the shell knows none of them, dependencies run one way. That no
 * module reaches into another's sub-packages (its ui among them) is ModulesTest's rule now (decision 1702).
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dropinkiosk");

    @Test
    void features_have_no_cycles_between_them() {
        slices().matching("org.dropinkiosk.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void the_shell_knows_no_feature() {
        noClasses()
                .that()
                .resideInAPackage("org.dropinkiosk.kiosk..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.dropinkiosk.visits..",
                        "org.dropinkiosk.meetings..",
                        "org.dropinkiosk.content..",
                        "org.dropinkiosk.ratings..",
                        "org.dropinkiosk.staff..",
                        "org.dropinkiosk.speech..")
                .check(CLASSES);
    }

    @Test
    void speech_and_config_depend_on_no_feature() {
        noClasses()
                .that()
                .resideInAnyPackage("org.dropinkiosk.speech..", "org.dropinkiosk.config..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.dropinkiosk.visits..",
                        "org.dropinkiosk.meetings..",
                        "org.dropinkiosk.ratings..",
                        "org.dropinkiosk.staff..",
                        "org.dropinkiosk.kiosk.ui..")
                .check(CLASSES);
    }

    @Test
    void only_the_audit_module_writes_the_audit_trail() {
        // features publish what happened; audit.AuditLines records it (decision 1702)
        noClasses()
                .that()
                .resideOutsideOfPackage("org.dropinkiosk.audit..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.dropinkiosk.audit..")
                .check(CLASSES);
    }
}
