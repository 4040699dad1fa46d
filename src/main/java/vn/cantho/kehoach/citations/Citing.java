package vn.cantho.kehoach.citations;

/**
 * A place of the plan that cites a document.
 *
 * @param sectionId   id of the section ("ii-3")
 * @param paragraphId id of the paragraph on the section page ("doan-2", "khoan-1-diem-a", "dau-van-ban")
 * @param url         site URL of that paragraph ("/32-kh-ubnd-2026/ii/3/#doan-2")
 * @param label       how a reader names it ("Đoạn 2, Mục II, khoản 3")
 */
public record Citing(String sectionId, String paragraphId, String url, String label) {
}
