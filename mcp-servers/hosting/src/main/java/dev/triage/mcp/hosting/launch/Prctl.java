package dev.triage.mcp.hosting.launch;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.OptionalInt;

/** Linux's {@code prctl(option, arg)} through the foreign function API; nothing where there is none. */
public final class Prctl {

    public static final int PR_SET_PDEATHSIG = 1;
    public static final int PR_SET_CHILD_SUBREAPER = 36;

    private Prctl() {}

    /** Its result (0 when done), or empty where the call cannot be made (not Linux, no native access). */
    public static OptionalInt call(int option, long arg) {
        try {
            Linker linker = Linker.nativeLinker();
            MethodHandle prctl = linker.downcallHandle(
                    linker.defaultLookup().findOrThrow("prctl"),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG),
                    Linker.Option.firstVariadicArg(1));
            return OptionalInt.of((int) prctl.invokeExact(option, arg));
        } catch (Throwable unavailable) {
            return OptionalInt.empty();
        }
    }
}
