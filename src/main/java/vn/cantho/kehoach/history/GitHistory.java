package vn.cantho.kehoach.history;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import vn.cantho.kehoach.content.FrontMatter;
import vn.cantho.kehoach.content.InputLimits;
import vn.cantho.kehoach.content.SourcePage;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The git history of the section files, read with JGit: for one file, the commits that changed it, oldest first
 * (parents before children), each with its official text and its number of {@code changes} entries, then the
 * work tree's uncommitted edits as a last pseudo-commit. Only {@code content/} is read, once per build.
 * <p>
 * Outside a git checkout (a downloaded zip) or in a shallow clone, whose oldest commits are missing, there is no
 * history to read: {@link #unavailableReason()} says why, in words for readers.
 */
public final class GitHistory implements AutoCloseable {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final String unavailable;
    private final Repository repo;
    private final String prefix;
    private final List<RevCommit> commits = new ArrayList<>();
    private final Map<ObjectId, Map<String, ObjectId>> blobs = new HashMap<>();
    private final Map<String, Set<ObjectId>> baselines = new HashMap<>();
    private final Map<ObjectId, Version> versions = new HashMap<>();
    private RevCommit head;

    /** What a blob holds: its text, how many changes entries it lists, and whether its front matter parses. */
    private record Version(OfficialText text, int entries, boolean readable) {
    }

    private GitHistory(String unavailable, Repository repo, String prefix) {
        this.unavailable = unavailable;
        this.repo = repo;
        this.prefix = prefix;
    }

    /** Thrown when the documented baseline commit is not in the repository. */
    public static final class UnknownBaseline extends RuntimeException {
        UnknownBaseline(String baseline) {
            super(baseline);
        }
    }

    /** Reads the history of {@code contentDir}'s repository, if it is in one. */
    public static GitHistory read(Path contentDir) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(contentDir.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return new GitHistory("trang được dựng từ một bản sao không có lịch sử git (ví dụ tệp zip tải về)", null, null);
        }
        try {
            Repository repo = builder.setMustExist(true).build();
            if (repo.isBare()) {
                return new GitHistory("trang được dựng ngoài thư mục làm việc của git", null, null);
            }
            File shallow = new File(repo.getDirectory(), "shallow");
            if (shallow.isFile() && shallow.length() > 0) {
                return new GitHistory("trang được dựng từ một bản sao git rút gọn (shallow clone) thiếu các commit cũ",
                        null, null);
            }
            String prefix = repo.getWorkTree().toPath().toRealPath().relativize(contentDir.toRealPath())
                    .toString().replace('\\', '/');
            GitHistory history = new GitHistory(null, repo, prefix);
            history.load();
            return history;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the git history of " + contentDir, e);
        }
    }

    /**
     * Reads and renders, ahead of {@link #steps}, every version of every Markdown file the history holds, so the
     * work can run in the background while the site loads.
     */
    public GitHistory prefetch() {
        Set<ObjectId> seen = new HashSet<>();
        for (Map<String, ObjectId> files : blobs.values()) {
            for (ObjectId blob : files.values()) {
                if (seen.add(blob)) {
                    version(blob);
                }
            }
        }
        return this;
    }

    /** Why there is no history, for readers; null when there is one. */
    public String unavailableReason() {
        return unavailable;
    }

    @Override
    public void close() {
        if (repo != null) {
            repo.close();
        }
    }

    /**
     * The baseline commit and its ancestors; empty for none.
     *
     * @throws UnknownBaseline when the repository has no such commit
     */
    private Set<ObjectId> baseline(String name) {
        if (name == null) {
            return Set.of();
        }
        return baselines.computeIfAbsent(name, n -> {
            Set<ObjectId> out = new HashSet<>();
            try (RevWalk walk = new RevWalk(repo)) {
                ObjectId id = repo.resolve(n + "^{commit}");
                if (id == null) {
                    throw new UnknownBaseline(n);
                }
                walk.markStart(walk.parseCommit(id));
                for (RevCommit c : walk) {
                    out.add(c.copy());
                }
            } catch (IOException | org.eclipse.jgit.errors.RevisionSyntaxException e) {
                throw new UnknownBaseline(n);
            }
            return out;
        });
    }

    private void load() throws IOException {
        ObjectId headId = repo.resolve(Constants.HEAD);
        if (headId == null) {
            return; // no commit yet: everything is new
        }
        try (RevWalk walk = new RevWalk(repo)) {
            walk.sort(RevSort.TOPO);
            walk.sort(RevSort.REVERSE, true);
            head = walk.parseCommit(headId);
            walk.markStart(head);
            for (RevCommit c : walk) {
                commits.add(c);
                blobs.put(c.copy(), files(c));
            }
        }
    }

    /** Blob of each Markdown file under content/ in this commit. */
    private Map<String, ObjectId> files(RevCommit c) throws IOException {
        Map<String, ObjectId> out = new HashMap<>();
        try (TreeWalk tw = new TreeWalk(repo)) {
            tw.addTree(c.getTree());
            tw.setRecursive(true);
            if (!prefix.isEmpty()) {
                tw.setFilter(PathFilter.create(prefix));
            }
            while (tw.next()) {
                if (tw.getPathString().endsWith(".md")) {
                    out.put(tw.getPathString(), tw.getObjectId(0));
                }
            }
        }
        return out;
    }

    /**
     * The steps of one section file, oldest first; the work tree's edits (compared with HEAD) come last when there
     * are any. Empty when there is no history.
     *
     * @param current     the page as read from the work tree
     * @param formerPaths content paths the file had before it was moved, most recent first; its history there counts
     * @param baseline    a commit (hash or name) that it and its ancestors are not checked; null for none
     * @throws UnknownBaseline when the baseline cannot be found
     */
    public List<Step> steps(SourcePage current, List<String> formerPaths, String baseline) {
        List<Step> steps = new ArrayList<>();
        if (unavailable != null) {
            return steps;
        }
        Set<ObjectId> skipped = baseline(baseline);
        List<String> paths = new ArrayList<>();
        paths.add(repoPath(current.path()));
        formerPaths.forEach(p -> paths.add(repoPath(p)));
        OfficialText lastReadable = null;
        for (RevCommit c : commits) {
            ObjectId blob = blobAt(c, paths);
            if (blob == null) {
                continue;
            }
            List<ObjectId> parentBlobs = new ArrayList<>();
            for (RevCommit p : c.getParents()) {
                ObjectId pb = blobAt(p, paths);
                if (pb != null) {
                    parentBlobs.add(pb);
                }
            }
            if (parentBlobs.contains(blob)) {
                continue; // file unchanged by this commit
            }
            Version after = version(blob);
            if (!after.readable()) {
                continue; // a commit whose front matter does not parse: compare the next one with the last good one
            }
            OfficialText fallback = lastReadable;
            List<OfficialText> before = parentBlobs.stream().map(b -> version(b).readable() ? version(b).text() : fallback)
                    .filter(java.util.Objects::nonNull).toList();
            lastReadable = after.text();
            boolean changed = !before.isEmpty() && before.stream().noneMatch(after.text()::sameTextAs);
            steps.add(new Step(info(c), skipped.contains(c), changed, before.isEmpty() ? null : before.get(0),
                    after.text(), after.entries()));
        }
        ObjectId headBlob = head == null ? null : blobAt(head, paths);
        if (headBlob != null && lastReadable != null) {
            Version committed = version(headBlob);
            OfficialText now = OfficialText.of(current.body());
            int entries = current.fields().get(ChangeEntries.FIELD) instanceof List<?> l ? l.size() : 0;
            boolean changed = !now.sameTextAs(lastReadable);
            if (changed || entries != committed.entries()) {
                steps.add(new Step(CommitInfo.WORK_TREE, false, changed, lastReadable, now, entries));
            }
        }
        return steps;
    }

    private String repoPath(String contentPath) {
        return prefix.isEmpty() ? contentPath : prefix + "/" + contentPath;
    }

    /** The file in this commit: at its present path, else at the latest former path it had there. */
    private ObjectId blobAt(RevCommit c, List<String> paths) {
        Map<String, ObjectId> files = blobs.getOrDefault(c, Map.of());
        for (String p : paths) {
            ObjectId id = files.get(p);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    private Version version(ObjectId blob) {
        return versions.computeIfAbsent(blob, id -> {
            try {
                // A version past the size limit is not read, like one whose front matter is broken.
                if (repo.open(id).getSize() > InputLimits.FILE_BYTES) {
                    return new Version(null, 0, false);
                }
                String text = new String(repo.open(id).getBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                FrontMatter.Parsed parsed = FrontMatter.parse("", text);
                Object changes = parsed.fields().get(ChangeEntries.FIELD);
                return new Version(OfficialText.of(parsed.body()), changes instanceof List<?> l ? l.size() : 0, parsed.ok());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static CommitInfo info(RevCommit c) {
        PersonIdent who = c.getCommitterIdent();
        String date = who.getWhenAsInstant().atZone(who.getZoneId()).format(DMY);
        return new CommitInfo(c.abbreviate(7).name(), date, c.getShortMessage());
    }
}
