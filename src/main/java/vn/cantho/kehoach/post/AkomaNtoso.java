package vn.cantho.kehoach.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Slugs;
import vn.cantho.kehoach.content.TextUnits;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan as an OASIS Akoma Ntoso 3.0 {@code <doc>}, for people and programs that reuse the text:
 * heading block as preface, each section as a nested {@code hcontainer} (official number in {@code num},
 * heading in {@code heading}, paragraphs as {@code p} with the site's ids as eIds, tables as AKN {@code table},
 * {@code tr}, {@code th} and {@code td}, each body row with its id), signature block as
 * conclusions. Written at {@link PlanDocument#xmlUrl()}; the text is the same verbatim text as the pages.
 */
public final class AkomaNtoso {
    private static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final Pattern NUM = Pattern.compile("^((?:[IVXLC]+|\\d+(?:\\.\\d+)*)\\.)\\s+(.*)$");
    private static final Pattern DATE = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})");

    private AkomaNtoso() {
    }

    /** Writes the document's XML into the baked site; returns its site path. */
    public static String write(PlanDocument doc, Path baked) {
        String url = doc.xmlUrl();
        Path file = baked.resolve(url.substring(1));
        // Buffered: the JDK's stream writer sends every small write to the stream it is given.
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            new Writer(doc, x).document();
            x.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + url, e);
        }
        return url;
    }

    /** "22/01/2026" as "2026-01-22". */
    static String isoDate(String vietnamese) {
        Matcher m = DATE.matcher(vietnamese);
        if (!m.find()) {
            throw new IllegalArgumentException("not a dd/mm/yyyy date: " + vietnamese);
        }
        return m.group(3) + "-" + m.group(2) + "-" + m.group(1);
    }

    private static final class Writer {
        private final PlanDocument doc;
        private final XMLStreamWriter x;
        /** For each open element: whether it has element children (its end tag then goes on its own line). */
        private final Deque<Boolean> open = new ArrayDeque<>();

        Writer(PlanDocument doc, XMLStreamWriter x) {
            this.doc = doc;
            this.x = x;
        }

        void document() throws XMLStreamException {
            x.writeStartDocument("UTF-8", "1.0");
            start("akomaNtoso");
            x.writeDefaultNamespace(NS);
            start("doc", "name", "keHoach");
            meta();
            preface();
            start("mainBody");
            for (Section s : doc.roots()) {
                section(s);
            }
            end();
            conclusions();
            end();
            end();
            x.writeCharacters("\n");
            x.writeEndDocument();
        }

        private void meta() throws XMLStreamException {
            String date = isoDate(doc.meta("ngay_ban_hanh"));
            String work = "/akn/vn/doc/ke-hoach/" + date + "/" + doc.id();
            String author = "#" + Slugs.suggest(doc.meta("co_quan_ban_hanh"));
            start("meta");
            start("identification", "source", "#kehoach-site");
            start("FRBRWork");
            empty("FRBRthis", "value", work + "/!main");
            empty("FRBRuri", "value", work);
            empty("FRBRdate", "date", date, "name", "ngayBanHanh");
            empty("FRBRauthor", "href", author);
            empty("FRBRcountry", "value", "vn");
            empty("FRBRnumber", "value", doc.meta("so_hieu"));
            empty("FRBRname", "value", doc.meta("loai_van_ban"));
            end();
            start("FRBRExpression");
            empty("FRBRthis", "value", work + "/vie@/!main");
            empty("FRBRuri", "value", work + "/vie@");
            empty("FRBRdate", "date", date, "name", "ngayBanHanh");
            empty("FRBRauthor", "href", author);
            empty("FRBRlanguage", "language", "vie");
            end();
            start("FRBRManifestation");
            empty("FRBRthis", "value", work + "/vie@/!main.xml");
            empty("FRBRuri", "value", work + "/vie@.akn");
            empty("FRBRdate", "date", date, "name", "ngayBanHanh");
            empty("FRBRauthor", "href", "#kehoach-site");
            end();
            end();
            start("references", "source", "#kehoach-site");
            empty("TLCOrganization", "eId", author.substring(1), "href", "/ontology/organization/vn/" + author.substring(1),
                    "showAs", doc.meta("co_quan_ban_hanh"));
            empty("TLCOrganization", "eId", "kehoach-site", "href", "/ontology/organization/vn/kehoach-site",
                    "showAs", "Trang thông tin " + doc.meta("loai_van_ban") + " số " + doc.meta("so_hieu"));
            if (doc.known("nguoi_ky") != null) {
                String signer = Slugs.suggest(doc.known("nguoi_ky"));
                empty("TLCPerson", "eId", signer, "href", "/ontology/person/vn/" + signer, "showAs", doc.known("nguoi_ky"));
            }
            end();
            end();
        }

        private void preface() throws XMLStreamException {
            start("preface");
            para("dau-van-ban__co-quan", doc.meta("header_agency"));
            para("dau-van-ban__quoc-hieu", doc.meta("header_motto"));
            paraWith("dau-van-ban__so", "docNumber", doc.meta("header_number"));
            para("dau-van-ban__dia-danh-ngay", doc.meta("header_place_date"));
            paraWith("dau-van-ban__loai", "docType", doc.meta("header_kind"));
            paraWith("dau-van-ban__trich-yeu", "docTitle", doc.meta("header_subject"));
            end();
        }

        private void section(Section s) throws XMLStreamException {
            String kind = s.isArticle() ? "dieu" : s.isAttached() ? "kem-theo"
                    : s.page().string("number") == null ? "phan" : s.depth() == 0 ? "muc" : "khoan";
            start("hcontainer", "eId", s.id(), "name", kind);
            String heading = s.heading();
            if (heading != null) {
                Matcher m = NUM.matcher(heading);
                if (m.matches()) {
                    inline("num", m.group(1));
                    inline("heading", m.group(2));
                } else {
                    inline("heading", heading);
                }
            }
            Element body = Jsoup.parseBodyFragment(s.html()).body();
            if (s.children().isEmpty()) {
                start("content");
                blocks(s, body);
                end();
            } else {
                if (!body.children().isEmpty()) {
                    start("intro");
                    blocks(s, body);
                    end();
                }
                for (Section child : s.children()) {
                    section(child);
                }
            }
            end();
        }

        /** The section's paragraphs and sub-headings, each a p keeping the site's id. */
        private void blocks(Section s, Element body) throws XMLStreamException {
            if (body.children().isEmpty()) {
                empty("p");
                return;
            }
            for (Element block : body.children()) {
                if (TextUnits.isTable(block)) {
                    table(s, block);
                } else {
                    para(s.id() + "__" + block.id(), block.text());
                }
            }
        }

        /** A table as AKN's HTML-like table: caption, the header row of th, then each body row (with its id) of td. */
        private void table(Section s, Element table) throws XMLStreamException {
            start("table", "eId", s.id() + "__" + table.id());
            String caption = TextUnits.caption(table);
            if (caption != null) {
                inline("caption", caption);
            }
            start("tr");
            for (Element th : TextUnits.columns(table)) {
                cell("th", th.text());
            }
            end();
            for (Element tr : TextUnits.rows(table)) {
                start("tr", "eId", s.id() + "__" + tr.id());
                for (Element td : tr.children()) {
                    cell("td", td.text());
                }
                end();
            }
            end();
        }

        /** A cell holds blocks in AKN: its text as one p, or nothing when the cell is empty. */
        private void cell(String name, String text) throws XMLStreamException {
            if (text.isEmpty()) {
                empty(name);
                return;
            }
            start(name);
            inline("p", text);
            end();
        }

        private void conclusions() throws XMLStreamException {
            start("conclusions");
            start("blockContainer", "eId", "chu-ky");
            para("chu-ky__tm", doc.meta("signature_authority"));
            if (doc.known("nguoi_ky") != null) {
                paraWith("chu-ky__nguoi-ky", "person", doc.known("nguoi_ky"), "refersTo", "#" + Slugs.suggest(doc.known("nguoi_ky")));
            }
            end();
            end();
        }

        private void para(String eId, String text) throws XMLStreamException {
            start("p", "eId", eId);
            x.writeCharacters(text);
            end();
        }

        /** A p holding one inline element, e.g. {@code <p><docNumber>Số: 32/KH-UBND</docNumber></p>}. */
        private void paraWith(String eId, String inline, String text, String... attrs) throws XMLStreamException {
            start("p", "eId", eId);
            x.writeStartElement(inline);
            attributes(attrs);
            x.writeCharacters(text);
            x.writeEndElement();
            end();
        }

        /** An element holding only text, on its own line. */
        private void inline(String name, String text) throws XMLStreamException {
            start(name);
            x.writeCharacters(text);
            end();
        }

        private void empty(String name, String... attrs) throws XMLStreamException {
            child();
            x.writeEmptyElement(name);
            attributes(attrs);
        }

        private void start(String name, String... attrs) throws XMLStreamException {
            child();
            x.writeStartElement(name);
            attributes(attrs);
            open.push(false);
        }

        private void end() throws XMLStreamException {
            if (open.pop()) {
                x.writeCharacters("\n" + "  ".repeat(open.size()));
            }
            x.writeEndElement();
        }

        /** Starts a child element on its own line and notes that its parent has element children. */
        private void child() throws XMLStreamException {
            if (!open.isEmpty()) {
                open.pop();
                open.push(true);
            }
            x.writeCharacters("\n" + "  ".repeat(open.size()));
        }

        private void attributes(String... attrs) throws XMLStreamException {
            for (int i = 0; i < attrs.length; i += 2) {
                x.writeAttribute(attrs[i], attrs[i + 1]);
            }
        }
    }
}
