package vn.cantho.kehoach.importer;

import java.util.List;
import java.util.Map;

/**
 * A plan as the classifier read it, ready to be written as a document tree.
 *
 * @param folder     the document's folder under content/ ("32-kh-ubnd-2026"), also its id
 * @param cover      the cover's single-value fields in the order they are written (type and id excluded)
 * @param recipients the "Nơi nhận" lines, verbatim, without the "Nơi nhận:" label
 * @param titles     signature lines between the authority (TM. ...) and the signer's name (KT. CHỦ TỊCH, ...)
 * @param sections   in reading order
 */
record ImportedPlan(String folder, Map<String, String> cover, List<String> recipients, List<String> titles,
                    List<ImportedSection> sections) {

    /**
     * One section page.
     *
     * @param path    folder inside the document ("ii/4-1")
     * @param number  "II.4.1", or null for the preamble and the closing
     * @param heading the official heading line verbatim, or null
     * @param parent  the parent section's id, or null
     * @param body    Markdown blocks (paragraphs, "##" dash headings, tables), each already escaped
     */
    record ImportedSection(String path, String number, String label, String title, String heading, String parent,
                           List<String> body) {
        String id() {
            return path.replace('/', '-');
        }
    }
}
