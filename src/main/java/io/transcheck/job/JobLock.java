package io.transcheck.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;

/**
 * One run of a job at a time on this machine: an operating-system lock on {@code <dir>/<job>.lock},
 * released by the OS when the process ends, however it ends, so a killed run never leaves a stale lock.
 */
public final class JobLock implements AutoCloseable {

    /** Another process holds the lock. */
    public static class AlreadyRunningException extends Exception {
        public AlreadyRunningException(String message) {
            super(message);
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private JobLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static JobLock acquire(Path dir, String job) throws AlreadyRunningException {
        return acquire(dir, job, "job " + job);
    }

    /**
     * @param name what the lock file is called ({@code <name>.lock})
     * @param what the run it stands for, in the message of a refused run ("job NAME", "an ad hoc run into DIR")
     */
    public static JobLock acquire(Path dir, String name, String what) throws AlreadyRunningException {
        String job = name;
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".lock");
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new AlreadyRunningException(what + " is already running (" + (holder.isEmpty() ? "lock " + file : holder)
                        + "); this run changed nothing. Wait for it to finish");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", started " + LocalDateTime.now().withNano(0))
                    .getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
            return new JobLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock job " + job + " in " + dir, e);
        }
    }

    @Override public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
