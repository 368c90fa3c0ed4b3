package fr.bobine.distribution.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import fr.bobine.distribution.territory.Countries;
import fr.bobine.platform.money.Money;

/**
 * Reads a revenue statement exported as CSV, all or nothing: the first bad row refuses the whole file, naming the
 * row (the header is row 1) and the reason. Columns: media,territory,week_start,admissions,gross_receipts,currency.
 */
public final class RevenueCsv {

    public static final List<String> HEADER = List.of("media", "territory", "week_start", "admissions", "gross_receipts", "currency");

    public record Line(int row, RevenueMedia media, String territory, LocalDate weekStart, Integer admissions, Money grossReceipts) {
    }

    public static final class BadRow extends RuntimeException {
        private final int row;

        BadRow(int row, String reason) {
            super(reason);
            this.row = row;
        }

        public int row() {
            return row;
        }
    }

    private RevenueCsv() {
    }

    public static List<Line> parse(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new BadRow(1, "the file is empty; expected the header " + String.join(",", HEADER));
        }
        String[] rows = csv.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        List<String> header = Arrays.stream(rows[0].replace("\uFEFF", "").split(",", -1)).map(String::trim).toList();
        if (!header.equals(HEADER)) {
            throw new BadRow(1, "the header must be " + String.join(",", HEADER) + ", got " + rows[0]);
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < rows.length; i++) {
            int row = i + 1;
            if (rows[i].isBlank()) {
                continue;
            }
            String[] cells = rows[i].split(",", -1);
            if (cells.length != HEADER.size()) {
                throw new BadRow(row, "expected " + HEADER.size() + " columns, found " + cells.length);
            }
            lines.add(line(row, Arrays.stream(cells).map(String::trim).toArray(String[]::new)));
        }
        if (lines.isEmpty()) {
            throw new BadRow(2, "the file has no revenue line");
        }
        return lines;
    }

    private static Line line(int row, String[] c) {
        RevenueMedia media;
        try {
            media = RevenueMedia.valueOf(c[0]);
        } catch (IllegalArgumentException e) {
            throw new BadRow(row, "media '" + c[0] + "' is not one of " + Arrays.toString(RevenueMedia.values()));
        }
        if (!Countries.isKnown(c[1])) {
            throw new BadRow(row, "territory '" + c[1] + "' is not an ISO 3166-1 alpha-2 country code");
        }
        LocalDate week = null;
        if (!c[2].isEmpty()) {
            try {
                week = LocalDate.parse(c[2]);
            } catch (DateTimeParseException e) {
                throw new BadRow(row, "week_start '" + c[2] + "' is not a date YYYY-MM-DD");
            }
            if (!CinemaWeek.isWeekStart(week)) {
                throw new BadRow(row, "week_start " + week + " is a " + week.getDayOfWeek() + "; a cinema week starts on a Wednesday");
            }
        }
        if (media == RevenueMedia.THEATRICAL && week == null) {
            throw new BadRow(row, "a THEATRICAL line needs its cinema week in week_start");
        }
        Integer admissions = null;
        if (!c[3].isEmpty()) {
            try {
                admissions = Integer.valueOf(c[3]);
            } catch (NumberFormatException e) {
                throw new BadRow(row, "admissions '" + c[3] + "' is not a whole number");
            }
            if (admissions < 0) {
                throw new BadRow(row, "admissions cannot be negative");
            }
        }
        Money gross;
        try {
            gross = new Money(new BigDecimal(c[4]), c[5]);
        } catch (NumberFormatException e) {
            throw new BadRow(row, "gross_receipts '" + c[4] + "' is not a decimal amount");
        } catch (IllegalArgumentException e) {
            throw new BadRow(row, e.getMessage());
        }
        return new Line(row, media, c[1], week, admissions, gross);
    }
}
