package io.transcheck.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * After each complete run, a verified copy of an H2 file database beside it
 * ({@code data/transcheck.backup.zip}), which {@link DatabaseGuard} restores when the database is
 * damaged. H2 writes it ({@code BACKUP TO}, a consistent copy while the database is in use); it is
 * verified by opening an unzipped copy and finding the run just completed and the job's
 * review decisions, and only then replaces the previous backup. Other databases: nothing.
 */
public class DatabaseBackup {
    private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);

    private final JdbcTemplate jdbc;
    private final H2File db;
    private final String user;
    private final String password;

    /** @param url the database's JDBC URL: a backup is kept only for an H2 file database */
    public DatabaseBackup(JdbcTemplate jdbc, String url, String user, String password) {
        this.jdbc = jdbc;
        this.db = H2File.of(url);
        this.user = user;
        this.password = password;
    }

    /** Writes and verifies the backup; a failure is logged and leaves the previous backup in place. */
    public void afterCompleteRun(String runId, String jobName) {
        if (db == null) return;
        Path tmp = db.sibling(".backup-" + ProcessHandle.current().pid() + ".zip.tmp");
        try {
            Files.deleteIfExists(tmp);
            jdbc.execute("BACKUP TO '" + tmp.toString().replace("'", "''") + "'");
            verify(tmp, runId, jobName);
            Files.move(tmp, db.backup(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            log.info("database backup written and verified: {}", db.backup());
        } catch (Exception e) {
            log.warn("database backup not written ({}); the previous one, if any, is kept", e.getMessage());
            try {
                Files.deleteIfExists(tmp);
            } catch (java.io.IOException ignored) {
                // a stray temporary file; the next backup replaces it
            }
        }
    }

    /**
     * A run failed because H2 found the database damaged where the start-up check does not read
     * (a page of a large table): leave a note beside it, so that the next start sets it aside and
     * restores the backup instead of failing again. True if the failure was such damage.
     */
    public boolean noteIfDamaged(Throwable failure) {
        if (db == null || !DatabaseGuard.isDamage(failure)) return false;
        try {
            Files.writeString(db.damageNote(), String.valueOf(DatabaseGuard.firstLine(failure)));
            log.error("the database {} is damaged ({}); the next run sets it aside and restores the backup", db.store(), DatabaseGuard.firstLine(failure));
        } catch (java.io.IOException e) {
            log.error("the database {} is damaged and the note for the next run cannot be written: {}", db.store(), e.getMessage());
        }
        return true;
    }

    /**
     * Opens the copy and finds the run and the job's decisions in it. The copy is unzipped first, in
     * one pass: H2 reading a database inside its zip decompresses from the start for every page it
     * seeks, which takes hours for a large one.
     */
    private void verify(Path zip, String runId, String jobName) throws SQLException, java.io.IOException {
        int liveReviews = count(jdbc, jobName);
        Path dir = Files.createDirectories(db.sibling(".backup-check-" + ProcessHandle.current().pid()));
        try {
            try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
                for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    Path to = dir.resolve(e.getName()).normalize();
                    if (!to.startsWith(dir) || e.isDirectory()) continue;
                    Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve(db.name()) + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                try (PreparedStatement ps = c.prepareStatement("SELECT status FROM tc_run WHERE run_id = ?")) {
                    ps.setString(1, runId);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next() || !"COMPLETED".equals(rs.getString(1))) throw new SQLException("the copy lacks run " + runId);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM tc_review WHERE job_name = ?")) {
                    ps.setString(1, jobName);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) < liveReviews) throw new SQLException("the copy lacks review decisions of job " + jobName);
                    }
                }
            }
        } finally {
            io.transcheck.report.ReportWriter.deleteTree(dir);
        }
    }

    private static int count(JdbcTemplate jdbc, String jobName) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM tc_review WHERE job_name = ?", Integer.class, jobName);
        return n == null ? 0 : n;
    }
}
