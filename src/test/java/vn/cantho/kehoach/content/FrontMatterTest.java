package vn.cantho.kehoach.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterTest {
    @Test
    void splitsFieldsAndBodyWithLines() {
        FrontMatter.Parsed p = FrontMatter.parse("f.md", "---\ntype: section\norder: 3\ntitle: \"Mục: I\"\n---\n\nĐoạn.\n");
        assertTrue(p.ok());
        assertEquals("section", p.fields().get("type"));
        assertEquals(3, p.fields().get("order"));
        assertEquals("Mục: I", p.fields().get("title"));
        assertEquals(4, p.fieldLines().get("title"));
        assertEquals(6, p.bodyLine());
        assertEquals("\nĐoạn.\n", p.body());
    }

    @Test
    void reportsTheBrokenLine() {
        FrontMatter.Parsed p = FrontMatter.parse("f.md", "---\ntype: section\ntitle: [unclosed\nid: x\n---\n");
        assertFalse(p.ok());
        Problem problem = p.problems().get(0);
        assertTrue(problem.line() >= 3 && problem.line() <= 5, "line " + problem.line());
        assertTrue(problem.format().startsWith("f.md:" + problem.line() + ": broken front matter"));
    }

    @Test
    void duplicateKeysAreAnError() {
        assertFalse(FrontMatter.parse("f.md", "---\ntitle: a\ntitle: b\n---\n").ok());
    }

    @Test
    void missingFence() {
        FrontMatter.Parsed p = FrontMatter.parse("f.md", "title: a\n");
        assertEquals(1, p.problems().get(0).line());
        assertTrue(p.problems().get(0).what().contains("does not start with front matter"));
    }

    @Test
    void yamlTagsCannotBuildObjects() {
        assertFalse(FrontMatter.parse("f.md", "---\nx: !!java.io.File /etc\n---\n").ok());
    }
}
