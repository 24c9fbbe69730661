package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorBiosTest {
    private static final String PROSE = "A home cleaning service costs between $100 and $200 a visit in Denver, and "
            + "most companies charge more for the first deep clean.";

    private static List<String> texts(String byline, String... paragraphs) {
        return Block.texts(AuthorBios.dropTrailing(Block.plain(List.of(paragraphs)), byline));
    }

    @Test
    void theAuthorsClosingBioAndItsHeadingGo() {
        assertThat(texts("Karina Cohen", PROSE, PROSE, "About the author",
                "Karina Cohen is the owner of CR Maids, a local cleaning company serving the Greater Denver area.",
                "Karina holds a Global Executive MBA from Duke University.", "Updated May 2025"))
                .containsExactly(PROSE, PROSE, "Updated May 2025");
    }

    @Test
    void credentialsMayStandBetweenTheNameAndTheVerb() {
        assertThat(texts("Matt Frankel, CFP", PROSE, PROSE,
                "Matt Frankel, CFP, is a contributing stock market analyst specializing in real estate."))
                .containsExactly(PROSE, PROSE);
        assertThat(texts("Ana Ruiz", PROSE, PROSE, "Ana Ruiz, the council's spokeswoman, is expected to resign."))
                .as("an apposition that is no credential").hasSize(3);
    }

    @Test
    void aOneWordNameNeedsAPersonsDescription() {
        assertThat(texts("Irene", PROSE, PROSE, "Irene is an experienced writer with five years in tech."))
                .containsExactly(PROSE, PROSE);
        assertThat(texts("QCY", PROSE, PROSE, "QCY is already embracing many of these trends with its headphones."))
                .as("a company's closing pitch is the story's text").hasSize(3);
    }

    @Test
    void theNameInsideTheStoryOrEarlyOnIsNoBio() {
        String quote = "Karina Cohen said most customers book a second visit within a month.";
        assertThat(texts("Karina Cohen", "Karina Cohen is the owner of CR Maids and started it in 2012.", PROSE, PROSE,
                PROSE, PROSE, quote)).as("only the closing paragraphs, and only a description").hasSize(6);
        assertThat(texts(null, PROSE, PROSE, "Karina Cohen is the owner of CR Maids.")).hasSize(3);
        assertThat(AuthorBios.names("Jane Doe and John Roe")).containsExactly("Jane Doe", "Jane");
        assertThat(texts("Jane Doe", "Jane Doe is a reporter in Kyiv.", "Jane Doe has covered the war since 2022.",
                "Jane Doe joined the paper in 2019.")).as("a profile page is all about its author").hasSize(3);
    }
}
