package dev.triage.orchestrator.cli;

import picocli.CommandLine.Command;

/** The root of the CLI; the demo runs when no command is given (see {@code TriageMain}). */
@Command(
        name = "triage",
        mixinStandardHelpOptions = true,
        version = "triage 0.1.0",
        description = "Diagnose what is wrong in a Kubernetes cluster and why.",
        subcommands = {
            DiagnoseCommand.class,
            EvalCommand.class,
            SnapshotCommand.class,
            picocli.CommandLine.HelpCommand.class
        })
public final class TriageCommand {}
