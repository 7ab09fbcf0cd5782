package io.transcheck.corpus;

/** An input file that cannot be processed; carries the report row that says why. */
public class InputException extends Exception {
    private final transient InputProblem problem;

    public InputException(InputProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public InputProblem problem() {
        return problem;
    }
}
