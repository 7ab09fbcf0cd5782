package io.transcheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A report file written next to its target under a temporary name and moved into place, so a
 * reader never sees half of it, and readable by whoever may read the folder.
 */
final class AtomicFile {
    /** Writes the file's text. */
    @FunctionalInterface
    interface Body {
        void write(Writer w) throws IOException;
    }

    private AtomicFile() {}

    /** Writes UTF-8 text to {@code target} through a temporary file. */
    static void write(Path target, Body body) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp);
                 Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                body.write(w);
            }
            readableByAll(tmp);
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Temporary files are private; a report is for whoever may read the folder. */
    private static void readableByAll(Path p) throws IOException {
        if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
