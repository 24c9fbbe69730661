package org.triangulate.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DateParserTest {

    @Test
    void englishMonthDayYearWithTwelveHourTime() {
        DateMatch m = DateParser.parse("November 20, 2024 11:01 AM");
        assertThat(m.localDateTime()).isEqualTo(LocalDateTime.of(2024, 11, 20, 11, 1));
        assertThat(m.zone()).isNull();
        assertThat(m.rule()).isEqualTo("english-mdy");
    }

    @Test
    void bylineLineYieldsTheDatelineAndPmTime() {
        DateScan s = DateParser.scan("by The Kyiv Independent news desk December 23, 2023 5:40 PM 2 min read");
        assertThat(s.best().localDateTime()).isEqualTo(LocalDateTime.of(2023, 12, 23, 17, 40));
        assertThat(s.best().matched()).isEqualTo("December 23, 2023 5:40 PM");
    }

    @Test
    void abbreviatedAndDayFirstEnglish() {
        assertThat(DateParser.parse("Nov. 20, 2024").date()).hasToString("2024-11-20");
        assertThat(DateParser.parse("20 November 2024").date()).hasToString("2024-11-20");
        assertThat(DateParser.parse("20 November 2024").rule()).isEqualTo("english-dmy");
    }

    @Test
    void europeanMonthNamesInDayFirstForms() {
        assertThat(DateParser.parse("1er janvier 2024").date()).hasToString("2024-01-01");
        assertThat(DateParser.parse("20. November 2024").date()).hasToString("2024-11-20");
        assertThat(DateParser.parse("3. März 2025 um 14:30").localDateTime()).isEqualTo(LocalDateTime.of(2025, 3, 3, 14, 30));
        assertThat(DateParser.parse("20 de noviembre de 2024").date()).hasToString("2024-11-20");
        assertThat(DateParser.parse("5 de março de 2025").date()).hasToString("2025-03-05");
        assertThat(DateParser.parse("12 settembre 2023").date()).hasToString("2023-09-12");
        assertThat(DateParser.parse("20 listopada 2024").date()).hasToString("2024-11-20");
        assertThat(DateParser.parse("7 mei 2022").rule()).isEqualTo("european-dmy");
        // the English forms keep their rule
        assertThat(DateParser.parse("20 November 2024").rule()).isEqualTo("english-dmy");
    }

    @Test
    void ordinalDays() {
        assertThat(DateParser.parse("March 3rd, 2025").date()).hasToString("2025-03-03");
        assertThat(DateParser.parse("December 15th 2025").date()).hasToString("2025-12-15");
        assertThat(DateParser.parse("21st of June 2017").date()).hasToString("2017-06-21");
    }

    @Test
    void yearlessDateKeepsYearUnknown() {
        DateScan s = DateParser.scan("an award ceremony marking the Heroes of Russia Day on Dec. 8 in Moscow.");
        assertThat(s.found()).hasSize(1);
        DateMatch m = s.found().get(0);
        assertThat(m.hasYear()).isFalse();
        assertThat(m.month()).isEqualTo(12);
        assertThat(m.day()).isEqualTo(8);
        assertThat(m.withYear(2023).date()).hasToString("2023-12-08");
        assertThat(s.best()).isNull();
    }

    @Test
    void lowercaseMayIsAVerbNotAMonth() {
        assertThat(DateParser.scan("Russia may 5 times increase").found()).isEmpty();
    }

    @Test
    void cyrillicGenitiveMonths() {
        assertThat(DateParser.parse("20 листопада 2024").date()).hasToString("2024-11-20");
        DateMatch ru = DateParser.parse("20 ноября 2024 г.");
        assertThat(ru.date()).hasToString("2024-11-20");
        assertThat(ru.rule()).isEqualTo("cyrillic-dmy");
        assertThat(DateParser.parse("20 листопада 2024, 12:20").time()).isEqualTo(LocalTime.of(12, 20));
        assertThat(DateParser.parse("12:20, 20 ноября 2024").time()).isEqualTo(LocalTime.of(12, 20));
    }

    @Test
    void numericDayFirstForms() {
        DateMatch a = DateParser.parse("12:20 20.11.2024");
        assertThat(a.localDateTime()).isEqualTo(LocalDateTime.of(2024, 11, 20, 12, 20));
        assertThat(a.rule()).isEqualTo("numeric-time-dmy");
        assertThat(DateParser.parse("20.11.2024 12:20").localDateTime()).isEqualTo(LocalDateTime.of(2024, 11, 20, 12, 20));
        assertThat(DateParser.parse("20/11/2024").date()).hasToString("2024-11-20");
    }

    @Test
    void slashedDateImpossibleDayFirstIsReadMonthFirst() {
        DateMatch m = DateParser.parse("11/20/2024");
        assertThat(m.date()).hasToString("2024-11-20");
        assertThat(m.rule()).isEqualTo("numeric-mdy");
    }

    @Test
    void isoWithAndWithoutOffset() {
        DateMatch z = DateParser.parse("2024-11-20T10:18:06.127Z");
        assertThat(z.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(z.time()).isEqualTo(LocalTime.of(10, 18, 6, 127_000_000));
        assertThat(DateParser.parse("2024-11-20T12:18:06+02:00").zone()).isEqualTo(ZoneOffset.ofHours(2));
        DateMatch local = DateParser.parse("2024-11-20T12:18");
        assertThat(local.zone()).isNull();
        assertThat(DateParser.parse("2024-11-20").hasTime()).isFalse();
        assertThat(DateParser.parse("2024-11-20 10:18:06 +0700").zone()).isEqualTo(ZoneOffset.ofHours(7)); // Jekyll
    }

    @Test
    void explicitZonesInText() {
        assertThat(DateParser.parse("November 20, 2024 11:01 AM EET").zone()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(DateParser.parse("20.11.2024 12:20 GMT+2").zone()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(DateParser.parse("Nov. 20, 2024 10:20 UTC").zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(DateParser.parse("20 November 2024 12:20 (Kyiv time)").zone()).isEqualTo(ZoneId.of("Europe/Kyiv"));
    }

    @Test
    void aUsRegionsTimeTakesTheOffsetOfThatDay() {
        DateMatch may = DateParser.parse("5:12 p.m. ET May 4, 2021");
        assertThat(may.time()).isEqualTo(LocalTime.of(17, 12));
        assertThat(may.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(may.zone().getRules().getOffset(may.localDateTime())).isEqualTo(ZoneOffset.ofHours(-4));
        DateMatch jan = DateParser.parse("Jan. 4, 2021, 5:12 PM PT");
        assertThat(jan.zone().getRules().getOffset(jan.localDateTime())).isEqualTo(ZoneOffset.ofHours(-8));
        DateMatch guardian = DateParser.parse("3 Mar 2021 14.00 GMT");
        assertThat(guardian.time()).isEqualTo(LocalTime.of(14, 0));
        assertThat(guardian.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(DateParser.scan("costs 3 Mar 2021 14.00 dollars").found()).singleElement()
                .satisfies(m -> assertThat(m.time()).as("a dotted time needs its zone").isNull());
        assertThat(DateParser.scan("The 5 CT scans on May 4, 2021").found()).singleElement()
                .satisfies(m -> assertThat(m.zone()).isNull());
    }

    @Test
    void impossibleDatesAreRejectedWithReason() {
        assertThatThrownBy(() -> DateParser.parse("31.02.2024")).isInstanceOf(InvalidDateException.class)
                .hasMessageContaining("'31.02.2024'").hasMessageContaining("day 31 does not exist in month 2");
        assertThatThrownBy(() -> DateParser.parse("32.13.2024")).isInstanceOf(InvalidDateException.class)
                .hasMessageContaining("month 13");
        assertThatThrownBy(() -> DateParser.parse("25:70 20.11.2024")).isInstanceOf(InvalidDateException.class);
        assertThatThrownBy(() -> DateParser.parse("13:01 PM, November 20, 2024")).isInstanceOf(InvalidDateException.class)
                .hasMessageContaining("AM/PM");
        assertThatThrownBy(() -> DateParser.parse("yesterday")).isInstanceOf(InvalidDateException.class);
        DateScan s = DateParser.scan("Posted 30.02.2024, updated 01.03.2024");
        assertThat(s.rejected()).hasSize(1);
        assertThat(s.found()).extracting(DateMatch::matched).containsExactly("01.03.2024");
    }

    @Test
    void doesNotReadFiguresAsDates() {
        assertThat(DateParser.scan("controls 70-80% of 26,000 square km; 1.2.3 and 10,000 troops").found()).isEmpty();
    }

    @Test
    void randomTextNeverThrows() {
        Random r = new Random(42);
        String alphabet = "0123456789./:-, ADMPTnovNovлистопада20241231ZGMT+()\n ";
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(60);
            for (int j = 0; j < n; j++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            DateParser.scan(sb.toString());
        }
    }

    @Test
    void chineseJapaneseKoreanDatesAndFrenchHours() {
        DateMatch zh = DateParser.scan("TNW中文站2016年10月14日07:17").found().get(0);
        assertThat(zh.localDateTime()).isEqualTo(LocalDateTime.of(2016, 10, 14, 7, 17));
        assertThat(DateParser.parse("2021年3月3日（水）9:30").localDateTime()).isEqualTo(LocalDateTime.of(2021, 3, 3, 9, 30));
        assertThat(DateParser.parse("2021년 3월 3일").date()).isEqualTo(java.time.LocalDate.of(2021, 3, 3));
        DateMatch fr = DateParser.scan("Publié le 3 mars 2021 à 14h00").found().get(0);
        assertThat(fr.time()).isEqualTo(LocalTime.of(14, 0));
        assertThat(DateParser.scan("the 5h30 flight on 3 March 2021").found()).singleElement()
                .satisfies(m -> assertThat(m.time()).isNull());
    }
}
