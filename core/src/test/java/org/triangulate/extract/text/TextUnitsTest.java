package org.triangulate.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextUnitsTest {

    @Test
    void everyLineIsAUnitWithItsBlock() {
        List<Unit> units = TextUnits.split("Skip to content\nEdit post\n\nTitle line\n\nBody sentence one.\n");
        assertThat(units).extracting(Unit::text).containsExactly("Skip to content", "Edit post", "Title line",
                "Body sentence one.");
        assertThat(units).extracting(Unit::blockSize).containsExactly(2, 2, 1, 1);
    }

    @Test
    void hardWrappedLinesAreJoinedButShortLinesAreNot() {
        assertThat(TextUnits.unwrap(List.of("The officials said the agreement could be reached within weeks if",
                "both sides agreed.", "Short heading", "lower-case start stays apart"))).containsExactly(
                "The officials said the agreement could be reached within weeks if both sides agreed.",
                "Short heading", "lower-case start stays apart");
    }
}
