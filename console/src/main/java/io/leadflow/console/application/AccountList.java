package io.leadflow.console.application;

import java.util.List;

/** One page of accounts by name, and where it stands in the whole list. */
public record AccountList(List<Account> accounts, ListPaging paging) {

    public AccountList {
        accounts = List.copyOf(accounts);
    }
}
