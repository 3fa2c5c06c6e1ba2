package dev.triage.mcp.runbook.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kubernetes resource quantities ({@code 256Mi}, {@code 1.5}, {@code 250m}), strictly: only the suffixes that
 * memory and CPU use, no exponents, no signs.
 */
public final class Quantities {

    private static final Pattern QUANTITY = Pattern.compile("([0-9]{1,12}(?:\\.[0-9]{1,6})?)(m|k|M|G|T|Ki|Mi|Gi|Ti)?");
    private static final BigDecimal KI = BigDecimal.valueOf(1024);
    private static final Map<String, BigDecimal> FACTORS = Map.of(
            "", BigDecimal.ONE,
            "m", new BigDecimal("0.001"),
            "k", BigDecimal.valueOf(1_000),
            "M", BigDecimal.valueOf(1_000_000),
            "G", BigDecimal.valueOf(1_000_000_000),
            "T", BigDecimal.valueOf(1_000_000_000_000L),
            "Ki", KI,
            "Mi", KI.pow(2),
            "Gi", KI.pow(3),
            "Ti", KI.pow(4));

    private Quantities() {}

    /** The amount in base units (bytes, cores), or empty when {@code text} is not a quantity. */
    public static Optional<BigDecimal> parse(String text) {
        Matcher matcher = QUANTITY.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String suffix = matcher.group(2) == null ? "" : matcher.group(2);
        return Optional.of(new BigDecimal(matcher.group(1)).multiply(FACTORS.get(suffix)));
    }

    /** {@code amount} rounded up to a whole multiple of {@code step}. */
    public static BigDecimal roundUp(BigDecimal amount, BigDecimal step) {
        return amount.divide(step, 0, RoundingMode.CEILING).multiply(step);
    }

    /** Bytes as the largest binary suffix that divides them ({@code 384Mi}, {@code 2Gi}). */
    public static String bytes(BigDecimal bytes) {
        for (String suffix : new String[] {"Ti", "Gi", "Mi", "Ki"}) {
            BigDecimal[] division = bytes.divideAndRemainder(FACTORS.get(suffix));
            if (division[1].signum() == 0 && division[0].signum() > 0) {
                return division[0].toBigInteger() + suffix;
            }
        }
        return bytes.setScale(0, RoundingMode.CEILING).toPlainString();
    }

    /** Cores as whole cores when they are ({@code 2}), else millicores ({@code 1500m}). */
    public static String cores(BigDecimal cores) {
        if (cores.stripTrailingZeros().scale() <= 0) {
            return cores.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
        }
        return cores.movePointRight(3).setScale(0, RoundingMode.CEILING).toPlainString() + "m";
    }
}
