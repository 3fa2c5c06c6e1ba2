package dev.triage.mcp.hosting.launch;

/**
 * The cached child dies with its launcher as the launcher died: a {@code kill -9} of the process a user (or a test)
 * started kills the child at once too, through Linux's {@code prctl(PR_SET_PDEATHSIG, SIGKILL)}, so nothing keeps
 * its port or data directory. A stopped launcher stops its child itself ({@link CachedLaunch}).
 */
final class ParentDeath {

    private static final int SIGKILL = 9;

    private ParentDeath() {}

    static void killsThisProcess(long parentPid) {
        // Elsewhere the child outlives a killed launcher; a stopped one still stops it.
        Prctl.call(Prctl.PR_SET_PDEATHSIG, SIGKILL);
        // The launcher may have died before the signal was asked for.
        if (ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) != parentPid) {
            Runtime.getRuntime().halt(137);
        }
    }
}
