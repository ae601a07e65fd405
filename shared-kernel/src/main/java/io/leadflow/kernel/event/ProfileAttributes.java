package io.leadflow.kernel.event;

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

    private ProfileAttributes() {}
}
