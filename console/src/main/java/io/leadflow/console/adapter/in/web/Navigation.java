package io.leadflow.console.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in person's e-mail and the areas their roles may use (the layout's menu), both from the
 * verified caller token.
 */
@ControllerAdvice
class Navigation {

    /** One menu entry; {@code current} marks the area the page belongs to ({@code aria-current}). */
    record Link(String href, String label, boolean current) {}

    @ModelAttribute("caller")
    @Nullable String caller() {
        return CallerArgumentResolver.email();
    }

    @ModelAttribute("navigation")
    List<Link> navigation(HttpServletRequest request) {
        return links(request);
    }

    /** The menu for the person of this request, its current area marked; also for error pages. */
    static List<Link> links(HttpServletRequest request) {
        var here = ConsolePage.of(request.getRequestURI());
        return ConsolePage.offeredTo(CallerArgumentResolver.roles()).stream()
                .map(page -> new Link(
                        page.path(), page.label(), here.filter(page::equals).isPresent()))
                .toList();
    }
}
