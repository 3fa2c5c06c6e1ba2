package dev.triage.mcp.hosting.bounds;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Cuts text and lists to a size a model can read, counting what was left out. */
public final class Bounds {

    private Bounds() {}

    /** The last {@code max} lines (logs: the end is where the failure is). */
    public static Cut<String> lastLines(String text, int max) {
        List<String> lines = text.lines().toList();
        int from = Math.max(0, lines.size() - max);
        return new Cut<>(
                String.join("\n", lines.subList(from, lines.size())), lines.size() - from, lines.size(), "lines");
    }

    /** The first {@code max} lines. */
    public static Cut<String> firstLines(String text, int max) {
        List<String> lines = text.lines().toList();
        int to = Math.min(max, lines.size());
        return new Cut<>(String.join("\n", lines.subList(0, to)), to, lines.size(), "lines");
    }

    /** The last {@code maxBytes} bytes of UTF-8, starting on a whole line when one fits. */
    public static Cut<String> lastBytes(String text, int maxBytes) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= maxBytes) {
            return new Cut<>(text, bytes.length, bytes.length, "bytes");
        }
        int from = bytes.length - maxBytes;
        while (from < bytes.length && isContinuation(bytes[from])) {
            from++;
        }
        String kept = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        int newline = kept.indexOf('\n');
        if (newline >= 0 && newline < kept.length() - 1) {
            kept = kept.substring(newline + 1);
        }
        return new Cut<>(kept, utf8Length(kept), bytes.length, "bytes");
    }

    /** The first {@code maxBytes} bytes of UTF-8, never splitting a character. */
    public static Cut<String> firstBytes(String text, int maxBytes) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= maxBytes) {
            return new Cut<>(text, bytes.length, bytes.length, "bytes");
        }
        int to = maxBytes;
        while (to > 0 && isContinuation(bytes[to])) {
            to--;
        }
        return new Cut<>(new String(bytes, 0, to, StandardCharsets.UTF_8), to, bytes.length, "bytes");
    }

    /** The first {@code max} items. */
    public static <T> Cut<List<T>> firstItems(List<T> items, int max) {
        int to = Math.min(max, items.size());
        return new Cut<>(List.copyOf(items.subList(0, to)), to, items.size(), "items");
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    private static long utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
