package io.transcheck.check;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which checks run: {@code transcheck.checks.<ID>.enabled=false} switches one off (on the command
 * line, in application.yml, or under a job file's {@code thresholds:} as {@code checks.<ID>.enabled}).
 *
 * @param enabled check id to whether it runs; ids not named run
 */
public record CheckSettings(Map<String, Boolean> enabled) {
    public static final CheckSettings ALL = new CheckSettings(Map.of());

    /** How one check is switched, as bound from {@code transcheck.checks.<ID>.*}. */
    public record Toggle(Boolean enabled) {}

    public CheckSettings {
        Map<String, Boolean> m = new TreeMap<>();
        enabled.forEach((id, on) -> m.put(normalize(id), on));
        enabled = Map.copyOf(m);
        Set<String> known = Checks.ids();
        for (String id : enabled.keySet()) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("transcheck.checks." + id + ": no check has this id (known: " + String.join(", ", known) + ")");
            }
        }
    }

    /** From bound toggles; a toggle without a value leaves the check on. */
    public static CheckSettings of(Map<String, Toggle> toggles) {
        Map<String, Boolean> m = new TreeMap<>();
        toggles.forEach((id, t) -> m.put(id, t.enabled() == null || t.enabled()));
        return new CheckSettings(m);
    }

    public boolean runs(String checkId) {
        return enabled.getOrDefault(checkId, true);
    }

    /** Property names fold case and dashes ({@code number-mismatch}); ids are upper case with underscores. */
    private static String normalize(String id) {
        return id.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
