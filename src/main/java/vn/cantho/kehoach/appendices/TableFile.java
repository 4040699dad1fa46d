package vn.cantho.kehoach.appendices;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cantho.kehoach.content.InputLimits;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.io.OldOffice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows of an appendix's data file as text, each with where it is in the file (for messages): a CSV file
 * (UTF-8, comma or semicolon separated, RFC 4180 quotes, line breaks inside quotes allowed) or one sheet of an .xlsx
 * workbook (each cell as Excel shows it: formulas by their saved value, a cell merged down several rows repeated in
 * each; hidden rows and columns refused). Blank rows are left out.
 */
final class TableFile {
    /**
     * One row and where it starts ("dòng 4" of a CSV, "dòng 4 của trang tính 'Phụ lục'"); {@code wide} when one of
     * its cells is merged across several columns (a group heading, in Excel).
     */
    record Line(String where, List<String> cells, boolean wide) {
    }

    private TableFile() {
    }

    /**
     * @param sheet the sheet to read, or null for the first
     * @return the rows, or null after adding a problem naming {@code file}; reading stops at the first row past
     * {@link InputLimits} (rows, columns, characters in a cell)
     */
    static List<Line> read(String file, byte[] bytes, String sheet, List<Problem> problems) {
        return file.endsWith(".xlsx") ? xlsx(file, bytes, sheet, problems) : csv(file, bytes, problems);
    }

