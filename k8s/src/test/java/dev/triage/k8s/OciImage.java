package dev.triage.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * An image in an OCI layout tarball (what {@code jib:buildTar} writes with format OCI): its name, its config (user,
 * entrypoint, ports, platform) and the files of its layers, by path.
 */
record OciImage(String reference, JsonNode config, Map<String, byte[]> files) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_SMALL_FILE = 1 << 20;

    static OciImage read(Path tarball) {
        if (!Files.isRegularFile(tarball)) {
            throw new AssertionError(tarball + " is missing: `./mvnw package` writes it (the Jib execution"
                    + " image-tarball of each image module)");
        }
        Map<String, byte[]> blobs = blobs(tarball);
        JsonNode index = json(blobs.get("index.json"));
        JsonNode descriptor = index.path("manifests").get(0);
        JsonNode manifest = json(blob(blobs, descriptor.path("digest").asText()));
        JsonNode config =
                json(blob(blobs, manifest.path("config").path("digest").asText()));
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (JsonNode layer : manifest.path("layers")) {
            files.putAll(layerFiles(blob(blobs, layer.path("digest").asText())));
        }
        String reference = descriptor
                .path("annotations")
                .path("org.opencontainers.image.ref.name")
                .asText();
        return new OciImage(reference, config, files);
    }

    /** Writes the files of every layer, in order, under {@code root} (as the runtime stacks them under /). */
    static void unpack(Path tarball, Path root) {
        Map<String, byte[]> blobs = blobs(tarball);
        JsonNode descriptor = json(blobs.get("index.json")).path("manifests").get(0);
        JsonNode manifest = json(blob(blobs, descriptor.path("digest").asText()));
        for (JsonNode layer : manifest.path("layers")) {
            byte[] gzippedTar = blob(blobs, layer.path("digest").asText());
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzippedTar));
                    var tar = new TarArchiveInputStream(in)) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    Path target =
                            root.resolve(entry.getName().replaceFirst("^/", "")).normalize();
                    if (!target.startsWith(root)) {
                        throw new AssertionError("layer entry outside the image root: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (entry.isFile()) {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    String user() {
        return config.path("config").path("User").asText();
    }

    List<String> entrypoint() {
        return JSON.convertValue(
                config.path("config").path("Entrypoint"),
                JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    }

    List<String> exposedPorts() {
        return List.copyOf(JSON.convertValue(config.path("config").path("ExposedPorts"), Map.class)
                .keySet());
    }

    String platform() {
        return config.path("os").asText() + "/" + config.path("architecture").asText();
    }

    String text(String path) {
        byte[] content = files.get(path);
        if (content == null) {
            throw new AssertionError(reference + " has no file " + path);
        }
        return new String(content, StandardCharsets.UTF_8);
    }

    /** Every entry of the outer tarball; layers are gzip blobs, kept whole until read. */
    private static Map<String, byte[]> blobs(Path tarball) {
        Map<String, byte[]> entries = new HashMap<>();
        try (var tar = new TarArchiveInputStream(Files.newInputStream(tarball))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isFile()) {
                    entries.put(entry.getName(), tar.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** A layer's files: small ones with their content (configs, class-path files), large ones as names only. */
    private static Map<String, byte[]> layerFiles(byte[] gzippedTar) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzippedTar));
                var tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isFile()) {
                    byte[] content = entry.getSize() <= MAX_SMALL_FILE ? tar.readAllBytes() : new byte[0];
                    files.put("/" + entry.getName().replaceFirst("^/", ""), content);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static byte[] blob(Map<String, byte[]> blobs, String digest) {
        byte[] blob = blobs.get("blobs/" + digest.replace(':', '/'));
        if (blob == null) {
            throw new AssertionError("the tarball lacks blob " + digest);
        }
        return blob;
    }

    private static JsonNode json(byte[] content) {
        try {
            return JSON.readTree(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
