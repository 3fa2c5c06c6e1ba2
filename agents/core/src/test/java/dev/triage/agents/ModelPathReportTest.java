package dev.triage.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.triage.agents.routing.BedrockSettings;
import dev.triage.agents.routing.CircuitBreakerSettings;
import dev.triage.agents.routing.PolicyRule;
import dev.triage.agents.routing.RequestSource;
import dev.triage.agents.routing.Role;
import dev.triage.agents.routing.RoutingSettings;
import dev.triage.agents.routing.Tier;
import dev.triage.agents.routing.VllmSettings;
import dev.triage.agents.testing.BedrockWire;
import dev.triage.agents.testing.DemoServers;
import dev.triage.agents.testing.ModelAnswers;
import dev.triage.agents.testing.OpenAiWire;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.model.ModelCall;
import dev.triage.model.Remediation;
import dev.triage.model.RouteStep;
import dev.triage.model.Severity;
import dev.triage.model.ToolCall;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model path end to end: an investigator built from real routing settings, Bedrock and vLLM as wire-level fakes
 * on loopback, and the real EKS and runbook MCP servers on the bundled demo snapshot. Asserts on the recorded model
 * requests and on the report's fields, never on prose.
 */
class ModelPathReportTest {

    /** What the report records of each model call: who, which tier and model, why, tokens and outcome. */
    private static final Function<ModelCall, Tuple> DECISION = call -> tuple(
            call.agent(),
            call.tier(),
            call.model(),
            call.reason(),
            call.inputTokens(),
            call.outputTokens(),
            call.outcome());

    private static final String BEDROCK_MODEL = "anthropic.claude-3-5-haiku-20241022-v1:0";
    private static final String VLLM_MODEL = "qwen2.5-7b-instruct";
    /** Long enough for a cold first call, and far shorter than the reply held back to provoke a timeout. */
    private static final Duration BEDROCK_TIMEOUT = Duration.ofSeconds(10);

    private static final String ACCESS_KEY = "AKIDMODELPATHTEST";
    private static final Pattern AGENT = Pattern.compile("^You are the (\\w+) agent");
    private static final Duration HELD_BACK = Duration.ofSeconds(60);
    /**
     * Between the diagnostic agent's first request (system prompt, question, the analyzers' findings for shop: about
     * 11,000 characters) and its second, which also carries the previous log of a cart pod (about 21,000).
     */
    private static final int SMALL_EVIDENCE = 15_000;

    private static final String ALERT_REMEDIATION = "alerts: remediation by the rules";
    private static final String MASTER_ON_BEDROCK = "master on bedrock while the budget lasts";
    private static final String MASTER_ON_VLLM = "master on vllm once the budget runs low";
    private static final String SMALL_ON_BEDROCK = "diagnostic with small evidence on bedrock";
    private static final String LARGE_ON_VLLM = "diagnostic with large evidence on the in-cluster vllm";
    private static final String REMEDIATION_ON_BEDROCK = "remediation on bedrock";

    private static final List<PolicyRule> POLICY = List.of(
            new PolicyRule(
                    Set.of(Role.REMEDIATION),
                    Set.of(RequestSource.ALERTMANAGER),
                    null,
                    null,
                    null,
                    Tier.RULES,
                    ALERT_REMEDIATION),
            new PolicyRule(Set.of(Role.MASTER), Set.of(), null, null, 10_000L, Tier.BEDROCK, MASTER_ON_BEDROCK),
            new PolicyRule(Set.of(Role.MASTER), Set.of(), null, null, null, Tier.VLLM, MASTER_ON_VLLM),
            new PolicyRule(
                    Set.of(Role.DIAGNOSTIC), Set.of(), null, SMALL_EVIDENCE, null, Tier.BEDROCK, SMALL_ON_BEDROCK),
            new PolicyRule(Set.of(Role.DIAGNOSTIC), Set.of(), null, null, null, Tier.VLLM, LARGE_ON_VLLM),
            new PolicyRule(Set.of(Role.REMEDIATION), Set.of(), null, null, null, Tier.BEDROCK, REMEDIATION_ON_BEDROCK));

    private static final String CART_POD = "cart-7b9d6c5f48-vs4c7";
    private static final String INVENTED_POD = "cart-7b9d6c5f48-zzzzz";
    private static final String CART_OOM = "oom_killed/Deployment/shop/cart";
    private static final String GC_LINE = "Pause Full (G1 Compaction Pause) 191M->188M(192M) 402.773ms";

