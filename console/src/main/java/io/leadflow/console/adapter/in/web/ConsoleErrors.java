package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.ApiRefusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a person sees when something is refused: the API's own words (its problem detail, and the rule each named
 * field broke) with the API's status. A full page for a page request; for an htmx request the {@code problem}
 * fragment, swapped into the page's {@code #problem} area (htmx-config in the layout swaps 4xx answers).
 */
@ControllerAdvice
class ConsoleErrors {

    @ExceptionHandler(ApiRefusal.class)
    String refused(ApiRefusal refusal, HttpServletRequest request, HttpServletResponse response, Model model) {
        return problem(refusal.status(), refusal.getMessage(), refusal.fields(), request, response, model);
    }

    @ExceptionHandler(ResponseStatusException.class)
    String status(ResponseStatusException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        String reason = e.getReason() == null
                ? HttpStatus.valueOf(e.getStatusCode().value()).getReasonPhrase()
                : e.getReason();
        return problem(e.getStatusCode().value(), reason, Map.of(), request, response, model);
    }

    private static String problem(
            int status,
            String detail,
            Map<String, String> fields,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setStatus(status);
        model.addAttribute("caller", CallerArgumentResolver.email());
        model.addAttribute("navigation", Navigation.links(request));
        model.addAttribute("status", status);
        model.addAttribute("detail", detail);
        model.addAttribute("fields", fields);
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Retarget", "#problem");
            response.setHeader("HX-Reswap", "innerHTML");
            return "problem :: message";
        }
        return "problem";
    }
}
