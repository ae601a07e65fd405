package io.leadflow.console.adapter.out.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A path with query parameters as a URI template and its values: the values go through the RestClient's variable
 * encoding, so whatever a person typed ({@code &}, {@code +}, {@code %}, braces) reaches the API as typed.
 */
record LeadQueryTemplate(String template, Object[] values) {

    static LeadQueryTemplate of(String path, Map<String, String> parameters) {
        StringBuilder template = new StringBuilder(path);
        List<Object> values = new ArrayList<>();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            template.append(values.isEmpty() ? '?' : '&')
                    .append(parameter.getKey())
                    .append("={v")
                    .append(values.size())
                    .append('}');
            values.add(parameter.getValue());
        }
        return new LeadQueryTemplate(template.toString(), values.toArray());
    }
}
