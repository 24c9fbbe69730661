package org.triangulate.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void scalarsQuotedAndUnquoted() {
        FrontMatter fm = FrontMatter.parse("""
                ---
                title: ""
                code: "ART24112010122JGQ5U"
                date: 2024-11-20T10:18:06.127Z
                tags:
                  - a
                note: 'it''s' # comment inside quotes stays
                ---
                Body
                """);
        assertThat(fm.fields()).containsEntry("title", "").containsEntry("code", "ART24112010122JGQ5U")
                .containsEntry("date", "2024-11-20T10:18:06.127Z").containsEntry("note", "it's");
        assertThat(fm.first("title", "code")).isEqualTo("ART24112010122JGQ5U");
        assertThat(fm.body()).isEqualTo("Body\n\n");
    }

    @Test
    void noOrUnclosedFrontMatterLeavesTextAlone() {
        assertThat(FrontMatter.parse("Just text").fields()).isEmpty();
        assertThat(FrontMatter.parse("---\ntitle: x\nno end").body()).isEqualTo("---\ntitle: x\nno end");
    }
}
