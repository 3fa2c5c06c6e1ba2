package dev.triage.bench.startup;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Makes this process the child subreaper (Linux {@code prctl(PR_SET_CHILD_SUBREAPER)}), so what a measured process
 * daemonises (the embedded PostgreSQL, started by {@code pg_ctl}) stays among its descendants and its CPU counts.
 */
final class Subreaper {

    private static final int PR_SET_CHILD_SUBREAPER = 36;

    private Subreaper() {}

    static void become() {
        try {
            Linker linker = Linker.nativeLinker();
            MethodHandle prctl = linker.downcallHandle(
                    linker.defaultLookup().findOrThrow("prctl"),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG),
                    Linker.Option.firstVariadicArg(1));
            int result = (int) prctl.invokeExact(PR_SET_CHILD_SUBREAPER, 1L);
            if (result != 0) {
                System.err.println("prctl(PR_SET_CHILD_SUBREAPER) failed: daemonised children's CPU is not counted");
            }
        } catch (Throwable e) {
            System.err.println("no subreaper (" + e + "): daemonised children's CPU is not counted");
        }
    }
}
