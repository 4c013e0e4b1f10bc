package org.dropinkiosk.config;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start-up where the settings and the data are and which database is used. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);
    private final KioskSettings settings;
    private final DataSource dataSource;

    StartupReport(KioskSettings settings, DataSource dataSource) {
        this.settings = settings;
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        log.info("Venue '{}' (id {}), time zone {}", settings.venueName(), settings.venueId(), settings.timeZone());
        log.info("Settings folder: {}", settings.configDir().toAbsolutePath().normalize());
        log.info("Data folder: {}", settings.dataDir().toAbsolutePath().normalize());
        log.info("Database: {}", databaseName());
        if (!settings.hasStaffPin()) {
            log.warn("No staff PIN is set, so the staff area is closed. See 'Set the staff PIN' in README.md.");
        }
    }

    private String databaseName() {
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at " + meta.getURL();
        } catch (SQLException e) {
            return "not reachable (" + e.getMessage() + ")";
        }
    }
}
