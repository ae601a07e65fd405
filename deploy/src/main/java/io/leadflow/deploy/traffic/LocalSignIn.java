package io.leadflow.deploy.traffic;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Signing in to a local suite as a person does, with their e-mail and password at the local identity provider: the
 * tool is the provider's public client {@code leadflow-cli} (Authorization Code with PKCE, S256, redirecting to the
 * loopback interface as RFC 8252 has it). It asks for a code, fills in the provider's login form, reads the code from
 * the redirect (nothing needs to listen there), redeems it with the verifier, and calls the gateway with the access
 * token. An event source gets an API key instead, created by an admin.
 */
public final class LocalSignIn {

    public static final String ADMIN = "admin";
    public static final String MARKETING = "marketing";
    public static final String SALES_REP = "sales_rep";
    public static final String SALES_MANAGER = "sales_manager";

    /** The public client registered at the local identity provider for tools. */
    public static final String CLIENT_ID = "leadflow-cli";

    /** Where the provider sends the code: the loopback interface, where no one else can receive it. */
    static final String REDIRECT_URI = "http://127.0.0.1/callback";

    private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_REDIRECTS = 5;

    private LocalSignIn() {}

    /**
     * The gateway as the person who signs in with this e-mail and password at the provider at {@code identityUrl}.
     *
     * @throws SignInRefusedException when the provider refuses the e-mail and password, or gives no token
     */
    public static SuiteClient as(SuiteClient gateway, String identityUrl, String email, String password) {
        return gateway.as(accessToken(identityUrl, email, password));
    }

    /** An access token for this person from the provider at {@code identityUrl}. */
    public static String accessToken(String identityUrl, String email, String password) {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String verifier = random();
        String state = random();
        URI authorize = URI.create(identityUrl + "/oauth2/authorize?"
                + form(Map.of(
                        "response_type",
                        "code",
                        "client_id",
                        CLIENT_ID,
                        "scope",
                        "openid email",
                        "redirect_uri",
                        REDIRECT_URI,
                        "state",
                        state,
                        "code_challenge",
                        challenge(verifier),
                        "code_challenge_method",
                        "S256")));
        URI login = redirect(send(http, get(authorize)))
                .orElseThrow(() -> refused(email, "the provider at " + identityUrl + " did not ask to sign in"));
        HttpResponse<String> page = send(http, get(login));
        Optional<String> token = page.statusCode() == 200 ? loginFormToken(page.body()) : Optional.empty();
        if (token.isEmpty()) {
            throw refused(email, "no login form at " + login + " (" + page.statusCode() + ")");
        }
        HttpResponse<String> answer = send(
                http,
                HttpRequest.newBuilder(login)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                form(Map.of("username", email, "password", password, "_csrf", token.get())))));
        String code = code(http, answer, email, state);
        HttpResponse<String> tokens = send(
                http,
                HttpRequest.newBuilder(URI.create(identityUrl + "/oauth2/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "grant_type", "authorization_code",
                                "client_id", CLIENT_ID,
                                "code", code,
                                "redirect_uri", REDIRECT_URI,
                                "code_verifier", verifier)))));
        JsonNode body = tokens.statusCode() == 200 ? SuiteClient.parse(tokens.body()) : null;
        if (body == null || body.path("access_token").asString("").isEmpty()) {
            throw refused(email, "the token endpoint answered " + tokens.statusCode() + ": " + tokens.body());
        }
        return body.path("access_token").asString();
    }

    /** The CSRF token of the provider's login form in this page, which the form's POST must carry. */
    public static Optional<String> loginFormToken(String page) {
        Matcher field = CSRF.matcher(page);
        if (!field.find()) {
            return Optional.empty();
        }
        Matcher value = VALUE.matcher(field.group());
        return value.find() ? Optional.of(value.group(1)) : Optional.empty();
    }

    /** The gateway as a new event source, with an API key that {@code admin} created for it. */
    public static SuiteClient source(SuiteClient admin, String name) {
        SuiteClient.Answer answer = admin.post("/api/v1/api-keys", SuiteClient.json(Map.of("name", name)));
        if (answer.status() != 201 || answer.body() == null) {
            throw new IllegalStateException("no API key for " + name + " (" + answer.status() + "): " + answer.text());
        }
        return admin.withApiKey(answer.body().path("key").asString());
    }

    /** Follows the provider's redirects after the login form to the one that carries the code. */
    private static String code(HttpClient http, HttpResponse<String> answer, String email, String state) {
        HttpResponse<String> current = answer;
        for (int hop = 0; hop < MAX_REDIRECTS; hop++) {
            URI next =
                    redirect(current).orElseThrow(() -> refused(email, "the provider answered " + answer.statusCode()));
            if (next.getPath().equals("/login") && "error".equals(next.getQuery())) {
                throw refused(email, "wrong e-mail or password");
            }
            if (next.toString().startsWith(REDIRECT_URI)) {
                Map<String, String> params = params(next.getRawQuery());
                if (params.containsKey("error")) {
                    throw refused(
                            email,
                            "the provider refused: " + params.get("error") + " "
                                    + params.getOrDefault("error_description", ""));
                }
                if (!state.equals(params.get("state")) || !params.containsKey("code")) {
                    throw refused(email, "the redirect carried no code for this sign-in");
                }
                return params.get("code");
            }
            current = send(http, get(next));
        }
        throw refused(email, "too many redirects");
    }

    private static Optional<URI> redirect(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 3) {
            return Optional.empty();
        }
        return response.headers()
                .firstValue("Location")
                .map(location -> response.uri().resolve(location));
    }

    private static HttpRequest.Builder get(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "text/html").GET();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(20)).build();
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SuiteUnreachableException(built.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteUnreachableException(built.uri(), e);
        }
    }

    private static SignInRefusedException refused(String email, String why) {
        return new SignInRefusedException("the local identity provider did not sign " + email + " in: " + why);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query == null) {
            return params;
        }
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            params.put(
                    URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return params;
    }
}
