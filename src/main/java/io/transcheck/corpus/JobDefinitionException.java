package io.transcheck.corpus;

/** A job definition that cannot be used; the message names the file, the line and what is wrong. */
public class JobDefinitionException extends Exception {
    public JobDefinitionException(String message) {
        super(message);
    }
}
