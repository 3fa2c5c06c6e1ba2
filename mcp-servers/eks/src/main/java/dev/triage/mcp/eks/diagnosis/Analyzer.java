package dev.triage.mcp.eks.diagnosis;

import java.util.List;

/** One concern's failure-detection rules: a pure function of the cluster state (plus the few logs it quotes). */
interface Analyzer {

    List<Detected> analyze(Inspection inspection);
}
