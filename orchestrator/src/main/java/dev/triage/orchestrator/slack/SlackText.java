package dev.triage.orchestrator.slack;

import java.time.Instant;

/** Text for Slack: escaped as mrkdwn wants it, and cut to Block Kit's limits with a note that says so. */
final class SlackText {

    /** Block Kit's limit on a section's text. */
    static final int SECTION_CHARS = 3000;
    /** Block Kit's limits on a header's and a button's plain text. */
    static final int HEADER_CHARS = 150;

    static final int BUTTON_CHARS = 75;

    private SlackText() {}

    /** Text from the report (which may quote logs) as literal mrkdwn: {@code &}, {@code <}, {@code >} escaped. */
    static String escaped(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** {@code text} cut to {@code max} characters, ending with how much was cut when it was. */
    static Cut cut(String text, int max) {
        if (text.length() <= max) {
            return new Cut(text, false);
        }
        String note = " … (" + "%,d".formatted(text.length()) + " characters, cut here: the full report has the rest)";
        int keep = Math.max(0, max - note.length());
        // Never end on half of a surrogate pair or of an escape such as &amp;.
        while (keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        int amp = text.lastIndexOf('&', keep - 1);
        if (amp >= 0 && text.indexOf(';', amp) >= keep) {
            keep = amp;
        }
        return new Cut(text.substring(0, keep) + note, true);
    }

    /** Plain text cut to {@code max} characters with an ellipsis (for headers and buttons, where no note fits). */
    static String clipped(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int keep = max - 1;
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + "…";
    }

    /** How Slack shows {@code at} in each reader's own time zone, with a UTC fallback. */
    static String date(Instant at) {
        return "<!date^" + at.getEpochSecond() + "^{date_short_pretty} {time}|" + at + ">";
    }

    /** A person as the ledger names them: a Slack mention for {@code slack:U...}, else the name as text. */
    static String person(String id) {
        if (id != null && id.startsWith(SlackPeople.PREFIX)) {
            return "<@" + id.substring(SlackPeople.PREFIX.length()) + ">";
        }
        return escaped(id);
    }

    record Cut(String text, boolean wasCut) {}
}
