package io.leadflow.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(HomeController.class)
class HomeControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void each_person_lands_on_the_first_page_their_roles_open() throws Exception {
        mvc.perform(SignedIn.as("rep@example.com", "sales_rep", get("/"))).andExpect(redirectedUrl("/inbox"));
        mvc.perform(SignedIn.as("boss@example.com", "sales_manager", get("/"))).andExpect(redirectedUrl("/inbox"));
        mvc.perform(SignedIn.as("mia@example.com", "marketing", get("/"))).andExpect(redirectedUrl("/leads"));
        mvc.perform(SignedIn.as("it@example.com", "admin", get("/"))).andExpect(redirectedUrl("/team"));
    }

    @Test
    void someone_whose_roles_open_no_page_is_told_what_to_ask_for() throws Exception {
        String page = SignedIn.page(mvc, SignedIn.as("someone@example.com", "", get("/")));

        assertThat(page).contains("No pages for you yet", "Ask your administrator");
    }
}
