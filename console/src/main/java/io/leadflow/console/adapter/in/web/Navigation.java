package io.leadflow.console.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/** Gives every page the signed-in person's e-mail and the areas their roles may use (the layout's menu). */
@ControllerAdvice
class Navigation {

    /** One menu entry; {@code current} marks the area the page belongs to ({@code aria-current}). */
    record Link(String href, String label, boolean current) {}

    @ModelAttribute("caller")
    @Nullable String caller(@RequestHeader(name = CallerArgumentResolver.USER, required = false) @Nullable String user) {
        return user;
    }

    @ModelAttribute("navigation")
    List<Link> navigation(HttpServletRequest request) {
        return links(request);
    }

    /** The menu for the person of this request, its current area marked; also for error pages. */
    static List<Link> links(HttpServletRequest request) {
        var here = ConsolePage.of(request.getRequestURI());
        return ConsolePage.offeredTo(CallerArgumentResolver.roles(request.getHeader(CallerArgumentResolver.ROLES)))
                .stream()
                .map(page -> new Link(
                        page.path(), page.label(), here.filter(page::equals).isPresent()))
                .toList();
    }
}
