package vn.cantho.kehoach.appendices;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cantho.kehoach.content.InputLimits;
import vn.cantho.kehoach.content.Problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of an appendix's data file as text, each with where it is in the file (for messages): a CSV file
 * (UTF-8, comma separated, RFC 4180 quotes, line breaks inside quotes allowed) or the first sheet of an .xlsx
 * workbook (each cell as Excel shows it). Blank rows are left out.
 */
final class TableFile {
    /** One row and where it starts ("dòng 4" of a CSV, "dòng 4 của trang tính 'Phụ lục'"). */
    record Line(String where, List<String> cells) {
    }

    private TableFile() {
    }

    /**
     * @return the rows, or null after adding a problem naming {@code file}; reading stops at the first row past
     * {@link InputLimits} (rows, columns, characters in a cell)
     */
    static List<Line> read(String file, byte[] bytes, List<Problem> problems) {
        return file.endsWith(".xlsx") ? xlsx(file, bytes, problems) : csv(file, bytes, problems);
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
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString().strip());
                if (!addRow(file, out, "dòng " + rowStart, cells, problems)) {
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
        return addRow(file, out, "dòng " + rowStart, cells, problems) ? out : null;
    }

    private static List<Line> xlsx(String file, byte[] bytes, List<Problem> problems) {
        Problem inflated = InputLimits.officeFile(file, bytes);
        if (inflated != null) {
            problems.add(inflated);
            return null;
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter shown = new DataFormatter(java.util.Locale.forLanguageTag("vi-VN"));
            List<Line> out = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.min(row.getLastCellNum(), InputLimits.APPENDIX_COLUMNS + 1); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : shown.formatCellValue(cell).strip());
                }
                if (!addRow(file, out, "dòng " + (row.getRowNum() + 1) + " của trang tính '" + sheet.getSheetName() + "'",
                        cells, problems)) {
                    return null;
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.ofFile(file, "không mở được tệp Excel (" + e.getMessage() + ")",
                    "tệp bị hỏng hoặc không phải .xlsx: mở bằng Excel, lưu lại dạng .xlsx rồi chép lại"));
            return null;
        }
    }

    /**
     * Adds a row unless every cell is blank; trailing blank cells are dropped. False, with a problem added, when
     * the row is past a limit.
     */
    private static boolean addRow(String file, List<Line> out, String where, List<String> cells, List<Problem> problems) {
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
        if (out.size() == InputLimits.APPENDIX_ROWS + 1) { // the header and APPENDIX_ROWS rows
            problems.add(Problem.ofFile(file, where + ": phụ lục có hơn " + InputLimits.APPENDIX_ROWS + " hàng, vượt giới hạn", fix));
            return false;
        }
        for (int c = 0; c < n; c++) {
            if (cells.get(c).length() > InputLimits.PARAGRAPH_CHARS) {
                problems.add(Problem.ofFile(file, where + ": ô thứ " + (c + 1) + " có " + cells.get(c).length()
                        + " ký tự, vượt giới hạn " + InputLimits.PARAGRAPH_CHARS + " ký tự của một ô", fix));
                return false;
            }
        }
        out.add(new Line(where, List.copyOf(cells.subList(0, n))));
        return true;
    }
}
