package io.transcheck.check;

import io.transcheck.align.AlignedSentence;
import io.transcheck.text.ChineseConverter;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code ENTITY_UNSUPPORTED}: a person, company, product or place the article names and the
 * transcript never mentions, across scripts and transliterations (see {@link TranscriptFacts#mentions}).
 */
public final class EntityCheck implements Check {
    public static final String ID = "ENTITY_UNSUPPORTED";

    @Override public String id() {
        return ID;
    }

    @Override public List<String> measures() {
        return List.of("not_in_passage");
    }

    /** Names the claim gives that its passage does not (a person or place added from elsewhere). */
    @Override public double[] measure(AlignedSentence s, TranscriptFacts facts) {
        String passage = s.passage();
        return new double[] {Names.of(s.edited()).stream().filter(name -> !passage.contains(name)).count()};
    }

    @Override public List<Finding> check(AlignedSentence s, TranscriptFacts facts) {
        List<String> missing = new ArrayList<>();
        // names are read from the sentence as written (in Simplified): enumeration commas (、) matter here
        String text = ChineseConverter.instance().toSimplified(s.sentence().content().original());
        for (String name : Names.of(text)) {
            if (!facts.mentions(name)) missing.add(name);
        }
        if (missing.isEmpty()) return List.of();
        return List.of(drift("names " + Messages.quoted(missing)
                + ", which the transcript never mentions"));
    }
}
