package vn.cantho.kehoach.bake;

import org.jbake.app.Crawler;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.content.FieldRules;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.content.Site;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs embedded JBake over a checked {@link Site}: our markup engine, our content store, our templates. */
public final class Baker {
    private static final AtomicInteger RUNS = new AtomicInteger();
    /** Every page carries this date, so output does not depend on file times. */
    private static final Date FIXED_DATE = new Date(0);

    static {
        System.setProperty("log.console.level", System.getProperty("log.console.level", "severe"));
    }

    private final BiFunction<String, Views, SiteStore> stores;

    /** A baker with the site's linear content store. */
    public Baker() {
        this(SiteContentStore::new);
    }

    /** @param stores makes the content store of each bake from a unique name and the site's views */
    public Baker(BiFunction<String, Views, SiteStore> stores) {
        this.stores = stores;
    }

    private static final Pattern TEMPLATE_AT = Pattern.compile("in template \"([^\"]+)\" at line (\\d+)");

    /** A JBake error as a problem, pointing at the template and line Freemarker names. */
    static Problem templateProblem(Throwable e) {
        String message = String.valueOf(e.getMessage());
        Matcher m = TEMPLATE_AT.matcher(message);
        String first = message.lines().filter(l -> l.contains("==>")).findFirst()
                .or(() -> message.lines().filter(l -> l.contains("Exception")).findFirst())
                .orElse(message.lines().findFirst().orElse("")).replace("==>", "").strip();
        if (m.find()) {
            return new Problem("templates/" + m.group(1), Integer.parseInt(m.group(2)), "lỗi mẫu trang: " + first,
                    "sửa biểu thức ở dòng này; dùng ?? hoặc ! cho giá trị có thể vắng mặt");
        }
        return Problem.ofFile("templates/", "dựng trang thất bại: " + message, "xem thông báo; trong đó có tên mẫu trang");
    }

    /** Source folders of a site. */
    public record Sources(Path root, Path content, Path templates, Path assets) {
        public static Sources of(Path root) {
            return new Sources(root, root.resolve("content"), root.resolve("templates"), root.resolve("assets"));
        }
    }

    /** What a bake did: pages JBake rendered and per-type queries sent to its database. */
    public record Stats(int rendered, int typeQueries) {
    }

    /** Bakes into {@code destination}, which should be empty. @throws BuildFailure on any JBake error */
    public Stats bake(Site site, Sources src, Path destination) {
        return bake(site, src, destination, () -> { }, PageSink.AS_RENDERED);
    }

    /**
     * Bakes into {@code destination}, which should be empty, handing each rendered page to {@code pages}.
     * @param assetsCopied run once the assets are in {@code destination}, before any page is rendered
     * @throws BuildFailure on any JBake error
     */
    public Stats bake(Site site, Sources src, Path destination, Runnable assetsCopied, PageSink pages) {
        return bakePages(site, src, destination, path -> true, assetsCopied, pages);
    }

    /**
     * Bakes only the pages whose path inside content/ is {@code chosen} (the others are not rendered; their
     * neighbours and tables of contents still come from the whole {@code site}), and copies the assets.
     * @param assetsCopied run once the assets are in {@code destination}, before any page is rendered
     * @throws BuildFailure on any JBake error
     */
    public Stats bakePages(Site site, Sources src, Path destination, Predicate<String> chosen, Runnable assetsCopied,
                           PageSink pages) {
        // JBake's engine registry and model extractors are static: one bake at a time per JVM.
        synchronized (Baker.class) {
            Path crawl = CrawlFolder.create(site, chosen);
            try {
                return bakeFrom(crawl, site, src, destination, assetsCopied, pages);
            } finally {
                CrawlFolder.delete(crawl);
            }
        }
    }

    /** Bakes the pages stubbed in {@code crawl}: JBake crawls the stubs, the engine hands it each page. */
    private Stats bakeFrom(Path crawl, Site site, Sources src, Path destination, Runnable assetsCopied,
                           PageSink pages) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(src.root().toFile(), destination.toFile(), true);
        config.setContentFolder(crawl.toFile());
        config.setTemplateFolder(src.templates().toFile());
        config.setAssetFolder(src.assets().toFile());
        config.setDataFolder(src.root().resolve("data").toFile());
        config.setAssetIgnoreHidden(true);
        Set<String> types = new TreeSet<>(FieldRules.types());
        site.pages().forEach(p -> types.add(p.type()));
        for (String type : types) {
            config.setTemplateFileNameForDocType(type, type + ".ftl");
        }
        for (String feature : List.of("index", "feed", "archive", "tags", "tagsindex", "sitemap", "error404")) {
            config.setProperty("render." + feature, false);
        }
        Engines.register("md", new PageMarkupEngine(site, crawl, FIXED_DATE));

        SiteStore store = stores.apply("bake" + RUNS.incrementAndGet(), new Views(site));
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new Crawler(store, config));
        utensils.setAsset(new LitterFreeAsset(config));
        SiteOven oven = new SiteOven(utensils, store, assetsCopied, pages);
        oven.bake();
        List<Throwable> errors = oven.errors();
        if (!errors.isEmpty()) {
            throw new BuildFailure(errors.stream().map(Baker::templateProblem).toList());
        }
        return new Stats(store.rendered(), store.typeQueries());
    }
}
