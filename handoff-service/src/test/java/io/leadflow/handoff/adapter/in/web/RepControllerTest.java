package io.leadflow.handoff.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.handoff.application.port.in.FindRepQuery;
import io.leadflow.handoff.application.port.in.RegisterRepUseCase;
import io.leadflow.handoff.application.port.in.RepAlreadyRegisteredException;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.application.port.in.RotateWebhookSecretUseCase;
import io.leadflow.support.testing.SignedInByDefault;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@Import({HandoffWebMapperImpl.class, SignedInByDefault.class})
@WebMvcTest(RepController.class)
class RepControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private RegisterRepUseCase registerRep;

    @MockitoBean
    private FindRepQuery findRep;

    @MockitoBean
    private RotateWebhookSecretUseCase rotateSecret;

    private ResultActions register(String json) throws Exception {
        return mvc.perform(
                post("/api/v1/reps").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void a_registered_rep_is_201_with_its_location() throws Exception {
        UUID id = UUID.randomUUID();
        given(registerRep.registerRep(any()))
                .willReturn(new RepView(
                        id,
                        "Rita Rep",
                        "rita@seller.example",
                        "https://crm.example.com/hooks",
                        true,
                        null,
                        Instant.parse("2026-11-02T09:00:00Z")));

        register("{\"name\":\"Rita Rep\",\"email\":\"rita@seller.example\","
                        + "\"webhookUrl\":\"https://crm.example.com/hooks\",\"available\":true}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/reps/" + id))
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.available").value(true));
    }

    @Test
    void a_webhook_url_that_is_not_an_absolute_http_url_is_a_400_naming_webhookUrl() throws Exception {
        for (String url : new String[] {"/hooks", "ftp://crm.example.com/hooks", "crm.example.com"}) {
            register("{\"name\":\"Rita\",\"email\":\"rita@seller.example\",\"webhookUrl\":\"" + url + "\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("webhookUrl"))
                    .andExpect(jsonPath("$.rule").value("webhookUrl.format"));
        }
        verifyNoInteractions(registerRep);
    }

    @Test
    void a_bad_email_or_a_missing_name_is_a_400_naming_the_field() throws Exception {
        register("{\"name\":\"Rita\",\"email\":\"rita-at-seller\",\"webhookUrl\":\"https://crm.example.com\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("email"));
        register("{\"email\":\"rita@seller.example\",\"webhookUrl\":\"https://crm.example.com\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("name"));
    }

    @Test
    void a_second_rep_with_the_same_email_is_a_409() throws Exception {
        given(registerRep.registerRep(any())).willThrow(new RepAlreadyRegisteredException("rita@seller.example"));

        register("{\"name\":\"Rita\",\"email\":\"rita@seller.example\",\"webhookUrl\":\"https://crm.example.com\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("email"));
    }

    @Test
    void a_rep_id_that_is_not_a_uuid_is_a_400() throws Exception {
        mvc.perform(get("/api/v1/reps/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("id"));
    }
}
