package vn.cantho.kehoach.site;

import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.output.PreviewServer;
import vn.cantho.kehoach.post.BakedPages;
import vn.cantho.kehoach.support.Chromium;
import vn.cantho.kehoach.support.PageChecks;
import vn.cantho.kehoach.support.TempSite;
import vn.cantho.kehoach.support.UpdateFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page kinds the real site does not have yet (an update, a full and a second list page, a section with
 * related updates, a draft in the preview, the home of one plan with news and of several plans) are valid
 * HTML and pass axe, fit 320 px and have 44 px touch targets, on throwaway sites.
 */
class UpdatesPagesBrowserTest {
    @TempDir
    static Path tmp;
    static Path onePlan;
    static Path twoPlans;
    static ChromeDriver phone;
    static ChromeDriver desktop;

    static final List<String> ONE_PLAN_PAGES = List.of("/", "/cap-nhat/", "/cap-nhat/trang-2/",
            "/cap-nhat/2026/03/tin-01.html", "/cap-nhat/2026/04/nhap.html", "/kh-1/ii/1/");
    static final List<String> TWO_PLAN_PAGES = List.of("/", "/cap-nhat/", "/cap-nhat/2026/05/hai-van-ban.html");

    @BeforeAll
    static void build() throws Exception {
        TempSite one = new TempSite(tmp.resolve("one"));
        for (int i = 1; i <= 11; i++) {
            UpdateFiles.write(one, String.format("2026/03/tin-%02d", i), "Khởi công hạng mục số " + i + " của dự án",
                    String.format("%02d/03/2026", i), List.of("i", "ii-1"), "",
                    "Sáng nay, **Sở Xây dựng** tổ chức khởi công. Xem [khoản 1](/kh-1/ii/1/#doan-1).\n\n"
                            + "## Các bước tiếp theo\n\n- Giải phóng mặt bằng\n- Thi công\n\n> Trích phát biểu.\n");
        }
        UpdateFiles.write(one, "2026/04/nhap", "Bản tin chưa duyệt", "02/04/2026", List.of("ii-1"), "draft: true\n", "Nháp.\n");
        onePlan = tmp.resolve("one-www");
        new SiteBuild().withDrafts().run(Baker.Sources.of(one.root), onePlan);

        TempSite two = new TempSite(tmp.resolve("two"));
        two.cover("kh-2", "Kế hoạch thứ hai", "03/04/2026", " hai");
        two.write("kh-2/i/index.md", "---\ntype: section\nid: i\norder: 1\nlabel: \"Mục I\"\ntitle: \"Mục một\"\n---\n\nNội dung.\n");
        UpdateFiles.write(two, "2026/05/hai-van-ban", "Tin liên quan hai kế hoạch", "01/05/2026",
                List.of("kh-1/i", "kh-2/i"), "", "Nội dung.\n");
        twoPlans = tmp.resolve("two-www");
        new SiteBuild().run(Baker.Sources.of(two.root), twoPlans);
        phone = Chromium.start(320, 640);
        desktop = Chromium.start(1280, 800);
    }

    @AfterAll
    static void stop() {
        Chromium.quit(phone, desktop);
    }

    @Test
    void everyPageOfBothSitesIsValidHtml() throws Exception {
        EmbeddedValidator validator = PageChecks.nu();
        List<String> errors = new ArrayList<>();
        int pages = 0;
        for (Path site : List.of(onePlan, twoPlans)) {
            for (Path page : BakedPages.htmlFiles(site)) {
                pages++;
                errors.addAll(PageChecks.nuErrors(validator, site.relativize(page).toString(), page));
            }
        }
        assertTrue(pages > 30, "pages checked: " + pages);
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }

    @Test
    void axeFindsNothingAndPagesFitAPhone() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Path, List<String>> site : Map.of(onePlan, ONE_PLAN_PAGES, twoPlans, TWO_PLAN_PAGES).entrySet()) {
            try (PreviewServer server = new PreviewServer(site.getKey(), 0)) {
                server.start();
                for (String path : site.getValue()) {
                    Path file = site.getKey().resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : ""));
                    assertTrue(java.nio.file.Files.isRegularFile(file), "baked: " + file);
                }
                for (ChromeDriver driver : List.of(phone, desktop)) {
                    for (String path : site.getValue()) {
                        String where = PageChecks.open(driver, server.port(), path);
                        assertTrue(!driver.getTitle().startsWith("Không tìm thấy"), where);
                        problems.addAll(PageChecks.axeAndPhoneFit(driver, where, driver == phone));
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
