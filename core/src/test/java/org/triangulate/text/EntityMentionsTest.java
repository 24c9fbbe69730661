package org.triangulate.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityMentionsTest {
    @Test
    void capitalisedRunsInsideSentences() {
        String text = "Russian President Vladimir Putin is open to talks with Donald Trump, five sources told "
                + "Reuters on Wednesday. The Kremlin said the Bank of England was not involved.";
        assertThat(EntityMentions.find(text)).extracting(EntityMentions.Mention::text)
                .containsExactly("Russian President Vladimir Putin", "Donald Trump", "Reuters", "Kremlin",
                        "Bank of England");
    }

    @Test
    void sentenceInitialWordCountsOnlyWhenSeenElsewhere() {
        String text = "Putin said so. Officials agreed. Later, aides of Putin spoke.";
        assertThat(EntityMentions.find(text)).extracting(EntityMentions.Mention::key)
                .containsExactly("putin", "putin");
    }

    @Test
    void titleCaseHeadlinesAreSkipped() {
        assertThat(EntityMentions.find("Earthquake Levels Villages On Iranian Island")).isEmpty();
    }
}
