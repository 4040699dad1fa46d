package vn.cantho.kehoach.posters;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SiteLoader;
import vn.cantho.kehoach.post.BakedPages;
import vn.cantho.kehoach.support.Project;
import vn.cantho.kehoach.support.TempSite;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** QR codes decode (ZXing) to the exact canonical address; posters carry only the official text, code and address. */
class PostersTest {
    private static final String BASE = "https://kehoach.cantho.example.vn";
    @TempDir
    static Path tmp;
    static Path out;
    static Site site;

    @BeforeAll
    static void build() throws Exception {
        Path root = tmp.resolve("src");
        TempSite.copy(Project.root().resolve("content"), root.resolve("content"));
        TempSite.copy(Project.root().resolve("templates"), root.resolve("templates"));
        TempSite.copy(Project.root().resolve("assets"), root.resolve("assets"));
        Path home = root.resolve("content/index.md");
        Files.writeString(home, Files.readString(home).replaceFirst("\n---", "\nbase_url: \"" + BASE + "/\"\n---"));
        out = tmp.resolve("www");
        new SiteBuild().run(Baker.Sources.of(root), out);
        site = new SiteLoader().load(root.resolve("content"));
    }

    /** Draws the SVG's dark runs (M x y h n v1 h-n z) at 4 px a module and decodes it with ZXing. */
    static String decode(Element svg) throws Exception {
        String[] box = svg.attr("viewBox").split(" ");
        int w = Integer.parseInt(box[2]);
        int h = Integer.parseInt(box[3]);
        int scale = 4;
        int[] pixels = new int[w * scale * h * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher m = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z").matcher(svg.selectFirst("path").attr("d"));
        int runs = 0;
        while (m.find()) {
            runs++;
            int x0 = Integer.parseInt(m.group(1));
            int y0 = Integer.parseInt(m.group(2));
            int n = Integer.parseInt(m.group(3));
            for (int y = y0 * scale; y < (y0 + 1) * scale; y++) {
                for (int x = x0 * scale; x < (x0 + n) * scale; x++) {
                    pixels[y * w * scale + x] = 0xFF000000;
                }
            }
        }
        assertTrue(runs > 50);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w * scale, h * scale, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }

    private static Document page(String url) {
        return BakedPages.parse(out.resolve(url.substring(1)).resolve("index.html"));
    }

    @Test
    void everySectionPrintoutCarriesAQrCodeOfItsAddress() throws Exception {
        List<Section> sections = site.documents().iterator().next().sections();
        assertEquals(22, sections.size());
        for (Section s : sections) {
            Document page = page(s.url());
            Element figure = page.selectFirst("figure.print-only.print-qr");
            assertEquals(BASE + s.url(), decode(figure.selectFirst("svg")), s.url());
            assertEquals(BASE + s.url(), figure.selectFirst("figcaption").text());
            assertEquals("Mã QR dẫn tới " + BASE + s.url(), figure.selectFirst("svg").attr("aria-label"));
        }
    }

    @Test
    void everySectionHasAnA4PosterWithOnlyOfficialText() throws Exception {
        for (Section s : site.documents().iterator().next().sections()) {
            Document sectionPage = page(s.url());
            String posterUrl = s.url() + "ap-phich/";
            assertEquals(posterUrl, sectionPage.selectFirst(".poster-link a").attr("href"));
            Document poster = page(posterUrl);
            Element article = poster.selectFirst("article.poster");
            assertEquals(sectionPage.selectFirst("h1").text(), article.selectFirst("h1").text(), "official heading");
            Element first = sectionPage.selectFirst(".official-text > p");
            if (first == null) {
                assertNull(article.selectFirst(".poster__text"));
            } else {
                assertEquals(first.text(), article.selectFirst(".poster__text").text(), "first paragraph verbatim");
            }
            assertEquals(BASE + s.url(), decode(article.selectFirst("svg")));
            assertEquals(BASE + s.url(), article.selectFirst("figcaption").text());
            List<String> expected = first == null ? List.of("p", "h1", "figure") : List.of("p", "h1", "p", "figure");
            assertEquals(expected, article.children().stream().map(Element::tagName).toList(), "nothing else on it");
        }
    }

    @Test
    void newPagesAreValidHtml() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        for (String url : List.of("/32-kh-ubnd-2026/ii/4-5/", "/32-kh-ubnd-2026/ii/4-5/ap-phich/", "/32-kh-ubnd-2026/ii/ap-phich/")) {
            String report = validator.validate(out.resolve(url.substring(1)).resolve("index.html"));
            for (String line : report.split("\n")) {
                if (line.contains("error:") || line.contains("fatal:")) {
                    errors.add(url + " " + line);
                }
            }
        }
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }

    @Test
    void posterAndSectionPagesPassAxeAtBothSizesWithoutSideScrolling() throws Exception {
        List<String> problems = new ArrayList<>();
        try (vn.cantho.kehoach.output.PreviewServer server = new vn.cantho.kehoach.output.PreviewServer(out, 0)) {
            server.start();
            for (int width : new int[]{320, 1280}) {
                org.openqa.selenium.chrome.ChromeDriver chrome = vn.cantho.kehoach.support.Chromium.start(width, 800);
                try {
                    for (String path : List.of("/32-kh-ubnd-2026/ii/4-5/ap-phich/", "/32-kh-ubnd-2026/ii/4-5/")) {
                        chrome.get(server.url().replaceAll("/$", "") + path);
                        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                                .analyze(chrome);
                        assertTrue(results.getPasses().size() > 10, "axe ran on " + path);
                        results.getViolations().forEach(r -> problems.add(path + " @" + width + ": " + r.getId()));
                        long scroll = (Long) chrome.executeScript("return document.documentElement.scrollWidth;");
                        if (scroll > width) {
                            problems.add(path + " @" + width + " scrolls sideways: " + scroll);
                        }
                    }
                } finally {
                    chrome.quit();
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void withoutBaseUrlTheBuildSaysOnceThatQrCodesAreLeftOut(@TempDir Path dir) {
        TempSite src = new TempSite(dir.resolve("src"));
        StringBuilder captured = new StringBuilder();
        new SiteBuild(new vn.cantho.kehoach.bake.Baker(), n -> captured.append(n).append('\n'))
                .run(Baker.Sources.of(src.root), dir.resolve("www"));
        String said = captured.toString();
        assertEquals(1, said.split(Pattern.quote(Posters.NOTICE), -1).length - 1, said);
        assertTrue(Posters.NOTICE.contains("base_url"));
        Document page = BakedPages.parse(dir.resolve("www/kh-1/i/index.html"));
        assertTrue(page.select("svg, .poster-link").isEmpty());
        assertFalse(Files.exists(dir.resolve("www/kh-1/i/ap-phich/index.html")));
    }
}
