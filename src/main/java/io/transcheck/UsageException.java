package io.transcheck;

/** Bad usage or configuration: the run does not start, the process exits 2 with this one-line reason. */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
