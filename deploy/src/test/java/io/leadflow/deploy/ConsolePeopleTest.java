package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsolePeopleTest {

    @Test
    void each_person_gets_a_password_of_their_own_and_reaches_the_identity_provider_by_index() {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("rep@example.com", "sales_rep");
        roles.put("boss@example.com", "sales_manager");
        ConsolePeople people = ConsolePeople.withRoles(roles);

        ConsolePeople.Person rep = people.withRole("sales_rep");
        ConsolePeople.Person boss = people.withRole("sales_manager");
        assertThat(rep.password()).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}").isNotEqualTo(boss.password());
        assertThat(people.environment())
                .containsEntry("LEADFLOW_IDENTITY_USERS_0_EMAIL", "rep@example.com")
                .containsEntry("LEADFLOW_IDENTITY_USERS_0_PASSWORD", rep.password())
                .containsEntry("LEADFLOW_IDENTITY_USERS_0_ROLES_0", "sales_rep")
                .containsEntry("LEADFLOW_IDENTITY_USERS_1_EMAIL", "boss@example.com")
                .containsEntry("LEADFLOW_IDENTITY_USERS_1_ROLES_0", "sales_manager")
                .hasSize(6);
    }

    @Test
    void a_plain_local_run_has_one_admin_and_a_person_never_prints_their_password_by_accident() {
        ConsolePeople.Person admin = ConsolePeople.admin().withRole("admin");

        assertThat(admin.email()).isEqualTo(ConsolePeople.LOCAL_ADMIN);
        assertThat(admin.toString()).doesNotContain(admin.password());
        assertThatThrownBy(() -> ConsolePeople.admin().withRole("marketing"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_banner_names_the_console_and_everyone_who_can_sign_in_with_their_password() {
        ConsolePeople people = ConsolePeople.admin();
        StackConfig config = StackConfig.defaults(Path.of("."), "1");

        String banner =
                Launcher.banner(config, "1.0", Launcher.peopleBanner(config, "http://localhost:8094", people, true));

        assertThat(banner)
                .contains("Console:        http://localhost:8080/")
                .contains("http://localhost:8094")
                .contains("admin@leadflow.local")
                .contains(people.withRole("admin").password())
                .contains("leadflow-cli")
                .doesNotContain("local-auth");
    }

    @Test
    void without_the_console_the_banner_still_names_who_can_sign_in_for_a_bearer_token() {
        ConsolePeople people = ConsolePeople.admin();
        StackConfig config = StackConfig.defaults(Path.of("."), "1");

        String banner =
                Launcher.banner(config, "1.0", Launcher.peopleBanner(config, "http://localhost:8094", people, false));

        assertThat(banner)
                .doesNotContain("Console:")
                .contains("People:")
                .contains("admin@leadflow.local")
                .contains(people.withRole("admin").password());
    }

    @Test
    void person_options_name_who_may_sign_in_and_a_bad_one_is_refused() {
        List<String> args = List.of(
                "--port-base",
                "9000",
                "--person",
                "Rep@Example.com=sales_rep",
                "--person",
                "boss@example.com=sales_manager");

        ConsolePeople people = Launcher.people(args, false);

        assertThat(people.all())
                .extracting(ConsolePeople.Person::email, ConsolePeople.Person::role)
                .containsExactly(tuple("rep@example.com", "sales_rep"), tuple("boss@example.com", "sales_manager"));
        assertThat(Launcher.withoutPeople(args)).containsExactly("--port-base", "9000");
        assertThat(Launcher.people(List.of(), false).all())
                .extracting(ConsolePeople.Person::email)
                .containsExactly(ConsolePeople.LOCAL_ADMIN);
        for (String bad : List.of("rep@example.com=root", "rep@example.com", "=admin", "nobody=admin")) {
            assertThatThrownBy(() -> Launcher.people(List.of("--person", bad), false))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("--person is EMAIL=ROLE");
        }
    }
}
