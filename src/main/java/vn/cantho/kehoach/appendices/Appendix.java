package vn.cantho.kehoach.appendices;

import java.util.List;

/**
 * One appendix of a document, read and checked: its declared columns and its rows, as written in its data file.
 *
 * @param docId   the document's id
 * @param id      its id, also its folder under the document ("phu-luc-1")
 * @param title   as written on the cover
 * @param source  its data file inside content/
 * @param tasks   true for a task-assignment appendix (kind: phan-cong)
 * @param columns in file order
 * @param rows    data rows in file order, numbered from 1
 */
record Appendix(String docId, String id, String title, String source, boolean tasks, List<Column> columns,
                List<Row> rows) {

    /** A declared column; {@code role} says what it holds in a task-assignment appendix, or is null. */
    record Column(String name, Role role) {
    }

    /** One data row; {@code cells} has one text per column; a {@code heading} row names a group of rows, it is no task. */
    record Row(int number, List<String> cells, boolean heading) {
        String anchor() {
            return "dong-" + number;
        }
    }

    /** What a column of a task-assignment appendix holds. */
    enum Role {
        TASK("nhiem-vu"), LEAD("chu-tri"), PARTNERS("phoi-hop"), DEADLINE("thoi-han"), PRODUCT("san-pham");

        final String code;

        Role(String code) {
            this.code = code;
        }

        static Role of(String code) {
            for (Role r : values()) {
                if (r.code.equals(code)) {
                    return r;
                }
            }
            return null;
        }

        static String codes() {
            return String.join(", ", java.util.Arrays.stream(values()).map(r -> r.code).toList());
        }
    }

    /** The cell of this row in the column with that role, or null when no column has it. */
    String cell(Row row, Role role) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).role() == role) {
                return row.cells().get(i);
            }
        }
        return null;
    }

    String url() {
        return "/" + docId + "/" + id + "/";
    }
}
