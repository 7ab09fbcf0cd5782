package io.transcheck.corpus;

/**
 * Something wrong with an input file: where, what, and what the user can do about it.
 *
 * @param line 1-based line, or 0 when the problem concerns the whole file
 */
public record InputProblem(String file, int line, Severity severity, String problem, String action) {

    public enum Severity { ERROR, WARNING }

    public InputProblem {
        if (file == null || problem == null || severity == null) throw new IllegalArgumentException("incomplete problem report");
        if (line < 0) throw new IllegalArgumentException("line " + line);
        if (action == null) action = "";
    }

    public static InputProblem error(String file, int line, String problem, String action) {
        return new InputProblem(file, line, Severity.ERROR, problem, action);
    }

    public static InputProblem warning(String file, int line, String problem, String action) {
        return new InputProblem(file, line, Severity.WARNING, problem, action);
    }

    @Override public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + problem + (action.isEmpty() ? "" : " (" + action + ")");
    }
}
