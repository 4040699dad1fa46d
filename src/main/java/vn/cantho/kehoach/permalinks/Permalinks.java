package vn.cantho.kehoach.permalinks;

import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.content.Site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.SortedSet;

/**
 * URLs and anchors never break. Called by the build in three steps:
 * <ol>
 *   <li>{@link #prepare} before baking, after every other concern has added its pages: reads the manifest
 *       ({@value Manifest#FILE}), checks the sections' {@code moved_from} fields and adds a redirect page at
 *       each old URL;</li>
 *   <li>{@link #writeMaps} after baking: the nginx and Apache redirect maps;</li>
 *   <li>{@link #verify} on the staged site before publishing: every address of the manifest must still be
 *       reachable (directly or through a move), else the build fails naming each; new addresses are a notice.
 *       Without a manifest the check is skipped with a notice. When recording (the explicit
 *       {@code permalinks} command), the manifest is rewritten instead.</li>
 * </ol>
 */
public final class Permalinks {
    private final Site site;
    private final Path root;
    private final Manifest manifest;
    private final List<Move> moves;

    private Permalinks(Site site, Path root, Manifest manifest, List<Move> moves) {
        this.site = site;
        this.root = root;
        this.manifest = manifest;
        this.moves = moves;
    }

    /** What {@link #verify} found: problems fail the build, notices are printed. */
    public record Verdict(List<Problem> problems, List<String> notices) {
    }

    /**
     * @param root the project root, where the manifest lives
     * @throws BuildFailure when a {@code moved_from} is wrong
     */
    public static Permalinks prepare(Site site, Path root) {
        Manifest manifest = Manifest.read(root);
        MovePlan.Result plan = MovePlan.of(site, manifest);
        if (!plan.problems().isEmpty()) {
            throw new BuildFailure(plan.problems());
        }
        RedirectPages.add(site, plan.moves());
        return new Permalinks(site, root, manifest, plan.moves());
    }

    /**
     * Every address the site baked in {@code staging} keeps reachable: what the {@code permalinks} command
     * records. Old addresses (moves, abolished sections' anchors) count only when the manifest lists them.
     */
    public SortedSet<String> reachable(Path staging) {
        return reachable(PublishedAddresses.read(staging));
    }

    /** The same, from the addresses a {@link PublishedAddresses} scan collected. */
    public SortedSet<String> reachable(SortedSet<String> published) {
        return PermalinkCheck.kept(published, moves, manifest, PermalinkCheck.abolishedPages(site));
    }

    /** Writes the redirect maps into the staged site. */
    public void writeMaps(Path staging) {
        RedirectMaps.write(moves, staging);
    }

    /**
     * Checks the addresses a {@link PublishedAddresses} scan of the staged site collected against the manifest,
     * or, when {@code record} is true, rewrites the manifest with what the site keeps reachable (then nothing fails).
     */
    public Verdict verify(SortedSet<String> published, boolean record) {
        SortedSet<String> kept = reachable(published);
        List<String> notices = new ArrayList<>();
        if (record) {
            Manifest.write(root, kept);
            notices.add("Đã ghi " + kept.size() + " địa chỉ vào " + Manifest.FILE + "; hãy commit tệp này.");
            return new Verdict(List.of(), notices);
        }
        if (manifest == null) {
            notices.add("Bỏ qua kiểm tra địa chỉ cố định: chưa có " + Manifest.FILE + " (tạo bằng '"
                    + Manifest.UPDATE_COMMAND + "').");
            return new Verdict(List.of(), notices);
        }
        String added = PermalinkCheck.added(manifest, kept);
        if (added != null) {
            notices.add(added);
        }
        Map<String, String> fullTexts = new HashMap<>();
        for (PlanDocument doc : site.documents()) {
            if (doc.fullText() != null) {
                fullTexts.put(doc.url(), doc.fullText().url());
            }
        }
        return new Verdict(PermalinkCheck.vanished(manifest, kept, fullTexts), notices);
    }
}
