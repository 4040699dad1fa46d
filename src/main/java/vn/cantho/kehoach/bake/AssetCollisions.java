package vn.cantho.kehoach.bake;

import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SitePaths;
import vn.cantho.kehoach.content.SourcePage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * JBake copies assets into the site after rendering, so an asset at the same path as a page would
 * silently replace it. Such a duplicate URL is refused before baking.
 */
public final class AssetCollisions {
    private AssetCollisions() {
    }

    /**
     * @param reserved output paths the build itself writes after baking (e.g. the search index); one ending in
     *                 '/' reserves the whole folder (e.g. the split search index, whose files vary with content)
     */
    public static List<Problem> check(Site site, Path assets, List<String> reserved) {
        Map<String, String> taken = new HashMap<>();
        for (SourcePage page : site.pages()) {
            taken.put(SitePaths.fileOf(page.url()), "trang content/" + page.path());
        }
        List<String> folders = new ArrayList<>();
        for (String r : reserved) {
            if (r.endsWith("/")) {
                folders.add(r);
            } else {
                taken.put(r, "tệp " + r + " do quá trình dựng trang tạo ra");
            }
        }
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(assets)) {
            return problems;
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = assets.relativize(f).toString().replace('\\', '/');
                String owner = taken.get(rel);
                for (String folder : folders) {
                    if (owner == null && rel.startsWith(folder)) {
                        owner = "thư mục " + folder + " do quá trình dựng trang tạo ra";
                    }
                }
                if (owner != null) {
                    problems.add(Problem.ofFile("assets/" + rel, "địa chỉ /" + rel + " bị trùng: đó cũng là "
                            + owner + ", tệp này sẽ ghi đè lên", "đổi tên hoặc chuyển tệp trong assets/"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }
}
