package vn.cantho.kehoach.content;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterTest {
    @Test
    void splitsFieldsAndBodyWithLines() {
        FrontMatter.Parsed p = FrontMatter.parse("f.md", "---\ntype: section\norder: 3\ntitle: \"Mục: I\"\n---\n\nĐoạn.\n");
        assertTrue(p.ok());
        assertEquals("section", p.fields().get("type"));
        assertEquals("3", p.fields().get("order"));
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

    @Test
    void keepsEveryScalarAsTheTextWritten() {
        // YAML 1.1 implicit typing would give 8 (octal), 4.1, a time-zone dependent Date, true and null.
        FrontMatter.Parsed p = FrontMatter.parse("f.md", "---\norder: 010\nnumber: 4.10\nday: 2026-01-22\n"
                + "flag: yes\nnote:\nquoted: \"null\"\nhex: 0x1F\ntime: 12:30\n---\n");
        assertTrue(p.ok(), p.problems().toString());
        assertEquals(Map.of("order", "010", "number", "4.10", "day", "2026-01-22", "flag", "yes", "note", "",
                "quoted", "null", "hex", "0x1F", "time", "12:30"), p.fields());
        assertEquals(List.of("order", "number", "day", "flag", "note", "quoted", "hex", "time"),
                List.copyOf(p.fields().keySet()), "file order");
    }

    @Test
    void nestedValuesAreListsAndMapsWithTheLineOfEveryItem() {
        String text = """
                ---
                type: section
                changes:
                  - date: 15/03/2026
                    kind: amendment
                    note: "Sửa đổi đoạn 3"
                  - date: 01/04/2026
                    kind: correction
                sections: [i, ii-4]
                ---
                """;
        FrontMatter.Parsed p = FrontMatter.parse("f.md", text);
        assertTrue(p.ok(), p.problems().toString());
        List<?> changes = (List<?>) p.fields().get("changes");
        assertEquals(2, changes.size());
        assertEquals(List.of("date", "kind", "note"), List.copyOf(((Map<?, ?>) changes.get(0)).keySet()));
        assertEquals("15/03/2026", ((Map<?, ?>) changes.get(0)).get("date"));
        assertEquals(List.of("i", "ii-4"), p.fields().get("sections"));
        assertEquals(3, p.fieldLines().get("changes"));
        assertEquals(4, p.fieldLines().get("changes.0"));
        assertEquals(4, p.fieldLines().get("changes.0.date"));
        assertEquals(6, p.fieldLines().get("changes.0.note"));
        assertEquals(7, p.fieldLines().get("changes.1"));
        assertEquals(8, p.fieldLines().get("changes.1.kind"));
        assertEquals(9, p.fieldLines().get("sections.1"));
    }

    @Test
    void duplicateNestedKeyNamesBothLines() {
        Problem p = FrontMatter.parse("f.md", "---\nchanges:\n  - date: a\n    date: b\n---\n").problems().get(0);
        assertEquals(4, p.line());
        assertTrue(p.what().contains("'date' (lần đầu ở dòng 3)"), p.what());
    }

    @Test
    void bareNullWordsAreAmbiguous() {
        for (String word : List.of("~", "null", "NULL")) {
            FrontMatter.Parsed p = FrontMatter.parse("f.md", "---\ntype: section\ntitle: " + word + "\n---\n");
            Problem problem = p.problems().get(0);
            assertEquals(3, problem.line());
            assertTrue(problem.fix().contains("title: \"" + word + "\""), problem.fix());
        }
    }

    @Test
    void aNullWordInAListIsAmbiguousToo() {
        Problem p = FrontMatter.parse("f.md", "---\nsections:\n  - i\n  - ~\n---\n").problems().get(0);
        assertEquals(4, p.line());
        assertTrue(p.fix().endsWith("- \"~\""), p.fix());
    }

    @Test
    void anEmptyFrontMatterHasNoFields() {
        FrontMatter.Parsed p = FrontMatter.parse("f.md", "---\n---\nĐoạn.\n");
        assertTrue(p.ok());
        assertTrue(p.fields().isEmpty());
        assertEquals("Đoạn.\n", p.body());
    }

    @Test
    void aListAtTheTopIsNotFields() {
        assertEquals(2, FrontMatter.parse("f.md", "---\n- a\n- b\n---\n").problems().get(0).line());
    }
}
