package vn.cantho.kehoach.post;

import org.jsoup.nodes.Element;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.content.SitePaths;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses a baked site with a broken internal link: every same-site href/src must name a file that
 * exists, and every {@code #fragment} an id on the target page. Only https and mailto links may leave
 * the site; {@code javascript:} and plain http are refused. A link names the file its URL is served from
 * ({@link SitePaths#fileOf}), so a folder must be linked with its trailing slash.
 */
public final class LinkChecker implements PageScan.Visitor {
    /** A link as written on a page: which attribute, what value. Shared between pages that write the same. */
    private record Ref(String attr, String value) {
    }

    private final Path site;
    private final String shown;
    private final Map<Path, Set<String>> idsByFile = new ConcurrentHashMap<>();
    private final Map<Path, Ref[]> refsByFile = new ConcurrentHashMap<>();
    private final Map<Ref, Ref> refs = new ConcurrentHashMap<>();

    /**
     * A check to run as a {@link PageScan} visitor, then ask for its {@link #problems()}.
     *
     * @param site        the baked site to check (usually the staging folder)
     * @param publishedAs where that site is being published, named in messages instead of {@code site}
     */
    public LinkChecker(Path site, Path publishedAs) {
        this.site = site;
        this.shown = publishedAs.normalize().toString().replace('\\', '/').replaceAll("/*$", "/");
    }

    @Override
    public void visit(PageScan.Page page) {
        Set<String> ids = new HashSet<>();
        List<Ref> found = new ArrayList<>();
        for (Element el : page.doc().getAllElements()) { // one walk for ids and links
            if (el.hasAttr("id")) {
                ids.add(el.id());
            }
            String attr = el.hasAttr("href") ? "href" : el.hasAttr("src") ? "src" : null;
            if (attr != null) {
                Ref ref = new Ref(attr, el.attr(attr));
                Ref shared = refs.putIfAbsent(ref, ref);
                found.add(shared == null ? ref : shared);
            }
        }
        idsByFile.put(page.file(), ids);
        refsByFile.put(page.file(), found.toArray(Ref[]::new));
    }

    /**
     * The broken links of the pages visited, page by page in path order, each page's in document order. Files
     * are looked up now, so files written after the scan (the sitemap) count.
     */
    public List<Problem> problems() {
        List<Path> pages = refsByFile.keySet().stream().sorted().toList();
        Map<Path, Path> targets = new ConcurrentHashMap<>();
        // A site-absolute link ("/a/b/#c") means the same on every page: checked once, however many pages carry it.
        Map<String, Optional<String>> absolute = new ConcurrentHashMap<>();
        List<List<Problem>> perPage = pages.parallelStream().map(page -> {
            String where = shown + site.relativize(page).toString().replace('\\', '/');
            List<Problem> problems = new ArrayList<>();
            for (Ref ref : refsByFile.get(page)) {
                String value = ref.value();
                String problem = value.startsWith("/") && !value.startsWith("//")
                        ? absolute.computeIfAbsent(value, v -> Optional.ofNullable(checkRef(site, page, v, idsByFile, targets)))
                                .orElse(null)
                        : checkRef(site, page, value, idsByFile, targets);
                if (problem != null) {
                    problems.add(Problem.ofFile(where, "liên kết hỏng " + ref.attr() + "=\"" + ref.value() + "\": " + problem,
                            "sửa liên kết trong tệp nội dung hoặc mẫu trang đã tạo ra nó"));
                }
            }
            return problems;
        }).toList();
        return perPage.stream().flatMap(List::stream).toList();
    }

    /** Memo value of a link target that is not a file (a concurrent map holds no null). */
    private static final Path NOT_A_FILE = Path.of("");

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
            target = targets.computeIfAbsent(resolved, r -> Files.isRegularFile(r) ? r : NOT_A_FILE);
            if (target == NOT_A_FILE) {
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
}
