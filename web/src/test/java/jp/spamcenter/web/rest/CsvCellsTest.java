package jp.spamcenter.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas are written as text; everything else as it is. */
class CsvCellsTest {

    @Test
    void everyFormulaStartIsWrittenAsText() {
        for (String hostile : List.of(
                "=HYPERLINK(\"http://evil.example\",\"x\")", "+81-3-1234", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1")) {
            assertThat(CsvCells.neutral(hostile)).as(hostile).isEqualTo("'" + hostile);
        }
    }

    @Test
    void plainTextAndNumbersAreUntouched() {
        assertThat(CsvCells.neutral("東京都")).isEqualTo("東京都");
        assertThat(CsvCells.neutral("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.neutral("")).isEqualTo("");
        assertThat(CsvCells.neutral(-5L)).isEqualTo(-5L);
        assertThat(CsvCells.neutral(null)).isNull();
    }

    @Test
    void aDestinationNamedLikeAFormulaIsQuotedTextInTheFile() throws Exception {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(List.of("=cmd|' /C calc'!A0", 3L).stream()
                    .map(CsvCells::neutral)
                    .toList());
        }
        assertThat(out.toString()).startsWith("'=cmd|' /C calc'!A0,3");
    }
}
