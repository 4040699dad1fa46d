package vn.cantho.kehoach.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The scraped source of the plan (a copy of shared/seeds/000_f97e6d0eb1a084c6.txt), split the way
 * the issue describes it: lines 44-185 are the complete document; table pipes are scraping artefacts.
 */
public final class SourceText {
    private SourceText() {
    }

    public static List<String> lines() {
        try (InputStream in = SourceText.class.getResourceAsStream("/source/000_f97e6d0eb1a084c6.txt")) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Line n (1-based) without the table pipe and surrounding spaces. */
    public static String clean(int n) {
        String s = lines().get(n - 1).strip();
        if (s.endsWith("|")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /**
     * Every paragraph of the complete rendering: lines 44-185 without the empty table cells, with the two
     * cells the scrape broke over two lines ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM") joined again.
     */
    public static List<String> paragraphs() {
        List<String> out = new ArrayList<>();
        for (int n = 44; n <= 185; n++) {
            String s = clean(n);
            if (s.isEmpty()) {
                continue;
            }
            if (n == 46) {
                s = s + " " + clean(47);
                n++;
            }
            out.add(s);
        }
        return out;
    }

    /** A cell of the metadata table at the top of the scrape ("| Người ký | Nguyễn Văn Hòa |", line 7). */
    public static String metadata(int line) {
        String[] cells = lines().get(line - 1).split("\\|");
        return cells[2].strip();
    }

    /**
     * The signature block as the scrape has it: the authority, which the scrape broke over lines 188-189
     * ("TM. ỦY BAN NHÂN" / "DÂN"), then the signer, given only by the metadata table (line 7).
     */
    public static List<String> signature() {
        return List.of(clean(188) + " " + clean(189), metadata(7));
    }
}
