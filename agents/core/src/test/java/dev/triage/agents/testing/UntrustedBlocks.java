package dev.triage.agents.testing;

/** Where text sits relative to the untrusted-data blocks of a prompt. */
public final class UntrustedBlocks {

    private static final String OPEN = "<untrusted-data";
    private static final String CLOSE = "</untrusted-data>";

    private UntrustedBlocks() {}

    /** Whether every occurrence of {@code needle} in {@code text} lies inside a block. */
    public static boolean onlyInside(String text, String needle) {
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            int opened = text.lastIndexOf(OPEN, at);
            int closed = text.lastIndexOf(CLOSE, at);
            if (opened < 0 || closed > opened || text.indexOf(CLOSE, at) < 0) {
                return false;
            }
        }
        return true;
    }
}
