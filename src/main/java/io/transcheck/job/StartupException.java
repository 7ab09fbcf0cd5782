package io.transcheck.job;

/** transcheck cannot start: what is wrong and what to do, for the one line the console shows. */
public class StartupException extends RuntimeException {
    private final String action;

    public StartupException(String problem, String action, Throwable cause) {
        super(problem, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
