package io.leadflow.support.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
}
