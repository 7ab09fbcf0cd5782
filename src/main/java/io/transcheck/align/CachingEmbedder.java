package io.transcheck.align;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Embeds only what the cache does not already hold, keyed by a hash of the model and the text, so
 * that a nightly re-run embeds only new sentences. Misses are embedded in one batch.
 */
public final class CachingEmbedder implements Embedder {

    /** Where vectors live between runs (a database table in production). */
    public interface Cache {
        Map<String, float[]> get(List<String> keys);

        void put(Map<String, float[]> vectors);
    }

    private final Embedder delegate;
    private final Cache cache;

    public CachingEmbedder(Embedder delegate, Cache cache) {
        this.delegate = delegate;
        this.cache = cache;
    }

    @Override public String modelId() {
        return delegate.modelId();
    }

    @Override public boolean enabled() {
        return delegate.enabled();
    }

    @Override public List<float[]> embed(List<String> texts) {
        List<String> keys = texts.stream().map(this::key).toList();
        Map<String, float[]> found = new LinkedHashMap<>(cache.get(keys.stream().distinct().toList()));
        Map<String, String> missing = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!found.containsKey(keys.get(i))) missing.putIfAbsent(keys.get(i), texts.get(i));
        }
        if (!missing.isEmpty()) {
            List<float[]> fresh = delegate.embed(new ArrayList<>(missing.values()));
            Map<String, float[]> add = new LinkedHashMap<>();
            int i = 0;
            for (String k : missing.keySet()) add.put(k, fresh.get(i++));
            cache.put(add);
            found.putAll(add);
        }
        return keys.stream().map(found::get).toList();
    }

    String key(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(delegate.modelId().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
