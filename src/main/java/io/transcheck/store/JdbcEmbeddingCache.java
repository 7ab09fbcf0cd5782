package io.transcheck.store;

import io.transcheck.align.CachingEmbedder;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sentence vectors by content hash, in the database, so that nightly re-runs embed only new sentences. */
public class JdbcEmbeddingCache implements CachingEmbedder.Cache {
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    public JdbcEmbeddingCache(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override public Map<String, float[]> get(List<String> keys) {
        Map<String, float[]> out = new HashMap<>();
        for (int i = 0; i < keys.size(); i += BATCH) {
            List<String> part = keys.subList(i, Math.min(keys.size(), i + BATCH));
            String in = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            jdbc.query("SELECT cache_key, vector FROM tc_embedding WHERE cache_key IN (" + in + ")",
                    rs -> { out.put(rs.getString(1), decode(rs.getString(2))); }, part.toArray());
        }
        return out;
    }

    @Override public synchronized void put(Map<String, float[]> vectors) {
        List<Object[]> rows = new ArrayList<>();
        vectors.forEach((k, v) -> rows.add(new Object[] {k, encode(v)}));
        // another thread or worker may have stored the same sentence meanwhile: skip those
        Map<String, float[]> present = get(new ArrayList<>(vectors.keySet()));
        rows.removeIf(r -> present.containsKey((String) r[0]));
        jdbc.batchUpdate("INSERT INTO tc_embedding (cache_key, vector) VALUES (?, ?)", rows);
    }

    static String encode(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4);
        for (float f : v) b.putFloat(f);
        return Base64.getEncoder().encodeToString(b.array());
    }

    static float[] decode(String s) {
        ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(s));
        float[] v = new float[b.remaining() / 4];
        for (int i = 0; i < v.length; i++) v[i] = b.getFloat();
        return v;
    }
}
