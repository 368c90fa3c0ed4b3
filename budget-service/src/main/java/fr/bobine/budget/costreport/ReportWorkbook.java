package fr.bobine.budget.costreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import fr.bobine.platform.csv.CsvExport;

/**
 * A one-sheet workbook for the cost-control reports (cost report, snapshot comparison, closing statement), in the way of
 * {@code DevisExport}: a few title lines (production, version, date), then a bold header row frozen at the top so it
 * stays visible while scrolling 3 000 lines, then rows whose amounts are numeric cells with two decimals (values, not
 * formulas: the figures are the service's exact totals). Subtotal rows are bold.
 */
public final class ReportWorkbook {

    private final String sheetName;
    private final List<Object[]> titles = new ArrayList<>();
    private Object[] header = new Object[0];
    private final List<Object[]> rows = new ArrayList<>();
    private final List<Boolean> bold = new ArrayList<>();

    public ReportWorkbook(String sheetName) {
        this.sheetName = sheetName;
    }

    /** A line above the table: a label and its value. */
    public ReportWorkbook title(String label, Object value) {
        titles.add(new Object[] { label, value == null ? "" : value });
        return this;
    }

    public ReportWorkbook header(String... columns) {
        this.header = columns;
        return this;
    }

    /** Cells are Strings (text), BigDecimals (amounts) or null (empty). */
    public ReportWorkbook row(Object... cells) {
        rows.add(cells);
        bold.add(false);
        return this;
    }

    public ReportWorkbook subtotal(Object... cells) {
        rows.add(cells);
        bold.add(true);
        return this;
    }

    public byte[] bytes() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            CellStyle amount = book.createCellStyle();
            amount.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            CellStyle boldAmount = book.createCellStyle();
            boldAmount.cloneStyleFrom(amount);
            boldAmount.setFont(boldFont);
            CellStyle boldText = book.createCellStyle();
            boldText.setFont(boldFont);
            int r = 0;
            for (Object[] title : titles) {
                write(sheet.createRow(r++), title, boldText, amount);
            }
            if (!titles.isEmpty()) {
                r++;
            }
            int headerRow = r;
            write(sheet.createRow(r++), header, boldText, boldAmount);
            for (int i = 0; i < rows.size(); i++) {
                boolean b = bold.get(i);
                write(sheet.createRow(r++), rows.get(i), b ? boldText : null, b ? boldAmount : amount);
            }
            sheet.createFreezePane(0, headerRow + 1);
            for (int c = 0; c < header.length; c++) {
                sheet.setColumnWidth(c, c < 5 ? 14 * 256 : 16 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, Object[] cells, CellStyle text, CellStyle amount) {
        for (int c = 0; c < cells.length; c++) {
            Object value = cells[c];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof BigDecimal number) {
                // XLSX stores numbers as IEEE binary: the figure, already rounded to the cent in BigDecimal, is
                // converted only here, for the spreadsheet cell
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(amount);
            } else {
                // a text a spreadsheet would evaluate when edited (=, +, -, @) stays text, as in every CSV
                cell.setCellValue(CsvExport.neutralised(value.toString()));
                if (text != null) {
                    cell.setCellStyle(text);
                }
            }
        }
    }
}
