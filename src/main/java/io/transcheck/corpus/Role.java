package io.transcheck.corpus;

import java.util.Locale;
import java.util.Optional;

/** Who speaks in an interview: the one who asks and the one who answers. */
public enum Role {
    HOST, GUEST;

    /** As job files and messages write it: {@code host}, {@code guest}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override public String toString() {
        return label();
    }

    /** The role a job file or the command line names ({@code host}, {@code Guest}), if it is one. */
    public static Optional<Role> parse(String s) {
        for (Role r : values()) if (r.label().equalsIgnoreCase(s == null ? "" : s.strip())) return Optional.of(r);
        return Optional.empty();
    }
}
