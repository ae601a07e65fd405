package io.leadflow.ingestion.domain;

/** What a data subject asked for: to be forgotten (GDPR Art. 17) or a copy of their data (Art. 15 and 20). */
public enum PrivacyRequestKind {
    ERASURE,
    EXPORT
}
