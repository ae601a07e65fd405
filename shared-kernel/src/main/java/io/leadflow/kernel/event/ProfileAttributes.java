package io.leadflow.kernel.event;

import java.util.Set;

/** The names of profile attributes in {@link ProfileChangedEvent}, shared by the producer and the scorers. */
public final class ProfileAttributes {

    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String JOB_TITLE = "jobTitle";
    public static final String SENIORITY = "seniority";
    public static final String DEPARTMENT = "department";
    public static final String PHONE = "phone";
    public static final String COUNTRY = "country";
    public static final String COMPANY_NAME = "company.name";
    public static final String COMPANY_DOMAIN = "company.domain";
    public static final String COMPANY_EMPLOYEES = "company.employees";
    public static final String COMPANY_INDUSTRY = "company.industry";
    public static final String COMPANY_REVENUE = "company.revenue";
    public static final String FREE_MAIL = "freeMail";

    /**
     * The attributes a source may set on a contact (a form, a CRM sync, an import file); {@link #FREE_MAIL} is not
     * among them, since ingestion derives it from the e-mail address.
     */
    public static final Set<String> SETTABLE = Set.of(
            FIRST_NAME,
            LAST_NAME,
            JOB_TITLE,
            SENIORITY,
            DEPARTMENT,
            PHONE,
            COUNTRY,
            COMPANY_NAME,
            COMPANY_DOMAIN,
            COMPANY_EMPLOYEES,
            COMPANY_INDUSTRY,
            COMPANY_REVENUE);

    private ProfileAttributes() {}
}
