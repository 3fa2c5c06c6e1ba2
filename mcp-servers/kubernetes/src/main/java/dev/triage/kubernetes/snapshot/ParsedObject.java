package dev.triage.kubernetes.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * A snapshot object as its file gave it: typed (checked against its schema, and what {@link Snapshot} holds), and
 * the tree it was read from, which the cluster store converts as it is instead of converting the typed object back.
 */
record ParsedObject(HasMetadata object, JsonNode tree) {}
