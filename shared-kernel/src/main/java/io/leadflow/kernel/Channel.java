package io.leadflow.kernel;

/**
 * How a lead reached us. Scoring weighs channels differently (a contact request is not an educational download),
 * and management reads conversion by channel, so every service must use the same names.
 */
public enum Channel {
    CONTENT_FORM(Category.INBOUND),
    CONTACT_FORM(Category.INBOUND),
    PAID_SEARCH(Category.INBOUND),
    WEBINAR(Category.EVENT),
    IN_PERSON_EVENT(Category.EVENT),
    TRADE_SHOW(Category.EVENT),
    EMAIL(Category.INTERACTION),
    WEBSITE(Category.INTERACTION),
    SOCIAL(Category.INTERACTION),
    SALES_GENERATED(Category.SALES),
    IMPORT(Category.OTHER),
    OTHER(Category.OTHER);

    /** The three channel families of the scoring matrix, plus leads that sales or an import brought. */
    public enum Category {
        INBOUND,
        EVENT,
        INTERACTION,
        SALES,
        OTHER
    }

    private final Category category;

    Channel(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    /** Accepts any case and dashes or spaces for underscores; unknown names are refused with the allowed ones. */
    public static Channel parse(String text) {
        return Codes.parse(Channel.class, "channel", text);
    }
}
