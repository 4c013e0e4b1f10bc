package org.dropinkiosk.backups;

import java.sql.SQLException;
import java.util.Set;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * The H2 database cannot be opened at start-up (damaged file, wrong version, already in use):
 * stop with a plain message and the restore command. The kiosk never starts on an empty database
 * in its place, so no data is lost without anybody knowing.
 */
class DatabaseOpenFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    static final String RESTORE =
            "./mvnw -q -o compile exec:java -Dexec.mainClass=org.dropinkiosk.backups.RestoreBackup -Dexec.args=\"latest\"";
    /** H2's codes for: damaged file, input/output, file version, encryption, general (MVStore) errors. */
    private static final Set<Integer> DAMAGED = Set.of(90030, 90028, 90031, 90048, 90049, 50000);

    private static final int IN_USE = 90020;

    private final Environment environment;

    DatabaseOpenFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        SQLException h2 = firstH2(rootFailure);
        if (h2 == null) {
            return null;
        }
        String dataDir = environment.getProperty(RestoreBackup.DATA_DIR, "./data");
        if (h2.getErrorCode() == IN_USE) {
            return new FailureAnalysis(
                    "The kiosk's database in " + dataDir
                            + " is already open in another program. Another kiosk may be running.",
                    "Stop the other kiosk (or the program that has the database open), then start this kiosk again.",
                    h2);
        }
        if (!DAMAGED.contains(h2.getErrorCode())) {
            return null;
        }
        return new FailureAnalysis(
                "The kiosk's database in " + dataDir + " could not be opened; the file may be damaged ("
                        + firstLine(h2.getMessage()) + "). Nothing was changed or deleted.",
                "Restore the newest backup from " + dataDir + "/backups, then start the kiosk again:"
                        + System.lineSeparator() + "    " + RESTORE
                        + System.lineSeparator() + "The damaged database is kept in " + dataDir
                        + "/before-restore-<time>/. See docs/staff.md, 'Backups and restore'.",
                h2);
    }

    private static SQLException firstH2(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && t.getClass().getName().startsWith("org.h2.")) {
                return sql;
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
