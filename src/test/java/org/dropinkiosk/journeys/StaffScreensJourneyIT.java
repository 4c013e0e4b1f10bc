package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.dropinkiosk.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A volunteer goes through every staff screen in Chromium and reads what it says: meetings (added in the form,
 * downloaded as .ics and imported again), answer tallies and the chart, "You said, we did" replies as visitors
 * then see them, the content check, who is here, erasing a person, backups, the audit trail, the answers
 * export, and the logout after ten quiet minutes. Own database; the server's clock is one the test moves.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kiosk.staff-pin-hash=" + BrowserJourney.PIN_2468_HASH, "kiosk.venue-id=staff-screens"})
class StaffScreensJourneyIT extends BrowserJourney {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Path DATA = tempFolder();

    static Path tempFolder() {
        try {
            return Files.createTempDirectory("staff-screens-journey");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("kiosk.data-dir", DATA::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + DATA.resolve("kiosk") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    }

    /** The venue's clock, moved by the staff idle journey; every other journey reads it as now. */
    @TestConfiguration
    static class MovableClock {
        @Bean
        @Primary
        TestClock movableClock() {
            return new TestClock(Instant.now(), LONDON);
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @BeforeEach
    void longerWaits() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Locator heading(String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void staffScreen(String path, String title) {
        page.navigate(origin() + path);
        page.waitForURL(origin() + path);
        assertThat(heading(title)).isVisible();
    }

    @Test
    void a_meeting_added_in_the_form_is_listed_and_its_ics_imported_again_gives_the_same_meeting() throws Exception {
        logInAsStaff("2468");
        staffScreen("/staff/meetings", "Meetings");
        button("Add a meeting").click();
        assertThat(heading("Add a meeting")).isVisible();
        LocalDate day = today().plusDays(9);
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Pizza and a quiz");
        Locator date = page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true));
        date.fill(day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear());
        date.press("Enter");
        Locator start = page.getByLabel("Starts at", new Page.GetByLabelOptions().setExact(true));
        start.fill("18:30");
        start.press("Enter");
        Locator end = page.getByLabel("Ends at", new Page.GetByLabelOptions().setExact(true));
        end.fill("20:00");
        end.press("Enter");
        page.getByLabel("Place (finishes the sentence \"It is in ...\")").fill("the big room");
        assertAccessible("the meeting form, filled in");
        screenshot("staff-meeting-form");
        button("Save").click();

        page.waitForURL(origin() + "/staff/meetings");
        assertThat(page.getByText("Saved \"Pizza and a quiz\".")).isVisible();
        Locator item =
                page.locator(".staff-meeting").filter(new Locator.FilterOptions().setHas(heading("Pizza and a quiz")));
        assertThat(item).hasCount(1);
        assertThat(item).containsText("18:30 to 20:00");
        assertThat(item).containsText("One date");
        assertAccessible("the meetings list");
        screenshot("staff-meetings-list");
        Map<String, Object> saved = meeting("Pizza and a quiz");
        assertThat(saved.get("STARTS_AT").toString()).startsWith(day + " 18:30");

        Download download = page.waitForDownload(
                () -> item.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Download .ics"))
                        .click());
        Path ics = SCREENSHOTS.resolve("staff-meeting.ics");
        download.saveAs(ics);
        String calendar = Files.readString(ics, StandardCharsets.UTF_8);
        assertThat(calendar).contains("BEGIN:VCALENDAR", "SUMMARY:Pizza and a quiz", "LOCATION:the big room");

        item.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Remove").setExact(true))
                .click();
        button("Yes, remove it").click();
        assertThat(page.getByText("Removed \"Pizza and a quiz\".")).isVisible();
        assertThat(heading("Pizza and a quiz")).hasCount(0);

        FileChooser chooser =
                page.waitForFileChooser(() -> button("Choose an .ics file").click());
        chooser.setFiles(ics);
        assertThat(page.locator(".staff-meetings .staff-status"))
                .containsText("Added 1 meeting from staff-meeting.ics.");
        assertThat(heading("Pizza and a quiz")).isVisible();
        Map<String, Object> imported = meeting("Pizza and a quiz");
        for (String column : List.of("UID", "TITLE", "KIND", "STARTS_AT", "ENDS_AT", "PLACE", "NOTES", "REPEAT_RULE")) {
            assertThat(imported.get(column))
                    .as("%s after the .ics went out and came back", column)
                    .isEqualTo(saved.get(column));
        }
        screenshot("staff-meetings-imported-again");
    }

    private Map<String, Object> meeting(String title) {
        return jdbc.sql(
                        "SELECT uid, title, kind, starts_at, ends_at, place, notes, repeat_rule FROM meeting WHERE title = ?")
                .param(title)
                .query()
                .singleRow();
    }

    private void answer(String sitting, String question, String answer, boolean helped) {
        jdbc.sql("""
                INSERT INTO answer (venue_id, sitting_id, question_set, question_id, answer, helped, answered_at)
                VALUES ('staff-screens', ?, 'nhs', ?, ?, ?, ?)""")
                .params(sitting, question, answer, helped, OffsetDateTime.now(clock))
                .update();
    }

    @Test
    void answers_are_counted_in_the_table_and_the_chart_and_exported_as_the_same_rows() throws Exception {
        jdbc.sql("DELETE FROM answer").update();
        String[] sittings = {
            UUID.randomUUID().toString(),
            UUID.randomUUID().toString(),
            UUID.randomUUID().toString()
        };
        answer(sittings[0], "paid", "GOOD", true);
        answer(sittings[1], "paid", "GOOD", false);
        answer(sittings[2], "paid", "BAD", false);
        answer(sittings[0], "how-was-today", "NOT_SURE", true);
        answer(sittings[1], "how-was-today", "SKIPPED", false);

        logInAsStaff("2468");
        staffScreen("/staff/answers", "Answers to Tell us");
        Locator paid = page.locator(".ratings-tally tbody tr")
                .filter(new Locator.FilterOptions().setHasText("Were you paid for your time?"));
        assertThat(paid.locator("td")).hasText(new String[] {
            "Working together with the NHS", "Were you paid for your time?", "2", "1", "0", "0", "1 (33%)", ""
        }); // the BAD had no follow-up picked
        Locator today = page.locator(".ratings-tally tbody tr")
                .filter(new Locator.FilterOptions().setHasText("How was today?"));
        assertThat(today.locator("td").nth(2)).hasText("0");
        assertThat(today.locator("td").nth(4)).hasText("1");
        assertThat(today.locator("td").nth(5)).hasText("1");
        assertThat(page.locator(".ratings-tally tbody tr")).hasCount(2);
        Locator chart = page.getByRole(
                AriaRole.IMG,
                new Page.GetByRoleOptions()
                        .setName("Answers per question, from " + today().minusDays(30) + " to " + today()));
        assertThat(chart).isVisible();
        @SuppressWarnings("unchecked")
        List<String> counts = (List<String>) chart.evaluate(
                "svg => Array.from(svg.querySelectorAll('.ratings-chart-count')).map(t => t.textContent)");
        assertThat(counts)
                .as("bar counts: Good, Bad, Not sure, Skipped per question")
                .containsExactlyInAnyOrder("2", "1", "0", "0", "0", "0", "1", "1");
        assertAccessible("answers with the chart");
        screenshot("staff-answers-chart");

        staffScreen("/staff/exports", "Exports");
        Path file = SCREENSHOTS.resolve("staff-answers.csv");
        download("Answers (CSV)", file);
        List<CSVRecord> rows = csvRows(file);
        assertThat(rows).as("answer rows in the CSV").hasSize(5);
        String answerColumn = rows.getFirst().isMapped("answer")
                ? "answer"
                : rows.getFirst().getParser().getHeaderNames().stream()
                        .filter(h -> h.toLowerCase().contains("answer"))
                        .findFirst()
                        .orElseThrow();
        assertThat(rows)
                .extracting(r -> r.get(answerColumn))
                .containsExactlyInAnyOrder("GOOD", "GOOD", "BAD", "NOT_SURE", "SKIPPED");
    }

    @Test
    void a_reply_written_by_staff_is_what_visitors_see_under_you_said_we_did() {
        jdbc.sql("DELETE FROM reply").update();
        logInAsStaff("2468");
        staffScreen("/staff/replies", "You said, we did: replies");
        assertThat(page.getByText("No replies yet.")).isVisible();
        page.getByLabel("You said", new Page.GetByLabelOptions().setExact(true)).fill("The tea was cold.");
        page.getByLabel("We did", new Page.GetByLabelOptions().setExact(true)).fill("We bought a new kettle.");
        button("Add reply").click();
        assertThat(page.getByText("The reply is on the kiosk now.")).isVisible();
        assertThat(page.locator(".ratings-staff-reply")).hasCount(1);
        assertThat(page.locator(".ratings-staff-reply")).containsText("You said: The tea was cold.");
        assertAccessible("replies with one reply");
        screenshot("staff-replies");

        // Opening a visitor screen logs staff out first (and lands on Home): then Tell us, as a visitor.
        open("/");
        assertThat(button("News")).isVisible();
        settled();
        open("/tell-us");
        button("You said, we did").click();
        assertThat(page.getByText("You said: The tea was cold.")).isVisible();
        assertThat(page.getByText("We did: We bought a new kettle.")).isVisible();
        screenshot("staff-reply-seen-by-visitors");
    }

    @Test
    void the_content_check_names_what_it_found_and_reads_the_folder_again() {
        logInAsStaff("2468");
        staffScreen("/staff/content", "Easy-read check of the news");
        Locator summary = page.locator("#content-summary");
        assertThat(summary).not().isEmpty();
        String said = summary.innerText();
        int listed = page.locator("#content-report li").count();
        Matcher counts = Pattern.compile("^(\\d+) errors and (\\d+) pieces of advice\\.$")
                .matcher(said);
        if (counts.matches()) {
            assertThat(listed)
                    .as("findings listed under: " + said)
                    .isEqualTo(Integer.parseInt(counts.group(1)) + Integer.parseInt(counts.group(2)));
            assertThat(page.locator("#content-report .content-error")).hasCount(Integer.parseInt(counts.group(1)));
        } else {
            assertThat(said).isEqualTo("No problems found. The news follows the easy-read rules.");
            assertThat(listed).isZero();
        }
        page.locator("#content-reload").click();
        assertThat(page.locator("#content-status"))
                .hasText(Pattern.compile("^Content read again: \\d+ pages on \\d+ screens\\.$"));
        assertThat(summary).hasText(said);
        assertAccessible("the content check");
        screenshot("staff-content-check");
    }

    @Test
    void who_is_here_then_erasing_a_person_then_a_backup_and_all_of_it_in_the_audit_trail() {
        jdbc.sql("DELETE FROM visit").update();
        jdbc.sql("DELETE FROM visitor").update();
        long ada = visitor("Ada", "cat");
        visitor("Bo", "dog");
        jdbc.sql("UPDATE visit SET signed_out_at = ? WHERE visitor_id <> ?")
                .params(OffsetDateTime.now(clock), ada)
                .update();

        logInAsStaff("2468");
        staffScreen("/staff/here", "Who is here now");
        assertThat(page.locator("#visits-count")).hasText("1 signed in now. 2 came today.");
        assertThat(page.locator(".visits-table tbody tr")).hasCount(1);
        assertThat(page.locator(".visits-table tbody tr td").first()).hasText("Ada");
        assertAccessible("who is here");
        screenshot("staff-who-is-here");

        staffScreen("/staff/privacy", "Privacy");
        Locator person = page.locator("#staff-erase-person input");
        person.fill("Ada");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^Ada \\(cat\\)")))
                .click();
        page.locator("#staff-erase").click();
        assertThat(page.getByText(Pattern.compile("^Erase Ada \\(cat\\).* for ever\\? This cannot be undone\\.$")))
                .isVisible();
        page.locator("#staff-erase-yes").click();
        assertThat(page.locator("#staff-privacy-result")).hasText("Erased. 1 visits no longer have a name.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visitor WHERE id = ?")
                        .param(ada)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertAccessible("privacy after an erasure");
        screenshot("staff-privacy-erased");

        staffScreen("/staff/here", "Who is here now");
        assertThat(page.locator("#visits-count")).containsText("came today.");
        assertThat(page.locator(".kiosk-content, body")).not().containsText("Ada");

        staffScreen("/staff/backups", "Backups");
        page.locator("#staff-backup-now").click();
        assertThat(page.locator("#staff-backups-result")).containsText("Backup made: ");
        assertThat(page.locator("#staff-backups")).containsText("KB)");
        assertAccessible("backups");
        screenshot("staff-backups");

        staffScreen("/staff/audit", "Audit");
        Locator audit = page.locator("#staff-audit tbody");
        assertThat(audit.locator("tr").filter(new Locator.FilterOptions().setHasText("erasure")))
                .containsText("Erased visitor #" + ada);
        assertThat(audit.locator("tr")
                        .filter(new Locator.FilterOptions().setHasText("backup"))
                        .first())
                .containsText("KB");
        assertThat(audit.locator("tr")
                        .filter(new Locator.FilterOptions().setHasText("Logged in"))
                        .first())
                .isVisible();
        assertThat(audit).not().containsText("Ada");
        assertAccessible("the audit trail");
        screenshot("staff-audit");
    }

    private long visitor(String name, String symbol) {
        jdbc.sql(
                        "INSERT INTO visitor (venue_id, name, symbol, group_id, created_at) VALUES ('staff-screens', ?, ?, 'none', ?)")
                .params(name, symbol, OffsetDateTime.now(clock))
                .update();
        long id = jdbc.sql("SELECT MAX(id) FROM visitor WHERE name = ?")
                .param(name)
                .query(Long.class)
                .single();
        jdbc.sql(
                        "INSERT INTO visit (venue_id, visitor_id, group_id, visit_date, signed_in_at) VALUES ('staff-screens', ?, 'none', ?, ?)")
                .params(id, today(), OffsetDateTime.now(clock))
                .update();
        return id;
    }

    @Test
    void ten_quiet_minutes_log_staff_out_and_the_pin_is_asked_again() {
        int before = idleLogouts();
        page.clock().install();
        logInAsStaff("2468");
        assertThat(page.locator("#staff-home")).isVisible();
        clock.advance(Duration.ofMinutes(9));
        page.clock().runFor(30_000); // the page's next check with the server
        assertThat(page).hasURL(origin() + "/staff");
        clock.advance(Duration.ofMinutes(1).plusSeconds(5));
        page.clock().runFor(30_000);
        page.waitForURL(url -> !url.endsWith("/staff"));
        page.navigate(origin() + "/staff");
        page.waitForURL(origin() + "/staff/login");
        assertThat(page.getByText("Type the staff PIN. Then press OK.")).isVisible();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE detail = 'Logged out: 10 minutes without a press'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before + 1);
        screenshot("staff-idle-logged-out");
    }

    /** The pages other modules add (meetings, answers, groups, questions) are watched without code of their own. */
    @ParameterizedTest
    @ValueSource(strings = {"/staff/meetings", "/staff/answers", "/staff/groups", "/staff/questions"})
    void ten_quiet_minutes_on_another_module_s_page_log_staff_out_too(String path) {
        int before = idleLogouts();
        page.clock().install();
        logInAsStaff("2468");
        page.navigate(origin() + path);
        assertThat(page.locator("h1").first()).isVisible();
        assertThat(page).hasURL(origin() + path);
        clock.advance(Duration.ofMinutes(10).plusSeconds(5));
        page.clock().runFor(30_000); // the tab's next check with the server
        page.waitForURL(url -> !url.endsWith(path));
        page.navigate(origin() + path);
        page.waitForURL(origin() + "/staff/login");
        assertThat(idleLogouts()).isEqualTo(before + 1);
    }

    private int idleLogouts() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE detail = 'Logged out: 10 minutes without a press'")
                .query(Integer.class)
                .single();
    }
}
