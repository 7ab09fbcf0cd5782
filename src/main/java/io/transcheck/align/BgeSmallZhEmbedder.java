package io.transcheck.align;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * BGE-small-zh v1.5, quantised, run in process by ONNX Runtime from the model inside its Maven
 * artifact: nothing is downloaded. One ONNX session with a single intra-op thread per call and a
 * small thread pool across sentences is faster on few cores than ONNX's own threading (measured:
 * STACK-NOTES.md). Input is Simplified text: the same sentence in Traditional scores only 0.89.
 */
public final class BgeSmallZhEmbedder implements Embedder, AutoCloseable {
    public static final String MODEL_ID = "bge-small-zh-v1.5-q";
    private static final String MODEL = "/bge-small-zh-v1.5-q.onnx";
    private static final String TOKENIZER = "/bge-small-zh-v1.5-q-tokenizer.json";
    /** BERT's limit is 512 tokens; a Chinese character is about one token. */
    private static final int MAX_CHARS = 480;

    private final ExecutorService pool;
    private final Model model;

    public BgeSmallZhEmbedder(int threads) {
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "embed");
            t.setDaemon(true);
            return t;
        });
        this.model = new Model(pool);
    }

    @Override public String modelId() {
        return MODEL_ID;
    }

    @Override public List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) return List.of();
        List<TextSegment> segments = texts.stream()
                .map(t -> TextSegment.from(t.isBlank() ? "。" : t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) : t))
                .toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    @Override public void close() {
        pool.shutdownNow();
    }

    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(ExecutorService pool) {
            super(pool);
            try (InputStream onnx = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
                OrtEnvironment env = OrtEnvironment.getEnvironment();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(1);
                OrtSession session = env.createSession(onnx.readAllBytes(), options);
                this.encoder = new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.CLS);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the embedding model from its jar", e);
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime cannot load the embedding model: " + e.getMessage(), e);
            }
        }

        @Override protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override protected Integer knownDimension() {
            return 512;
        }

        private static InputStream resource(String name) {
            InputStream in = BgeSmallZhEmbedder.class.getResourceAsStream(name);
            if (in == null) throw new IllegalStateException("the embedding model " + name + " is not on the classpath");
            return in;
        }
    }
}
