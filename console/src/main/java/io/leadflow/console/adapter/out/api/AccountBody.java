package io.leadflow.console.adapter.out.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.leadflow.console.application.Account;
import io.leadflow.console.application.AccountList;
import io.leadflow.console.application.AccountView;
import io.leadflow.console.application.ListPaging;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Scoring's {@code AccountResponse}: an account with its firmographics, origin and times. */
@JsonIgnoreProperties(ignoreUnknown = true)
record AccountBody(
        UUID id,
        String domain,
        String name,
        @Nullable Integer size,
        @Nullable String industry,
        @Nullable String country,
        boolean targetAccount,
        @Nullable Integer tier,
        @Nullable String ownerRepId,
        @Nullable String origin,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {

    Account toAccount() {
        return new Account(
                id,
                domain,
                name,
                size,
                industry,
                country,
                targetAccount,
                tier,
                ownerRepId,
                origin == null ? "" : origin,
                createdAt,
                updatedAt);
    }

    /** Scoring's {@code AccountListResponse}: a page of accounts by name. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(@Nullable List<AccountBody> accounts, int page, int size, long total) {

        AccountList toList(int askedPage, int askedSize) {
            List<Account> found = accounts == null
                    ? List.of()
                    : accounts.stream().map(AccountBody::toAccount).toList();
            return new AccountList(
                    found,
                    new ListPaging(Math.max(0, page), size < 1 ? askedSize : size, Math.max(total, found.size())));
        }
    }

    /** Scoring's {@code AccountViewResponse}: the account, its people, score and buying-committee coverage. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record View(
            AccountBody account,
            int score,
            int engagedPeople,
            @Nullable List<Person> people,
            @Nullable List<Persona> buyingCommittee) {

        AccountView toView() {
            return new AccountView(
                    account.toAccount(),
                    score,
                    engagedPeople,
                    people == null
                            ? List.of()
                            : people.stream().map(Person::toPerson).toList(),
                    buyingCommittee == null
                            ? List.of()
                            : buyingCommittee.stream().map(Persona::toPersona).toList());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Person(
            UUID leadId,
            @Nullable String email,
            @Nullable String jobTitle,
            @Nullable String stage,
            int score) {

        AccountView.Person toPerson() {
            return new AccountView.Person(leadId, email, jobTitle, stage == null ? "" : stage, score);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Persona(
            String persona, boolean covered, @Nullable List<UUID> leadIds) {

        AccountView.Persona toPersona() {
            return new AccountView.Persona(persona, covered, leadIds == null ? List.of() : leadIds);
        }
    }
}
