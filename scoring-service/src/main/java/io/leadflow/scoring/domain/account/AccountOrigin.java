package io.leadflow.scoring.domain.account;

/** How an account came to be: made by a person through the API, by an import file, or from a contact's company. */
public enum AccountOrigin {
    API,
    IMPORT,
    CONTACT
}
