package dev.triage.orchestrator.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.util.json.GsonFactory;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code /triage} from Slack, against the embedded default: signed requests only, an acknowledgement that says what
 * was understood, usage on {@code help}, one investigation however often Slack retries, and the report back at the
 * command's {@code response_url} as Block Kit.
 */
class SlackCommandsTest extends SlackServiceTest {

    private static final Gson GSON = GsonFactory.createSnakeCase();
    private static final Pattern ID = Pattern.compile("investigation `([0-9a-f-]{36})`");

    @Test
    void aSignedCommandIsAcknowledgedWithTheQuestionNamespaceAndClusterItUnderstood() throws Exception {
        String question = "why is cart failing " + UUID.randomUUID();

        HttpResponse<String> ack =
                slack().post("/slack/commands", Payloads.command(APPROVER, question + " ns=shop", SLACK.hook("ack")));

        assertThat(ack.statusCode()).isEqualTo(200);
        ActionResponse answer = GSON.fromJson(ack.body(), ActionResponse.class);
        assertThat(answer.getResponseType()).isEqualTo("ephemeral");
        JsonNode started = api().get("/api/v1/investigations/" + id(answer.getText()));
        assertThat(started.get("question").asString()).isEqualTo(question);
        assertThat(started.get("namespace").asString()).isEqualTo("shop");
        assertThat(answer.getText())
                .contains(
                        "“" + question + "”",
                        "namespace: `shop`",
                        "cluster: `" + started.get("cluster").asString());
        api().finished(started.get("id").asString());
    }

