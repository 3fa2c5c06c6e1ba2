package dev.triage.orchestrator.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The verdicts as a table (scenario, result, time, tokens, tier, why), each failure's reasons in full below it, and
 * the pass rate over the scenarios that count (pending ones do not).
 */
public record Scoreboard(List<Verdict> verdicts) {

    private static final int WHY_WIDTH = 100;

    public Scoreboard {
        verdicts = List.copyOf(verdicts);
    }

    public long counted() {
        return verdicts.stream().filter(Verdict::counted).count();
    }

    public long passed() {
        return verdicts.stream().filter(v -> v.result() == Verdict.Result.PASS).count();
    }

    public boolean anyError() {
        return verdicts.stream().anyMatch(v -> v.result() == Verdict.Result.ERROR);
    }

    /** Passed over counted, in percent; 100 when nothing counts. */
    public double passRate() {
        return counted() == 0 ? 100.0 : 100.0 * passed() / counted();
    }

    public String render(String tier) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"SCENARIO", "RESULT", "TIME", "TOKENS", "TIER", "WHY"});
        for (Verdict v : verdicts) {
            rows.add(new String[] {
                v.scenario(),
                v.result().name(),
                v.result() == Verdict.Result.ERROR ? "-" : String.format("%.1fs", v.millis() / 1000.0),
                String.valueOf(v.tokens()),
                v.tiers(),
                why(v)
            });
        }
        StringBuilder out = new StringBuilder();
        int[] widths = widths(rows);
        rows.forEach(row -> out.append(line(row, widths)).append('\n'));
        details(out);
        long pending = verdicts.stream().filter(v -> !v.counted()).count();
        out.append(String.format(
                "%nPass rate: %d/%d (%.1f%%) on tier %s%s%n",
                passed(), counted(), passRate(), tier, pending == 0 ? "" : "; " + pending + " pending, not counted"));
        return out.toString();
    }

    private void details(StringBuilder out) {
        for (Verdict v : verdicts) {
            if (v.result() == Verdict.Result.FAIL || v.result() == Verdict.Result.ERROR) {
                out.append('\n')
                        .append(v.scenario())
                        .append(' ')
                        .append(v.result())
                        .append(":\n");
                v.reasons().forEach(reason -> out.append("  - ").append(reason).append('\n'));
            }
        }
    }

    private static String why(Verdict v) {
        if (v.reasons().isEmpty()) {
            return "";
        }
        String first = v.reasons().getFirst();
        String more = v.reasons().size() > 1 ? " (+" + (v.reasons().size() - 1) + " more)" : "";
        return (first.length() > WHY_WIDTH ? first.substring(0, WHY_WIDTH - 1) + "…" : first) + more;
    }

    private static int[] widths(List<String[]> rows) {
        int[] widths = new int[rows.getFirst().length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        return widths;
    }

    private static String line(String[] row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            boolean last = i == row.length - 1;
            line.append(last ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
        }
        return line.toString().stripTrailing();
    }
}
