package vn.cantho.kehoach.post;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A page written again with the same text reuses its parse; other text, or another page, is parsed afresh. */
class ParsedPagesTest {
    @Test
    void theSameTextOfTheSamePageIsParsedOnce() {
        ParsedPages parsed = new ParsedPages();
        String html = "<!DOCTYPE html><html><body><p id=\"doan-1\">Đoạn một.</p></body></html>";
        Document first = parsed.parse("a/index.html", html, "/tmp/a/index.html");
        assertSame(first, parsed.parse("a/index.html", new String(html.toCharArray()), "/tmp/b/a/index.html"));
        assertNotSame(first, parsed.parse("b/index.html", html, "/tmp/b/index.html"), "another page");

        Document edited = parsed.parse("a/index.html", html.replace("một", "hai"), "/tmp/a/index.html");
        assertEquals("Đoạn hai.", edited.getElementById("doan-1").text());
        assertSame(edited, parsed.parse("a/index.html", html.replace("một", "hai"), "/tmp/a/index.html"));
        assertNotSame(edited, parsed.parse("a/index.html", html, "/tmp/a/index.html"), "the old text is not kept");
    }

    @Test
    void pagesBeyondTheBoundAreParsedEveryTime() {
        ParsedPages parsed = new ParsedPages();
        String big = "<p>" + "x".repeat((int) ParsedPages.MAX_CHARS) + "</p>";
        assertNotSame(parsed.parse("big.html", big, "big.html"), parsed.parse("big.html", big, "big.html"));
        String small = "<p>nhỏ</p>";
        assertSame(parsed.parse("small.html", small, "small.html"), parsed.parse("small.html", small, "small.html"));
    }
}
