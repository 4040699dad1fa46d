package vn.cantho.kehoach.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.cantho.kehoach.support.BuiltSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page carries a CSP that forbids inline script and other origins, and has nothing inline to forbid. */
class SecurityTest {
    @Test
    void cspAndReferrerPolicyOnEveryPage() {
        for (Path p : BuiltSite.pages()) {
            Document doc = BuiltSite.parse(p);
            Element csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertNotNull(csp, p.toString());
            String policy = csp.attr("content");
            assertTrue(policy.contains("default-src 'self'"), policy);
            assertTrue(policy.contains("script-src 'self'"), policy);
            assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval") || policy.contains("http"), policy);
            assertEquals("strict-origin-when-cross-origin", doc.selectFirst("meta[name=referrer]").attr("content"));
        }
    }

    @Test
    void noInlineScriptStyleOrHandlers() {
        for (Path p : BuiltSite.pages()) {
            Document doc = BuiltSite.parse(p);
            for (Element s : doc.select("script:not([type=application/ld+json])")) {
                assertTrue(s.hasAttr("src") && s.data().isBlank(), p + ": inline script");
                assertTrue(s.attr("src").startsWith("/"), p + ": script from elsewhere");
            }
            assertTrue(doc.select("style, [style]").isEmpty(), p + ": inline style");
            for (Element e : doc.getAllElements()) {
                e.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"), p + ": handler " + a.getKey()));
            }
            for (Element e : doc.select("[href], [src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                assertFalse(url.startsWith("http:") || url.startsWith("//") || url.startsWith("javascript:"), p + ": " + url);
            }
        }
    }

    @Test
    void noThirdPartyUrlsInAssets() throws Exception {
        try (Stream<Path> files = Files.walk(BuiltSite.dir())) {
            for (Path f : files.filter(x -> x.toString().endsWith(".js") || x.toString().endsWith(".css")).toList()) {
                String text = Files.readString(f);
                assertFalse(text.matches("(?s).*(fetch|import)\\(\\s*['\"]https?:.*"), f + " loads from another origin");
                assertFalse(text.contains("@import") || text.contains("url(http"), f + " pulls CSS from elsewhere");
            }
        }
    }
}
