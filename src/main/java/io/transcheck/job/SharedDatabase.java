package io.transcheck.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

/**
 * Runs share the H2 file database through AUTO_SERVER: the process that opened it serves it to the
 * others. When the serving run ends, closing the database would cut the others off in the middle of
 * a transaction ("Database is already closed") and fail their runs; so, before the database closes,
 * a serving process waits while other processes are connected (at most {@link #MAX_WAIT}), saying so
 * in the log. A process that is itself a client, or another database, closes at once.
 */
public class SharedDatabase implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(SharedDatabase.class);
    static final Duration MAX_WAIT = Duration.ofHours(3);
    private static final Duration POLL = Duration.ofSeconds(2);
    private static final Duration SAY_AGAIN = Duration.ofMinutes(10);

    private final JdbcTemplate jdbc;
    private final boolean h2File;

    public SharedDatabase(JdbcTemplate jdbc, String url) {
        this.jdbc = jdbc;
        this.h2File = H2File.of(url) != null;
    }

    @Override public void destroy() throws InterruptedException {
        if (!h2File) return;
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        long nextSay = 0;
        while (System.nanoTime() < deadline) {
            int others = otherProcessesConnected();
            if (others == 0) return;
            if (System.nanoTime() >= nextSay) {
                log.info("another run uses the database this process serves ({} connection(s)); it stays open until that run ends", others);
                nextSay = System.nanoTime() + SAY_AGAIN.toNanos();
            }
            Thread.sleep(POLL.toMillis());
        }
        log.warn("other connections to the database remain after {}; closing it (their runs resume when run again)", MAX_WAIT);
    }

    /** Connections of other processes, when this process serves the database; else 0. */
    int otherProcessesConnected() {
        try {
            String me = jdbc.queryForObject("SELECT CLIENT_ADDR FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = SESSION_ID()", String.class);
            if (me != null) return 0;   // this process is itself a client of another
            Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE CLIENT_ADDR IS NOT NULL", Integer.class);
            return n == null ? 0 : n;
        } catch (RuntimeException e) {
            return 0;   // the database is already closing or unreadable: nothing to wait for
        }
    }
}
