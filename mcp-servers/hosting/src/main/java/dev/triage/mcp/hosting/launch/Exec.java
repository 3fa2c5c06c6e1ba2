package dev.triage.mcp.hosting.launch;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * POSIX {@code execv} through the foreign function API: this process becomes {@code command}, keeping its pid, its
 * parent, its standard streams and its environment, so a launcher that only chooses how to run a command costs
 * nothing once it has chosen (no second JVM kept alive beside the one doing the work, its compilers still busy).
 */
final class Exec {

    private static final int SIG_SETMASK = 2;
    /** Linux's kernel signal set is 8 bytes; glibc's {@code sigset_t} 128: enough room for either. */
    private static final long SIGSET_BYTES = 128;

    private Exec() {}

    /**
     * Replaces this process by {@code command} (its first element a path to the program); returns only when that
     * could not be done (not POSIX, no native access, exec refused), and then nothing has changed.
     */
    static void replaceWith(List<String> command) {
        try {
            Linker linker = Linker.nativeLinker();
            MethodHandle execv = linker.downcallHandle(
                    linker.defaultLookup().findOrThrow("execv"),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
            MethodHandle sigmask = linker.downcallHandle(
                    linker.defaultLookup().findOrThrow("pthread_sigmask"),
                    FunctionDescriptor.of(
                            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment argv = arena.allocate(ValueLayout.ADDRESS, command.size() + 1L);
                for (int i = 0; i < command.size(); i++) {
                    argv.setAtIndex(ValueLayout.ADDRESS, i, arena.allocateFrom(command.get(i)));
                }
                argv.setAtIndex(ValueLayout.ADDRESS, command.size(), MemorySegment.NULL);
                MemorySegment path = arena.allocateFrom(command.getFirst());
                System.out.flush();
                System.err.flush();
                // The JVM blocks some signals on its threads (SIGQUIT on this one); a new program inherits the
                // mask, so it starts with none blocked, as from a shell.
                MemorySegment none = arena.allocate(SIGSET_BYTES);
                MemorySegment before = arena.allocate(SIGSET_BYTES);
                int masked = (int) sigmask.invokeExact(SIG_SETMASK, none, before);
                int failed = (int) execv.invokeExact(path, argv);
                // Only a failed exec returns: this thread's mask as it was, and the caller runs the command another
                // way.
                if (failed != 0 && masked == 0) {
                    int restored = (int) sigmask.invokeExact(SIG_SETMASK, before, MemorySegment.NULL);
                }
            }
        } catch (Throwable unavailable) {
            // no exec here: the caller runs the command another way
        }
    }
}
