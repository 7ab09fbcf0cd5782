package io.transcheck.job;

import io.transcheck.corpus.InputProblem;
import io.transcheck.report.ErrorRow;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link DatabaseGuard} did at start-up about a damaged database, for the errors.csv of each
 * job run afterwards (once per job).
 *
 * @param store    the damaged database file, or null when nothing happened
 * @param damage   what was wrong with it
 * @param setAside where the damaged file went
 * @param restored what the database now holds ("the backup of ..."), or null when it starts empty
 */
public record DatabaseRecovery(Path store, String damage, Path setAside, String restored, LocalDateTime at) {
    public static final DatabaseRecovery NONE = new DatabaseRecovery(null, null, null, null, null);
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    public DatabaseRecovery {
        if (store != null && (damage == null || setAside == null || at == null)) throw new IllegalArgumentException("incomplete recovery");
    }

    public boolean happened() {
        return store != null;
    }

    /** The line for the log and errors.csv. */
    public String summary() {
        return "the database " + store + " was damaged (" + damage + "); it was set aside as " + setAside.getFileName()
                + " and " + (restored != null ? "restored from " + restored : "started empty (there was no usable backup)");
    }

    /** The errors.csv row for a job's first run after the recovery, else nothing. */
    List<ErrorRow> rowsFor(String jobName) {
        if (!happened() || !REPORTED.add(jobName + "|" + setAside)) return List.of();
        return List.of(ErrorRow.of("", InputProblem.warning(store.toString(), 0, summary(),
                "nothing to do for this run: review decisions were imported again from the reviews/ folder; decisions given only with "
                        + "--import-reviews after the backup must be imported again; delete " + setAside.getFileName() + " once not needed")));
    }
}
