package io.leadflow.support.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final String BODY = "{\"test\": 2432232314}";

    private static String hmacSha256Base64(byte[] key, String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void signs_id_timestamp_and_body_with_hmac_sha256_of_a_plain_secret() throws Exception {
        String secret = "local-dev-only-webhook-signing-secret";
        String expected =
                "v1," + hmacSha256Base64(secret.getBytes(StandardCharsets.UTF_8), ID + "." + TIMESTAMP + "." + BODY);

        assertThat(new WebhookSigner(secret).sign(ID, TIMESTAMP, BODY)).isEqualTo(expected);
    }

    @Test
    void a_whsec_secret_is_used_as_its_base64_decoded_key_like_the_standard_webhooks_libraries_do() throws Exception {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String expected = "v1,"
                + hmacSha256Base64(
                        Base64.getDecoder().decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                        ID + "." + TIMESTAMP + "." + BODY);

        String signature = new WebhookSigner(secret).sign(ID, TIMESTAMP, BODY);

        assertThat(signature).isEqualTo(expected);
        // the example published with the Standard Webhooks specification
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void another_body_or_timestamp_gives_another_signature() {
        WebhookSigner signer = new WebhookSigner("s3cret");

        assertThat(signer.sign(ID, TIMESTAMP, BODY))
                .isNotEqualTo(signer.sign(ID, TIMESTAMP + 1, BODY))
                .isNotEqualTo(signer.sign(ID, TIMESTAMP, BODY + " "));
    }

    @Test
    void with_a_new_and_an_old_secret_the_header_carries_both_signatures_newest_first() {
        String fresh = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String old = WebhookSigner.newSecret(new SecureRandom(new byte[] {7}));

        String header = new WebhookSigner(List.of(fresh, old)).sign(ID, TIMESTAMP, BODY);

        assertThat(header.split(" "))
                .containsExactly(
                        new WebhookSigner(fresh).sign(ID, TIMESTAMP, BODY),
                        new WebhookSigner(old).sign(ID, TIMESTAMP, BODY));
    }

    @Test
    void a_new_secret_is_whsec_and_32_random_bytes_in_base64() {
        SecureRandom random = new SecureRandom();
        String secret = WebhookSigner.newSecret(random);

        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(WebhookSigner.newSecret(random)).isNotEqualTo(secret);
    }

    @Test
    void a_receiver_verifies_any_of_the_presented_signatures_and_nothing_else() {
        String secret = WebhookSigner.newSecret(new SecureRandom(new byte[] {3}));
        String other = WebhookSigner.newSecret(new SecureRandom(new byte[] {4}));
        WebhookSigner receiver = new WebhookSigner(secret);
        String rotated = new WebhookSigner(List.of(other, secret)).sign(ID, TIMESTAMP, BODY);

        assertThat(receiver.verifies(ID, TIMESTAMP, BODY, rotated)).isTrue();
        assertThat(receiver.verifies(ID, TIMESTAMP, BODY + " ", rotated)).isFalse();
        assertThat(receiver.verifies(ID, TIMESTAMP + 1, BODY, rotated)).isFalse();
        assertThat(receiver.verifies(ID, TIMESTAMP, BODY, new WebhookSigner(other).sign(ID, TIMESTAMP, BODY)))
                .isFalse();
        assertThat(receiver.verifies(ID, TIMESTAMP, BODY, null)).isFalse();
        assertThat(receiver.verifies(ID, TIMESTAMP, BODY, "v2,abc")).isFalse();
    }
}
