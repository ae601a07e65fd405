package io.leadflow.scoring.application.port.in;

/** Marketing uploads its target account list; one domain's account is created or revised per row. */
public interface ImportAccountsUseCase {

    /** How many accounts were created and how many revised. */
    ImportReport importAccounts(ImportAccountsCommand command);

    record ImportReport(int created, int updated) {}
}
