package io.transcheck.job;

import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Before Spring opens the database: a damaged H2 file never stops the nightly job. The store file
 * is checked without opening it ({@link H2File#damage}), then opened and every table counted and
 * the small ones read through. A damaged file is set aside with a dated name, the last verified
 * backup ({@link DatabaseBackup}) is restored, or the database starts empty; the review decisions
 * come back from the reviews/ folders, which every run imports. Only for H2 file databases that no
 * other process has open; other databases are left to their own administration.
 */
public final class DatabaseGuard implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private static final Logger log = LoggerFactory.getLogger(DatabaseGuard.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Tables small enough to read through at every start; the others are counted. */
    private static final Set<String> READ_THROUGH = Set.of("TC_RUN", "TC_REVIEW", "BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION");

    @Override public void initialize(ConfigurableApplicationContext ctx) {
        Environment env = ctx.getEnvironment();
        String url = env.getProperty("spring.datasource.url");
        H2File db = H2File.of(url);
        DatabaseRecovery recovery = db == null ? DatabaseRecovery.NONE
                : check(db, url, env.getProperty("spring.datasource.username", "sa"), env.getProperty("spring.datasource.password", ""));
        ctx.getBeanFactory().registerSingleton("databaseRecovery", recovery);
    }

    static DatabaseRecovery check(H2File db, String url, String user, String password) {
        Path store = db.store();
        H2File.Lock lock = db.lockState();
        // a database another process serves is open and read there; a file in use is never read behind H2's back
        if (!Files.isRegularFile(store) || lock == H2File.Lock.SERVED_ELSEWHERE) return DatabaseRecovery.NONE;
        String damage;
        try {
            if (Files.isRegularFile(db.damageNote())) {
                // a run found damage where this check does not read; the note stays until the file is set aside
                damage = "a run found it damaged: " + Files.readString(db.damageNote()).strip();
                return recover(db, damage, url, user, password);
            }
            damage = lock == H2File.Lock.UNKNOWN ? null : H2File.damage(store);
        } catch (IOException e) {
            throw new StartupException("the database " + store + " cannot be read: " + e.getMessage(),
                    "check the disk and that the user running transcheck may read and write " + store.getParent(), e);
        }
        if (damage == null) damage = sqlDamage(url, user, password, store);
        return damage == null ? DatabaseRecovery.NONE : recover(db, damage, url, user, password);
    }

    /** Opens the database and reads it; null if it reads, what is wrong if it is damaged, an exception if it cannot be opened for another reason. */
    static String sqlDamage(String url, String user, String password, Path store) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            for (String t : tables) {
                String sql = READ_THROUGH.contains(t) ? "SELECT * FROM \"" + t + "\"" : "SELECT COUNT(*) FROM \"" + t + "\"";
                try (ResultSet rs = st.executeQuery(sql)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) for (int i = 1; i <= columns; i++) rs.getObject(i);
                }
            }
            return null;
        } catch (SQLException e) {
            String first = firstLine(e);
            if (isDamage(e)) return "H2 cannot read it: " + first;
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new StartupException("the database " + store + " is in use by another program",
                        "wait for it to finish (another transcheck run?), or stop it; a URL with ;AUTO_SERVER=TRUE lets runs share it", e);
            }
            throw new StartupException("the database " + store + " cannot be opened: " + first,
                    "check spring.datasource.url, the user and password, and that the user running transcheck may write " + store.getParent(), e);
        }
    }

    /** Whether an exception (or a cause) is H2 finding its file damaged, not being unable to open it. */
    static boolean isDamage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException q && q.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) return true;
            if (t.getClass().getName().endsWith("MVStoreException")
                    || firstLine(t).matches("(?i).*(file corrupted|corrupted in chunk|chunk \\S+ not found|checksum mismatch|fletcher|unexpected end of file).*")) {
                return true;
            }
        }
        return false;
    }

    static String firstLine(Throwable t) {
        return String.valueOf(t.getMessage()).lines().findFirst().orElse("");
    }

    private static DatabaseRecovery recover(H2File db, String damage, String url, String user, String password) {
        LocalDateTime now = LocalDateTime.now().withNano(0);
        Path store = db.store();
        Path aside = db.sibling(".mv.db.damaged-" + now.format(STAMP));
        try {
            Files.move(store, aside);
            Files.deleteIfExists(db.damageNote());
            Files.deleteIfExists(db.lock());   // left by the process that died with the file
        } catch (IOException e) {
            throw new StartupException("the database " + store + " is damaged (" + damage + ") and cannot be set aside: " + e.getMessage(),
                    "move or delete " + store + " by hand; the reviews/ folders hold the review decisions", e);
        }
        String restored = restore(db, url, user, password, now);
        DatabaseRecovery r = new DatabaseRecovery(store, damage, aside, restored, now);
        log.warn("{}; review decisions will be imported again from the reviews/ folders", r.summary());
        return r;
    }

    /** Restores the backup into the store file and checks it; what it holds, or null (the database starts empty). */
    private static String restore(H2File db, String url, String user, String password, LocalDateTime now) {
        Path backup = db.backup();
        if (!Files.isRegularFile(backup)) return null;
        Path store = db.store();
        try {
            String when = Files.getLastModifiedTime(backup).toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDateTime()
                    .withNano(0).toString().replace('T', ' ');
            Path tmp = db.sibling(".mv.db.restoring");
            boolean found = false;
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    if (e.getName().equals(db.name() + ".mv.db")) {
                        Files.copy(zip, tmp, StandardCopyOption.REPLACE_EXISTING);
                        found = true;
                        break;
                    }
                }
            }
            if (!found || H2File.damage(tmp) != null) {
                Files.deleteIfExists(tmp);
                log.warn("the backup {} holds no usable database; starting empty", backup);
                return null;
            }
            Files.move(tmp, store, StandardCopyOption.ATOMIC_MOVE);
            if (sqlDamage(url, user, password, store) != null) {
                Files.move(store, db.sibling(".mv.db.unusable-backup-" + now.format(STAMP)));
                return null;
            }
            return "the backup made after the last complete run (" + backup.getFileName() + ", " + when + ")";
        } catch (IOException | StartupException e) {
            log.warn("the backup {} could not be restored ({}); starting empty", backup, e.getMessage());
            try {
                Files.deleteIfExists(store);
            } catch (IOException ignored) {
                // the database then fails to open, which the start-up message reports
            }
            return null;
        }
    }
}
