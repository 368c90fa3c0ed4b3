package fr.bobine.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A downloaded CSV read back as a spreadsheet or a script would, with commons-csv and ';': the byte-order mark first,
 * then tables separated by an empty line, each row of a table as wide as its header.
 */
public final class CsvTables {

    private CsvTables() {
    }

    public static List<List<List<String>>> parse(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0), "the file starts with the UTF-8 byte-order mark");
        List<CSVRecord> records = CSVFormat.Builder.create().setDelimiter(';').setIgnoreEmptyLines(false).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        List<List<List<String>>> tables = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        tables.add(table);
        for (CSVRecord r : records) {
            if (r.size() == 1 && r.get(0).isEmpty()) {
                table = new ArrayList<>();
                tables.add(table);
                continue;
            }
            if (!table.isEmpty()) {
                assertEquals(table.get(0).size(), r.size(), "line " + r.getRecordNumber() + " is as wide as its table's header");
            }
            table.add(r.toList());
        }
        return tables;
    }
}
