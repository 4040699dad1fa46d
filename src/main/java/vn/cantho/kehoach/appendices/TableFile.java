package vn.cantho.kehoach.appendices;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

    /** @return the rows, or null after adding a problem naming {@code file} */
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
                addRow(out, "dòng " + rowStart, cells);
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
        addRow(out, "dòng " + rowStart, cells);
        return out;
    }

    private static List<Line> xlsx(String file, byte[] bytes, List<Problem> problems) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter shown = new DataFormatter(java.util.Locale.forLanguageTag("vi-VN"));
            List<Line> out = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : shown.formatCellValue(cell).strip());
                }
                addRow(out, "dòng " + (row.getRowNum() + 1) + " của trang tính '" + sheet.getSheetName() + "'", cells);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.ofFile(file, "không mở được tệp Excel (" + e.getMessage() + ")",
                    "tệp bị hỏng hoặc không phải .xlsx: mở bằng Excel, lưu lại dạng .xlsx rồi chép lại"));
            return null;
        }
    }

    /** Adds a row unless every cell is blank; trailing blank cells are dropped. */
    private static void addRow(List<Line> out, String where, List<String> cells) {
        int n = cells.size();
        while (n > 0 && cells.get(n - 1).isEmpty()) {
            n--;
        }
        if (n > 0) {
            out.add(new Line(where, List.copyOf(cells.subList(0, n))));
        }
    }
}
