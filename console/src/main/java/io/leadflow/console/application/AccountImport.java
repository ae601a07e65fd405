package io.leadflow.console.application;

/** What an account file did: accounts it created and accounts whose firmographics it replaced. */
public record AccountImport(int created, int updated) {}
