package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dropinkiosk.visits.NewVisitor;
import org.dropinkiosk.visits.VisitService;
import org.dropinkiosk.visits.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Staff make a backup, Ada signs in on the kiosk after it, a damaged backup is refused with nothing changed, then the
 * good backup is put back after two confirmations: the kiosk is on Home within 30 s, the later visit is gone
 * and the audit trail still has everything, with the restore's own line.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kiosk.staff-pin-hash=" + BrowserJourney.PIN_2468_HASH, "kiosk.venue-id=restore-journey"})
class RestoreJourneyIT extends BrowserJourney {

    static final Path DATA = tempFolder("restore-journey-data");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("kiosk.data-dir", DATA::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + DATA.resolve("kiosk") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VisitService visits;

    @Test
    void a_backup_is_put_back_from_the_staff_area_and_the_kiosk_is_on_home_with_the_audit_trail_kept()
            throws Exception {
        visit("Before");
        Visitor ada = visits.registerAndSignIn(new NewVisitor("Ada", "cat", "none", true, false, false));
        jdbc.sql("DELETE FROM visit WHERE visitor_id = ?").param(ada.id()).update(); // Ada is known, not in today
        logInAsStaff("2468");
        page.navigate(origin() + "/staff/backups");
        page.locator("#staff-backup-now").click();
        assertThat(page.locator("#staff-backups-result")).containsText("Backup made");

        page.locator("#staff-home").click(); // staff leave; after the backup, Ada signs in on the kiosk
        page.waitForURL(origin() + "/");
        open("/sign-in");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Yes").setExact(true))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ada with the cat"))
                .click();
        assertThat(page.getByText("Hello Ada. You are signed in.")).isVisible();
        assertThat(adaVisits()).isEqualTo(1);
        visit("After"); // and a new visitor comes too
        damagedBackups();
        logInAsStaff("2468");
        page.navigate(origin() + "/staff/backups");

        Locator putBack = page.locator(".staff-restore");
        assertThat(putBack).hasCount(3);
        for (int damaged : List.of(1, 2)) { // not a zip at all; a zip whose database is not one
            putBack.nth(damaged).click();
            page.locator("#staff-restore-yes").click();
            page.locator("#staff-restore-yes-again").click();
            assertThat(page.locator("#staff-backups-result"))
                    .hasText(
                            "This backup file is damaged, so the kiosk did not use it. Nothing was changed. Choose another backup.");
            assertThat(names()).containsExactlyInAnyOrder("Before", "Ada", "After");
        }

        putBack.first().click();
        Locator sure = page.locator("#staff-restore-sure");
        assertThat(sure)
                .hasText(
                        Pattern.compile(
                                "This puts back the kiosk as it was on [A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ at \\d\\d:\\d\\d\\. Visits since then are lost\\."));
        String when = sure.textContent().replaceAll(".* as it was on (.*)\\. Visits.*", "$1");
        assertAccessible("backups, first confirmation");
        screenshot("staff-restore-confirm");
        page.locator("#staff-restore-yes").click();
        assertThat(sure).containsText("Last check");
        long pressed = System.nanoTime();
        page.locator("#staff-restore-yes-again").click();
        page.waitForURL(origin() + "/", new Page.WaitForURLOptions().setTimeout(30_000));
        page.waitForSelector(".kiosk-content > *");
        long seconds = (System.nanoTime() - pressed) / 1_000_000_000;
        System.out.println(
                "Restore: on Home " + (System.nanoTime() - pressed) / 1_000_000 + " ms after the last press");
        assertThat(seconds).isLessThan(30);
        screenshot("restore-back-on-home");

        assertThat(names()).containsExactlyInAnyOrder("Before", "Ada");
        assertThat(adaVisits()).as("Ada's sign-in after the backup is gone").isZero();
        List<String> actions = jdbc.sql("SELECT action FROM audit_event WHERE venue_id = 'restore-journey' ORDER BY id")
                .query(String.class)
                .list();
        assertThat(actions)
                .as("lines written after the backup are carried over, then the restore's own")
                .containsSubsequence("login", "backup", "restore-refused", "restore-refused", "restore", "logout");
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE action = 'restore'")
                        .query(String.class)
                        .single())
                .contains("Put back the backup of " + when)
                .contains("kept in before-restore-");
        try (var kept = Files.list(DATA)) {
            Path aside = kept.filter(p -> p.getFileName().toString().startsWith("before-restore-"))
                    .findFirst()
                    .orElseThrow();
            assertThat(aside.resolve("kiosk.mv.db")).exists();
        }

        logInAsStaff("2468"); // the staff area works on the restored database
        page.navigate(origin() + "/staff/audit");
        assertThat(page.getByText("Put back the backup of " + when, new Page.GetByTextOptions().setExact(false)))
                .isVisible();
    }

    private void visit(String name) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        jdbc.sql(
                        "INSERT INTO visitor (venue_id, name, symbol, group_id, created_at) VALUES ('restore-journey', ?, 'star', 'coffee', ?)")
                .params(name, OffsetDateTime.now())
                .update();
        long id = jdbc.sql("SELECT MAX(id) FROM visitor WHERE name = ?")
                .param(name)
                .query(Long.class)
                .single();
        jdbc.sql(
                        "INSERT INTO visit (venue_id, visitor_id, group_id, visit_date, signed_in_at) VALUES ('restore-journey', ?, 'coffee', ?, ?)")
                .params(id, today, OffsetDateTime.now())
                .update();
    }

    private int adaVisits() {
        return jdbc.sql("SELECT COUNT(*) FROM visit v JOIN visitor p ON p.id = v.visitor_id WHERE p.name = 'Ada'")
                .query(Integer.class)
                .single();
    }

    private List<String> names() {
        return jdbc.sql("SELECT name FROM visitor WHERE venue_id = 'restore-journey'")
                .query(String.class)
                .list();
    }

    /** Two old backups that cannot be used: not a zip at all, and a zip whose database is rubbish. */
    private static void damagedBackups() throws IOException {
        Path folder = DATA.resolve("backups");
        Files.writeString(folder.resolve("kiosk-20201201-023000.zip"), "not a zip");
        try (OutputStream file = Files.newOutputStream(folder.resolve("kiosk-20201130-023000.zip"));
                ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("kiosk.mv.db"));
            zip.write("this is not an H2 database".repeat(200).getBytes());
            zip.closeEntry();
        }
    }
}
