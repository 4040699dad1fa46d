package vn.cantho.kehoach.permalinks;

import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SourcePage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Compares what a baked site keeps reachable with the manifest. Kept are the addresses the site publishes,
 * plus those that still land through a move (an old URL's anchors land on the same ids of the new page; on the
 * full-text page an old section prefix lands on the new one, as {@code js/redirect.js} maps it), plus the
 * anchors of a page whose section was abolished (the page stays and says so; its paragraphs are gone).
 */
final class PermalinkCheck {
    private static final int LISTED = 20;

    private PermalinkCheck() {
    }

    /**
     * Every address the baked site keeps reachable: what it publishes, plus the manifest's addresses that still
     * land through a move or belong to an abolished section's page. (Old addresses are only ever those the
     * manifest lists, so a move never adds made-up ones.)
     */
    static SortedSet<String> kept(SortedSet<String> published, List<Move> moves, Manifest manifest, Set<String> abolished) {
        SortedSet<String> kept = new TreeSet<>(published);
        if (manifest == null) {
            return kept;
        }
        Set<String> landing = new java.util.HashSet<>();
        for (Move m : moves) {
            for (String a : published.tailSet(m.to() + "#")) {
                if (!a.startsWith(m.to() + "#")) {
                    break;
                }
                landing.add(m.from() + a.substring(m.to().length()));
            }
            if (m.fullTextUrl() != null) {
                String newPrefix = m.fullTextUrl() + "#" + m.newId();
                for (String a : published.tailSet(newPrefix)) {
                    if (!a.startsWith(newPrefix)) {
                        break;
                    }
                    String rest = a.substring(newPrefix.length());
                    if (rest.isEmpty() || rest.startsWith("-")) {
                        landing.add(m.fullTextUrl() + "#" + m.oldId() + rest);
                    }
                }
            }
        }
        for (String a : manifest.addresses()) {
            if (landing.contains(a) || a.contains("#") && abolished.contains(Manifest.pageOf(a))) {
                kept.add(a);
            }
        }
        return kept;
    }

