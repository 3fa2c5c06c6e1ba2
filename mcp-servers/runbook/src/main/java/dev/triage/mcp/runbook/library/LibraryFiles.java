package dev.triage.mcp.runbook.library;

import dev.triage.mcp.runbook.catalog.CatalogException;
import dev.triage.mcp.runbook.catalog.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The library's files ({@code catalog/*.yaml}, {@code guides/*.md}, {@code policies.yaml}) from a directory or from
 * the classpath under {@code runbooks/} (inside a jar too).
 */
public record LibraryFiles(List<SourceFile> runbooks, List<SourceFile> guides, SourceFile policies) {

    static final String CLASSPATH_ROOT = "runbooks";

    public static LibraryFiles fromDirectory(Path root) {
        if (!Files.isDirectory(root)) {
            throw new CatalogException(List.of(root + ": not a directory (triage.runbooks.dir)"));
        }
        Path policies = root.resolve("policies.yaml");
        if (!Files.isRegularFile(policies)) {
            throw new CatalogException(List.of(policies + ": missing"));
        }
        return new LibraryFiles(list(root, "catalog", ".yaml"), list(root, "guides", ".md"), read(root, policies));
    }

    public static LibraryFiles fromClasspath() {
        var resolver = new PathMatchingResourcePatternResolver(LibraryFiles.class.getClassLoader());
        try {
            Resource[] policies = resolver.getResources("classpath*:" + CLASSPATH_ROOT + "/policies.yaml");
            if (policies.length == 0) {
                throw new CatalogException(List.of("classpath:" + CLASSPATH_ROOT + "/policies.yaml: missing"));
            }
            return new LibraryFiles(
                    resources(resolver, "catalog/*.yaml"),
                    resources(resolver, "guides/*.md"),
                    new SourceFile("policies.yaml", text(policies[0])));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the runbook library from the classpath", e);
        }
    }

    private static List<SourceFile> resources(PathMatchingResourcePatternResolver resolver, String pattern)
            throws IOException {
        List<SourceFile> files = new ArrayList<>();
        String directory = pattern.substring(0, pattern.indexOf('/'));
        for (Resource resource : resolver.getResources("classpath*:" + CLASSPATH_ROOT + "/" + pattern)) {
            files.add(new SourceFile(directory + "/" + resource.getFilename(), text(resource)));
        }
        return files;
    }

    private static String text(Resource resource) throws IOException {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<SourceFile> list(Path root, String directory, String extension) {
        Path dir = root.resolve(directory);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(extension))
                    .map(file -> read(root, file))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static SourceFile read(Path root, Path file) {
        try {
            return new SourceFile(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
