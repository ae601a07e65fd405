package io.leadflow.scoring.application.port.in;

import io.leadflow.scoring.domain.account.CompanyDomain;
import io.leadflow.scoring.domain.account.Firmographics;
import java.util.List;

/** The valid rows of an account file: each creates the domain's account or revises it. */
public record ImportAccountsCommand(List<Row> rows) {

    public ImportAccountsCommand {
        rows = List.copyOf(rows);
    }

    /** @param row the row's number in the file (1 is the first row after the header) */
    public record Row(int row, CompanyDomain domain, Firmographics firmographics) {}
}
