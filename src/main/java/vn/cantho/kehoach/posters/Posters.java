package vn.cantho.kehoach.posters;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SourcePage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * QR codes of section addresses and printable A4 posters, for the outreach in wards and communes. A QR code must
 * hold the section's permanent public address, so both need {@code base_url}; without it they are left out and
 * {@link #apply} says why, once.
 * <ul>
 *   <li>each section page gets the extras key {@value #QR_EXTRA} ({@code svg}, {@code url}, {@code posterUrl}),
 *       printed with the page (templates/qr-print.ftl);</li>
 *   <li>each section gets a poster page at {@code <section>/ap-phich/} (template poster.ftl, extras key
 *       {@value #POSTER_EXTRA}): the official heading, the section's first paragraph verbatim, the QR code and the
 *       address. Nothing else is written on it.</li>
 * </ul>
 */
public final class Posters {
    public static final String QR_EXTRA = "qr";
    public static final String POSTER_EXTRA = "poster";
    public static final String TYPE = "poster";
    public static final String FOLDER = "ap-phich";
    public static final String NOTICE = "Mã QR và áp phích in chưa được tạo: chưa đặt base_url (địa chỉ trang web) trong "
            + "content/index.md, nên chưa biết địa chỉ cố định để mã hóa. Đặt 'base_url: \"https://...\"' khi đã có "
            + "địa chỉ chính thức.";

    private Posters() {
    }

    /** @return the notice to print when QR codes are left out, or null when they were made */
    public static String apply(Site site) {
        String base = site.baseUrl();
        if (base.isEmpty()) {
            return NOTICE;
        }
        for (PlanDocument doc : site.documents()) {
            for (Section s : doc.sections()) {
                String url = base + s.url();
                String svg = QrSvg.of(url, "Mã QR dẫn tới " + url);
                String folder = s.page().path().substring(0, s.page().path().length() - "index.md".length());
                String posterPath = folder + FOLDER + "/index.md";
                Map<String, Object> qr = new LinkedHashMap<>();
                qr.put("svg", svg);
                qr.put("url", url);
                qr.put("posterUrl", s.url() + FOLDER + "/");
                site.putExtra(s.page().path(), QR_EXTRA, qr);

                site.addGenerated(SourcePage.generated(posterPath, Map.of("type", TYPE, "id", s.id() + "-" + FOLDER,
                        "title", "Áp phích " + s.label(), "section", s.page().path())), "");
                Map<String, Object> poster = new LinkedHashMap<>();
                poster.put("heading", s.heading() != null ? s.heading() : s.label());
                Element first = Jsoup.parseBodyFragment(s.html()).body().selectFirst("p");
                if (first != null) {
                    poster.put("firstParagraph", first.text());
                }
                poster.put("svg", svg);
                poster.put("url", url);
                site.putExtra(posterPath, POSTER_EXTRA, poster);
            }
        }
        return null;
    }
}
