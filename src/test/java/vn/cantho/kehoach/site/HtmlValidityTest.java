package vn.cantho.kehoach.site;

import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import vn.cantho.kehoach.support.BuiltSite;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every baked page passes the W3C Nu HTML Checker, run offline, with zero errors. */
class HtmlValidityTest {
    private static List<String> errors(String gnuOutput) {
        List<String> errors = new ArrayList<>();
        for (String line : gnuOutput.split("\n")) {
            if (line.contains("error:") || line.contains("fatal:")) {
                errors.add(line);
            }
        }
        return errors;
    }

    private static EmbeddedValidator validator() {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        return validator;
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        EmbeddedValidator validator = validator();
        List<String> errors = new ArrayList<>();
        List<Path> pages = BuiltSite.pages();
        assertTrue(pages.size() >= 27);
        for (Path page : pages) {
            for (String e : errors(validator.validate(page))) {
                errors.add(BuiltSite.urlOf(page) + " " + e);
            }
        }
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }

    /** History pages with word diffs, earlier versions and an abolished section (a site with a git history). */
    @Test
    void historyPagesAreValidHtml() throws Exception {
        List<String> errors = errorsOf(vn.cantho.kehoach.support.HistorySite.PAGES, vn.cantho.kehoach.support.HistorySite::file);
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }

    /** Pages with a table in the official text (a throwaway site: the real plan has none). */
    @Test
    void tablePagesAreValidHtml() throws Exception {
        List<String> errors = errorsOf(vn.cantho.kehoach.support.TableSite.PAGES, vn.cantho.kehoach.support.TableSite::file);
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }

    /** The checker's errors on the pages at {@code urls} of a throwaway site, each prefixed by its URL. */
    private static List<String> errorsOf(List<String> urls, java.util.function.Function<String, Path> file) throws Exception {
        EmbeddedValidator validator = validator();
        List<String> errors = new ArrayList<>();
        for (String url : urls) {
            for (String e : errors(validator.validate(file.apply(url)))) {
                errors.add(url + " " + e);
            }
        }
        return errors;
    }

    @Test
    void theCheckerDoesReportErrors() throws Exception {
        String bad = "<!DOCTYPE html><html lang=vi><head><title>x</title></head><body><p id=a>1<p id=a>2<div><li>x</body></html>";
        List<String> errors = errors(validator().validate(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))));
        assertFalse(errors.isEmpty(), "a duplicate id and a stray <li> must be errors");
    }
}
