package dev.triage.mcp.hosting.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code java -jar NAME.jar ...} on the Java ahead-of-time cache the build trains next to the jar
 * ({@code NAME-aot/}: the jar extracted, so its classes come from plain jars a cache can hold, and a cache per
 * {@link AotProfile}), in a JVM given the same JVM options, standard streams and exit code: this process becomes that
 * JVM ({@code execv}: the same pid), or where it cannot, starts it as a child and waits for it. Nothing changes
 * for the user but the start-up time: without the cache, with {@code -Dtriage.aot=off}, when the cache was trained on
 * another build of the jar, or when the jar was not started with {@code -jar} (an image's class path), the process
 * runs as it is. The orchestrator's jar and each standalone MCP server's call it first thing in {@code main}.
 */
public final class CachedLaunch {

    /**
     * Set on the child so it runs the application instead of relaunching: to {@link #EXECED} when this process became
     * it, else to the launcher's pid (a child process, which dies with its launcher).
     */
    static final String CHILD = "triage.aot.child";

    static final String EXECED = "exec";

    /** For ParentDeath's prctl; the training run is given it too, as a cache serves only the same module options. */
    static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";

    private CachedLaunch() {}

    /**
     * Runs {@code args} on {@code profile}'s cache, as this process or in a child whose code it exits with, or returns
     * when this process should run them as it is.
     */
    public static void relaunchIfCached(String[] args, AotProfile profile) {
        String parent = System.getProperty(CHILD);
        if (parent != null) {
            if (parent.chars().allMatch(Character::isDigit)) {
                ParentDeath.killsThisProcess(Long.parseLong(parent));
            }
            return;
        }
        if ("off".equals(System.getProperty("triage.aot"))) {
            return;
        }
        Optional<List<String>> command = command(args, profile);
        if (command.isEmpty()) {
            return;
        }
        // This process becomes the child: one JVM, the user's pid, signals straight to it. Returns where it cannot.
        Exec.replaceWith(marked(command.get(), EXECED));
        int exit;
        try {
            exit = run(
                    marked(command.get(), Long.toString(ProcessHandle.current().pid())));
        } catch (IOException e) {
            return; // no child: this process runs it, as without a cache
        }
        System.exit(exit);
    }

    /** {@code command} with the {@link #CHILD} property set to {@code child}, among its JVM options. */
    private static List<String> marked(List<String> command, String child) {
        List<String> marked = new ArrayList<>(command);
        marked.add(1, "-D" + CHILD + "=" + child);
        return marked;
    }

    private static Optional<List<String>> command(String[] args, AotProfile profile) {
        Optional<AotCache> cache = thisJar().flatMap(AotCache::beside);
        Optional<Path> file = cache.flatMap(found -> found.file(profile));
        Optional<List<String>> jvmOptions = jvmOptions();
        if (file.isEmpty() || jvmOptions.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The JVM's own warnings (a cache it cannot use, say) to stderr: stdout carries only what a command prints.
        command.addAll(List.of("-Xlog:disable", "-Xlog:all=warning:stderr"));
        command.addAll(jvmOptions.get());
        command.add("-XX:AOTCache=" + file.get());
        command.add(NATIVE_ACCESS);
        command.addAll(profile.jvmFlags());
        command.add("-jar");
        command.add(cache.get().jar().toString());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /** The jar {@code java -jar} was given, when that is how this JVM started. */
    private static Optional<Path> thisJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    /** What came before {@code -jar} on this JVM's command line (heap size, system properties, agents). */
    private static Optional<List<String>> jvmOptions() {
        List<String> arguments =
                ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
        int jar = arguments.indexOf("-jar");
        return jar < 0 ? Optional.empty() : Optional.of(List.copyOf(arguments.subList(0, jar)));
    }

    private static int run(List<String> command) throws IOException {
        Process child = new ProcessBuilder(command).inheritIO().start();
        // A stopped parent stops the child the same way (SIGTERM: the service closes what it opened) ...
        Thread stopChild = new Thread(() -> stop(child), "triage-aot-child-stop");
        Runtime.getRuntime().addShutdownHook(stopChild);
        while (true) {
            try {
                int exit = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(stopChild);
                return exit;
            } catch (InterruptedException e) {
                // keep waiting: the child's exit code is this process's
            } catch (IllegalStateException e) {
                return child.exitValue(); // shutting down already: the hook stopped the child
            }
        }
    }

    private static void stop(Process child) {
        child.destroy();
        try {
            child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
