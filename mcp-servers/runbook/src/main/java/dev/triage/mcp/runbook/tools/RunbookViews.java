package dev.triage.mcp.runbook.tools;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.triage.mcp.runbook.catalog.Guide;
import dev.triage.mcp.runbook.catalog.Parameter;
import dev.triage.mcp.runbook.catalog.Runbook;
import dev.triage.mcp.runbook.catalog.Step;
import dev.triage.mcp.runbook.catalog.TargetKind;
import dev.triage.model.Category;
import java.util.List;
import java.util.Map;

/** The wire shapes of the catalog tools: plain records, so the JSON does not follow the catalog's internals. */
final class RunbookViews {

    private RunbookViews() {}

    record RunbookList(List<Summary> runbooks) {}

    record Summary(
            String id,
            String title,
            List<Category> categories,
            List<String> targets,
            String risk,
            boolean mutating,
            List<ParameterView> parameters,
            List<StepView> steps) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ParameterView(
            String name,
            String type,
            boolean required,
            @JsonProperty("default") String defaultValue,
            String description,
            String min,
            String max,
            List<String> values) {}

    record Detail(
            String id,
            String title,
            String description,
            List<Category> categories,
            List<String> targets,
            String risk,
            boolean mutating,
            List<ParameterView> parameters,
            List<StepView> steps,
            String verification,
            String rollback,
            List<String> guides) {}

    record StepView(
            String action,
            boolean mutating,
            @JsonProperty("with") Map<String, String> arguments) {}

    record GuideList(List<GuideView> guides) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GuideView(
            String id,
            String title,
            List<String> alerts,
            Map<String, String> labels,
            List<Category> categories,
            List<String> runbooks,
            String body) {}

    static Summary summary(Runbook runbook) {
        return new Summary(
                runbook.id(),
                runbook.title(),
                runbook.categories(),
                targets(runbook),
                runbook.risk().id(),
                runbook.mutating(),
                parameters(runbook),
                steps(runbook));
    }

    static Detail detail(Runbook runbook, List<Guide> guides) {
        List<String> guideIds = guides.stream()
                .filter(guide -> guide.runbooks().contains(runbook.id()))
                .map(Guide::id)
                .toList();
        return new Detail(
                runbook.id(),
                runbook.title(),
                runbook.description(),
                runbook.categories(),
                targets(runbook),
                runbook.risk().id(),
                runbook.mutating(),
                parameters(runbook),
                steps(runbook),
                runbook.verification(),
                runbook.rollback(),
                guideIds);
    }

    static GuideView guide(Guide guide, boolean withBody) {
        return new GuideView(
                guide.id(),
                guide.title(),
                guide.alerts(),
                guide.labels(),
                guide.categories(),
                guide.runbooks(),
                withBody ? guide.body() : null);
    }

    private static List<StepView> steps(Runbook runbook) {
        return runbook.steps().stream().map(RunbookViews::step).toList();
    }

    private static StepView step(Step step) {
        return new StepView(step.action().id(), step.action().mutating(), step.arguments());
    }

    private static List<String> targets(Runbook runbook) {
        return runbook.targets().stream().map(TargetKind::kind).toList();
    }

    private static List<ParameterView> parameters(Runbook runbook) {
        return runbook.parameters().stream().map(RunbookViews::parameter).toList();
    }

    private static ParameterView parameter(Parameter p) {
        return new ParameterView(
                p.name(),
                p.type().id(),
                p.required(),
                p.defaultValue(),
                p.description(),
                p.constraints().min(),
                p.constraints().max(),
                p.constraints().values());
    }
}
