package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.ResourceRef;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectReference;

/** How objects and the places evidence is quoted from are named, so every analyzer names them alike. */
final class Refs {

    private Refs() {}

    static ResourceRef of(HasMetadata object) {
        return new ResourceRef(
                kind(object), namespace(object), object.getMetadata().getName());
    }

    static String kind(HasMetadata object) {
        return object.getKind() != null ? object.getKind() : HasMetadata.getKind(object.getClass());
    }

    static String namespace(HasMetadata object) {
        return blankToNull(object.getMetadata().getNamespace());
    }

    /** {@code Pod shop/cart-7d9f-x2x status.phase}: where a status or spec quote was read. */
    static String field(HasMetadata object, String fieldPath) {
        return display(object) + " " + fieldPath;
    }

    /** {@code Pod shop/cart-7d9f-x2x}, {@code Node ip-10-0-1-23.ec2.internal}. */
    static String display(HasMetadata object) {
        return kind(object) + " "
                + qualifiedName(namespace(object), object.getMetadata().getName());
    }

    /** {@code Event Warning BackOff Pod shop/cart-7d9f-x2x}. */
    static String event(Event event) {
        ObjectReference about = event.getInvolvedObject();
        String name = qualifiedName(blankToNull(about.getNamespace()), about.getName());
        return "Event " + event.getType() + " " + event.getReason() + " " + about.getKind() + " " + name;
    }

    static String qualifiedName(String namespace, String name) {
        return namespace == null ? name : namespace + "/" + name;
    }

    /** {@code log shop/cart-7d9f-x2x/cart (previous)}. */
    static String log(String namespace, String pod, String container, boolean previous) {
        return "log " + namespace + "/" + pod + "/" + container + (previous ? " (previous)" : "");
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
