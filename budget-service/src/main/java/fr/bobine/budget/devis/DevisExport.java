package fr.bobine.budget.devis;

import java.math.BigDecimal;
import java.util.List;

import fr.bobine.platform.csv.CsvExport;
import fr.bobine.platform.money.Money;

/**
 * Exports (CSV and XLSX) of a budget version and of a comparison, laid out like the devis: each chapter's lines under their
 * sub-accounts with the sub-account totals, the chapter total, then sub-total, percentage lines and total. A line's
 * social charges are shown beside it and counted, as in the CNC layout, in the chapter-4 accounts. French exports use ';' and a decimal
 * comma (what a French spreadsheet opens as numbers), English ones ',' and a decimal point. XLSX cells hold numbers.
 */
public final class DevisExport {

    private DevisExport() {
    }

    public static Table budget(VersionDetail d, String lang) {
        Table csv = new Table(lang);
        boolean en = csv.en;
        csv.row(en ? "Kind" : "Type", "Code", en ? "Label" : "Libellé", en ? "Quantity" : "Quantité", en ? "Unit" : "Unité",
                en ? "Rate" : "Taux", en ? "Currency" : "Devise", en ? "Exchange rate" : "Taux de change", "France",
                en ? "Amount" : "Montant", en ? "Social charges (chapter 4)" : "Charges sociales (chapitre 4)", "Note");
        java.util.Map<String, List<BudgetLineDto>> linesByAccount = new java.util.HashMap<>();
        for (BudgetLineDto line : d.lines()) {
            linesByAccount.computeIfAbsent(line.accountCode(), k -> new java.util.ArrayList<>()).add(line);
        }
        for (ChapterTotal chapter : d.chapters()) {
            csv.row(en ? "chapter" : "chapitre", chapter.code(), en ? chapter.labelEn() : chapter.labelFr(), "", "", "", "", "",
                    "", "", "", "");
            for (AccountTotal account : d.accounts()) {
                if (!account.chapterCode().equals(chapter.code()) || account.level() != 2) {
                    continue;
                }
                // the sub-account's own lines, then those of its detail lines (level 3), then its subtotal
                writeLines(csv, linesByAccount.getOrDefault(account.code(), List.of()));
                for (AccountTotal detail : d.accounts()) {
                    if (account.code().equals(detail.parentCode())) {
                        writeLines(csv, linesByAccount.getOrDefault(detail.code(), List.of()));
                    }
                }
                if (account.total().signum() != 0) {
                    csv.row(en ? "account total" : "total compte", account.code(), en ? account.labelEn() : account.labelFr(),
                            "", "", "", "", "", "", csv.money(account.total()), "", "");
                }
            }
            csv.row(en ? "chapter total" : "total chapitre", chapter.code(), en ? chapter.labelEn() : chapter.labelFr(), "", "",
                    "", "", "", "", csv.money(chapter.total()), "", "");
        }
        csv.row(en ? "subtotal" : "sous-total", "", en ? "Sub-total" : "Sous-total", "", "", "", "", "", "",
                csv.money(d.subtotal()), "", "");
        for (BudgetRuleDto rule : d.rules()) {
            csv.row(en ? "percentage" : "pourcentage", rule.code(), en ? rule.labelEn() : rule.labelFr(), csv.money(rule.base()),
                    en ? "base" : "assiette", csv.num(rule.rate()), d.currency(), "", "", csv.money(rule.amount()), "", "");
        }
        csv.row("total", "", en ? "Total budget" : "Total du devis", "", "", "", "", "", "", csv.money(d.total()), "", "");
        return csv;
    }

    private static void writeLines(Table csv, List<BudgetLineDto> lines) {
        for (BudgetLineDto line : lines) {
            csv.row(csv.en ? "line" : "ligne", line.accountCode(), line.label(), csv.num(line.quantity()),
                    line.unit() == null ? "" : line.unit(), csv.num(line.rate().amount().toPlainString()), line.rate().currency(),
                    csv.num(line.exchangeRate()), line.spentInFrance() ? "1" : "0", csv.money(line.amount()),
                    csv.money(line.fringe()), line.note() == null ? "" : line.note());
        }
    }

