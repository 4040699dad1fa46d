package vn.cantho.kehoach.support;

import java.util.List;

/** Writes implementation updates into a {@link TempSite}. */
public final class UpdateFiles {
    private UpdateFiles() {
    }

    /** Writes content/cap-nhat/{name}.md; {@code extra} is front matter added as is ("draft: true\n"). */
    public static void write(TempSite site, String name, String title, String date, List<String> sections,
                             String extra, String body) {
        StringBuilder s = new StringBuilder("---\ntype: update\ntitle: \"" + title + "\"\ndate: " + date + "\nsections:\n");
        for (String id : sections) {
            s.append("  - ").append(id).append('\n');
        }
        site.write("cap-nhat/" + name + ".md", s.append(extra).append("---\n\n").append(body).toString());
    }

    public static void write(TempSite site, String name, String title, String date, String section) {
        write(site, name, title, date, List.of(section), "", "Nội dung tin " + title + ".\n");
    }
}
