package vn.cantho.kehoach.history;

import org.junit.jupiter.api.Test;
import vn.cantho.kehoach.history.WordDiff.Segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The word diff stays bounded on large texts: its work is counted (no timing), it falls back to paragraphs when a
 * word comparison would exceed its budget, and both texts can always be rebuilt from what it returns.
 */
class BoundedDiffTest {
    private static final String[] WORDS = {"phát", "triển", "kinh", "tế", "xã", "hội", "thành", "phố", "Cần", "Thơ",
            "năm", "2026", "và", "các", "nhiệm", "vụ", "giải", "pháp", "chủ", "yếu", ",", "."};

    private static String text(Random random, int paragraphs, int wordsPerParagraph) {
        StringBuilder s = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                s.append(DiffHtml.PARAGRAPH);
            }
            for (int w = 0; w < wordsPerParagraph; w++) {
                s.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
        }
        return s.toString();
    }

    private static String side(List<Segment> diff, WordDiff.Op kept) {
        return diff.stream().filter(s -> s.op() == WordDiff.Op.EQUAL || s.op() == kept).map(Segment::text)
                .collect(Collectors.joining());
    }

    @Test
    void twoUnrelatedLargeTextsAreComparedByParagraphWithinTheBudget() {
        Random random = new Random(20);
        // About 1.3 MB each, 4,000 paragraphs of 50 words: a word comparison would need hundreds of thousands of edits.
        String before = text(random, 4_000, 50);
        String after = text(random, 4_000, 50);
        WordDiff.Diff diff = WordDiff.compare(before, after);
        assertEquals(WordDiff.Level.PARAGRAPHS, diff.level());
        long tokens = WordDiff.tokenize(before).size() + WordDiff.tokenize(after).size();
        assertTrue(diff.steps() <= 2 * (BoundedMyers.BUDGET + BoundedMyers.MAX_EDITS) + tokens,
                "steps " + diff.steps() + " for " + tokens + " tokens");
        assertEquals(before, side(diff.segments(), WordDiff.Op.DELETE));
        assertEquals(after, side(diff.segments(), WordDiff.Op.INSERT));
        String html = DiffHtml.render(diff.segments());
        assertTrue(html.contains("<del>") && html.contains("<ins>"), "paragraphs shown removed and added");
    }

    @Test
    void aSmallChangeInALargeTextIsFoundWordByWordInWorkLinearInItsLength() {
        Random random = new Random(2026);
        String before = text(random, 4_000, 50);
        int middle = before.length() / 2;
        int space = before.indexOf(' ', middle);
        String after = before.substring(0, space) + " mới" + before.substring(space);
        WordDiff.Diff diff = WordDiff.compare(before, after);
        assertEquals(WordDiff.Level.WORDS, diff.level());
        long tokens = WordDiff.tokenize(before).size();
        assertTrue(diff.steps() <= tokens + 10, "steps " + diff.steps() + " for " + tokens + " tokens");
        assertEquals(List.of(WordDiff.Op.EQUAL, WordDiff.Op.INSERT, WordDiff.Op.EQUAL),
                diff.segments().stream().map(Segment::op).toList());
        assertEquals("mới", diff.segments().get(1).text().strip(), "one word and one space inserted");
        assertEquals(after, side(diff.segments(), WordDiff.Op.INSERT));
    }

    @Test
    void theWordDiffIsAShortestOneOnSmallRandomTexts() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<String> a = randomTokens(random);
            List<String> b = randomTokens(random);
            BoundedMyers.Result r = BoundedMyers.diff(a, b);
            assertTrue(r.exact());
            int edited = r.edits().stream().mapToInt(e -> e.endA() - e.beginA() + e.endB() - e.beginB()).sum();
            assertEquals(a.size() + b.size() - 2 * lcs(a, b), edited, a + " / " + b);
            String before = String.join("", a);
            String after = String.join("", b);
            List<Segment> segments = WordDiff.diff(before, after);
            assertEquals(before, side(segments, WordDiff.Op.DELETE));
            assertEquals(after, side(segments, WordDiff.Op.INSERT));
        }
    }

    @Test
    void paragraphsAreCutAtBlankLinesAndRebuildTheText() {
        assertEquals(List.of("Một.", "\n\n", "Hai.", "\n\n", "\nBa."), WordDiff.paragraphs("Một.\n\nHai.\n\n\nBa."));
        assertEquals(List.of("\n\n", "A"), WordDiff.paragraphs("\n\nA"));
    }

    private static List<String> randomTokens(Random random) {
        List<String> tokens = new ArrayList<>();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            tokens.add(List.of("a", "b", "c", " ").get(random.nextInt(4)));
        }
        return tokens;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                t[i][j] = a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t[0][0];
    }
}
