package vn.cantho.kehoach.publish;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import vn.cantho.kehoach.support.Project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forge pipelines (GitHub Actions, GitLab CI) and .ci/run, parsed as YAML / read as lines: each
 * runs exactly README's test command on push and merge request, keeps target/www as an artifact and
 * publishes it to Pages from main only.
 */
class PipelinesTest {
    static Path root;
    static String testCommand;

    @BeforeAll
    static void readme() throws Exception {
        root = Project.root();
        String readme = Files.readString(root.resolve("README.md"));
        int from = readme.indexOf("## Two commands");
        String section = readme.substring(from, readme.indexOf("\n## ", from + 1));
        List<String> commands = new ArrayList<>();
        Matcher m = Pattern.compile("```sh\\n\\s*(.+?)\\n\\s*```").matcher(section);
        while (m.find()) {
            commands.add(m.group(1).trim());
        }
        assertEquals(2, commands.size(), "README's two commands: " + commands);
        assertTrue(commands.get(0).startsWith("./mvnw ") && commands.get(0).contains("exec:exec@serve"), commands.get(0));
        testCommand = commands.get(1);
        assertEquals("./mvnw -B verify", testCommand, "README's test command goes through the wrapper");
    }

    @Test
    @SuppressWarnings("unchecked")
    void githubActionsRunsReadmesTestCommandAndPublishesPagesFromMain() throws Exception {
        Map<String, Object> wf = yaml(".github/workflows/site.yml");
        // YAML 1.1 reads the key `on` as the boolean true
        Map<String, Object> on = (Map<String, Object>) (wf.containsKey("on") ? wf.get("on") : wf.get(true));
        assertTrue(on.containsKey("push") && on.containsKey("pull_request"), "triggers: " + on.keySet());
        Map<String, Map<String, Object>> jobs = (Map<String, Map<String, Object>>) wf.get("jobs");

        List<Map<String, Object>> steps = (List<Map<String, Object>>) jobs.get("test").get("steps");
        assertEquals(List.of(testCommand), mavenCommands(steps.stream().map(s -> (String) s.get("run")).toList()));
        assertEquals(List.of(testCommand), mavenCommands(allRuns(wf)), "no other Maven command anywhere");
        Map<String, Object> artifact = step(steps, "actions/upload-artifact");
        assertEquals("target/www/", ((Map<String, Object>) artifact.get("with")).get("path"));
        assertTrue(!artifact.containsKey("if"), "the artifact is kept for every push and pull request");
        Map<String, Object> pagesArtifact = step(steps, "actions/upload-pages-artifact");
        assertEquals("target/www/", ((Map<String, Object>) pagesArtifact.get("with")).get("path"));
        String mainOnly = "github.event_name == 'push' && github.ref == 'refs/heads/main'";
        assertEquals(mainOnly, pagesArtifact.get("if"));

        Map<String, Object> pages = jobs.get("pages");
        assertEquals(mainOnly, pages.get("if"));
        assertEquals("test", pages.get("needs"));
        step((List<Map<String, Object>>) pages.get("steps"), "actions/deploy-pages");
    }

    @Test
    @SuppressWarnings("unchecked")
    void gitlabRunsReadmesTestCommandOnPushAndMergeRequestAndPublishesPagesFromMain() throws Exception {
        Map<String, Object> ci = yaml(".gitlab-ci.yml");
        String workflow = String.valueOf(((Map<String, Object>) ci.get("workflow")).get("rules"));
        assertTrue(workflow.contains("$CI_PIPELINE_SOURCE == \"merge_request_event\"") && workflow.contains("$CI_COMMIT_BRANCH"), workflow);

        Map<String, Object> test = (Map<String, Object>) ci.get("test");
        assertEquals(List.of(testCommand), test.get("script"));
        assertTrue(!test.containsKey("rules") && !test.containsKey("only"), "the test job runs in every pipeline");
        assertEquals(List.of("target/www/"), ((Map<String, Object>) test.get("artifacts")).get("paths"));

        Map<String, Object> pages = (Map<String, Object>) ci.get("pages");
        assertEquals("[{if=$CI_COMMIT_BRANCH == \"main\"}]", String.valueOf(pages.get("rules")));
        assertEquals(List.of("rm -rf public", "cp -r target/www public"), pages.get("script"));
        assertEquals(List.of("public"), ((Map<String, Object>) pages.get("artifacts")).get("paths"));

        List<String> lines = new ArrayList<>();
        for (Object job : ci.values()) {
            if (job instanceof Map<?, ?> j) {
                for (String key : List.of("before_script", "script", "after_script")) {
                    if (j.get(key) instanceof List<?> l) {
                        l.forEach(x -> lines.add(String.valueOf(x)));
                    }
                }
            }
        }
        assertEquals(List.of(testCommand), mavenCommands(lines), "no other Maven command anywhere");
    }

    @Test
    void ciRunsReadmesTestCommandThroughTheWrapper() throws Exception {
        List<String> lines = Files.readAllLines(root.resolve(".ci/run"));
        assertTrue(lines.contains(testCommand), ".ci/run runs " + testCommand);
        assertTrue(lines.stream().noneMatch(l -> l.matches("\\s*mvn .*")), "no bare mvn in .ci/run");
    }

    /** The lines of shell scripts that run Maven (mvn or mvnw), trimmed. */
    private static List<String> mavenCommands(List<String> scripts) {
        List<String> out = new ArrayList<>();
        for (String script : scripts) {
            if (script == null) {
                continue;
            }
            script.lines().map(String::trim).filter(l -> l.matches("(.*[\\s/])?mvnw?(\\.cmd)?(\\s.*)?")).forEach(out::add);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> allRuns(Map<String, Object> wf) {
        List<String> runs = new ArrayList<>();
        for (Map<String, Object> job : ((Map<String, Map<String, Object>>) wf.get("jobs")).values()) {
            if (job.get("steps") instanceof List<?> steps) {
                for (Object s : steps) {
                    Object run = ((Map<String, Object>) s).get("run");
                    if (run != null) {
                        runs.add((String) run);
                    }
                }
            }
        }
        return runs;
    }

    private static Map<String, Object> step(List<Map<String, Object>> steps, String action) {
        return steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith(action + "@")).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + action));
    }

    private static Map<String, Object> yaml(String file) throws Exception {
        return new Yaml().load(Files.readString(root.resolve(file)));
    }
}
