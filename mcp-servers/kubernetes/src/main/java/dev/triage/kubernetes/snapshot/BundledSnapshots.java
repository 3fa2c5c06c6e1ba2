package dev.triage.kubernetes.snapshot;

import dev.triage.mcp.hosting.process.OwnedDirectories;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Snapshots packaged as classpath resources, as directories: used in place when the classpath is a directory,
 * extracted to a temporary directory (once per JVM, deleted on exit) when they sit inside a jar, including a
 * Spring Boot fat jar's nested jars ({@code jar:nested:} URLs). The directory is marked as this process's own, so a
 * later process removes what one killed before its exit left behind ({@link #removeAbandoned}).
 */
public final class BundledSnapshots {

    private static final Map<String, Path> EXTRACTED = new ConcurrentHashMap<>();
    private static final String EXTRACTED_PREFIX = "triage-snapshot-";

    private BundledSnapshots() {}

    /** The bundled demo snapshot directory (extracted from the classpath when inside a jar). */
    public static Path demo() {
        return fromClasspath("snapshots/demo");
    }

    /** The snapshot directory at {@code resourceDir} on the classpath (it must hold a snapshot.yaml). */
    public static Path fromClasspath(String resourceDir) {
        return EXTRACTED.computeIfAbsent(resourceDir, dir -> locate(BundledSnapshots.class.getClassLoader(), dir));
    }

    /** Removes the extracted snapshots of processes that are gone (killed before they could delete them). */
    public static void removeAbandoned() {
        OwnedDirectories.removeAbandoned(EXTRACTED_PREFIX, dir -> {});
    }

    static Path locate(ClassLoader loader, String resourceDir) {
        String marker = resourceDir.replaceAll("/+$", "") + "/" + SnapshotLayout.MANIFEST;
        URL url = loader.getResource(marker);
        if (url == null) {
            throw new SnapshotException("no snapshot on the classpath at " + resourceDir + " (no " + marker + ")");
        }
        try {
            if (url.getProtocol().equals("file")) {
                return Path.of(url.toURI()).getParent();
            }
            return extract(url.openConnection(), resourceDir);
        } catch (IOException | URISyntaxException e) {
            throw new SnapshotException("cannot read the bundled snapshot " + url + ": " + e.getMessage(), e);
        }
    }

    private static Path extract(URLConnection connection, String resourceDir) throws IOException {
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new IOException("neither a directory nor a jar: " + connection.getURL());
        }
        String entryName = jarConnection.getEntryName();
        String prefix = entryName.substring(0, entryName.length() - SnapshotLayout.MANIFEST.length());
        removeAbandoned();
        Path target = OwnedDirectories.createTemporary(EXTRACTED_PREFIX);
        target.toFile().deleteOnExit();
        target.resolve(OwnedDirectories.OWNER_FILE).toFile().deleteOnExit();
        // A private JarFile, closed here; a cached one is shared by the class loader and must stay open.
        jarConnection.setUseCaches(false);
        try (JarFile jar = jarConnection.getJarFile()) {
            for (JarEntry entry : jar.stream().toList()) {
                if (entry.getName().startsWith(prefix) && !entry.isDirectory()) {
                    copy(jar, entry, target, entry.getName().substring(prefix.length()));
                }
            }
        }
        return target;
    }

    private static void copy(JarFile jar, JarEntry entry, Path target, String relative) throws IOException {
        Path file = target.resolve(relative).normalize();
        if (!file.startsWith(target)) {
            throw new IOException("entry escapes the snapshot directory: " + entry.getName());
        }
        registerForDeletion(target, file.getParent());
        try (InputStream in = jar.getInputStream(entry)) {
            Files.copy(in, file);
        }
        // deleteOnExit runs in reverse order of registration: files go before their directories.
        file.toFile().deleteOnExit();
    }

    private static void registerForDeletion(Path target, Path dir) throws IOException {
        if (dir.equals(target) || Files.isDirectory(dir)) {
            return;
        }
        registerForDeletion(target, dir.getParent());
        Files.createDirectory(dir);
        dir.toFile().deleteOnExit();
    }
}
