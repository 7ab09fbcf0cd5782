package io.transcheck.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

import java.net.ConnectException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * transcheck could not start: one line on the console that says what is wrong and what to do; the
 * stack trace goes to the log file only ({@link #FILE_ONLY}, see logback-spring.xml).
 */
public final class StartupFailure {
    private static final Logger log = LoggerFactory.getLogger(StartupFailure.class);
    /** Marks log events that stay out of the console. */
    public static final Marker FILE_ONLY = MarkerFactory.getMarker("FILE_ONLY");

    /** What is wrong, what to do, and whether it is bad configuration (exit status 2) rather than a failure (1). */
    public record Reason(String problem, String action, boolean configuration) {
        public String line() {
            return problem + "; " + action;
        }
    }

    private StartupFailure() {}

    /** Logs the trace to the file and returns the console line. */
    public static Reason report(Throwable e) {
        Reason r = describe(e);
        log.error(FILE_ONLY, "transcheck could not start: {}", r.line(), e);
        return r;
    }

    static Reason describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StartupException s) return new Reason(s.getMessage(), s.action(), false);
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.endsWith("BindException") || name.endsWith("BindValidationException")) {
                return new Reason("a setting is wrong: " + root(e).getMessage(),
                        "correct it on the command line or in application.yml (see README, Configuration)", true);
            }
            if (t instanceof AccessDeniedException a) {
                return new Reason("no permission to use " + a.getFile(), "let the user running transcheck read and write it", false);
            }
            if (t instanceof FileSystemException f && f.getMessage() != null && f.getMessage().toLowerCase(Locale.ROOT).contains("space")) {
                return new Reason("the disk is full (" + f.getFile() + ")", "free some space and run again", false);
            }
            if (t instanceof FileSystemException f) {
                return new Reason("cannot use " + f.getFile() + " (" + (f.getReason() != null ? f.getReason() : f.getClass().getSimpleName()) + ")",
                        "check the folders in spring.datasource.url and transcheck.* settings, and that the user running transcheck may write there", false);
            }
            if (t instanceof ConnectException || (t instanceof SQLException q && "08001".equals(q.getSQLState()))) {
                return new Reason("the database cannot be reached: " + first(t), "start the database server, or correct spring.datasource.url", false);
            }
            if (t instanceof SQLException q && q.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return new Reason("the database is in use by another program: " + first(t),
                        "wait for it to finish, or add ;AUTO_SERVER=TRUE to spring.datasource.url so that runs can share it", false);
            }
        }
        Throwable r = root(e);
        return new Reason("transcheck could not start: " + r.getClass().getSimpleName() + ": " + first(r),
                "see data/transcheck.log for the details; run again after correcting the cause", false);
    }

    private static Throwable root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t;
    }

    private static String first(Throwable t) {
        return String.valueOf(t.getMessage()).lines().findFirst().orElse("");
    }
}