    /**
     * The separator of a CSV file: ',' unless its first line has more ';' than ',' outside quotes (Excel saves
     * "CSV" with ';' where the computer's list separator is ';', as in Vietnamese settings).
     */
    static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && (quoted || (text.charAt(i) != '\n' && text.charAt(i) != '\r')); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<Line> csv(String file, byte[] bytes, List<Problem> problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(Problem.ofFile(file, "tệp CSV không được lưu theo mã UTF-8",
                    "trong Excel chọn Lưu thành > 'CSV UTF-8 (phân cách bằng dấu phẩy)'"));
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separator(text);
        List<Line> out = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    if (c != '\r') {
                        cell.append(c);
                    }
                }
            } else if (c == '"' && cell.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                cell.setLength(0);
            } else if (c == separator) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString().strip());
                if (!addRow(file, out, "dòng " + rowStart, cells, false, problems)) {
                    return null;
                }
                cells = new ArrayList<>();
                cell.setLength(0);
                wasQuoted = false;
                line++;
                rowStart = line;
            } else if (wasQuoted && !Character.isWhitespace(c)) {
                problems.add(Problem.ofFile(file, "dòng " + line + ": có chữ sau dấu ngoặc kép đóng của một ô",
                        "ô có dấu phẩy hay ngoặc kép phải nằm trọn trong ngoặc kép, ngoặc kép bên trong viết hai lần (\"\")"));
                return null;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            problems.add(Problem.ofFile(file, "dòng " + rowStart + ": dấu ngoặc kép mở chưa được đóng",
                    "đóng ngoặc kép ở cuối ô, hoặc lưu lại tệp từ Excel"));
            return null;
        }
        cells.add(cell.toString().strip());
        if (!addRow(file, out, "dòng " + rowStart, cells, false, problems)) {
            return null;
        }
        return out;
    }

    private static List<Line> xlsx(String file, byte[] bytes, String sheetName, List<Problem> problems) {
        Problem inflated = InputLimits.officeFile(file, bytes);
        if (inflated != null) {
            problems.add(inflated);
            return null;
        }
        if (OldOffice.is(bytes)) {
            problems.add(Problem.ofFile(file, "đây là tệp Excel cũ (.xls) được đổi đuôi thành .xlsx",
                    "mở tệp bằng Excel, chọn Tệp > Lưu thành > 'Sổ làm việc Excel (.xlsx)', rồi chép tệp mới vào đây"));
            return null;
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = sheetName == null ? book.getSheetAt(0) : book.getSheet(sheetName);
            if (sheet == null) {
                List<String> names = new ArrayList<>();
                book.forEach(s -> names.add("'" + s.getSheetName() + "'"));
                problems.add(Problem.ofFile(file, "không có trang tính '" + sheetName + "'", "ghi 'sheet:' đúng tên một trang tính"
                        + " của tệp: " + String.join(", ", names)));
                return null;
            }
            String in = " của trang tính '" + sheet.getSheetName() + "'";
            DataFormatter shown = new DataFormatter(Locale.forLanguageTag("vi-VN"));
            shown.setUseCachedValuesForFormulaCells(true); // a formula shows its last computed value, as saved by Excel
            // Excel's built-in short date follows the computer's settings: in Vietnam day/month/year
            shown.addFormat("m/d/yy", new java.text.SimpleDateFormat("dd/MM/yyyy", Locale.ROOT));
            List<CellRangeAddress> merged = sheet.getMergedRegions();
            List<Line> out = new ArrayList<>();
            int before = problems.size();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                boolean wide = false;
                for (int c = 0; c < Math.min(row.getLastCellNum(), InputLimits.APPENDIX_COLUMNS + 1); c++) {
                    CellRangeAddress region = regionOf(merged, row.getRowNum(), c);
                    wide |= region != null && region.getFirstColumn() == c && region.getLastColumn() > c;
                    // a cell merged down several rows holds its value for each of them; across columns, only the first
                    Row top = region != null && region.getFirstColumn() == c ? sheet.getRow(region.getFirstRow()) : row;
                    Cell cell = top == null ? null : top.getCell(c); // a merge may start on a row the file leaves out
                    cells.add(cell == null ? "" : shown.formatCellValue(cell).replace("\r\n", "\n").strip());
                }
                if (row.getZeroHeight() && cells.stream().anyMatch(c -> !c.isEmpty())) {
                    problems.add(Problem.ofFile(file, "dòng " + (row.getRowNum() + 1) + in + " đang bị ẩn trong Excel",
                            "bỏ ẩn dòng này nếu nó thuộc phụ lục chính thức, hoặc xóa hẳn dòng; trang web không tự quyết định đăng hay bỏ"));
                }
                if (!addRow(file, out, "dòng " + (row.getRowNum() + 1) + in, cells, wide, problems)) {
                    return null;
                }
            }
            int columns = out.stream().mapToInt(l -> l.cells().size()).max().orElse(0);
            for (int c = 0; c < columns; c++) {
                if (sheet.isColumnHidden(c)) {
                    problems.add(Problem.ofFile(file, "cột " + CellReference.convertNumToColString(c) + in + " đang bị ẩn trong Excel",
                            "bỏ ẩn cột nếu nó thuộc phụ lục (và khai báo trong 'columns:'), hoặc xóa hẳn cột"));
                }
            }
            return problems.size() == before ? out : null;
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.ofFile(file, "không mở được tệp Excel (" + e.getMessage() + ")",
                    "tệp bị hỏng hoặc không phải .xlsx: mở bằng Excel, lưu lại dạng .xlsx rồi chép lại"));
            return null;
        }
    }

    private static CellRangeAddress regionOf(List<CellRangeAddress> merged, int row, int column) {
        for (CellRangeAddress r : merged) {
            if (r.isInRange(row, column)) {
                return r;
            }
        }
        return null;
    }

    /**
     * Adds a row unless every cell is blank; trailing blank cells are dropped. False, with a problem added, when
     * the row is past a limit (rows are bounded loosely here, to stop reading; {@code AppendixCheck} counts exactly).
     */
    /** Lines read beyond {@link InputLimits#APPENDIX_ROWS}: the header, a "(1) (2) ..." row and title lines above. */
    private static final int READ_SLACK = 8;

    private static boolean addRow(String file, List<Line> out, String where, List<String> cells, boolean wide,
                                  List<Problem> problems) {
        int n = cells.size();
        while (n > 0 && cells.get(n - 1).isEmpty()) {
            n--;
        }
        if (n == 0) {
            return true;
        }
        String fix = "tệp có vẻ bị dán lặp hoặc lẫn dữ liệu khác: xóa phần thừa; một phụ lục thật lớn hơn thì chia thành"
                + " nhiều phụ lục";
        if (n > InputLimits.APPENDIX_COLUMNS) {
            problems.add(Problem.ofFile(file, where + ": có hơn " + InputLimits.APPENDIX_COLUMNS + " cột, vượt giới hạn", fix));
            return false;
        }
        if (out.size() == InputLimits.APPENDIX_ROWS + READ_SLACK) {
            problems.add(Problem.ofFile(file, where + ": phụ lục có hơn " + InputLimits.APPENDIX_ROWS + " hàng, vượt giới hạn",
                    "chia thành nhiều phụ lục (mỗi phần một tệp và một mục trong 'appendices:'), theo các nhóm của văn bản"));
            return false;
        }
        for (int c = 0; c < n; c++) {
            if (cells.get(c).length() > InputLimits.PARAGRAPH_CHARS) {
                problems.add(Problem.ofFile(file, where + ": ô thứ " + (c + 1) + " có " + cells.get(c).length()
                        + " ký tự, vượt giới hạn " + InputLimits.PARAGRAPH_CHARS + " ký tự của một ô", fix));
                return false;
            }
        }
        out.add(new Line(where, List.copyOf(cells.subList(0, n)), wide));
        return true;
    }
}
