package vn.cantho.kehoach.support;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks Atom documents as a feed reader would meet them: valid against the RELAX NG grammar of RFC 4287
 * (Jing), the grammar's two Schematron rules (author; alternate link or content) checked on the parsed
 * tree, and read back with Rome.
 */
public final class AtomFeeds {
    private AtomFeeds() {
    }

    /** Every problem with one Atom document; empty when it is valid. */
    public static List<String> problems(byte[] xml) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(props.toPropertyMap(), CompactSchemaReader.getInstance());
        Path schema = Project.root().resolve("src/test/resources/atom/atom.rnc");
        if (!driver.loadSchema(ValidationDriver.fileInputSource(schema.toFile()))) {
            throw new IllegalStateException("cannot load " + schema + ": " + errors);
        }
        driver.validate(new InputSource(new ByteArrayInputStream(xml)));
        if (errors.isEmpty()) {
            errors.addAll(schematronRules(xml));
        }
        return errors;
    }

    /** The two rules RFC 4287's grammar states as Schematron annotations. */
    private static List<String> schematronRules(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        String atom = "http://www.w3.org/2005/Atom";
        List<String> errors = new ArrayList<>();
        Element feed = doc.getDocumentElement();
        boolean feedAuthor = children(feed, atom, "author").size() > 0;
        for (Element entry : children(feed, atom, "entry")) {
            if (!feedAuthor && children(entry, atom, "author").isEmpty()) {
                errors.add("an entry without author in a feed without author");
            }
            boolean alternate = children(entry, atom, "link").stream()
                    .anyMatch(l -> !l.hasAttribute("rel") || l.getAttribute("rel").equals("alternate"));
            if (!alternate && children(entry, atom, "content").isEmpty()) {
                errors.add("an entry without alternate link or content");
            }
        }
        return errors;
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        NodeList all = parent.getChildNodes();
        for (int i = 0; i < all.getLength(); i++) {
            if (all.item(i) instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The feed read by Rome. */
    public static SyndFeed read(Path file) throws Exception {
        return new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(Files.readAllBytes(file))));
    }

    /** Every atom.xml under a baked site. */
    public static List<Path> all(Path site) throws Exception {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.getFileName().toString().equals("atom.xml")).sorted().toList();
        }
    }
}
