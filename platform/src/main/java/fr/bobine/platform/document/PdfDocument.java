package fr.bobine.platform.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import fr.bobine.platform.money.Money;

/**
 * A small printable document: a title, headings, label/value lines and tables, laid out top to bottom on A4 pages (portrait
 * or landscape) with the standard 14 Helvetica fonts. Text is sanitised to what WinAnsi can encode.
 */
public final class PdfDocument {

    private static final float MARGIN = 40f;
    private static final float BODY = 9f;
    private static final float LEADING = 1.3f;
    private static final float CELL_PADDING = 2f;
    /** Metrics and WinAnsi encoding only; shared so that the font is looked up once. */
    private static final PDType1Font ENCODER = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDDocument document = new PDDocument();
    private final PDRectangle size;
    private PDPageContentStream stream;
    private float y;

    private PdfDocument(boolean landscape) {
        size = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
        newPage();
    }

    public static PdfDocument portrait() {
        return new PdfDocument(false);
    }

    public static PdfDocument landscape() {
        return new PdfDocument(true);
    }

    public PdfDocument title(String text) {
        return line(bold, 14f, text, 6f);
    }

    public PdfDocument heading(String text) {
        space(4f);
        return line(bold, 11f, text, 3f);
    }

    public PdfDocument text(String text) {
        for (String l : wrap(regular, BODY, sanitize(text), width())) {
            line(regular, BODY, l, 0f);
        }
        return this;
    }

    public PdfDocument field(String label, String value) {
        return text(label + " : " + (value == null ? "" : value));
    }

    /** A table; widths are relative weights of the columns. */
    public PdfDocument table(float[] widths, List<String> header, List<List<String>> rows) {
        float weightSum = 0;
        for (float w : widths) {
            weightSum += w;
        }
        float[] columns = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            columns[i] = width() * widths[i] / weightSum;
        }
        row(columns, header, bold);
        for (List<String> r : rows) {
            row(columns, r, regular);
        }
        space(4f);
        return this;
    }

    public byte[] toBytes() {
        try {
            stream.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** French formatting of an amount: 12 345,67 EUR. */
    public static String money(Money money) {
        return money == null ? "" : amount(money.amount()) + " " + money.currency();
    }

    public static String amount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        format.setParseBigDecimal(true);
        return format.format(amount.setScale(Math.max(2, amount.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY));
    }

    /** Keeps what WinAnsi encodes (French accents, œ, €), replaces the rest. */
    public static String sanitize(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            i += Character.charCount(cp);
            if (encodable(ch)) {
                out.append(ch);
            } else {
                String stripped = Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                out.append(!stripped.isEmpty() && encodable(stripped) ? stripped : "?");
            }
        }
        return out.toString();
    }

    private static synchronized boolean encodable(String ch) {
        try {
            ENCODER.encode(ch);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private void row(float[] columns, List<String> cells, PDType1Font font) {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < columns.length; i++) {
            String cell = i < cells.size() ? sanitize(cells.get(i)) : "";
            List<String> w = wrap(font, BODY, cell, columns[i] - 2 * CELL_PADDING);
            wrapped.add(w);
            lines = Math.max(lines, w.size());
        }
        float height = lines * BODY * LEADING + 2 * CELL_PADDING;
        if (y - height < MARGIN) {
            newPage();
        }
        try {
            float x = MARGIN;
            for (int i = 0; i < columns.length; i++) {
                stream.addRect(x, y - height, columns[i], height);
                stream.stroke();
                float ty = y - CELL_PADDING - BODY;
                for (String l : wrapped.get(i)) {
                    show(font, BODY, l, x + CELL_PADDING, ty);
                    ty -= BODY * LEADING;
                }
                x += columns[i];
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
    }

    private PdfDocument line(PDType1Font font, float fontSize, String text, float after) {
        float height = fontSize * LEADING;
        if (y - height < MARGIN) {
            newPage();
        }
        try {
            show(font, fontSize, sanitize(text), MARGIN, y - fontSize);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height + after;
        return this;
    }

    private void show(PDType1Font font, float fontSize, String text, float x, float ty) throws IOException {
        stream.beginText();
        stream.setFont(font, fontSize);
        stream.newLineAtOffset(x, ty);
        stream.showText(text);
        stream.endText();
    }

    private void space(float points) {
        y -= points;
    }

    private float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    private void newPage() {
        try {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(size);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            stream.setLineWidth(0.5f);
            y = size.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(PDType1Font font, float fontSize, String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (current.isEmpty() || widthOf(font, fontSize, candidate) <= maxWidth) {
                current.setLength(0);
                current.append(candidate);
            } else {
                lines.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
            while (current.length() > 1 && widthOf(font, fontSize, current.toString()) > maxWidth) {
                int cut = current.length() - 1;
                while (cut > 1 && widthOf(font, fontSize, current.substring(0, cut)) > maxWidth) {
                    cut--;
                }
                lines.add(current.substring(0, cut));
                current.delete(0, cut);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private static float widthOf(PDType1Font font, float fontSize, String text) {
        try {
            return font.getStringWidth(text) / 1000f * fontSize;
        } catch (IOException | IllegalArgumentException e) {
            return text.length() * fontSize;
        }
    }
}
