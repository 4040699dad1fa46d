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
        assertTrue(problem.format().startsWith("f.md:" + problem.line() + ": phần khai báo bị lỗi cú pháp YAML"));
    }

    @Test
    void duplicateKeysAreAnError() {
        FrontMatter.Parsed p = FrontMatter.parse("f.md", "---\ntitle: a\ntitle: b\n---\n");
        assertTrue(p.problems().get(0).what().contains("một trường được khai báo hai lần"), p.problems().get(0).what());
    }

    @Test
    void explainsAnUnclosedQuoteWhereItOpens() {
        Problem p = FrontMatter.parse("f.md", "---\ntype: section\ntitle: \"Mục I\nid: i\n---\n").problems().get(0);
        assertEquals(3, p.line());
        assertTrue(p.what().contains("dấu ngoặc kép mở ở dòng này chưa được đóng"), p.what());
    }

    @Test
    void explainsAColonInAnUnquotedValue() {
        Problem p = FrontMatter.parse("f.md", "---\ntitle: Mục I: mục đích\n---\n").problems().get(0);
        assertEquals(2, p.line());
        assertTrue(p.what().contains("dấu ':'"), p.what());
    }

    @Test
    void missingFence() {
        FrontMatter.Parsed p = FrontMatter.parse("f.md", "title: a\n");
        assertEquals(1, p.problems().get(0).line());
        assertTrue(p.problems().get(0).what().contains("không mở đầu bằng phần khai báo"));
    }

    @Test
    void yamlTagsCannotBuildObjects() {
        assertFalse(FrontMatter.parse("f.md", "---\nx: !!java.io.File /etc\n---\n").ok());
    }
}
