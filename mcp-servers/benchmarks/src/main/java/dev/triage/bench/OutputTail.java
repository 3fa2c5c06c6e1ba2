package dev.triage.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * A measured process's output, read on a thread of its own: each line is handed on as it comes (to spot a ready
 * line), and the last lines are kept to say why the process did not do what was expected.
 */
public final class OutputTail {

    private static final int KEPT = 30;

    private final Deque<String> lines = new ArrayDeque<>();
    private final Thread reader;

    private OutputTail(Process process, Consumer<String> onLine, Runnable onEnd) {
        this.reader = Thread.ofPlatform().daemon().start(() -> read(process, onLine, onEnd));
    }

    /** Follows {@code process}'s standard output; {@code onEnd} runs when it ends. */
    public static OutputTail follow(Process process, Consumer<String> onLine, Runnable onEnd) {
        return new OutputTail(process, onLine, onEnd);
    }

    /** Waits up to {@code millis} for the output to end. */
    public void join(long millis) throws InterruptedException {
        reader.join(millis);
    }

    /** The last lines read, one per line. */
    public String lastLines() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    private void read(Process process, Consumer<String> onLine, Runnable onEnd) {
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                synchronized (lines) {
                    lines.addLast(line);
                    if (lines.size() > KEPT) {
                        lines.removeFirst();
                    }
                }
                onLine.accept(line);
            }
        } catch (IOException e) {
            // the process is gone; what it printed so far is in the tail
        }
        onEnd.run();
    }
}
