package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleTextTest {

    @Test
    void unescapesEntitiesACmsEscapedTwice() {
        // the h1 of a page whose CMS escaped "&" twice: the browser shows "&#x26;"
        assertThat(TitleText.repair("12 Must-Have Data Analysis Tools for 2026 | Python, SQL &#x26; AI"))
                .isEqualTo("12 Must-Have Data Analysis Tools for 2026 | Python, SQL & AI");
        assertThat(TitleText.repair("Ranked &amp;amp; Reviewed")).isEqualTo("Ranked & Reviewed");
    }

    @Test
    void repairsUtf8ReadAsWindows1252() {
        assertThat(TitleText.repair("A DIY Investorâ\u0080\u0099s Guide to Retirement Calculators"))
                .isEqualTo("A DIY Investor’s Guide to Retirement Calculators");
        assertThat(TitleText.repair("Caf\u00c3\u00a9 culture in Lisbon")).isEqualTo("Café culture in Lisbon");
        // real Latin-1 text is left alone: "Ã" followed by a letter that is no continuation byte
        assertThat(TitleText.repair("São Paulo: Ãgua e luz")).isEqualTo("São Paulo: Ãgua e luz");
    }

    @Test
    void dropsATitleLabelAndCollapsesSpaces() {
        assertThat(TitleText.repair("Title:AlignMerge -  Model Merging\u00a0via Fisher"))
                .isEqualTo("AlignMerge - Model Merging via Fisher");
        assertThat(TitleText.repair("Entitled to nothing")).isEqualTo("Entitled to nothing");
    }
}
