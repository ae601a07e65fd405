package io.leadflow.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgChartTest {

    @Test
    void a_title_or_series_name_with_markup_stays_text_in_a_well_formed_document() throws Exception {
        String svg = new SvgChart("<script>alert('x')</script> & \"more\"", "x", "y", "diagonal")
                .with(new SvgChart.Series("a <b>bold</b> name", "#1f77b4\"/><script", List.of(new double[] {0.5, 0.5})))
                .render();

        assertThat(svg).doesNotContain("<script").doesNotContain("<b>");
        Document document = parse(svg);
        assertThat(document.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("<script>alert('x')</script> & \"more\"");
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void points_land_on_the_unit_square_with_the_diagonal_from_corner_to_corner() throws Exception {
        Document document = parse(new SvgChart("t", "x", "y", "diagonal")
                .with(new SvgChart.Series(
                        "s", "#d62728", List.of(new double[] {0, 0}, new double[] {0.5, 0.5}, new double[] {1, 1.4})))
                .render());

        List<Element> circles = elements(document, "circle");
        assertThat(circles)
                .extracting(c -> c.getAttribute("cx") + "," + c.getAttribute("cy"))
                .containsExactly("70.0,370.0", "300.0,210.0", "530.0,50.0");
        assertThat(elements(document, "line"))
                .filteredOn(line -> line.getAttribute("stroke-dasharray").equals("6 4"))
                .extracting(l -> l.getAttribute("x1") + "," + l.getAttribute("y1") + "-" + l.getAttribute("x2") + ","
                        + l.getAttribute("y2"))
                .contains("70.0,370.0-530.0,50.0");
        assertThat(elements(document, "text"))
                .extracting(Element::getTextContent)
                .contains("diagonal", "s", "100 %");
    }

    @Test
    void a_time_series_gets_its_own_axes_and_no_diagonal() throws Exception {
        Document document = parse(new SvgChart("heap", "minutes", "MiB", null)
                .withAxes(60, 200, m -> String.format("%.0f", m), v -> String.format("%.0f", v))
                .with(new SvgChart.Series("scoring", "#1f77b4", List.of(new double[] {0, 0}, new double[] {30, 100})))
                .render());

        assertThat(elements(document, "circle"))
                .extracting(c -> c.getAttribute("cx") + "," + c.getAttribute("cy"))
                .containsExactly("70.0,370.0", "300.0,210.0");
        assertThat(elements(document, "line")).noneMatch(line -> line.hasAttribute("stroke-dasharray"));
        assertThat(elements(document, "text"))
                .extracting(Element::getTextContent)
                .contains("60", "200", "scoring")
                .doesNotContain("100 %");
    }

    static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(Document document, String name) {
        var nodes = document.getElementsByTagName(name);
        return java.util.stream.IntStream.range(0, nodes.getLength())
                .mapToObj(i -> (Element) nodes.item(i))
                .toList();
    }
}
