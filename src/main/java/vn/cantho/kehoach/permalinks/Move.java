package vn.cantho.kehoach.permalinks;

/**
 * One old address that now lives elsewhere.
 *
 * @param from         the old page URL ("/32-kh-ubnd-2026/ii/4-2/")
 * @param to           the page URL it moved to ("/32-kh-ubnd-2026/iii/5/")
 * @param section      content path of the moved section that declared it ({@code moved_from}); null for a page
 *                     below a moved section's old URL that moved with it (its history, for example)
 * @param oldId        the section's old id ("ii-4-2"), the prefix of its ids on the full-text page; null when
 *                     not a declared section move
 * @param newId        the section's id now ("iii-5"); null likewise
 * @param fullTextUrl  the document's full-text page, where ids carry the section id; null when none
 */
record Move(String from, String to, String section, String oldId, String newId, String fullTextUrl) {

    /** Content path of the page an old URL names ("/a/b/" → "a/b/index.md"). */
    static String pagePathOf(String url) {
        return url.substring(1) + "index.md";
    }
}
