package io.leadflow.load;

import io.leadflow.deploy.traffic.LocalSignIn;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A person signed in to the console as a browser is, without the browser: the gateway's OpenID Connect sign-in with
 * the identity provider's login form, redirects followed and cookies kept; afterwards pages are fetched with the
 * gateway's session cookie, like a browser's full page loads.
 */
final class ConsoleSession {

    /** One page fetched: its status, the milliseconds until its last byte, and its text. */
    record Page(int status, double millis, String text) {}

    private final HttpClient http;
    private final String gatewayUrl;

    private ConsoleSession(HttpClient http, String gatewayUrl) {
        this.http = http;
        this.gatewayUrl = gatewayUrl;
    }

    static ConsoleSession signIn(String gatewayUrl, String email, String password)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> loginPage = http.send(
                HttpRequest.newBuilder(URI.create(gatewayUrl + "/"))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String csrf = LocalSignIn.loginFormToken(loginPage.body())
                .orElseThrow(() -> new IllegalStateException(
                        "no login form at " + loginPage.uri() + " (" + loginPage.statusCode() + ")"));
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
        HttpResponse<String> landed = http.send(
                HttpRequest.newBuilder(loginPage.uri())
                        .header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (landed.statusCode() != 200 || !landed.uri().toString().startsWith(gatewayUrl)) {
            throw new IllegalStateException(
                    "signing in as " + email + " ended at " + landed.uri() + " (" + landed.statusCode() + ")");
        }
        return new ConsoleSession(http, gatewayUrl);
    }

    Page get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html")
                .GET()
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - start) / 1e6;
        return new Page(response.statusCode(), millis, response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
