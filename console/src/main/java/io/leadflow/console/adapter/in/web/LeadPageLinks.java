package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.ListPaging;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Links of a filtered list (page numbers, sort headings, the CSV download) that keep its filters. Values are
 * form-encoded, so {@code +}, {@code &} and {@code %} in a filter come back as typed; the page escapes the link.
 */
final class LeadPageLinks {

    /** One page link; {@code href} is null for a gap between page numbers. */
    record PageLink(String label, @Nullable String href, boolean current) {

        public boolean gap() {
            return href == null;
        }
    }

    private LeadPageLinks() {}

    static String href(String path, Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return path;
        }
        StringJoiner query = new StringJoiner("&", path + "?", "");
        parameters.forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
        return query.toString();
    }

    static String href(String path, Map<String, String> parameters, String name, String value) {
        Map<String, String> with = new LinkedHashMap<>(parameters);
        with.put(name, value);
        return href(path, with);
    }

    /** Links to the first, last and nearby pages (shown from 1), with gaps where pages are skipped. */
    static List<PageLink> pages(String path, Map<String, String> parameters, ListPaging paging) {
        return paging.links().stream()
                .map(n -> n < 0
                        ? new PageLink("…", null, false)
                        : new PageLink(
                                Integer.toString(n + 1),
                                href(path, parameters, "page", Integer.toString(n)),
                                n == paging.page()))
                .toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
