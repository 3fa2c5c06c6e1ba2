package dev.triage.bench.ratio;

import dev.triage.bench.OutputTail;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server under test in its own process: started, its URL learnt from its output (or its fixed port answering),
 * its CPU time (with its descendants') readable, stopped on close.
 */
final class ServerProcess implements AutoCloseable {

    private static final long START_TIMEOUT_SECONDS = 120;
    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private final String label;
    private final Process process;
    private final URI url;
    private final String tool;
    private final Map<String, Object> arguments;

    private ServerProcess(String label, Process process, URI url, String tool, Map<String, Object> arguments) {
        this.label = label;
        this.process = process;
        this.url = url;
        this.tool = tool;
        this.arguments = arguments;
    }

    /**
     * Starts {@code command} and waits for a line matching {@code ready}, whose group 1 is the URL or the port of
     * {@code path} on 127.0.0.1.
     */
    static ServerProcess announcing(
            String label, List<String> command, Path directory, Pattern ready, String tool, Map<String, Object> args)
            throws IOException, InterruptedException {
        Process process = start(command, directory, Map.of());
        CompletableFuture<String> announced = new CompletableFuture<>();
        OutputTail tail = OutputTail.follow(
                process,
                line -> {
                    Matcher match = ready.matcher(line);
                    if (match.find()) {
                        announced.complete(match.group(1));
                    }
                },
                () -> announced.completeExceptionally(new IOException("the process ended")));
        String found = await(label, process, announced, tail);
        URI url = URI.create(found.startsWith("http") ? found : "http://127.0.0.1:" + found + "/mcp");
        return new ServerProcess(label, process, url, tool, args);
    }

    /** Starts {@code command} on a free port given in the environment variable {@code portVariable}, ready when the
     * port takes connections (the server's own line comes before it listens). */
    static ServerProcess onPort(
            String label,
            List<String> command,
            Path directory,
            String portVariable,
            String tool,
            Map<String, Object> args)
            throws IOException, InterruptedException {
        int port = freePort();
        Process process = start(command, directory, Map.of(portVariable, Integer.toString(port)));
        OutputTail tail = OutputTail.follow(process, line -> {}, () -> {});
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
        while (!answers(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw failed(label, process, tail);
            }
            Thread.sleep(50);
        }
        return new ServerProcess(label, process, URI.create("http://127.0.0.1:" + port + "/mcp"), tool, args);
    }

    String label() {
        return label;
    }

    URI url() {
        return url;
    }

    String tool() {
        return tool;
    }

    Map<String, Object> arguments() {
        return arguments;
    }

    /** User and system CPU seconds of the process and its descendants so far. */
    double cpuSeconds() {
        long ticks = ticks(process.pid());
        for (ProcessHandle child : process.descendants().toList()) {
            ticks += ticks(child.pid());
        }
        return ticks / TICKS_PER_SECOND;
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }

    private static Process start(List<String> command, Path directory, Map<String, String> environment)
            throws IOException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static String await(String label, Process process, CompletableFuture<String> announced, OutputTail tail)
            throws InterruptedException {
        try {
            return announced.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw failed(label, process, tail);
        }
    }

    private static IllegalStateException failed(String label, Process process, OutputTail tail) {
        process.destroyForcibly();
        return new IllegalStateException(label + " did not start; its last lines:\n" + tail.lastLines());
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