    public static Table comparison(VersionComparisonDto c, String lang) {
        Table csv = new Table(lang);
        boolean en = csv.en;
        csv.row(en ? "Kind" : "Type", "Code", en ? "Label" : "Libellé", en ? "Change" : "Changement",
                en ? "Version " + c.fromNumber() : "Version " + c.fromNumber(),
                en ? "Version " + c.toNumber() : "Version " + c.toNumber(), "Delta", en ? "Changed fields" : "Champs modifiés");
        for (LineDifference l : c.lines()) {
            csv.row(en ? "line" : "ligne", l.accountCode(), l.label(), l.change().name(),
                    l.before() == null ? "" : csv.money(l.before()), l.after() == null ? "" : csv.money(l.after()),
                    csv.money(l.delta()), String.join(" ", l.changedFields()));
        }
        for (ChapterDelta ch : c.chapters()) {
            csv.row(en ? "chapter" : "chapitre", ch.code(), en ? ch.labelEn() : ch.labelFr(), "", csv.money(ch.before()),
                    csv.money(ch.after()), csv.money(ch.delta()), "");
        }
        for (ChapterDelta r : c.rules()) {
            csv.row(en ? "percentage" : "pourcentage", r.code(), en ? r.labelEn() : r.labelFr(), "", csv.money(r.before()),
                    csv.money(r.after()), csv.money(r.delta()), "");
        }
        for (ChapterDelta t : List.of(c.subtotal(), c.total())) {
            csv.row("total", t.code(), en ? t.labelEn() : t.labelFr(), "", csv.money(t.before()), csv.money(t.after()),
                    csv.money(t.delta()), "");
        }
        return csv;
    }

    /** Rows of text and numbers, written as CSV in the conventions of one language or as an XLSX sheet. */
    public static final class Table {
        final boolean en;
        final List<Object[]> rows = new java.util.ArrayList<>();

        public Table(String lang) {
            this.en = "en".equals(lang);
        }

        /** Cells are Strings (text) or BigDecimals (numbers). */
        public void row(Object... cells) {
            rows.add(cells);
        }

        public BigDecimal money(Money m) {
            return m.amount();
        }

        public BigDecimal num(String decimal) {
            return new BigDecimal(decimal);
        }

        /** The table as a CSV file ({@link CsvExport}): its first row is the header, already in the table's language. */
        public String csv() {
            List<CsvExport.Column> header = new java.util.ArrayList<>();
            for (Object name : rows.get(0)) {
                header.add(new CsvExport.Column(String.valueOf(name), String.valueOf(name)));
            }
            CsvExport file = CsvExport.of(en ? CsvExport.Lang.en : CsvExport.Lang.fr, header);
            rows.stream().skip(1).forEach(cells -> file.row(java.util.Arrays.copyOf(cells, header.size())));
            return file.toText();
        }

        /** An XLSX workbook of one sheet: numbers as numeric cells with two decimals, the header row bold. */
        public byte[] xlsx(String sheetName) {
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
                org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet(sheetName);
                org.apache.poi.ss.usermodel.CellStyle amount = book.createCellStyle();
                amount.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
                org.apache.poi.ss.usermodel.CellStyle header = book.createCellStyle();
                org.apache.poi.ss.usermodel.Font bold = book.createFont();
                bold.setBold(true);
                header.setFont(bold);
                int width = 0;
                for (int r = 0; r < rows.size(); r++) {
                    Object[] cells = rows.get(r);
                    width = Math.max(width, cells.length);
                    org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                    for (int c = 0; c < cells.length; c++) {
                        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                        if (cells[c] instanceof BigDecimal number) {
                            // XLSX stores numbers as IEEE binary: the figure, already rounded to the cent in
                            // BigDecimal, is converted only here, for the spreadsheet cell
                            cell.setCellValue(number.doubleValue());
                            if (number.scale() <= 2) {
                                cell.setCellStyle(amount);
                            }
                        } else if (cells[c] != null && !cells[c].toString().isEmpty()) {
                            cell.setCellValue(CsvExport.neutralised(cells[c].toString()));
                            if (r == 0) {
                                cell.setCellStyle(header);
                            }
                        }
                    }
                }
                for (int c = 0; c < width; c++) {
                    sheet.setColumnWidth(c, c == 2 ? 50 * 256 : 14 * 256);
                }
                sheet.createFreezePane(0, 1);
                book.write(out);
                return out.toByteArray();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot write the workbook", e);
            }
        }
    }
}
