package org.dropinkiosk.kiosk;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;
import org.springframework.stereotype.Component;

/**
 * A forged or broken Vaadin request (bad JSON, bad security key, bad sync id) is anyone's to send: Vaadin's
 * request handlers log it with a 150-line stack trace, which fills the log and hides real problems. This turns
 * each such entry into one WARN line naming what was wrong; the trace itself is dropped.
 */
@Component
class ForgedRequestLog extends TurboFilter {

    /** Vaadin's handlers of UIDL, heartbeat and push requests. */
    static final String VAADIN_REQUESTS = "com.vaadin.flow.server.communication.";
    /** Vaadin's catch-all for errors while handling a request; it also reports the kiosk's own bugs. */
    static final String ERROR_HANDLER = "com.vaadin.flow.server.DefaultErrorHandler";

    private static final String KIOSK_CODE = "org.dropinkiosk.";
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(ForgedRequestLog.class);
    private static final int LONGEST = 200;

    ForgedRequestLog() {
        setName("forged-vaadin-requests");
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream()
                        .noneMatch(f -> getName().equals(f.getName()))) {
            context.addTurboFilter(this);
            start();
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        Throwable thrown = t != null
                ? t
                : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last
                        ? last
                        : null;
        if (thrown == null
                || format == null
                || !level.isGreaterOrEqual(Level.WARN)
                || !fromTheRequest(logger.getName(), thrown)) {
            return FilterReply.NEUTRAL;
        }
        Throwable cause = thrown;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        LOG.warn(
                "Refused a broken request to the kiosk's screens ({}): {}: {}",
                logger.getName().substring(logger.getName().lastIndexOf('.') + 1),
                oneLine(MessageFormatter.basicArrayFormat(format, params)),
                oneLine(cause.getClass().getSimpleName() + " " + cause.getMessage()));
        return FilterReply.DENY;
    }

    /**
     * Whether the error came from reading the request itself: logged by a request handler, or by the catch-all
     * thrown inside the request handlers before any of the kiosk's own code ran (a real bug keeps its trace).
     */
    static boolean fromTheRequest(String loggerName, Throwable thrown) {
        if (loggerName.startsWith(VAADIN_REQUESTS)) {
            return true;
        }
        if (!loggerName.equals(ERROR_HANDLER)) {
            return false;
        }
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // From where it was thrown outwards: which comes first, the kiosk's code or Vaadin's request handlers?
        for (StackTraceElement frame : root.getStackTrace()) {
            if (frame.getClassName().startsWith(KIOSK_CODE)) {
                return false;
            }
            if (frame.getClassName().startsWith(VAADIN_REQUESTS)) {
                return true;
            }
        }
        return false;
    }

    /** The message on one line and short: it may hold what the sender wrote. */
    static String oneLine(String text) {
        String flat = String.valueOf(text).replaceAll("\\p{Cntrl}+", " ");
        return flat.length() > LONGEST ? flat.substring(0, LONGEST) + "..." : flat;
    }
}
