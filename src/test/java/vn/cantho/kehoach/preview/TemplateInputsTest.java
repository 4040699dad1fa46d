package vn.cantho.kehoach.preview;

import org.junit.jupiter.api.Test;
import vn.cantho.kehoach.support.Project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link PageDigests} sees everything a template reads only while templates read nothing of JBake's own
 * model but {@code content.body}: the rest comes from {@code view}. A template reading, say,
 * {@code published_date} or {@code content.title} would make the incremental preview keep stale pages,
 * so this test names it.
 */
class TemplateInputsTest {
    /** JBake 2.7 model keys other than content and our view. */
    private static final Set<String> JBAKE_MODEL = Set.of("config", "db", "renderer", "version", "current_page",
            "numberOfPages", "nextFileName", "previousFileName", "all_content", "alltags", "tag_posts",
            "tagged_posts", "tag", "tags", "data");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{(.*?)}|<[#@](.*?)>", Pattern.DOTALL);
    private static final Pattern ROOT = Pattern.compile("(?<![\\w.?])([A-Za-z_]\\w*)");

    @Test
    void templatesReadOnlyTheirViewAndTheBody() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Project.root().resolve("templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ftl")).sorted().toList()) {
                jbakeModelReads(Files.readString(f)).forEach(r -> found.add(f.getFileName() + ": " + r));
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theCheckSeesJBakeModelReads() {
        assertEquals(List.of("config", "content.title", "published_date"), jbakeModelReads(
                "<#-- ${db} in a comment --><p title=\"data\">${config.site_host} ${content.title} ${content.body}</p>"
                        + "<#if published_date??>x</#if> ${v.page.title} ${\"tags\"}"));
    }

    /** Roots of FTL expressions that read JBake's model (not the view, not content.body). */
    static List<String> jbakeModelReads(String template) {
        String code = template.replaceAll("(?s)<#--.*?-->", "");
        List<String> out = new ArrayList<>();
        Matcher e = EXPRESSION.matcher(code);
        while (e.find()) {
            String expr = (e.group(1) != null ? e.group(1) : e.group(2))
                    .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'", "\"\"");
            Matcher m = ROOT.matcher(expr);
            while (m.find()) {
                String root = m.group(1);
                if (JBAKE_MODEL.contains(root) || root.startsWith("published_")) {
                    out.add(root);
                } else if (root.equals("content") && !expr.startsWith(".body", m.end())) {
                    Matcher field = Pattern.compile("\\.(\\w+)").matcher(expr.substring(m.end()));
                    out.add("content" + (field.lookingAt() ? "." + field.group(1) : ""));
                }
            }
        }
        return out;
    }
}
