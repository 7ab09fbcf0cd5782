package io.transcheck.align;

import java.util.List;
import java.util.Optional;

/** The transcripts of a job, indexed together so that any article can be matched to any of them. */
public final class TranscriptLibrary {
    private final List<Transcript> transcripts;
    private final SentenceIndex index;

    public TranscriptLibrary(List<Transcript> transcripts, AlignSettings.Retrieval settings) {
        this.transcripts = List.copyOf(transcripts);
        this.index = new SentenceIndex(this.transcripts, settings.maxDfShare(), settings.maxDfCap(), settings.queryBigrams());
    }

    public List<Transcript> transcripts() {
        return transcripts;
    }

    public Optional<Transcript> byId(String id) {
        return transcripts.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    int indexOf(Transcript t) {
        return transcripts.indexOf(t);
    }

    SentenceIndex index() {
        return index;
    }
}
