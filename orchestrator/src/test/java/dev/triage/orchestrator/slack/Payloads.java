package dev.triage.orchestrator.slack;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.json.JsonMapper;

/** Interaction payloads as Slack sends them (its JSON field names), for a message in channel C0CHANNEL. */
final class Payloads {

    static final String CHANNEL = "C0CHANNEL";
    static final String MESSAGE_TS = "1700000000.000100";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong CLICKS = new AtomicLong();

    private Payloads() {}

    /** A click on a button of the report message, as the form body {@code payload=...}. */
    static String click(String user, String actionId, String value, String responseUrl) {
        Map<String, Object> payload = Map.of(
                "type", "block_actions",
                "user", Map.of("id", user, "username", "someone", "team_id", "T0TEAM"),
                "api_app_id", "A0APP",
                "team", Map.of("id", "T0TEAM", "domain", "example"),
                "container",
                        Map.of(
                                "type",
                                "message",
                                "message_ts",
                                MESSAGE_TS,
                                "channel_id",
                                CHANNEL,
                                "is_ephemeral",
                                false),
                "trigger_id", "4242." + CLICKS.incrementAndGet() + ".abcdef",
                "channel", Map.of("id", CHANNEL, "name", "ops"),
                "response_url", responseUrl,
                "actions",
                        List.of(Map.of(
                                "type",
                                "button",
                                "action_id",
                                actionId,
                                "block_id",
                                "decide-0",
                                "value",
                                value,
                                "action_ts",
                                "1700000001." + CLICKS.incrementAndGet())));
        return SignedRequests.form(Map.of("payload", JSON.writeValueAsString(payload)));
    }

    /** {@code /triage text} typed by {@code user} in channel C0CHANNEL, as the form Slack posts to the command's URL. */
    static String command(String user, String text, String responseUrl) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("token", "deprecated-verification-token");
        fields.put("team_id", "T0TEAM");
        fields.put("team_domain", "example");
        fields.put("channel_id", CHANNEL);
        fields.put("channel_name", "ops");
        fields.put("user_id", user);
        fields.put("user_name", "someone");
        fields.put("command", "/triage");
        fields.put("text", text);
        fields.put("api_app_id", "A0APP");
        fields.put("is_enterprise_install", "false");
        fields.put("response_url", responseUrl);
        fields.put("trigger_id", "4244." + CLICKS.incrementAndGet() + ".abcdef");
        return SignedRequests.form(fields);
    }

    /** The reason modal submitted: {@code privateMetadata} as the service gave it to views.open. */
    static String submission(String user, String callbackId, String privateMetadata, String reason) {
        Map<String, Object> payload = Map.of(
                "type",
                "view_submission",
                "user",
                Map.of("id", user, "username", "someone", "team_id", "T0TEAM"),
                "api_app_id",
                "A0APP",
                "team",
                Map.of("id", "T0TEAM", "domain", "example"),
                "trigger_id",
                "4243." + CLICKS.incrementAndGet() + ".abcdef",
                "view",
                Map.of(
                        "id",
                        "V0001",
                        "type",
                        "modal",
                        "callback_id",
                        callbackId,
                        "private_metadata",
                        privateMetadata,
                        "hash",
                        "1700000002.abc" + CLICKS.incrementAndGet(),
                        "state",
                        Map.of(
                                "values",
                                Map.of(
                                        "reason",
                                        Map.of("reason", Map.of("type", "plain_text_input", "value", reason))))));
        return SignedRequests.form(Map.of("payload", JSON.writeValueAsString(payload)));
    }
}
