package org.bodywork.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** A server the test starts as its own process, its output in a log file, stopped with its children. */
public final class Launched implements AutoCloseable {

    private final Process process;
    private final Path log;

    private Launched(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the command and waits until {@code up} holds, or fails after {@code within}. */
    public static Launched start(ProcessBuilder builder, Path log, Duration within, BooleanSupplier up) {
        try {
            Files.createDirectories(log.getParent());
            Process process = builder.redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Launched launched = new Launched(process, log);
            Instant deadline = Instant.now().plus(within);
            while (Instant.now().isBefore(deadline) && process.isAlive()) {
                try {
                    if (up.getAsBoolean()) {
                        return launched;
                    }
                } catch (RuntimeException notYet) {
                    // Not listening yet.
                }
                Thread.sleep(1000);
            }
            launched.close();
            throw new IllegalStateException("The server did not come up; see " + log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs a server that should stop by itself (a refused start) and gives its exit status; one still
     * running after {@code within} is stopped and fails the test.
     */
    public static int exitStatus(ProcessBuilder builder, Path log, Duration within) {
        try {
            Files.createDirectories(log.getParent());
            Process process = builder.redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(within.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                new Launched(process, log).close();
                throw new IllegalStateException("The server was still running after " + within + "; see " + log);
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Holds once the log contains the text, e.g. Payara Micro's "ready in". */
    public static BooleanSupplier logSays(Path log, String text) {
        return () -> {
            try {
                return Files.exists(log) && Files.readString(log).contains(text);
            } catch (IOException e) {
                return false;
            }
        };
    }

    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends it as a crash would (SIGKILL): no shutdown hooks, nothing flushed. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
