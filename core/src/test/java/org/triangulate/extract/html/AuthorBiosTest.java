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
        assertThat(AuthorBios.authors("Jane Doe and John Roe")).containsExactly(
                new AuthorBios.Author("Jane Doe", "Jane", "Doe"), new AuthorBios.Author("John Roe", "John", "Roe"));
        assertThat(AuthorBios.authors("Matthew Frankel, CFP")).as("a credential is no second author")
                .containsExactly(new AuthorBios.Author("Matthew Frankel, CFP".split(",")[0], "Matthew", "Frankel"));
        assertThat(texts("Jane Doe", "Jane Doe is a reporter in Kyiv.", "Jane Doe has covered the war since 2022.",
                "Jane Doe joined the paper in 2019.")).as("a profile page is all about its author").hasSize(3);
    }

    @Test
    void theBioMayNameTheAuthorOtherwiseThanTheByline() {
        assertThat(texts("Matthew Frankel, CFP", PROSE, PROSE,
                "Matt Frankel, CFP, is a contributing stock market analyst specializing in real estate."))
                .as("a short first name, the same surname").containsExactly(PROSE, PROSE);
        assertThat(texts("Ludo Fourrage", PROSE, PROSE, "Ludovic (Ludo) Fourrage is an education industry veteran."))
                .containsExactly(PROSE, PROSE);
        assertThat(texts("Juliette", PROSE, PROSE, "Juliette Carreiro is a skilled content creator."))
                .as("the full name where the byline gave the first").containsExactly(PROSE, PROSE);
        assertThat(texts("Jean-Luc Aufranc (CNXSoft)", PROSE, PROSE,
                "Jean-Luc started CNX Software in 2010 as a part-time endeavor.")).containsExactly(PROSE, PROSE);
        assertThat(texts("Angela Kaye Carpenter", PROSE, PROSE, "Angela Kaye Carpenter",
                "Angela first became a professional writer in kindergarten.")).as("an adverb, the name as heading")
                .containsExactly(PROSE, PROSE);
    }

    @Test
    void everyAuthorsBioGoesWithTheNameAboveIt() {
        assertThat(texts("Stella Kim and Jennifer Jett", PROSE, PROSE, PROSE, "Stella Kim",
                "Stella Kim is a freelance producer based in Seoul.", "Jennifer Jett",
                "Jennifer Jett is the Asia digital editor, based in Hong Kong.")).containsExactly(PROSE, PROSE, PROSE);
    }
}
