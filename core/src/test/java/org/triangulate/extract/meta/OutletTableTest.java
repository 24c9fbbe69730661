package org.triangulate.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OutletTableTest {
    private final OutletTable table = OutletTable.standard();

    @Test
    void everyRowHasASource() {
        assertThat(table.outlets()).isNotEmpty().allSatisfy(o -> assertThat(o.source()).isNotBlank());
    }

    @Test
    void hostsMatchWithSubdomainsAndUrls() {
        assertThat(table.byHost("https://www.bangkokpost.com/world/2905601/x").orElseThrow().name()).isEqualTo("Bangkok Post");
        assertThat(table.byHost("news.bbc.co.uk").orElseThrow().zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(table.byHost("notbbc.co.uk")).isEmpty();
        assertThat(table.byHost("not a url")).isEmpty();
    }

    @Test
    void namesIgnoreCaseAndLeadingThe() {
        assertThat(table.byName("the kyiv independent").orElseThrow().name()).isEqualTo("The Kyiv Independent");
        assertThat(table.byName("Kyiv Independent").orElseThrow().zone()).isEqualTo(ZoneId.of("Europe/Kyiv"));
        assertThat(table.byName("Caliber.Az").orElseThrow().zone()).isEqualTo(ZoneId.of("Asia/Baku"));
        assertThat(table.byName("Reuters").orElseThrow().zone()).isNull();
    }

    @Test
    void malformedRowsNameTheLine() {
        assertThatThrownBy(() -> OutletTable.parse("# c\nX | | x.com | Mars/Base | s"))
                .hasMessageContaining("line 2").hasMessageContaining("Mars/Base");
        assertThatThrownBy(() -> OutletTable.parse("X | x.com")).hasMessageContaining("5 columns");
    }
}
