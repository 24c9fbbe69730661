package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylineTextTest {

    @Test
    void rejectsLabelsDatesAndNumbersAsNames() {
        assertThat(BylineText.clean("Posted by:")).isNull();
        assertThat(BylineText.clean("Sat, 20 Dec, 2025 - 06:36")).isNull();
        assertThat(BylineText.clean("262588213843476")).isNull();
        assertThat(BylineText.clean("By Jon Onley")).isEqualTo("Jon Onley");
    }

    @Test
    void tellsUserNamesFromPersonNames() {
        assertThat(BylineText.looksLikeHandle("andrew.keaveney")).isTrue();
        assertThat(BylineText.looksLikeHandle("kffnirmitap")).isTrue();
        assertThat(BylineText.looksLikeHandle("Nirmita Panchal")).isFalse();
        assertThat(BylineText.looksLikeHandle("Reuters")).isFalse();
    }

    @Test
    void dropsADateBeforeTheNameAndWhatFollowsTheName() {
        assertThat(BylineText.clean("Dec 17, 2025 Julian K. Arni")).isEqualTo("Julian K. Arni");
        assertThat(BylineText.clean("Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group")).isEqualTo("Niko Matsakis");
        assertThat(BylineText.clean("03/01/2017 by Agatha Caleo")).isEqualTo("Agatha Caleo");
        assertThat(BylineText.clean("Scott Pletcher | Updated March 3, 2025")).isEqualTo("Scott Pletcher");
    }

    @Test
    void readsContributorAndAuthorsLabels() {
        assertThat(BylineText.clean("Contributors: Janet Loughrey")).isEqualTo("Janet Loughrey");
        assertThat(BylineText.clean("Author(s): John A. Alic")).isEqualTo("John A. Alic");
        assertThat(BylineText.clean("Reported by Jane Doe")).isEqualTo("Jane Doe");
    }

    @Test
    void aSpacedSlashJoinsAPersonAndASiteButAPathIsNoName() {
        assertThat(BylineText.clean("Laura / House Plant House")).isEqualTo("Laura / House Plant House");
        assertThat(BylineText.clean("/nexxisrentals")).isNull();
        assertThat(BylineText.clean("news/world")).isNull();
    }

    @Test
    void placeholdersAreNoNames() {
        assertThat(BylineText.clean("The Author")).isNull();
        assertThat(BylineText.clean("By admin")).isNull();
        assertThat(BylineText.isPlaceholder("NOC Admin")).isTrue();
        assertThat(BylineText.isPlaceholder("page.head.extra.author")).isTrue();
        assertThat(BylineText.isPlaceholder("{{ post.author }}")).isTrue();
        assertThat(BylineText.isPlaceholder("undefined")).isTrue();
        assertThat(BylineText.isPlaceholder("Adminah Jones")).isFalse();
        assertThat(BylineText.isPlaceholder("andrew.keaveney")).isFalse();
    }

    @Test
    void oneNamePrintedSeveralTimesIsOneName() {
        assertThat(BylineText.clean("Loona Construction Loona Construction Loona Construction")).isEqualTo("Loona Construction");
        assertThat(BylineText.unrepeated("Jane Doe")).isEqualTo("Jane Doe");
        assertThat(BylineText.unrepeated("Ann Ann Lee")).isEqualTo("Ann Ann Lee");
    }

    @Test
    void aSentenceFullStopGoesButAnInitialStays() {
        assertThat(BylineText.clean("Posted by Alon Zakai.")).isEqualTo("Alon Zakai");
        assertThat(BylineText.clean("By John A.")).isEqualTo("John A.");
    }

    @Test
    void namesAreCapitalisedWordsAndParticles() {
        assertThat(BylineText.looksLikeNames("Nick van Mead")).isTrue();
        assertThat(BylineText.looksLikeNames("Jane Doe and John Roe")).isTrue();
        assertThat(BylineText.looksLikeNames("A. J. Neal")).isTrue();
        assertThat(BylineText.looksLikeNames("contrast the army grew")).isFalse();
        assertThat(BylineText.looksLikeNames("default")).isFalse();
    }

    @Test
    void aDateAfterAtGoesWithTheTime() {
        assertThat(BylineText.clean("Posted by David at December 16, 2025 11:15 AM")).isEqualTo("David");
        assertThat(BylineText.clean("By Ana Lopez at 10:30")).isEqualTo("Ana Lopez");
        assertThat(BylineText.clean("By Jane Doe at Large")).as("no date after 'at'").isEqualTo("Jane Doe at Large");
    }

    @Test
    void aReviewerOrEditorAndAJobTitleAfterTheNameGo() {
        assertThat(BylineText.clean("Shelby Loos, DVM. Reviewed by Molly Price, DVM")).isEqualTo("Shelby Loos, DVM");
        assertThat(BylineText.clean("Rob Ewaschuk Edited by Betsy Beyer")).isEqualTo("Rob Ewaschuk");
        assertThat(BylineText.clean("Harry Rabinowitz Tech Reporter")).isEqualTo("Harry Rabinowitz");
        assertThat(BylineText.clean("Rachel MacDonald, Senior Staff Writer")).isEqualTo("Rachel MacDonald");
        assertThat(BylineText.clean("Ann Smith Political correspondent")).isEqualTo("Ann Smith");
        assertThat(BylineText.clean("Tom Jones, Chief Foreign Affairs Correspondent")).isEqualTo("Tom Jones");
        assertThat(BylineText.clean("Lee Park, Climate reporter")).isEqualTo("Lee Park");
        assertThat(BylineText.clean("Guide by Will Judd")).isEqualTo("Will Judd");
        assertThat(BylineText.clean("The Editors")).as("a plural is a team, not a title").isEqualTo("The Editors");
    }

    @Test
    void theOutletAWriterFiledForIsNotPartOfTheName() {
        assertThat(BylineText.clean("By Ana Ruiz For Dailymail.com")).isEqualTo("Ana Ruiz");
        assertThat(BylineText.clean("By JANE DOE FOR MAILONLINE")).isEqualTo("JANE DOE");
        assertThat(BylineText.clean("Ana Ruiz For The Daily Example")).isEqualTo("Ana Ruiz");
        assertThat(BylineText.clean("Center for Drug Evaluation and Research")).as("a lower-case for is the name's")
                .isEqualTo("Center for Drug Evaluation and Research");
    }

    @Test
    void aJobTitleWithABeatOrPlaceGoesAfterTheName() {
        assertThat(BylineText.clean("Andrea Stone Senior Washington Correspondent")).isEqualTo("Andrea Stone");
        assertThat(BylineText.clean("Jane Doe, Special Correspondent in Kyiv")).isEqualTo("Jane Doe");
        // a surname is not a beat: nothing before it is a job-title word
        assertThat(BylineText.clean("Ana Ruiz Correspondent")).isEqualTo("Ana Ruiz");
        assertThat(BylineText.clean("JORDAN ROBERTSON and RACHEL METZ - AP Technology Writers"))
                .isEqualTo("JORDAN ROBERTSON and RACHEL METZ");
        assertThat(BylineText.clean("Jane Doe, Reuters Energy Correspondent")).isEqualTo("Jane Doe");
        assertThat(BylineText.clean("By: Patti Domm CNBC Executive News Editor")).isEqualTo("Patti Domm");
        assertThat(BylineText.clean("Ed Hornick, CNN")).isEqualTo("Ed Hornick");
        assertThat(BylineText.clean("John Smith III")).isEqualTo("John Smith III");
        assertThat(BylineText.clean("Brenda Goodman, MA")).isEqualTo("Brenda Goodman, MA");
        assertThat(BylineText.clean("FlowGuard EMEA")).isEqualTo("FlowGuard EMEA");
        assertThat(BylineText.clean("CNN STAFF")).isEqualTo("CNN STAFF");
    }

    @Test
    void aJobTitleInAnotherLanguageGoesAfterTheNames() {
        assertThat(BylineText.clean("Par LILIAN ALEMAGNA, LAURE BRETTON Envoyés spéciaux à Toulouse"))
                .isEqualTo("LILIAN ALEMAGNA, LAURE BRETTON");
        assertThat(BylineText.clean("Por Ana Ruiz, corresponsal en Lima")).isEqualTo("Ana Ruiz");
        assertThat(BylineText.clean("Von Jana Roth, Korrespondentin")).isEqualTo("Jana Roth");
        assertThat(BylineText.clean("Олена Коваль, кореспондентка")).isEqualTo("Олена Коваль");
    }

    @Test
    void pageToolsBesideTheNameGo() {
        assertThat(BylineText.clean("By: Marguerite Reardon Print E-mail")).isEqualTo("Marguerite Reardon");
        assertThat(BylineText.clean("Jane Doe Share")).isEqualTo("Jane Doe");
    }

    @Test
    void aClockTimeOrALabelledValueIsNoName() {
        // hidden CMS debug text under a "Contributors" heading
        assertThat(BylineText.clean("Current DateTime: 08:51:09")).isNull();
        assertThat(BylineText.clean("Expiration DateTime: soon")).isNull();
    }
}
