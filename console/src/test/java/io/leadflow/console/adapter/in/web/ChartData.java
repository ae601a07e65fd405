package io.leadflow.console.adapter.in.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a chart's numbers from a page as a browser would: the data-chart attribute of the element with the id. */
final class ChartData {

    private ChartData() {}

    static String attribute(String page, String id) {
        Matcher element = Pattern.compile("<div[^>]*\\bid=\"" + id + "\"[^>]*>").matcher(page);
        if (!element.find()) {
            throw new AssertionError("no element #" + id + " in the page");
        }
        Matcher data = Pattern.compile("data-chart=\"([^\"]*)\"").matcher(element.group());
        if (!data.find()) {
            throw new AssertionError("#" + id + " has no data-chart attribute");
        }
        return data.group(1);
    }

    static JsonNode of(String page, String id) {
        return JsonMapper.builder().build().readTree(HtmlUtils.htmlUnescape(attribute(page, id)));
    }
}
