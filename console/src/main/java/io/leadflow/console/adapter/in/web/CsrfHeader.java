package io.leadflow.console.adapter.in.web;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the gateway's CSRF token as htmx request headers ({@code <body hx-headers=...>}), so each change
 * a page makes carries {@code X-XSRF-TOKEN}. The gateway sets the token in an HttpOnly cookie and checks it; the
 * console only reads it from the request the gateway forwards. A value that is not a plain token is not echoed.
 */
@ControllerAdvice
class CsrfHeader {

    static final String COOKIE = "XSRF-TOKEN";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    @ModelAttribute("htmxHeaders")
    String htmxHeaders(@CookieValue(name = COOKIE, required = false) @Nullable String token) {
        return token != null && TOKEN.matcher(token).matches() ? "{\"X-XSRF-TOKEN\": \"" + token + "\"}" : "{}";
    }
}
