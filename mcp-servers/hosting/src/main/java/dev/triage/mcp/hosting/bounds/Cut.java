package dev.triage.mcp.hosting.bounds;

import java.util.Locale;

/**
 * A bounded view of something larger: what was kept, and how much of how much.
 *
 * @param kept the part that fits
 * @param shown how many units were kept
 * @param total how many units there were
 * @param unit what was counted ("lines", "bytes", "items")
 */
public record Cut<T>(T kept, long shown, long total, String unit) {

    public boolean truncated() {
        return shown < total;
    }

    /**
     * What was cut, as a line the model can act on, e.g. {@code [truncated: showing 200 of 5,312 lines; pass
     * tail_lines to see more]}; empty when nothing was cut.
     */
    public String note(String hint) {
        if (!truncated()) {
            return "";
        }
        return String.format(Locale.ROOT, "[truncated: showing %,d of %,d %s; %s]", shown, total, unit, hint);
    }
}
