package io.leadflow.handoff.adapter.out.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.leadflow.handoff.application.port.out.DeliveryOutcome;
import io.leadflow.handoff.application.port.out.HandoffNotice;
import io.leadflow.handoff.application.port.out.NotificationMessage;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.NotificationChannel;
import io.leadflow.handoff.domain.NotificationDelivery;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import tools.jackson.databind.json.JsonMapper;

/** Against GreenMail, a real SMTP server in the test JVM. */
class EmailSalesNotifierTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private EmailSalesNotifier notifier() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SMTP.getSmtp().getPort());
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mail", sender);
        return new EmailSalesNotifier(
                JsonMapper.builder().build(), Notices.properties(), beans.getBeanProvider(JavaMailSender.class));
    }

    private static DeliveryOutcome send(EmailSalesNotifier notifier, NotificationMessage message) {
        return notifier.send(NotificationDelivery.schedule(
                HandoffId.newId(), NotificationChannel.EMAIL, message.target(), message.payload(), Notices.MONDAY));
    }

    @Test
    void the_rep_receives_an_e_mail_with_the_lead_company_reasons_channel_deadline_and_links() throws Exception {
        EmailSalesNotifier notifier = notifier();
        HandoffNotice notice = Notices.notice(HandoffNotice.Kind.ASSIGNED, null);

        assertThat(send(notifier, notifier.render(notice).orElseThrow()).delivered())
                .isTrue();

        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("rita@seller.example");
        assertThat(mails[0].getSubject()).isEqualTo("[LeadFlow] A hot lead for Rita Rep: Jane Doe, CTO (Acme & Sons)");
        String text = GreenMailUtil.getBody(mails[0]);
        String id = notice.handoff().id().toString();
        assertThat(text)
                .contains(
                        "jane@acme.example",
                        "Company: Acme & Sons",
                        "Channel: contact form",
                        "Deadline: accept by Mon 2 Nov 09:15 CET",
                        "demo requested",
                        "visited pricing 3 times",
                        "Likelihood of winning 72 % (win-rate v3): Demo requested 1 time: +0.93;",
                        "Accept or reject in LeadFlow: https://leadflow.example.com/handoffs/" + id)
                .doesNotContain("/api/v1/");
    }

    @Test
    void a_breach_goes_to_the_teams_manager() throws Exception {
        EmailSalesNotifier notifier = notifier();

        send(
                notifier,
                notifier.render(Notices.notice(HandoffNotice.Kind.BREACH, null)).orElseThrow());

        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("boss@seller.example");
        assertThat(mail.getSubject()).startsWith("[LeadFlow] SLA missed: Rita Rep did not act on Jane Doe");
    }
}
