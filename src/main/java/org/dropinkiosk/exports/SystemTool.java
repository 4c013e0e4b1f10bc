package org.dropinkiosk.exports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs one of the PC's own tools (lsblk, udisksctl, umount) with a time limit and a cap on what it prints. */
final class SystemTool {

    private static final int MAX_OUTPUT = 1 << 20;

    /** What the tool printed and how it ended; {@code exitCode} is -1 when it could not run or took too long. */
    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private SystemTool() {}

    static Result run(List<String> command, long timeoutSeconds) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
        } catch (IOException e) {
            return new Result(-1, command.getFirst() + " is not on this PC");
        }
        // Read on another thread: a tool stuck on a pulled-out stick must not hold the page past the time limit.
        CompletableFuture<String> printed =
                CompletableFuture.supplyAsync(() -> read(process.getInputStream()), Thread::startVirtualThread);
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, command.getFirst() + " took longer than " + timeoutSeconds + " s");
            }
            return new Result(process.exitValue(), printed.get(timeoutSeconds, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        } catch (Exception e) {
            return new Result(process.exitValue(), "");
        }
    }

    private static String read(InputStream in) {
        try (in) {
            byte[] out = in.readNBytes(MAX_OUTPUT);
            in.transferTo(OutputStream.nullOutputStream());
            return new String(out, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
