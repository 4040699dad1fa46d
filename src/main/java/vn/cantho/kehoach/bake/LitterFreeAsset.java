package vn.cantho.kehoach.bake;

import org.jbake.app.Asset;
import org.jbake.app.configuration.JBakeConfiguration;
import vn.cantho.kehoach.content.EditorLitter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * JBake's asset copy without editors' and systems' litter ({@link EditorLitter}): stock JBake copies
 * every non-hidden file of {@code assets/}, backups and {@code Thumbs.db} included, and every non-Markdown
 * file of {@code content/}. Here {@code content/} contributes nothing (it holds only Markdown: anything
 * else is refused before baking or is litter), and a failed copy is reported like any bake error.
 */
final class LitterFreeAsset extends Asset {
    private final JBakeConfiguration config;
    private final List<Throwable> errors = new ArrayList<>();

    LitterFreeAsset(JBakeConfiguration config) {
        super(config);
        this.config = config;
    }

    @Override
    public void copy(File from) {
        Path source = from.toPath();
        Path destination = config.getDestinationFolder().toPath();
        if (!Files.isDirectory(source)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(p -> !EditorLitter.isLitter(source, p))
                    .sorted().toList()) {
                Path to = destination.resolve(source.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            errors.add(e);
        }
    }

    @Override
    public void copyAssetsFromContent(File contentFolder) {
        // content/ holds only Markdown pages and litter: nothing to copy
    }

    @Override
    public List<Throwable> getErrors() {
        List<Throwable> all = new ArrayList<>(super.getErrors());
        all.addAll(errors);
        return all;
    }
}
