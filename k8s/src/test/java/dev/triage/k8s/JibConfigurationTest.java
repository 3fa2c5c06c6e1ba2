package dev.triage.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What users' builds push and the build machines cannot: the JRE 25 base and both platforms, as the parent pom
 * configures Jib for `jib:build` (the tarball execution overrides both, which ImageTarballTest covers).
 */
class JibConfigurationTest {

    @Test
    void usersBuildsPutTheLayersOnAJava25RuntimeImageForAmd64AndArm64() throws Exception {
        Element jib = jibPlugin();
        Element from = child(child(jib, "configuration"), "from");

        assertThat(text(from, "image")).isEqualTo("${triage.image.base}");
        assertThat(System.getProperty("triage.image.base"))
                .matches("eclipse-temurin:25[0-9._]*-jre.*|gcr\\.io/distroless/java25.*")
                .doesNotEndWith(":latest");
        assertThat(platforms(child(from, "platforms"))).containsExactly("linux/amd64", "linux/arm64");
        assertThat(text(child(child(jib, "configuration"), "container"), "user"))
                .isEqualTo("10001:10001");
    }

    private static Element jibPlugin() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var pom = factory.newDocumentBuilder()
                .parse(Path.of(System.getProperty("triage.root.dir"), "pom.xml").toFile());
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (text(plugin, "artifactId").equals("jib-maven-plugin") && child(plugin, "configuration") != null) {
                return plugin;
            }
        }
        throw new AssertionError("the parent pom configures no jib-maven-plugin");
    }

    private static List<String> platforms(Element platforms) {
        List<String> found = new ArrayList<>();
        NodeList list = platforms.getElementsByTagName("platform");
        for (int i = 0; i < list.getLength(); i++) {
            Element platform = (Element) list.item(i);
            found.add(text(platform, "os") + "/" + text(platform, "architecture"));
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? "" : element.getTextContent().strip();
    }
}
