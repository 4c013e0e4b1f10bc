package org.dropinkiosk.staff;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dropinkiosk.kiosk.StaffPage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * While no PIN is set, nobody can set one from the kiosk: the only screen that writes a PIN is a
 * staff page (and nobody can log in without a PIN), and no other class reaches the writer.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kiosk.staff-pin-hash=", "kiosk.venue-id=no-pin-yet"})
class NoPinFromVisitorScreensTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dropinkiosk");

    @LocalServerPort
    int port;

    @Test
    void only_the_staff_pin_page_reaches_the_pin_writer_and_it_is_for_staff_only() throws Exception {
        noClasses()
                .that()
                .doNotHaveSimpleName("StaffPinChange")
                .and()
                .doNotHaveSimpleName("ChangePinView")
                .should()
                .dependOnClassesThat()
                .haveSimpleName("StaffPinChange")
                .check(CLASSES);
        noClasses()
                .that()
                .doNotHaveSimpleName("StaffPin")
                .and()
                .doNotHaveSimpleName("SetPin")
                .and()
                .doNotHaveSimpleName("KioskYmlSecrets")
                .should()
                .callMethod(KioskYmlSecrets.class, "write", Path.class, Map.class)
                .check(CLASSES);
        noClasses()
                .that()
                .doNotHaveSimpleName("StaffPinChange")
                .should()
                .callMethod(StaffPin.class, "change", String.class)
                .check(CLASSES);

        Class<?> page = Class.forName("org.dropinkiosk.staff.ui.ChangePinView");
        assertThat(page.getAnnotation(Route.class).value()).isEqualTo("staff/pin");
        assertThat(page.getAnnotation(RolesAllowed.class).value()).containsExactly(StaffPage.ROLE);
        assertThat(page.getAnnotation(AnonymousAllowed.class)).isNull();
    }

    @Test
    void with_no_pin_set_the_pin_page_sends_to_a_login_that_offers_nothing_to_type() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> pin = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/staff/pin"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(pin.statusCode()).isEqualTo(302);
        assertThat(pin.headers().firstValue("Location").orElse("")).endsWith("/staff/login");
        // a form login with any secret is refused: there is no PIN to match
        String login = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/staff/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> post = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/staff/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=staff&password=&_csrf=" + csrf.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.headers().firstValue("Location").orElse(""))
                .contains("/staff/login")
                .doesNotEndWith("/staff");
        assertThat(client.send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/staff/pin"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(302);
    }
}
