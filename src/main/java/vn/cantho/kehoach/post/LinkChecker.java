package vn.cantho.kehoach.post;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.content.SitePaths;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses a baked site with a broken internal link: every same-site href/src must name a file that
 * exists, and every {@code #fragment} an id on the target page. Only https and mailto links may leave
 * the site; {@code javascript:} and plain http are refused. A link names the file its URL is served from
 * ({@link SitePaths#fileOf}), so a folder must be linked with its trailing slash.
 */
public final class LinkChecker {

    /**
     * @param site        the baked site to check (usually the staging folder)
     * @param publishedAs where that site is being published, named in messages instead of {@code site}
     */
    public List<Problem> check(Path site, Path publishedAs) {
        String shown = publishedAs.normalize().toString().replace('\\', '/').replaceAll("/*$", "/");
        Map<Path, Set<String>> idsByFile = new HashMap<>();
        Map<Path, Document> docs = new HashMap<>();
        List<Path> pages = BakedPages.htmlFiles(site);
        for (Path p : pages) {
            Document doc = BakedPages.parse(p);
            docs.put(p, doc);
            idsByFile.put(p, ids(doc));
        }
        List<Problem> problems = new ArrayList<>();
        Map<Path, Path> targets = new HashMap<>();
        for (Path page : pages) {
            Document doc = docs.get(page);
            String where = shown + site.relativize(page).toString().replace('\\', '/');
            for (Element el : doc.select("[href], [src]")) {
                String attr = el.hasAttr("href") ? "href" : "src";
                String ref = el.attr(attr);
                String problem = checkRef(site, page, ref, idsByFile, targets);
                if (problem != null) {
                    problems.add(Problem.ofFile(where, "liên kết hỏng " + attr + "=\"" + ref + "\": " + problem,
                            "sửa liên kết trong tệp nội dung hoặc mẫu trang đã tạo ra nó"));
                }
            }
        }
        return problems;
    }

    /** @param targets memo of resolved paths to the file they serve (or null), shared by all pages */
    private static String checkRef(Path site, Path page, String ref, Map<Path, Set<String>> idsByFile,
                                   Map<Path, Path> targets) {
        URI uri;
        try {
            uri = new URI(ref);
        } catch (URISyntaxException e) {
            return "địa chỉ không hợp lệ";
        }
        if (uri.getScheme() != null) {
            return switch (uri.getScheme()) {
                case "https", "mailto" -> null;
                default -> "không cho phép liên kết kiểu '" + uri.getScheme() + ":'";
            };
        }
        if (uri.getRawAuthority() != null) {
            return "không dùng liên kết bắt đầu bằng //";
        }
        Path target = page;
        String path = uri.getPath();
        if (path != null && !path.isEmpty()) {
            // The site URL the link resolves to, from the URL of the page it is on.
            String url;
            try {
                URI pageUrl = new URI(null, null, "/" + site.relativize(page).toString().replace('\\', '/'), null);
                url = pageUrl.resolve(new URI(uri.getRawPath())).normalize().getPath();
            } catch (URISyntaxException e) {
                return "địa chỉ không hợp lệ";
            }
            if (url.startsWith("/..")) {
                return "trỏ ra ngoài trang web";
            }
            Path resolved = site.resolve(SitePaths.fileOf(url)).normalize();
            if (!resolved.startsWith(site)) {
                return "trỏ ra ngoài trang web";
            }
            target = targets.computeIfAbsent(resolved, r -> Files.isRegularFile(r) ? r : null);
            if (target == null) {
                return Files.isDirectory(resolved) ? "địa chỉ thư mục phải kết thúc bằng '/'" : "không có tệp này";
            }
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty()) {
            Set<String> ids = idsByFile.get(target);
            if (ids == null || !ids.contains(fragment)) {
                return "trang đích không có phần tử id '" + fragment + "'";
            }
        }
        return null;
    }



    private static Set<String> ids(Document doc) {
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            ids.add(e.id());
        }
        return ids;
    }
}
