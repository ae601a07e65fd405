package io.leadflow.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void engagement_types_parse_from_the_spellings_marketing_tools_send() {
        assertThat(EngagementType.parse("demo_requested")).isEqualTo(EngagementType.DEMO_REQUESTED);
        assertThat(EngagementType.parse("Demo-Requested")).isEqualTo(EngagementType.DEMO_REQUESTED);
        assertThat(EngagementType.parse(" webinar attended ")).isEqualTo(EngagementType.WEBINAR_ATTENDED);
    }

    @Test
    void demo_quote_trial_and_meeting_are_buying_signals_and_opens_are_not() {
        assertThat(EngagementType.DEMO_REQUESTED.isBuyingSignal()).isTrue();
        assertThat(EngagementType.QUOTE_REQUESTED.isBuyingSignal()).isTrue();
        assertThat(EngagementType.TRIAL_STARTED.isBuyingSignal()).isTrue();
        assertThat(EngagementType.EMAIL_OPENED.isBuyingSignal()).isFalse();
        assertThat(EngagementType.UNSUBSCRIBED.isNegative()).isTrue();
    }

    @Test
    void an_unknown_code_is_refused_with_field_rule_and_the_allowed_values() {
        assertThatThrownBy(() -> Channel.parse("fax")).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("channel");
            assertThat(e.rule()).isEqualTo("channel.unknown");
            assertThat(e.getMessage()).contains("webinar", "paid_search");
        });
        assertThatThrownBy(() -> RejectionReason.parse(null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("reason.required"));
    }

    @Test
    void channels_fall_into_the_families_of_the_scoring_matrix() {
        assertThat(Channel.CONTACT_FORM.category()).isEqualTo(Channel.Category.INBOUND);
        assertThat(Channel.TRADE_SHOW.category()).isEqualTo(Channel.Category.EVENT);
        assertThat(Channel.WEBSITE.category()).isEqualTo(Channel.Category.INTERACTION);
    }

    @Test
    void competitors_and_bad_data_are_not_nurtured_but_timing_is() {
        assertThat(RejectionReason.TIMING.isNurturable()).isTrue();
        assertThat(RejectionReason.COMPETITOR.isNurturable()).isFalse();
        assertThat(RejectionReason.BAD_DATA.isNurturable()).isFalse();
    }

    @Test
    void a_lead_id_parses_from_its_uuid_and_refuses_anything_else() {
        UUID uuid = UUID.randomUUID();
        assertThat(LeadId.parse(uuid.toString())).isEqualTo(new LeadId(uuid));
        assertThat(LeadId.parse(uuid.toString()).toString()).isEqualTo(uuid.toString());
        assertThatThrownBy(() -> LeadId.parse("lead-42"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("leadId.format"));
        assertThatThrownBy(() -> new LeadId(null)).isInstanceOf(InvalidValueException.class);
    }
}
