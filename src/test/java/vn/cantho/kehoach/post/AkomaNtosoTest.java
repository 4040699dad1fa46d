package vn.cantho.kehoach.post;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;
import vn.cantho.kehoach.support.BuiltSite;
import vn.cantho.kehoach.support.SourceText;
import vn.cantho.kehoach.support.TableSite;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The Akoma Ntoso export is valid against the OASIS 3.0 schema (offline copy) and carries the whole text. */
class AkomaNtosoTest {
    private static final Path XML = BuiltSite.dir().resolve("32-kh-ubnd-2026/van-ban.akn.xml");

    static Schema schema() throws Exception {
        URL xsd = AkomaNtosoTest.class.getResource("/akn/akomantoso30.xsd");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
        return factory.newSchema(xsd);
    }

    @Test
    void validAgainstTheSchema() throws Exception {
        schema().newValidator().validate(new StreamSource(XML.toFile()));
    }

    @Test
    void theSchemaDoesRejectABrokenDocument() throws Exception {
        String broken = Files.readString(XML).replace("<mainBody>", "<mainBody><heading>x</heading>");
        assertThrows(SAXParseException.class, () -> schema().newValidator().validate(new StreamSource(new StringReader(broken))));
    }

    @Test
    void everyOfficialParagraphIsThereVerbatimOnce() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document xml = f.newDocumentBuilder().parse(XML.toFile());
        NodeList ps = xml.getElementsByTagNameNS("*", "p");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < ps.getLength(); i++) {
            texts.add(ps.item(i).getTextContent());
        }
        NodeList headings = xml.getElementsByTagNameNS("*", "heading");
        for (int i = 0; i < headings.getLength(); i++) {
            Element h = (Element) headings.item(i);
            Element num = (Element) h.getPreviousSibling().getPreviousSibling();
            texts.add(num.getTextContent() + " " + h.getTextContent());
        }
        List<String> expected = new ArrayList<>(SourceText.paragraphs());
        expected.addAll(SourceText.signature());
        for (String para : expected) {
            assertEquals(1, texts.stream().filter(para::equals).count(), para);
        }
    }

    @Test
    void linkedFromTheCover() {
        assertEquals("/32-kh-ubnd-2026/van-ban.akn.xml",
                BuiltSite.at("/32-kh-ubnd-2026/").selectFirst("a[href$=.akn.xml]").attr("href"));
    }

    /** A table becomes AKN's table: caption, a row of th, then each body row with its eId, each cell's text as a p. */
    @Test
    void aTableIsAnAkomaNtosoTable() throws Exception {
        Path xml = TableSite.dir().resolve("kh-1/van-ban.akn.xml");
        schema().newValidator().validate(new StreamSource(xml.toFile()));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(xml.toFile());
        Element table = (Element) doc.getElementsByTagNameNS("*", "table").item(0);
        assertEquals("i__bang-1", table.getAttribute("eId"));
        assertEquals("content", ((Element) table.getParentNode()).getLocalName());
        assertEquals("Bảng 1. Chỉ tiêu chuyển đổi số năm 2026", table.getElementsByTagNameNS("*", "caption").item(0).getTextContent());
        NodeList trs = table.getElementsByTagNameNS("*", "tr");
        assertEquals(4, trs.getLength());
        Element head = (Element) trs.item(0);
        assertEquals(5, head.getElementsByTagNameNS("*", "th").getLength());
        assertEquals("Đơn vị tính", ((Element) head.getElementsByTagNameNS("*", "th").item(2))
                .getElementsByTagNameNS("*", "p").item(0).getTextContent());
        Element row3 = (Element) trs.item(3);
        assertEquals("i__bang-1-dong-3", row3.getAttribute("eId"));
        NodeList tds = row3.getElementsByTagNameNS("*", "td");
        assertEquals(5, tds.getLength());
        NodeList cellText = ((Element) tds.item(1)).getElementsByTagNameNS("*", "p");
        assertEquals(1, cellText.getLength(), "a cell's text is one p");
        assertEquals("Tỷ lệ người dân có danh tính số | chữ ký số", cellText.item(0).getTextContent());
        assertEquals(0, tds.item(2).getChildNodes().getLength(), "an empty cell stays empty");
    }
}
