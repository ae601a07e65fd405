package io.leadflow.handoff.domain;

/** The CRMs whose deal updates LeadFlow receives. */
public enum CrmSource {
    HUBSPOT,
    SALESFORCE;

    /** The lower-case name recorded as an outcome's source. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
