package org.dropinkiosk.exports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.security.Principal;
import java.time.LocalDate;
import org.dropinkiosk.kiosk.StaffPage;
import org.dropinkiosk.staff.StaffIdle;
import org.dropinkiosk.staff.StaffLogin;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads under /staff/export/: {@code visits.csv}, {@code visits.xlsx}, {@code answers.csv},
 * {@code answers.xlsx}, with {@code from}, {@code to} (ISO dates) and {@code venue=this|all}.
 * StaffSecurity lets only logged-in staff reach them.
 */
@Controller
class ExportController {

    static final String PATH = StaffPage.DOWNLOADS;
    static final String LOGIN = "/staff/login";

    private final Exports exports;
    private final StaffIdle idle;

    ExportController(Exports exports, StaffIdle idle) {
        this.exports = exports;
        this.idle = idle;
    }

    @GetMapping(PATH + "{kind:visits|answers}.{format:csv|xlsx}")
    void export(
            @PathVariable String kind,
            @PathVariable String format,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "this") String venue,
            Principal staff,
            HttpServletResponse response)
            throws IOException {
        if (idle.expired()) {
            idle.end(StaffIdle.IDLE);
            response.sendRedirect(LOGIN);
            return;
        }
        if (to.isBefore(from)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Exports.Kind what = Exports.Kind.valueOf(kind.toUpperCase());
        ExportFormat type = ExportFormat.ofExtension(format);
        boolean all = "all".equals(venue);
        response.setContentType(type.contentType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(exports.fileName(what, type, from, to, all))
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.PRAGMA, "no-cache");
        idle.touch();
        OutputStream out = response.getOutputStream();
        exports.write(what, type, from, to, all, out, staff == null ? StaffLogin.ACTOR : staff.getName());
    }
}
