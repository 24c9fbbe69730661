package org.triangulate.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ZoneResolverTest {
    private final ZoneResolver resolver = ZoneResolver.standard();

    private static final String ENGLISH_BODY = "Vladimir Putin is open to discussing a Ukraine ceasefire deal with Donald"
            + " Trump but rules out making any major territorial concessions and insists Kyiv abandon ambitions to join"
            + " NATO, the Reuters news agency reports, citing five sources. The West said that it was in the region.";

    @Test
    void statedZoneWins() {
        ZoneResolution z = resolver.resolve(DateParser.parse("Nov. 20, 2024 10:20 UTC"),
                new PageSignals("https://www.nytimes.com/x", null, null, null, null));
        assertThat(z.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(z.signal()).isEqualTo("stated");
    }

    @Test
    void outletNameFromTheTable() {
        ZoneResolution z = resolver.resolve(DateParser.parse("November 20, 2024 11:01 AM"),
                new PageSignals(null, "Kyiv Independent", null, null, null));
        assertThat(z.zone()).isEqualTo(ZoneId.of("Europe/Kyiv"));
        assertThat(z.signal()).isEqualTo("outlet-name");
        assertThat(z.explanation()).contains("The Kyiv Independent");
    }

    @Test
    void outletHost() {
        ZoneResolution z = resolver.resolve(DateParser.parse("20.11.2024 12:20"),
                new PageSignals("https://www.bangkokpost.com/world/1", null, null, null, null));
        assertThat(z.zone()).isEqualTo(ZoneId.of("Asia/Bangkok"));
    }

    @Test
    void wireWithoutStatedZoneStaysUnresolved() {
        ZoneResolution z = resolver.resolve(DateParser.parse("20.11.2024 12:20"),
                new PageSignals("https://www.reuters.com/world/x", null, "Ukraine says", "en", ENGLISH_BODY));
        assertThat(z.resolved()).isFalse();
        assertThat(z.explanation()).contains("several zones");
    }

    @Test
    void foreignNumericDatelineAndHeadlineCountryDecide() {
        DateMatch d = DateParser.parse("12:20 20.11.2024");
        ZoneResolution z = resolver.resolve(d, new PageSignals(null, null,
                "Putin open to discussing Ukraine ceasefire deal with Donald Trump – media", null, ENGLISH_BODY));
        assertThat(z.zone()).isEqualTo(ZoneId.of("Europe/Kyiv"));
        assertThat(z.signal()).isEqualTo("dateline-locale+headline-country");
        assertThat(z.explanation()).contains("not of the page language en").contains("UA");
        assertThat(UtcConversion.convert(d, z).orElseThrow().utc()).isEqualTo(Instant.parse("2024-11-20T10:20:00Z"));
    }

    @Test
    void headlineNamingNoOrSeveralCountriesDecidesNothing() {
        DateMatch d = DateParser.parse("12:20 20.11.2024");
        assertThat(resolver.resolve(d, new PageSignals(null, null, "Ceasefire talks stall", null, ENGLISH_BODY))
                .resolved()).isFalse();
        assertThat(resolver.resolve(d, new PageSignals(null, null, "Russia and Ukraine talks stall", null, ENGLISH_BODY))
                .resolved()).isFalse();
    }

    @Test
    void dateFormatNativeToThePageLanguageSaysNothing() {
        // An English page writing US-style dates about Poland: the format is English, not Polish.
        DateMatch d = DateParser.parse("11/20/2024 12:20");
        assertThat(resolver.resolve(d, new PageSignals(null, null, "Poland votes", null, ENGLISH_BODY)).resolved()).isFalse();
    }

    @Test
    void ukrainianLettersGiveKyiv() {
        ZoneResolution z = resolver.resolve(DateParser.parse("20 листопада 2024, 12:20"), new PageSignals(null, null, null,
                null, "Президент України заявив, що переговори з Росією неможливі, поки війська не виведені з території."));
        assertThat(z.zone()).isEqualTo(ZoneId.of("Europe/Kyiv"));
        assertThat(z.signal()).isEqualTo("language");
    }

    @Test
    void localeSignatures() {
        assertThat(ZoneResolver.signature(java.util.Locale.of("uk", "UA"))).isEqualTo("dMy.");
        assertThat(ZoneResolver.signature(java.util.Locale.US)).isEqualTo("Mdy/");
    }
}
