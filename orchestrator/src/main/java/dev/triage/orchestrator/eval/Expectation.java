package dev.triage.orchestrator.eval;

import dev.triage.model.InvestigationStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A scenario's {@code expect.yaml}: the question to ask and what the report must hold. The format is documented in
 * {@code runbooks/eval/README.md}; unknown keys are refused so that a misspelt expectation cannot pass by checking
 * nothing.
 *
 * @param description what happened in this incident, for people
 * @param question what to ask (default {@code diagnose unhealthy pods})
 * @param namespace the investigation's scope; the whole cluster when not given
 * @param pending when set, why this scenario is known to fail still: it runs and is reported, but does not count
 * @param status the report's status (default {@code COMPLETED})
 * @param findings each must match at least one finding
 * @param rootCauses each must match at least one finding listed among the report's root causes
 * @param rootCauseCount exactly this many root causes, when given
 * @param maxFindings at most this many findings, when given ({@code 0} for a healthy cluster)
 * @param forbidden no finding may match any of these
 * @param runbooks each must match at least one proposed remediation
 * @param forbiddenRunbooks no proposed remediation may match any of these
 * @param summaryMentions texts the summary must each contain, ignoring case
 * @param guides ids of the investigation guides the report must cite ({@code runbooks/guides/ID.md})
 */
public record Expectation(
        String description,
        String question,
        String namespace,
        String pending,
        InvestigationStatus status,
        List<FindingPattern> findings,
        List<FindingPattern> rootCauses,
        Integer rootCauseCount,
        Integer maxFindings,
        List<FindingPattern> forbidden,
        List<RunbookPattern> runbooks,
        List<RunbookPattern> forbiddenRunbooks,
        List<String> summaryMentions,
        List<String> guides) {

    public static final String FILE = "expect.yaml";
    static final String DEFAULT_QUESTION = "diagnose unhealthy pods";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public Expectation {
        question = question == null || question.isBlank() ? DEFAULT_QUESTION : question;
        status = status == null ? InvestigationStatus.COMPLETED : status;
        findings = copy(findings);
        rootCauses = copy(rootCauses);
        forbidden = copy(forbidden);
        runbooks = copy(runbooks);
        forbiddenRunbooks = copy(forbiddenRunbooks);
        summaryMentions = copy(summaryMentions);
        guides = copy(guides);
        if (rootCauseCount != null && rootCauseCount < 0 || maxFindings != null && maxFindings < 0) {
            throw new IllegalArgumentException("rootCauseCount and maxFindings must be >= 0");
        }
    }

    /** Reads {@code file}; a broken file is an {@link IllegalArgumentException} naming the file and the problem. */
    public static Expectation read(Path file) {
        try {
            Expectation expectation = YAML.readValue(Files.readString(file), Expectation.class);
            if (expectation == null) {
                throw new IllegalArgumentException(file + ": empty");
            }
            return expectation;
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    public boolean isPending() {
        return pending != null && !pending.isBlank();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
