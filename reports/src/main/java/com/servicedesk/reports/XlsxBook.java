package com.servicedesk.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook written with POI's streaming {@link SXSSFWorkbook}, so memory stays flat however
 * many rows: each sheet has a title row (with the period), a bold frozen header with an auto-filter,
 * typed cells (numbers as numbers, dates as dates, rates with a percent format) and column widths
 * fitted to what was written.
 */
public final class XlsxBook implements AutoCloseable {

    /** How a column's cells are written. */
    public enum Kind {
        TEXT, INTEGER, DECIMAL, PERCENT, DATE, DATETIME
    }

    /** A column: its header, its kind, and a minimum width in characters. */
    public record Column(String header, Kind kind, int minWidth) {
        public Column(String header, Kind kind) {
            this(header, kind, 8);
        }
    }

    /** A formula cell, written as the formula (without the leading '='). */
    public record Formula(String expression) {
    }

    /** A sheet being written. */
    public final class Table {
        private final Sheet sheet;
        private final List<Column> columns;
        private final int[] widths;
        private int next;

        private Table(Sheet sheet, List<Column> columns, int firstDataRow) {
            this.sheet = sheet;
            this.columns = columns;
            this.widths = new int[columns.size()];
            this.next = firstDataRow;
            for (int i = 0; i < columns.size(); i++) {
                widths[i] = Math.max(columns.get(i).minWidth(), displayWidth(columns.get(i).header()) + 2);
            }
        }

        /** Writes one row; values are typed by their column's kind. */
        public Table row(Object... values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.length && i < columns.size(); i++) {
                write(row.createCell(i), columns.get(i).kind(), values[i]);
                if (next < 500 && values[i] != null) {
                    widths[i] = Math.max(widths[i], Math.min(60, displayWidth(String.valueOf(values[i])) + 2));
                }
            }
            return this;
        }

        /** The 1-based spreadsheet row number the next row will have. */
        public int nextRowNumber() {
            return next + 1;
        }

        public Sheet sheet() {
            return sheet;
        }

        void finish() {
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
            }
            int last = Math.max(next - 1, HEADER_ROW);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, last, 0, columns.size() - 1));
        }
    }

    private static final int HEADER_ROW = 1;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle title;
    private final CellStyle header;
    private final Map<Kind, CellStyle> styles = new EnumMap<>(Kind.class);
    private final List<Table> tables = new ArrayList<>();

    public XlsxBook() {
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        var format = workbook.createDataFormat();
        for (Kind kind : Kind.values()) {
            CellStyle style = workbook.createCellStyle();
            String pattern = switch (kind) {
                case TEXT -> "@";
                case INTEGER -> "#,##0";
                case DECIMAL -> "#,##0.00";
                case PERCENT -> "0.00%";
                case DATE -> "yyyy-mm-dd";
                case DATETIME -> "yyyy-mm-dd hh:mm";
            };
            style.setDataFormat(format.getFormat(pattern));
            styles.put(kind, style);
        }
    }

    /** A new sheet with its title row (row 1) and its frozen, filtered header (row 2). */
    public Table sheet(String name, String titleText, List<Column> columns) {
        Sheet sheet = workbook.createSheet(name);
        Row titleRow = sheet.createRow(0);
        Cell t = titleRow.createCell(0);
        t.setCellValue(titleText);
        t.setCellStyle(title);
        if (columns.size() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        }
        Row headerRow = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < columns.size(); i++) {
            Cell c = headerRow.createCell(i);
            c.setCellValue(columns.get(i).header());
            c.setCellStyle(header);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        Table table = new Table(sheet, columns, HEADER_ROW + 1);
        tables.add(table);
        return table;
    }

    public CellStyle style(Kind kind) {
        return styles.get(kind);
    }

    public SXSSFWorkbook workbook() {
        return workbook;
    }

    public void write(OutputStream out) {
        tables.forEach(Table::finish);
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out);
        return out.toByteArray();
    }

    @Override
    public void close() {
        // since POI 5.5 closing the streaming workbook also deletes its temporary files (bug 68183)
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Cell cell, Kind kind, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Formula f) {
            cell.setCellFormula(f.expression());
        } else if (value instanceof Number n) {
            cell.setCellValue(n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
        } else if (value instanceof Instant i) {
            cell.setCellValue(LocalDateTime.ofInstant(i, Reports.ZONE));
        } else if (value instanceof LocalDateTime dt) {
            cell.setCellValue(dt);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            cell.setCellValue(String.valueOf(value));
            if (kind == Kind.TEXT) {
                cell.setCellStyle(styles.get(Kind.TEXT));
            }
            return;
        }
        cell.setCellStyle(styles.get(kind));
    }

    /** Width in character cells: a Chinese character takes two. */
    static int displayWidth(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); i++) {
            width += s.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return width;
    }
}
