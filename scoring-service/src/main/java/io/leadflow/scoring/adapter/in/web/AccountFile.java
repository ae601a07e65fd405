package io.leadflow.scoring.adapter.in.web;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.scoring.application.port.in.ImportAccountsCommand;
import io.leadflow.scoring.domain.account.CompanyDomain;
import io.leadflow.scoring.domain.account.Firmographics;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * An account file (CSV, RFC 4180, UTF-8, read with Apache Commons CSV): a header naming {@code domain} and
 * {@code name}, optionally {@code size}, {@code industry}, {@code country}, {@code targetAccount}, {@code tier},
 * {@code ownerRepId}. Every row is checked; one bad row refuses the whole file with each bad row's field and rule.
 */
final class AccountFile {

    static final Set<String> COLUMNS =
            Set.of("domain", "name", "size", "industry", "country", "targetAccount", "tier", "ownerRepId");
    static final int MAX_ROWS = 10_000;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setAllowMissingColumnNames(false)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();

    private AccountFile() {}

    static ImportAccountsCommand read(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("file", "file.empty", "the account file is empty");
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            List<String> header = parser.getHeaderNames();
            checkHeader(header);
            List<ImportAccountsCommand.Row> rows = new ArrayList<>();
            List<InvalidAccountFileException.RowError> errors = new ArrayList<>();
            Set<CompanyDomain> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                int row = (int) record.getRecordNumber();
                if (row > MAX_ROWS) {
                    throw new InvalidValueException(
                            "file", "file.tooManyRows", "an account file has at most " + MAX_ROWS + " rows");
                }
                try {
                    ImportAccountsCommand.Row read = row(record, row);
                    if (!seen.add(read.domain())) {
                        throw new InvalidValueException(
                                "domain", "domain.repeated", "the domain " + read.domain() + " is on an earlier row");
                    }
                    rows.add(read);
                } catch (InvalidValueException e) {
                    errors.add(new InvalidAccountFileException.RowError(
                            row, record.getParser().getCurrentLineNumber(), e.field(), e.rule(), e.getMessage()));
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidAccountFileException(errors);
            }
            return new ImportAccountsCommand(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            if (e instanceof InvalidValueException) {
                throw e;
            }
            throw new InvalidValueException(
                    "file", "file.unreadable", "the account file is no valid CSV: " + e.getMessage());
        }
    }

    private static void checkHeader(List<String> header) {
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                throw new InvalidValueException(
                        "file",
                        "file.unknownColumn",
                        "unknown column '" + column
                                + "'; known: domain, name, size, industry, country, targetAccount, tier, ownerRepId");
            }
        }
        if (!header.contains("domain") || !header.contains("name")) {
            throw new InvalidValueException("file", "file.missingColumn", "the header names domain and name");
        }
    }

    private static ImportAccountsCommand.Row row(CSVRecord record, int row) {
        if (!record.isConsistent()) {
            throw new InvalidValueException(
                    "file",
                    "row.columns",
                    "the row has " + record.size() + " values, the header names "
                            + record.getParser().getHeaderNames().size());
        }
        CompanyDomain domain = CompanyDomain.of(value(record, "domain"));
        Firmographics firmographics = new Firmographics(
                value(record, "name"),
                number(value(record, "size"), "size"),
                value(record, "industry"),
                value(record, "country"),
                flag(value(record, "targetAccount")),
                number(value(record, "tier"), "tier"),
                AccountRequest.repId(value(record, "ownerRepId")));
        return new ImportAccountsCommand.Row(row, domain, firmographics);
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) ? record.get(column) : null;
    }

    private static Integer number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, field + ".notANumber", field + " is a whole number");
        }
    }

    private static boolean flag(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default ->
                throw new InvalidValueException(
                        "targetAccount", "targetAccount.invalid", "targetAccount is true or false");
        };
    }
}
