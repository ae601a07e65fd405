package io.leadflow.ingestion.adapter.out.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.ingestion.application.port.out.ImportRows;
import io.leadflow.kernel.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommonsCsvImportRowsTest {

    private final CommonsCsvImportRows rows = new CommonsCsvImportRows();

    private static final String FILE = """
            email,firstName,custom.note
            ada@contoso.com,Ada,"likes ""quotes"", and commas"

            bob@contoso.com,Bob,"two
            lines"
            cy@contoso.com,Cy,
            """;

    @Test
    void rows_carry_the_line_number_an_editor_shows_even_after_blank_and_multi_line_rows() {
        List<ImportRows.Row> all = rows.read(FILE, 0, 10);

        assertThat(all).extracting(ImportRows.Row::line).containsExactly(2L, 4L, 6L);
        assertThat(all.get(0).values()).containsEntry("custom.note", "likes \"quotes\", and commas");
        assertThat(all.get(1).values().get("custom.note")).isEqualTo("two\nlines");
        assertThat(rows.countRows(FILE)).isEqualTo(3);
    }

    @Test
    void reading_resumes_after_the_rows_already_done() {
        assertThat(rows.read(FILE, 2, 10))
                .singleElement()
                .satisfies(row -> assertThat(row.values()).containsEntry("email", "cy@contoso.com"));
        assertThat(rows.read(FILE, 1, 1)).extracting(ImportRows.Row::line).containsExactly(4L);
    }

    @Test
    void a_repeated_or_empty_column_name_and_an_unclosed_quote_are_refused_by_rule() {
        assertThatThrownBy(() -> rows.header("email,email\na,b\n"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("csv.header"));
        assertThatThrownBy(() -> rows.header("email,,name\na,b,c\n"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("csv.header"));
        assertThatThrownBy(() -> rows.countRows("email,name\n\"ada@contoso.com,Ada\n"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("csv.malformed"));
    }
}
