package vn.cantho.kehoach.history;

import org.junit.jupiter.api.Test;
import vn.cantho.kehoach.history.WordDiff.Segment;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.cantho.kehoach.history.WordDiff.Op.DELETE;
import static vn.cantho.kehoach.history.WordDiff.Op.EQUAL;
import static vn.cantho.kehoach.history.WordDiff.Op.INSERT;

/** Word diffs checked against hand-written expectations. */
class WordDiffTest {
    private static Segment eq(String t) {
        return new Segment(EQUAL, t);
    }

    private static Segment del(String t) {
        return new Segment(DELETE, t);
    }

    private static Segment ins(String t) {
        return new Segment(INSERT, t);
    }

    /** Rebuilds one side from the segments: the diff must lose nothing. */
    private static String side(List<Segment> diff, WordDiff.Op kept) {
        return diff.stream().filter(s -> s.op() == EQUAL || s.op() == kept).map(Segment::text).collect(Collectors.joining());
    }

    @Test
    void vietnameseWordsStayWholeAndPunctuationStandsAlone() {
        assertEquals(List.of("Nghị", " ", "quyết", " ", "số", " ", "02", "-", "CTr", "/", "TU", ",", " ", "đổi", " ", "mới", "."),
                WordDiff.tokenize("Nghị quyết số 02-CTr/TU, đổi mới."));
        // Decomposed marks (NFD) stay with their letter too.
        assertEquals(List.of("Tie\u0302\u0301n", " ", "đô\u0323"), WordDiff.tokenize("Tie\u0302\u0301n đô\u0323"));
    }

    @Test
    void aNumberReplacedInsideASentence() {
        assertEquals(List.of(eq("Tăng trưởng "), del("8"), ins("10"), eq("% mỗi năm.")),
                WordDiff.diff("Tăng trưởng 8% mỗi năm.", "Tăng trưởng 10% mỗi năm."));
    }

    @Test
    void oneVietnameseWordReplaced() {
        assertEquals(List.of(eq("Thực hiện Nghị "), del("quyết"), ins("định"), eq(" số 02")),
                WordDiff.diff("Thực hiện Nghị quyết số 02", "Thực hiện Nghị định số 02"));
    }

    @Test
    void aWordAddedAndAWordRemoved() {
        assertEquals(List.of(eq("a "), ins("x "), eq("b")), WordDiff.diff("a b", "a x b"));
        assertEquals(List.of(eq("các khu công nghiệp "), del("mới "), eq("trên địa bàn")),
                WordDiff.diff("các khu công nghiệp mới trên địa bàn", "các khu công nghiệp trên địa bàn"));
    }

    @Test
    void neighbouringReplacementsSeparatedBySpacesReadAsOne() {
        assertEquals(List.of(eq("đến "), del("năm 2025"), ins("cuối 2030"), eq(" và")),
                WordDiff.diff("đến năm 2025 và", "đến cuối 2030 và"));
        // An unchanged word between them keeps them apart.
        assertEquals(List.of(eq("năm "), del("2025"), ins("2026"), eq(" và "), del("2030"), ins("2031")),
                WordDiff.diff("năm 2025 và 2030", "năm 2026 và 2031"));
    }

    @Test
    void aDiacriticIsAChangeOfTheWholeWord() {
        assertEquals(List.of(eq("chuyển đổi "), del("so"), ins("số")), WordDiff.diff("chuyển đổi so", "chuyển đổi số"));
    }

    @Test
    void paragraphsAddedAndRemoved() {
        assertEquals(List.of(eq("Một.\n\n"), del("Hai.\n\n"), eq("Ba.")), WordDiff.diff("Một.\n\nHai.\n\nBa.", "Một.\n\nBa."));
        assertEquals(List.of(eq("Một."), ins("\n\nHai.")), WordDiff.diff("Một.", "Một.\n\nHai."));
    }

    @Test
    void identicalAndEmptyTexts() {
        assertEquals(List.of(eq("Giữ nguyên.")), WordDiff.diff("Giữ nguyên.", "Giữ nguyên."));
        assertEquals(List.of(ins("Mới.")), WordDiff.diff("", "Mới."));
        assertEquals(List.of(del("Cũ.")), WordDiff.diff("Cũ.", ""));
        assertEquals(List.of(), WordDiff.diff("", ""));
    }

    @Test
    void bothTextsCanAlwaysBeRebuiltFromTheDiff() {
        String[][] pairs = {
                {"Phát triển công nghiệp theo hướng hiện đại, xanh và bền vững.", "Phát triển công nghiệp xanh, hiện đại và bền vững; ưu tiên công nghệ cao."},
                {"a a a b a a", "a b a a a b"},
                {"1. Đoạn một.\n\nĐoạn hai.", "Đoạn hai.\n\n1. Đoạn một."},
                {"  khoảng   trắng ", " khoảng trắng  "},
        };
        for (String[] p : pairs) {
            List<Segment> d = WordDiff.diff(p[0], p[1]);
            assertEquals(p[0], side(d, DELETE));
            assertEquals(p[1], side(d, INSERT));
        }
    }

    @Test
    void htmlMarksChangesWithDelAndInsAndWordsForScreenReaders() {
        String html = DiffHtml.render(WordDiff.diff("Đoạn <một> & hai.\n\nBa.", "Đoạn <một> & ba.\n\nBa."));
        assertEquals("<div class=\"diff\"><p>Đoạn &lt;một&gt; &amp; <del><span class=\"visually-hidden\">[chữ bị bỏ: </span>hai"
                + "<span class=\"visually-hidden\">]</span></del><ins><span class=\"visually-hidden\">[chữ thêm vào: </span>ba"
                + "<span class=\"visually-hidden\">]</span></ins>.</p><p class=\"diff__same\">(1 đoạn không thay đổi)</p></div>", html);
    }

    @Test
    void onlyChangedParagraphsAreShownWithRunsOfUnchangedOnesCounted() {
        String html = DiffHtml.render(WordDiff.diff("A.\n\nB.\n\nC.\n\nD.", "A.\n\nB.\n\nC.\n\nĐ."));
        assertEquals("<div class=\"diff\"><p class=\"diff__same\">(3 đoạn không thay đổi)</p><p><del><span class=\"visually-hidden\">"
                + "[chữ bị bỏ: </span>D<span class=\"visually-hidden\">]</span></del><ins><span class=\"visually-hidden\">"
                + "[chữ thêm vào: </span>Đ<span class=\"visually-hidden\">]</span></ins>.</p></div>", html);
        String added = DiffHtml.render(WordDiff.diff("A.\n\nB.", "A.\n\nMới.\n\nB."));
        assertEquals(List.of("(1 đoạn không thay đổi)", "Mới.¶", "(1 đoạn không thay đổi)"),
                org.jsoup.Jsoup.parse(added).select("p").stream().map(p -> {
                    p.select(".visually-hidden").remove();
                    return p.text();
                }).toList());
    }
}
