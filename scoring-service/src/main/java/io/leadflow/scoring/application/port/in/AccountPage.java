package io.leadflow.scoring.application.port.in;

import io.leadflow.scoring.domain.account.Account;
import java.util.List;

/** One page of the account list, by name. */
public record AccountPage(List<Account> accounts, int page, int size, long total) {

    public AccountPage {
        accounts = List.copyOf(accounts);
    }
}