    @Test
    void everyBadSignatureIsA401AndStartsNothing() throws Exception {
        String question = "signature vector " + UUID.randomUUID();
        String body = Payloads.command(APPROVER, question, SLACK.hook("vectors"));
        long now = Instant.now().getEpochSecond();
        String ts = Long.toString(now);
        String old = Long.toString(now - 360);
        String future = Long.toString(now + 360);
        String signed = SlackSigning.sign(SignedRequests.SECRET, ts, body);
        Map<String, String[]> vectors = Map.of(
                "wrong secret", new String[] {body, ts, SlackSigning.sign("another-apps-secret", ts, body)},
                "6 minutes old", new String[] {body, old, SlackSigning.sign(SignedRequests.SECRET, old, body)},
                "6 minutes ahead", new String[] {body, future, SlackSigning.sign(SignedRequests.SECRET, future, body)},
                "no timestamp", new String[] {body, null, signed},
                "no signature", new String[] {body, ts, null},
                "body changed after signing",
                        new String[] {body.replace("signature+vector", "signature+vector+changed"), ts, signed});

        for (var vector : vectors.entrySet()) {
            String[] v = vector.getValue();
            HttpResponse<String> refused = slack().post("/slack/commands", v[0], v[1], v[2], Map.of());
            assertThat(refused.statusCode()).as(vector.getKey()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .as(vector.getKey())
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        }

        assertThat(startedWith(question)).isZero();
        assertThat(SLACK.calls("/hooks/vectors")).isEmpty();
        assertThat(slack().post("/slack/commands", body, ts, signed, Map.of()).statusCode())
                .as("the same request, signed as Slack signs it")
                .isEqualTo(200);
        assertThat(startedWith(question)).isOne();
        api().finished(recent(question).getFirst().get("id").asString());
    }

    @Test
    void helpAnswersWithUsageAndAMisreadCommandSaysWhyBothStartingNothing() throws Exception {
        HttpResponse<String> help =
                slack().post("/slack/commands", Payloads.command(APPROVER, "help", SLACK.hook("h")));
        ActionResponse usage = GSON.fromJson(help.body(), ActionResponse.class);
        assertThat(usage.getResponseType()).isEqualTo("ephemeral");
        assertThat(usage.getText()).contains("/triage <question> [ns=NAMESPACE] [cluster=NAME]");

        String question = "bad namespace " + UUID.randomUUID();
        HttpResponse<String> bad =
                slack().post("/slack/commands", Payloads.command(APPROVER, question + " ns=Shop_1", SLACK.hook("bad")));
        assertThat(GSON.fromJson(bad.body(), ActionResponse.class).getText())
                .contains("Not understood", "ns=Shop_1 is not a namespace name", "Nothing was started", "Usage");
        assertThat(startedWith(question)).isZero();
    }

    @Test
    void aClusterTheServiceDoesNotReachIsRefusedInTheAnswer() throws Exception {
        String question = "elsewhere " + UUID.randomUUID();
        HttpResponse<String> refused = slack().post(
                        "/slack/commands",
                        Payloads.command(APPROVER, question + " cluster=not-this-one", SLACK.hook("elsewhere")));
        assertThat(GSON.fromJson(refused.body(), ActionResponse.class).getText())
                .contains("Not started", "not 'not-this-one'");
        assertThat(startedWith(question)).isZero();
    }

    @Test
    void aSignedBodyThatIsNoCommandIsA400SayingWhatIsMissing() throws Exception {
        HttpResponse<String> noUrl = slack().post("/slack/commands", "command=%2Ftriage&text=help");
        assertThat(noUrl.statusCode()).isEqualTo(400);
        assertThat(noUrl.body()).contains("response_url");
        HttpResponse<String> notAForm = slack().post("/slack/commands", "text=%zz&response_url=x");
        assertThat(notAForm.statusCode()).isEqualTo(400);
        assertThat(notAForm.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        HttpResponse<String> elsewhere = slack().post(
                        "/slack/commands",
                        SignedRequests.form(Map.of("text", "help", "response_url", "http://example.com/hook")));
        assertThat(elsewhere.statusCode()).as("plain http off this machine").isEqualTo(400);
    }

    @Test
    void slacksRetryOfACommandStartsNoSecondInvestigation() throws Exception {
        String question = "retried " + UUID.randomUUID();
        String body = Payloads.command(APPROVER, question + " ns=shop", SLACK.hook("retried"));

        String first = slack().post("/slack/commands", body).body();
        String ts = Long.toString(Instant.now().getEpochSecond());
        HttpResponse<String> retry = slack().post(
                        "/slack/commands",
                        body,
                        ts,
                        SlackSigning.sign(SignedRequests.SECRET, ts, body),
                        Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));

        assertThat(first).contains("Investigating");
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(GSON.fromJson(retry.body(), ActionResponse.class).getText()).contains("Already investigating");
        assertThat(startedWith(question)).isOne();
        api().finished(id(GSON.fromJson(first, ActionResponse.class).getText()));
        SLACK.await("/hooks/retried", call -> true);
        assertThat(SLACK.calls("/hooks/retried"))
                .as("one report for the command")
                .hasSize(1);
    }

    static String id(String acknowledgement) {
        Matcher matcher = ID.matcher(acknowledgement);
        assertThat(matcher.find()).as(acknowledgement).isTrue();
        return matcher.group(1);
    }

    /** The report at a response_url, parsed with the SDK's model. */
    static List<LayoutBlock> blocks(SlackStandIn.Call call) {
        ActionResponse report = GSON.fromJson(call.body(), ActionResponse.class);
        assertThat(report.getResponseType()).isEqualTo("in_channel");
        assertThat(report.getText()).startsWith("Triage: ");
        return report.getBlocks();
    }

    static List<String> actionIds(List<LayoutBlock> blocks) {
        return ReportBlocksTest.buttons(blocks).stream()
                .map(ButtonElement::getActionId)
                .toList();
    }

    static String header(List<LayoutBlock> blocks) {
        return ((HeaderBlock) blocks.getFirst()).getText().getText();
    }

    /** How many investigations were started whose question ends as {@code question} does (its unique id). */
    private long startedWith(String question) throws Exception {
        return recent(question).size();
    }

    private List<JsonNode> recent(String question) throws Exception {
        String unique = question.substring(question.length() - 36);
        return api().get("/api/v1/investigations?limit=100")
                .get("investigations")
                .valueStream()
                .filter(i -> i.get("question").asString().contains(unique))
                .toList();
    }
}
