package vn.cantho.kehoach.post;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.cantho.kehoach.content.Problem;

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
 * the site; {@code javascript:} and plain http are refused.
 */
public final class LinkChecker {

    public List<Problem> check(Path site) {
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
            String where = "target/www/" + site.relativize(page).toString().replace('\\', '/');
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
            Path base = path.startsWith("/") ? site : page.getParent();
            Path resolved = base.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
            if (!resolved.startsWith(site)) {
                return "trỏ ra ngoài trang web";
            }
            target = targets.computeIfAbsent(resolved, r -> {
                Path t = Files.isDirectory(r) ? r.resolve("index.html") : r;
                return Files.isRegularFile(t) ? t : null;
            });
            if (target == null) {
                return "không có tệp này";
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
