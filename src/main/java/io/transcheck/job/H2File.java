package io.transcheck.job;

import org.h2.mvstore.DataUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of an H2 file database ({@code jdbc:h2:file:./data/transcheck} is
 * {@code data/transcheck.mv.db}), and a look at the store file that needs no database open: a
 * store that was written completely ends with the footer of its last chunk and begins with a
 * header, each with a Fletcher-32 checksum. A file cut short (a power cut, a full disk, a copy
 * that stopped) does not end with a footer; H2 would open it all the same, silently going back
 * to an older state and losing what came after.
 *
 * @param base the database path without the {@code .mv.db} suffix
 */
record H2File(Path base) {
    private static final Pattern FILE_URL = Pattern.compile("^jdbc:h2:(?:file:)?([^;]+)(;.*)?$", Pattern.CASE_INSENSITIVE);
    private static final int FOOTER = 128;
    private static final int BLOCK = 4096;

    H2File {
        if (base == null) throw new IllegalArgumentException("no database path");
    }

    /** The file database a JDBC URL names, or null for anything else (PostgreSQL, H2 in memory or over TCP). */
    static H2File of(String url) {
        if (url == null) return null;
        Matcher m = FILE_URL.matcher(url.strip());
        if (!m.matches()) return null;
        String path = m.group(1);
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:") || lower.startsWith("zip:")
                || lower.startsWith("nio") || lower.startsWith("split:") || lower.startsWith("async:")) return null;
        if (path.startsWith("~")) path = System.getProperty("user.home") + path.substring(1);
        return new H2File(Path.of(path).toAbsolutePath().normalize());
    }

    Path store() {
        return sibling(".mv.db");
    }

    Path lock() {
        return sibling(".lock.db");
    }

    Path backup() {
        return sibling(".backup.zip");
    }

    /** Left by a run that found the database damaged, for the next start. */
    Path damageNote() {
        return sibling(".damaged");
    }

    Path sibling(String suffix) {
        return base.resolveSibling(base.getFileName() + suffix);
    }

    /** The database name inside a backup zip and in an H2 URL. */
    String name() {
        return base.getFileName().toString();
    }

    /** What the lock file H2 keeps beside an open database says about the store file. */
    enum Lock { NONE, SERVED_ELSEWHERE, STALE, UNKNOWN }

    /**
     * Whether another process may have the database open: H2 keeps a lock file while it does and,
     * with AUTO_SERVER, serves it to other processes on the port the lock file names. A lock file
     * left by a killed process names a port where nothing listens (STALE); one without a port
     * cannot be told from a live one (UNKNOWN), so the file is then not read behind H2's back.
     */
    Lock lockState() {
        Path lock = lock();
        if (!Files.isRegularFile(lock)) return Lock.NONE;
        Properties p = new Properties();
        try (var in = Files.newInputStream(lock)) {
            p.load(in);
        } catch (IOException e) {
            return Lock.UNKNOWN;   // being written: someone is opening it
        }
        String server = p.getProperty("server");
        if (server == null) return Lock.UNKNOWN;
        int colon = server.lastIndexOf(':');
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress(server.substring(0, colon), Integer.parseInt(server.substring(colon + 1))), 1000);
            return Lock.SERVED_ELSEWHERE;
        } catch (IOException | RuntimeException e) {
            return Lock.STALE;
        }
    }

    /** What is wrong with the store file, or null if its header and last footer are whole. */
    static String damage(Path store) throws IOException {
        long size = Files.size(store);
        if (size < 2 * BLOCK + FOOTER) return "the file is " + size + " bytes, shorter than an empty database";
        try (FileChannel ch = FileChannel.open(store, StandardOpenOption.READ)) {
            byte[] first = read(ch, 0, BLOCK);
            byte[] second = read(ch, BLOCK, BLOCK);
            if (!validHeader(first) && !validHeader(second)) return "its header is damaged";
            byte[] footer = read(ch, size - FOOTER, FOOTER);
            if (!validFooter(footer)) {
                return size % BLOCK != 0 ? "the file is cut short (" + size + " bytes, not whole blocks of " + BLOCK + ")"
                        : "the file does not end with the end of its data (it was cut short or overwritten)";
            }
        }
        return null;
    }

    private static byte[] read(FileChannel ch, long pos, int len) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(len);
        while (buf.hasRemaining() && ch.read(buf, pos + buf.position()) > 0) { /* read on */ }
        return buf.array();
    }

    /** {@code H:2,block:74,...,fletcher:7f5e8c59} followed by padding. */
    private static boolean validHeader(byte[] block) {
        String s = new String(block, StandardCharsets.ISO_8859_1);
        int end = s.indexOf('\n');
        return s.startsWith("H:") && checksumOk(block, end < 0 ? s.strip().length() : end);
    }

    /** {@code chunk:b,len:4a,version:b,fletcher:e11a6461} padded with spaces to 128 bytes. */
    private static boolean validFooter(byte[] footer) {
        String s = new String(footer, StandardCharsets.ISO_8859_1).strip();
        return s.startsWith("chunk:") && checksumOk(footer, s.length());
    }

    private static boolean checksumOk(byte[] bytes, int length) {
        String s = new String(bytes, 0, Math.max(0, length), StandardCharsets.ISO_8859_1);
        int at = s.lastIndexOf(",fletcher:");
        if (at < 0) return false;
        try {
            long expected = Long.parseLong(s.substring(at + ",fletcher:".length()).strip(), 16);
            return DataUtils.getFletcher32(bytes, 0, at) == (int) expected;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
