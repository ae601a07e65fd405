package io.leadflow.ingestion.adapter.out.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.ingestion.application.port.out.ImportRows;
import io.leadflow.kernel.InvalidValueException;
import java.util.ArrayList;
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

    /** Everything one pass over the file hands on. */
    private final class Collected implements ImportRows.Reading {
        final List<List<String>> headers = new ArrayList<>();
        final List<ImportRows.Row> all = new ArrayList<>();

        @Override
        public void header(List<String> columns) {
            headers.add(columns);
        }

        @Override
        public void row(ImportRows.Row row) {
            assertThat(headers).as("the header comes before any row").hasSize(1);
            all.add(row);
        }
    }

    private Collected read(String file) {
        Collected collected = new Collected();
        rows.read(file, collected);
        return collected;
    }

    @Test
    void rows_carry_the_line_number_an_editor_shows_even_after_blank_and_multi_line_rows() {
        Collected file = read(FILE);

        assertThat(file.headers).containsExactly(List.of("email", "firstName", "custom.note"));
        assertThat(file.all).extracting(ImportRows.Row::line).containsExactly(2L, 4L, 6L);
        assertThat(file.all.get(0).values()).containsEntry("custom.note", "likes \"quotes\", and commas");
        assertThat(file.all.get(1).values().get("custom.note")).isEqualTo("two\nlines");
    }

    @Test
    void line_numbers_hold_with_windows_line_ends_and_across_the_parsers_read_ahead() {
        StringBuilder file = new StringBuilder("email,firstName\r\n");
        for (int i = 0; i < 5_000; i++) {
            file.append("p").append(i).append("@contoso.com,P").append(i).append("\r\n");
            if (i % 1_000 == 0) {
                file.append("\r\n");
            }
        }

        List<ImportRows.Row> all = read(file.toString()).all;

        assertThat(all).hasSize(5_000);
        assertThat(all.get(0).line()).isEqualTo(2);
        assertThat(all.get(1).line()).isEqualTo(4);
        assertThat(all.get(4_999).line()).isEqualTo(5_000 + 1 + 5);
        assertThat(all.get(4_999).values()).containsEntry("email", "p4999@contoso.com");
    }

    @Test
    void a_repeated_or_empty_column_name_and_an_unclosed_quote_are_refused_by_rule() {
        assertThatThrownBy(() -> read("email,email\na,b\n"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("csv.header"));
        assertThatThrownBy(() -> read("email,,name\na,b,c\n"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("csv.header"));
        assertThatThrownBy(() -> read("email,name\n\"ada@contoso.com,Ada\n"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("csv.malformed"));
    }

    @Test
    void a_value_past_the_length_limit_is_refused_naming_its_line_and_column() {
        String file = "email,firstName\nada@contoso.com,Ada\n\nbob@contoso.com,"
                + "b".repeat(CommonsCsvImportRows.MAX_VALUE + 1) + "\n";

        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("file");
            assertThat(e.rule()).isEqualTo("csv.valueLength");
            assertThat(e.getMessage()).startsWith("line 4: the value of firstName");
        });
    }

    @Test
    void a_row_or_a_header_past_the_column_limit_is_refused_naming_its_line() {
        String wide = ",x".repeat(CommonsCsvImportRows.MAX_COLUMNS);

        assertThatThrownBy(() -> read("email,name\nada@contoso.com,Ada\nbob@contoso.com" + wide + "\n"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.rule()).isEqualTo("csv.columns");
                    assertThat(e.getMessage()).startsWith("line 3:");
                });
        StringBuilder header = new StringBuilder("email");
        for (int i = 0; i < CommonsCsvImportRows.MAX_COLUMNS; i++) {
            header.append(",c").append(i);
        }
        assertThatThrownBy(() -> read(header + "\nada@contoso.com\n"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("csv.header"));
    }
}
