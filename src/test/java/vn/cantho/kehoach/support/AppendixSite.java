package vn.cantho.kehoach.support;

import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A throwaway site with generated appendices (invented test data, never the plan's): plan kh-1 has a task
 * assignment appendix from CSV and a plain table from .xlsx, plan kh-2 a task assignment appendix from .xlsx that
 * shares a lead agency with kh-1; one update names a task row. Also lists a signed PDF original on kh-1.
 */
public final class AppendixSite {
    public static final String TASKS_COLUMNS = columns("STT", "Nhiệm vụ=nhiem-vu", "Cơ quan chủ trì=chu-tri",
            "Cơ quan phối hợp=phoi-hop", "Thời hạn=thoi-han", "Sản phẩm=san-pham");
    public static final String CSV = """
            STT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời hạn,Sản phẩm
            1,"Xây dựng đề án chuyển đổi số, giai đoạn thử",Sở Thử Nghiệm,"Sở Một, Sở Hai",Quý II/2026,Đề án
            2,Rà soát danh mục dự án mẫu,Ban Quản lý Thử,Sở Thử Nghiệm,2026,Báo cáo
            3,"Tổ chức hội nghị ""mẫu"" về đô thị xanh",Sở Thử Nghiệm,,Hằng năm,Hội nghị
            """;

    private AppendixSite() {
    }

    /** The 'columns:' lines of an appendix on a cover, one per "name" or "name=role". */
    public static String columns(String... columns) {
        StringBuilder b = new StringBuilder("    columns:\n");
        for (String column : columns) {
            String[] nameRole = column.split("=", 2);
            b.append("      - name: \"").append(nameRole[0]).append("\"\n");
            if (nameRole.length == 2) {
                b.append("        role: ").append(nameRole[1]).append('\n');
            }
        }
        return b.toString();
    }

    /** This site written to {@code dir}/site and built into {@code dir}/www, which is returned. */
    public static Path build(Path dir) throws Exception {
        TempSite site = write(dir.resolve("site"));
        Path www = dir.resolve("www");
        new SiteBuild().run(Baker.Sources.of(site.root), www);
        return www;
    }

    public static TempSite write(Path root) throws Exception {
        TempSite site = new TempSite(root);
        site.cover("kh-2", "Kế hoạch thứ hai", "03/04/2026", " hai");
        site.write("kh-2/i/index.md", "---\ntype: section\nid: i\norder: 1\nlabel: \"Mục I\"\ntitle: \"Mục một\"\n---\n\nNội dung.\n");
        cover(site, "kh-1", """
                originals:
                  - file: ban-goc/kh-1.pdf
                    kind: pdf-ky-so
                appendices:
                  - id: phu-luc-1
                    title: "Phụ lục 1: Phân công nhiệm vụ (dữ liệu thử)"
                    file: phu-luc/phu-luc-1.csv
                    kind: phan-cong
                """ + TASKS_COLUMNS + """
                  - id: phu-luc-2
                    title: "Phụ lục 2: Danh mục dự án (dữ liệu thử)"
                    file: phu-luc/phu-luc-2.xlsx
                    columns:
                      - "STT"
                      - "Tên dự án"
                      - "Địa điểm"
                """);
        cover(site, "kh-2", """
                appendices:
                  - id: phu-luc-1
                    title: "Phụ lục: Phân công (dữ liệu thử)"
                    file: phu-luc-1.xlsx
                    kind: phan-cong
                """ + TASKS_COLUMNS);
        bytes(site, "kh-1/ban-goc/kh-1.pdf", OriginalFiles.signedPdf("Ke hoach thu", 2, "Người Ký Thử", "Ban hành"));
        bytes(site, "kh-1/phu-luc/phu-luc-1.csv", CSV.getBytes(StandardCharsets.UTF_8));
        bytes(site, "kh-1/phu-luc/phu-luc-2.xlsx", OriginalFiles.xlsx(List.of(
                List.of("STT", "Tên dự án", "Địa điểm"),
                List.of("1", "Cầu thử nghiệm Alpha", "Phường Thử"),
                List.of("2", "Đường vành đai Beta", "Xã Mẫu"))));
        bytes(site, "kh-2/phu-luc-1.xlsx", OriginalFiles.xlsx(List.of(
                List.of("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Sản phẩm"),
                List.of("1", "Lập kế hoạch trồng cây xanh thử", "Sở Thử Nghiệm", "", "2027", "Kế hoạch"))));
        UpdateFiles.write(site, "2026/05/de-an", "Đề án thử được trình", "02/05/2026", List.of("kh-1/i"),
                "tasks:\n  - kh-1/phu-luc-1/dong-1\n", "Nội dung tin.\n");
        return site;
    }

    /** Adds front matter lines to the cover of plan {@code id}. */
    public static void cover(TempSite site, String id, String yaml) throws Exception {
        Path cover = site.root.resolve("content/" + id + "/index.md");
        String text = Files.readString(cover);
        int end = text.lastIndexOf("---\n");
        Files.writeString(cover, text.substring(0, end) + yaml + "---\n");
    }

    public static void bytes(TempSite site, String path, byte[] bytes) throws Exception {
        Path p = site.root.resolve("content").resolve(path);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }
}
