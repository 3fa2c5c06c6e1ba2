package dev.triage.mcp.hosting.launch;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The cached child dies with its launcher as the launcher died: a {@code kill -9} of the process a user (or a test)
 * started kills the child at once too, through Linux's {@code prctl(PR_SET_PDEATHSIG, SIGKILL)}, so nothing keeps
 * its port or data directory. A stopped launcher stops its child itself ({@link CachedLaunch}).
 */
final class ParentDeath {

    private static final int PR_SET_PDEATHSIG = 1;
    private static final int SIGKILL = 9;

    private ParentDeath() {}

    static void killsThisProcess(long parentPid) {
        try {
            Linker linker = Linker.nativeLinker();
            MethodHandle prctl = linker.downcallHandle(
                    linker.defaultLookup().findOrThrow("prctl"),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG),
                    Linker.Option.firstVariadicArg(1));
            int ignored = (int) prctl.invokeExact(PR_SET_PDEATHSIG, (long) SIGKILL);
        } catch (Throwable notLinux) {
            // elsewhere the child outlives a killed launcher; a stopped one still stops it
        }
        // The launcher may have died before the signal was asked for.
        if (ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) != parentPid) {
            Runtime.getRuntime().halt(137);
        }
    }
}
