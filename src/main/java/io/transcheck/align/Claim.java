package io.transcheck.align;

import io.transcheck.corpus.Role;
import io.transcheck.text.Sentence;
import io.transcheck.text.SentenceKind;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A sentence of an edited document that asserts something, made once per document: what matching,
 * alignment and the checks all start from.
 *
 * @param section the article section it is in (headings open sections): neighbours guide only claims of their own section
 * @param query   what is looked up in the transcripts
 */
public record Claim(Sentence sentence, int section, Query query) {
    public Claim {
        if (sentence == null || query == null || !sentence.isClaim()) throw new IllegalArgumentException("not a claim: " + sentence);
    }

    /** The role (host, guest) the article gives it, or null. */
    public Role role() {
        return sentence.role();
    }

    /** The claims of a document's sentences, in order, embedded in one call when the embedder is on. */
    public static List<Claim> of(List<Sentence> sentences, Embedder embedder) {
        Iterator<float[]> vectors = embedder.enabled()
                ? embedder.embed(sentences.stream().filter(Sentence::isClaim).map(s -> s.content().text()).toList()).iterator()
                : null;
        List<Claim> out = new ArrayList<>();
        int section = 0;
        for (Sentence s : sentences) {
            if (s.kind() == SentenceKind.HEADING) section++;
            if (s.isClaim()) out.add(new Claim(s, section, new Query(s.content().text(), vectors == null ? null : vectors.next())));
        }
        return out;
    }
}
