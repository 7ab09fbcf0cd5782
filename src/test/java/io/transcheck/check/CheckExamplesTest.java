package io.transcheck.check;

import io.transcheck.corpus.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The examples of every check (src/test/resources/check-examples/ID.tsv) are its specification:
 * a FLAG example must give a finding of that id, a PASS example must not.
 * Columns: expect, edited sentence, transcript passage (lines separated by " / "), support,
 * lexical score (default: the support), context support of its neighbours (default: none), why.
 */
class CheckExamplesTest {
    private static final LabelSettings SETTINGS = LabelSettings.defaults();
    static Stream<Arguments> examples() {
        List<Arguments> out = new ArrayList<>();
        for (String id : Checks.ids()) {
            for (Resources.Line line : Resources.lines("/check-examples/" + id + ".tsv")) {
                String[] c = line.text().split("\t", -1);
                out.add(Arguments.of(id, line.no(), c[0], c[1], c[2], Double.parseDouble(c[3]),
                        c.length > 4 && !c[4].isBlank() ? Double.parseDouble(c[4]) : Double.parseDouble(c[3]),
                        c.length > 5 && !c[5].isBlank() ? Double.parseDouble(c[5]) : Double.NaN,
                        c.length > 6 ? c[6] : ""));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}:{1} {2} «{3}»")
    @MethodSource("examples")
    void example(String id, int line, String expect, String edited, String passage, double support, double lexical,
                 double context, String why) {
        CheckFixture.Case s = CheckFixture.aligned(edited, support, lexical, context, passage.split(" / "));
        List<Finding> findings = new ArrayList<>();
        for (Check c : Checks.standard(SETTINGS)) findings.addAll(c.check(s.sentence(), s.facts()));
        boolean flagged = findings.stream().anyMatch(f -> f.checkId().equals(id));
        assertEquals(expect.equals("FLAG"), flagged, id + ".tsv line " + line + " (" + why + "): findings " + findings);
    }
}
