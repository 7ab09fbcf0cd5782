package io.transcheck.align;

import java.util.List;
import java.util.function.Supplier;

/** Loads the model on first use: runs with nothing to embed (all cached, or no documents) never pay for it. */
public final class LazyEmbedder implements Embedder {
    private final Supplier<? extends Embedder> factory;
    private volatile Embedder delegate;

    public LazyEmbedder(Supplier<? extends Embedder> factory) {
        this.factory = factory;
    }

    @Override public String modelId() {
        return BgeSmallZhEmbedder.MODEL_ID;
    }

    @Override public List<float[]> embed(List<String> texts) {
        Embedder d = delegate;
        if (d == null) {
            synchronized (this) {
                if (delegate == null) delegate = factory.get();
                d = delegate;
            }
        }
        return d.embed(texts);
    }
}
