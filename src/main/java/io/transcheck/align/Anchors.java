package io.transcheck.align;

import java.util.List;

/**
 * The one rule for a confident alignment: a claim is an anchor when its passage is well supported
 * and a neighbouring claim of the article, also supported, aligns close to it. An article follows
 * its source locally; an article on another interview finds supported-looking passages too, but
 * scattered. Matching counts anchors to choose a transcript, asking both claims for
 * {@code Matching.anchorSupport}; re-alignment lets anchors guide the claims between them, asking the
 * anchor for more ({@code Context.anchorSupport}) and its neighbour only for a passage.
 */
final class Anchors {
    private final AlignSettings.Matching settings;

    Anchors(AlignSettings.Matching settings) {
        this.settings = settings;
    }

    /**
     * Whether claim i anchors the document: its alignment has at least {@code minSupport}, and one
     * within {@code neighbours} claims of it has at least {@code neighbourSupport} and starts within
     * {@code window} transcript sentences of it.
     *
     * @param aligned each claim's alignment in one transcript, in article order (null where none)
     */
    boolean isAnchor(List<Alignment> aligned, int i, double minSupport, double neighbourSupport) {
        Alignment a = aligned.get(i);
        if (a == null || a.support() < minSupport) return false;
        for (int d = -settings.neighbours(); d <= settings.neighbours(); d++) {
            int j = i + d;
            if (d == 0 || j < 0 || j >= aligned.size()) continue;
            Alignment b = aligned.get(j);
            if (b != null && b.support() >= neighbourSupport
                    && Math.abs(b.span().from() - a.span().from()) <= settings.window()) {
                return true;
            }
        }
        return false;
    }
}
