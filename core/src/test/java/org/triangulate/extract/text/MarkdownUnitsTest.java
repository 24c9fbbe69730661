package org.triangulate.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownUnitsTest {

    @Test
    void inlineMarkupBecomesText() {
        assertThat(MarkdownUnits.inline("Kyiv [used the missiles](https://x.org/a_(b)) **first** _time_ `code`"))
                .isEqualTo("Kyiv used the missiles first time code");
        assertThat(MarkdownUnits.inline("snake_case_name stays")).isEqualTo("snake_case_name stays");
    }

    @Test
    void headingsImagesAndEmptyHeading() {
        List<Unit> units = MarkdownUnits.split("# \n\n#### Security guarantees\n\n![Alt text (Photo: X)](u.jpg)\n\nText.\n");
        assertThat(units).extracting(Unit::form).containsExactly(Unit.Form.HEADING, Unit.Form.IMAGE, Unit.Form.PLAIN);
        assertThat(units.get(0).text()).isEqualTo("Security guarantees");
        assertThat(units.get(0).headingLevel()).isEqualTo(4);
        assertThat(units.get(1).alt()).isEqualTo("Alt text (Photo: X)");
    }
}
