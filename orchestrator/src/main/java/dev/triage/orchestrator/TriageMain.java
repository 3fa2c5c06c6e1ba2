package dev.triage.orchestrator;

import dev.triage.mcp.hosting.launch.CachedLaunch;
import dev.triage.orchestrator.cli.TriageCommand;
import dev.triage.orchestrator.launch.TriageAot;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine;

/**
 * The one jar's entry point: a CLI command ({@code diagnose}, {@code eval}, {@code snapshot}, {@code help}) when the first argument
 * names one, the service otherwise (its options are Spring-style {@code --key=value} properties).
 */
public final class TriageMain {

    private static final Set<String> COMMANDS =
            Set.of("diagnose", "eval", "snapshot", "help", "--help", "-h", "--version");

    private TriageMain() {}

    public static void main(String[] args) {
        CachedLaunch.relaunchIfCached(args, TriageAot.profile(args));
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            System.exit(new CommandLine(new TriageCommand()).execute(args));
        }
        SpringApplication.run(TriageApplication.class, args);
    }
}