    /**
     * One problem per vanished page, counting its anchors and, for a section, its anchors on the document's
     * full-text page; one per other vanished anchor.
     *
     * @param fullTexts each document's URL → its full-text page's URL
     */
    static List<Problem> vanished(Manifest manifest, SortedSet<String> kept, Map<String, String> fullTexts) {
        List<String> lost = manifest.addresses().stream().filter(a -> !kept.contains(a)).toList();
        // Section ids of the vanished section pages, by full-text page: their ids there vanish with them.
        Map<String, Map<String, String>> lostSections = new HashMap<>();
        for (String a : lost) {
            fullTexts.forEach((doc, fullText) -> {
                if (!a.contains("#") && a.endsWith("/") && a.startsWith(doc) && !a.equals(doc) && !a.equals(fullText)) {
                    String id = a.substring(doc.length(), a.length() - 1).replace('/', '-');
                    lostSections.computeIfAbsent(fullText, k -> new HashMap<>()).put(id, a);
                }
            });
        }
        Map<String, Integer> ownAnchors = new HashMap<>();
        Map<String, Integer> fullTextAnchors = new HashMap<>();
        List<String> anchorsAlone = new ArrayList<>();
        for (String a : lost) {
            if (!a.contains("#")) {
                continue;
            }
            String page = Manifest.pageOf(a);
            String owner = sectionOwning(a.substring(page.length() + 1), lostSections.getOrDefault(page, Map.of()));
            if (!kept.contains(page)) {
                ownAnchors.merge(page, 1, Integer::sum);
            } else if (owner != null) {
                fullTextAnchors.merge(owner, 1, Integer::sum);
            } else {
                anchorsAlone.add(a);
            }
        }
        // Addresses below a vanished page (its history, its feed) vanish with it: counted in its message.
        Map<String, Integer> below = new HashMap<>();
        List<String> lostPages = lost.stream().filter(a -> !a.contains("#")).toList();
        List<String> carried = new ArrayList<>();
        for (String a : lostPages) {
            lostPages.stream().filter(p -> p.endsWith("/") && !p.equals(a) && a.startsWith(p))
                    .min((x, y) -> Integer.compare(x.length(), y.length()))
                    .ifPresent(p -> {
                        below.merge(p, 1 + ownAnchors.getOrDefault(a, 0), Integer::sum);
                        carried.add(a);
                    });
        }
        List<Problem> problems = new ArrayList<>();
        String record = "nếu cố ý bỏ, chạy '" + Manifest.UPDATE_COMMAND + "' rồi commit " + Manifest.FILE;
        for (String a : lost) {
            if (!a.contains("#") && !carried.contains(a)) {
                List<String> along = new ArrayList<>();
                if (ownAnchors.containsKey(a)) {
                    along.add(ownAnchors.get(a) + " neo # của trang");
                }
                if (fullTextAnchors.containsKey(a)) {
                    along.add(fullTextAnchors.get(a) + " neo # của phần này trên trang toàn văn");
                }
                if (below.containsKey(a)) {
                    along.add(below.get(a) + " địa chỉ và neo bên dưới nó (lịch sử, tin Atom...)");
                }
                String source = a.endsWith("/") ? "tệp content/" + Move.pagePathOf(a) : "trang này";
                problems.add(new Problem(Manifest.FILE, manifest.lineOf(a), "địa chỉ đã công bố " + a + " sẽ biến mất"
                        + (along.isEmpty() ? "" : " (cùng " + String.join(" và ", along) + ")")
                        + ": người đã lưu hoặc trích dẫn địa chỉ này sẽ gặp trang lỗi 404",
                        "khôi phục " + source + "; nếu phần này đã chuyển chỗ, ghi 'moved_from: " + a
                                + "' vào phần khai báo của tệp mới; " + record));
            } else if (anchorsAlone.contains(a)) {
                String id = a.substring(a.indexOf('#') + 1);
                problems.add(new Problem(Manifest.FILE, manifest.lineOf(a), "neo đã công bố " + a
                        + " sẽ biến mất: liên kết đến đoạn này sẽ chỉ mở đầu trang " + Manifest.pageOf(a),
                        "trang không còn phần tử id '" + id + "' (đoạn văn bị xóa, gộp hoặc đổi cách đánh số?): "
                                + "khôi phục đoạn đó; " + record));
            }
        }
        return problems;
    }

    /** The vanished section page whose id is the longest prefix of a full-text id ("ii-4-2" for "ii-4-2-doan-3"). */
    private static String sectionOwning(String id, Map<String, String> sectionsById) {
        String best = null;
        for (String s : sectionsById.keySet()) {
            if ((id.equals(s) || id.startsWith(s + "-")) && (best == null || s.length() > best.length())) {
                best = s;
            }
        }
        return best == null ? null : sectionsById.get(best);
    }

    /** The notice for addresses not yet in the manifest, or null when there are none. */
    static String added(Manifest manifest, SortedSet<String> kept) {
        List<String> added = kept.stream().filter(a -> !manifest.contains(a)).toList();
        if (added.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder("CHÚ Ý: " + added.size() + " địa chỉ mới chưa có trong " + Manifest.FILE
                + "; khi xuất bản, ghi nhận bằng '" + Manifest.UPDATE_COMMAND + "' rồi commit " + Manifest.FILE + ":");
        added.stream().limit(LISTED).forEach(a -> out.append("\n    ").append(a));
        if (added.size() > LISTED) {
            out.append("\n    ... và ").append(added.size() - LISTED).append(" địa chỉ khác");
        }
        return out.toString();
    }

    /** URLs of pages whose section has an abolition among its recorded changes (extras of the history concern). */
    static Set<String> abolishedPages(Site site) {
        Set<String> out = new java.util.HashSet<>();
        for (SourcePage p : site.pages()) {
            if (site.sectionOf(p) != null && site.extras(p.path()).get("history") instanceof Map<?, ?> history
                    && history.get("changes") instanceof List<?> changes) {
                for (Object c : changes) {
                    if (c instanceof Map<?, ?> change && "abolition".equals(String.valueOf(change.get("kind")))) {
                        out.add(p.url());
                    }
                }
            }
        }
        return out;
    }
}