    /** Names the root causes of shop and cites only its findings, so the master's check lets it through. */
    private static final String SUMMARY = "cart is OOMKilled at its 256Mi limit; raise the limit (approval needed). "
            + "Also failing: recommendations, checkout, catalog, frontend, image-resizer, storefront.";

    private static DemoServers servers;
    // The whole model path runs once (it waits out one timeout); three tests read what it did.
    private static BedrockWire pathBedrock;
    private static OpenAiWire pathVllm;
    private static InvestigationReport pathReport;
    private static final List<InvestigationEvent> pathEvents = new CopyOnWriteArrayList<>();

    private final BedrockWire bedrock = new BedrockWire();
    private final OpenAiWire vllm = new OpenAiWire();

    @BeforeAll
    static void runTheModelPathOnce() {
        servers = DemoServers.start();
        // The investigator takes AWS credentials from the default chain, whose first link is these properties.
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", "fake-secret-key");
        pathBedrock = new BedrockWire();
        pathVllm = new OpenAiWire();
        scriptTheWholePath(pathBedrock, pathVllm);
        pathReport = investigate(pathBedrock, pathVllm, RequestSource.API, 1_000_000, pathEvents::add);
    }

    @AfterAll
    static void stopServers() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        pathBedrock.close();
        pathVllm.close();
        servers.close();
    }

    @AfterEach
    void closeFakes() {
        bedrock.close();
        vllm.close();
    }

    @Test
    void eachCallIsRoutedByThePolicyFallsBackOnFailureAndTheReportRecordsTokensAndDecisions() {
        InvestigationReport report = pathReport;

        assertThat(report.status()).isEqualTo(InvestigationStatus.COMPLETED);
        assertThat(report.route())
                .extracting(RouteStep::agent, RouteStep::reason)
                .containsExactly(
                        tuple("diagnostic", ModelAnswers.DIAGNOSTIC_REASON),
                        tuple("remediation", ModelAnswers.REMEDIATION_REASON));
        assertThat(report.models())
                .extracting(DECISION)
                .containsExactly(
                        tuple("master", "bedrock", BEDROCK_MODEL, MASTER_ON_BEDROCK, 1210, 64, "ok"),
                        tuple("diagnostic", "bedrock", BEDROCK_MODEL, SMALL_ON_BEDROCK, 0, 0, "http 503"),
                        tuple("diagnostic", "vllm", VLLM_MODEL, "fallback after bedrock: http 503", 2300, 41, "ok"),
                        tuple("diagnostic", "vllm", VLLM_MODEL, LARGE_ON_VLLM, 5150, 380, "ok"),
                        tuple("remediation", "bedrock", BEDROCK_MODEL, REMEDIATION_ON_BEDROCK, 0, 0, "timeout"),
                        tuple("remediation", "vllm", VLLM_MODEL, "fallback after bedrock: timeout", 3070, 95, "ok"),
                        tuple("master", "bedrock", BEDROCK_MODEL, MASTER_ON_BEDROCK, 2600, 210, "ok"));
        assertThat(report.models())
                .allSatisfy(call -> assertThat(call.latencyMs()).isNotNegative());
        assertThat(report.summary()).as("the master's summary is the model's").isEqualTo(SUMMARY);
        assertThat(pathEvents)
                .as("every decision is streamed as it is made, as the report records it")
                .filteredOn(InvestigationEvent.ModelCalled.class::isInstance)
                .extracting(event -> ((InvestigationEvent.ModelCalled) event).call())
                .containsExactlyElementsOf(report.models());
    }

    @Test
    void modelRequestsGoToTheConfiguredEndpointsSignedAndFromTheAgentsThePolicyNamed() {
        assertThat(pathBedrock.requests()).allSatisfy(request -> {
            assertThat(request.rawPath()).isEqualTo("/model/" + encoded(BEDROCK_MODEL) + "/converse");
            assertThat(request.header("Authorization")).startsWith("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY + "/");
        });
        assertThat(pathBedrock.systemPrompts())
                .extracting(ModelPathReportTest::agentOf)
                .containsExactly("master", "diagnostic", "remediation", "master");
        assertThat(pathVllm.requests())
                .allSatisfy(request ->
                        assertThat(request.body().path("model").asString()).isEqualTo(VLLM_MODEL));
        assertThat(pathVllm.systemPrompts())
                .extracting(ModelPathReportTest::agentOf)
                .containsExactly("diagnostic", "diagnostic", "remediation");
        assertThat(pathVllm.offeredTools().getFirst()).contains("get_pod_logs", "get_resource", "get_events");
        assertThat(pathVllm.toolResults(1)).singleElement().asString().contains(GC_LINE);
        assertThat(pathBedrock.scriptUsed() && pathVllm.scriptUsed())
                .as("every scripted reply was asked for")
                .isTrue();
    }

    @Test
    void theModelsToolCallsReachTheRealServersAndOnlyGroundedClaimsReachTheReport() {
        InvestigationReport report = pathReport;

        assertThat(calls(report, "eks", "get_pod_logs")).singleElement().satisfies(call -> {
            assertThat(call.arguments()).contains("\"pod_name\":\"" + CART_POD + "\"", "\"previous\":true");
            assertThat(call.outcome()).isEqualTo("ok");
        });
        assertThat(calls(report, "eks", "get_resource"))
                .filteredOn(call -> call.arguments().contains(INVENTED_POD))
                .singleElement()
                .satisfies(call -> assertThat(call.outcome()).isNotEqualTo("ok"));
        Finding symptom = finding(report, "resource_saturation/Pod/shop/" + CART_POD);
        assertThat(symptom.causedBy()).isEqualTo(CART_OOM);
        assertThat(symptom.owner()).hasToString("Deployment/shop/cart");
        assertThat(symptom.evidence()).extracting(Evidence::quote).containsExactly(GC_LINE);
        assertThat(report.rootCauses()).contains(CART_OOM).doesNotContain(symptom.id());
        assertThat(report.findings()).extracting(Finding::name).doesNotContain(INVENTED_POD);
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.evidence()).isNotEmpty());
        assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains(INVENTED_POD, "no such resource"));
        assertThat(pathBedrock.requests().getLast().body().toString())
                .as("the master's synthesis sees the grounded claim, not the invented pod")
                .contains(symptom.id())
                .doesNotContain(INVENTED_POD);
        assertThat(report.remediations()).singleElement().satisfies(proposal -> {
            assertThat(proposal.runbook()).isEqualTo("raise-memory-limit");
            assertThat(proposal.target()).hasToString("Deployment/shop/cart");
            assertThat(proposal.params()).containsEntry("memory_limit", "512Mi");
            assertThat(proposal.findingId()).isEqualTo(CART_OOM);
            assertThat(proposal.status()).isEqualTo("PROPOSED");
            assertThat(proposal.requiresApproval()).isTrue();
        });
        assertThat(calls(report, "runbook", "propose_remediation"))
                .singleElement()
                .satisfies(call -> assertThat(call.outcome()).isEqualTo("ok"));
    }

    @Test
    void aSpentTokenBudgetLeavesTheLaterCallsToTheRulesTierAndTheReportIsStillComplete() {
        vllm.script(OpenAiWire.answer(ModelAnswers.plan(), 430, 90));

        InvestigationReport report = investigate(RequestSource.API, 500);

        assertThat(report.models())
                .extracting(DECISION)
                .containsExactly(
                        tuple("master", "vllm", VLLM_MODEL, MASTER_ON_VLLM, 430, 90, "ok"),
                        tuple("diagnostic", "bedrock", BEDROCK_MODEL, SMALL_ON_BEDROCK, 0, 0, "budget exhausted"),
                        tuple("diagnostic", "rules", "rules", "fallback after bedrock: budget exhausted", 0, 0, "ok"),
                        tuple(
                                "remediation",
                                "bedrock",
                                BEDROCK_MODEL,
                                REMEDIATION_ON_BEDROCK,
                                0,
                                0,
                                "budget exhausted"),
                        tuple("remediation", "rules", "rules", "fallback after bedrock: budget exhausted", 0, 0, "ok"),
                        tuple("master", "vllm", VLLM_MODEL, MASTER_ON_VLLM, 0, 0, "budget exhausted"),
                        tuple("master", "rules", "rules", "fallback after vllm: budget exhausted", 0, 0, "ok"));
        assertThat(bedrock.requests()).isEmpty();
        assertThat(vllm.requests()).hasSize(1);
        assertThat(report.status()).isEqualTo(InvestigationStatus.COMPLETED);
        assertThat(report.route()).extracting(RouteStep::agent).containsExactly("diagnostic", "remediation");
        assertThat(ids(report)).contains(CART_OOM);
        assertThat(report.rootCauses()).contains(CART_OOM);
        assertThat(runbooks(report)).contains("raise-memory-limit");
        assertThat(report.summary()).isNotBlank();
    }

    @Test
    void anAlertsRemediationIsLeftToTheRulesByPolicyWithoutAskingAModel() {
        bedrock.script(
                BedrockWire.answer(ModelAnswers.plan(), 900, 50),
                BedrockWire.answer(ModelAnswers.noFindings(), 2000, 12),
                BedrockWire.answer(SUMMARY, 2500, 180));

        InvestigationReport report = investigate(RequestSource.ALERTMANAGER, 1_000_000);

        assertThat(report.models())
                .extracting(ModelCall::agent, ModelCall::tier, ModelCall::reason, ModelCall::outcome)
                .containsExactly(
                        tuple("master", "bedrock", MASTER_ON_BEDROCK, "ok"),
                        tuple("diagnostic", "bedrock", SMALL_ON_BEDROCK, "ok"),
                        tuple("remediation", "rules", ALERT_REMEDIATION, "ok"),
                        tuple("master", "bedrock", MASTER_ON_BEDROCK, "ok"));
        assertThat(bedrock.systemPrompts())
                .extracting(ModelPathReportTest::agentOf)
                .containsExactly("master", "diagnostic", "master");
        assertThat(bedrock.scriptUsed()).isTrue();
        assertThat(vllm.requests()).isEmpty();
        assertThat(report.status()).isEqualTo(InvestigationStatus.COMPLETED);
        assertThat(runbooks(report)).contains("raise-memory-limit");
    }

    /** The scripts of the model path: a plan, a 503, a tool call, claims, a timeout, runbook choices, a summary. */
    private static void scriptTheWholePath(BedrockWire bedrock, OpenAiWire vllm) {
        bedrock.script(
                BedrockWire.answer(ModelAnswers.plan(), 1210, 64),
                BedrockWire.error(503),
                BedrockWire.answer(ModelAnswers.TOO_LATE, 1, 1).delayedBy(HELD_BACK),
                BedrockWire.answer(SUMMARY, 2600, 210));
        vllm.script(
                OpenAiWire.toolCall("call-get_pod_logs", "get_pod_logs", ModelAnswers.previousLog(CART_POD), 2300, 41),
                OpenAiWire.answer(ModelAnswers.findings(CART_POD, INVENTED_POD, GC_LINE, CART_OOM), 5150, 380),
                OpenAiWire.answer(ModelAnswers.raiseMemory(CART_OOM, "512Mi"), 3070, 95));
    }

    private InvestigationReport investigate(RequestSource source, long tokenBudget) {
        return investigate(bedrock, vllm, source, tokenBudget, InvestigationListener.ignoring());
    }

    private static InvestigationReport investigate(
            BedrockWire bedrock,
            OpenAiWire vllm,
            RequestSource source,
            long tokenBudget,
            InvestigationListener listener) {
        AgentsSettings settings = new AgentsSettings(servers.urls(), null, routing(bedrock, vllm, tokenBudget), null);
        try (Investigator investigator = Investigator.create(settings)) {
            InvestigationRequest request = new InvestigationRequest(
                    "model-path-1",
                    "why is cart crashing?",
                    "demo-eks",
                    "shop",
                    source,
                    source == RequestSource.ALERTMANAGER ? Severity.HIGH : null,
                    null);
            return investigator.investigate(request, listener);
        }
    }

    private static RoutingSettings routing(BedrockWire bedrock, OpenAiWire vllm, long tokenBudget) {
        return new RoutingSettings(
                new BedrockSettings(true, "eu-west-1", BEDROCK_MODEL, bedrock.endpoint(), BEDROCK_TIMEOUT, 0),
                new VllmSettings(true, vllm.baseUrl(), VLLM_MODEL, null, Duration.ofSeconds(30), 0),
                POLICY,
                Tier.RULES,
                null,
                new CircuitBreakerSettings(100, 100, 100, Duration.ofMinutes(1)),
                Duration.ofMillis(1),
                tokenBudget);
    }

    private static String encoded(String modelId) {
        return URLEncoder.encode(modelId, StandardCharsets.UTF_8);
    }

    private static List<ToolCall> calls(InvestigationReport report, String server, String tool) {
        return report.toolCalls().stream()
                .filter(c -> c.server().equals(server) && c.tool().equals(tool))
                .toList();
    }

    private static Finding finding(InvestigationReport report, String id) {
        return report.findings().stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + id + " in " + ids(report)));
    }

    /** The agent a system prompt belongs to ("You are the diagnostic agent of Triage ..."). */
    private static String agentOf(String systemPrompt) {
        Matcher agent = AGENT.matcher(systemPrompt);
        return agent.find() ? agent.group(1) : "unknown: " + systemPrompt;
    }

    private static List<String> ids(InvestigationReport report) {
        return report.findings().stream().map(Finding::id).toList();
    }

    private static List<String> runbooks(InvestigationReport report) {
        return report.remediations().stream().map(Remediation::runbook).toList();
    }
}
