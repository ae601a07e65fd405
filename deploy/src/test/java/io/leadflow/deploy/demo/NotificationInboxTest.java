package io.leadflow.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.deploy.traffic.SuiteClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NotificationInboxTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
    private final NotificationInbox inbox = start();

    @AfterEach
    void stop() {
        inbox.close();
    }

    @Test
    void a_posted_notification_is_listed_newest_first_with_its_hook_and_webhook_id() throws Exception {
        post(inbox.url("sales-ava"), "{\"leadId\":\"first\"}", "msg_1");
        post(inbox.url("marketing"), "{\"leadId\":\"second\"}", "msg_2");

        assertThat(inbox.received())
                .extracting(NotificationInbox.Received::hook)
                .containsExactly("marketing", "sales-ava");
        SuiteClient.Answer listed = SuiteClient.of(inbox.pageUrl()).get("/received.json");
        assertThat(listed.body().get(0).path("webhookId").asString()).isEqualTo("msg_2");
        assertThat(listed.body().get(1).path("body").asString()).contains("first");
        assertThat(listed.body().get(1).path("at").asString()).isEqualTo(AT.toString());
    }

    @Test
    void the_page_shows_bodies_as_text_never_as_markup() throws Exception {
        post(inbox.url("sales"), "{\"company\":\"<script>alert(1)</script>\"}", "msg_3");

        String page = SuiteClient.of(inbox.pageUrl()).get("/").text();
        assertThat(page).contains("&lt;script&gt;").doesNotContain("<script>alert");
    }

    @Test
    void it_keeps_only_the_latest_notifications() throws Exception {
        for (int i = 0; i < NotificationInbox.KEPT + 5; i++) {
            post(inbox.url("sales"), "{\"n\":" + i + "}", "msg_" + i);
        }
        assertThat(inbox.received()).hasSize(NotificationInbox.KEPT);
        assertThat(inbox.received().getFirst().webhookId()).isEqualTo("msg_" + (NotificationInbox.KEPT + 4));
    }

    private static NotificationInbox start() {
        try {
            return NotificationInbox.start(0, Clock.fixed(AT, ZoneOffset.UTC));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void post(String url, String body, String webhookId) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("webhook-id", webhookId)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(204);
    }
}
