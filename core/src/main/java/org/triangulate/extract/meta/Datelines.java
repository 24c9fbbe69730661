package org.triangulate.extract.meta;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place dateline that opens a news story: an upper-case place, optionally its region or country, the day and
 * the agency, then a dash: "MOSCOW —", "LONDON (AP) —", "KYIV, Nov 20 (Reuters) -", "BEIRUT, Lebanon (AP) —",
 * "КИЇВ, 20 листопада —". Shared by every extractor, so a story reads the same from HTML, a dump or Markdown.
 */
public final class Datelines {
    private static final String PLACE = "\\p{Lu}[\\p{Lu}'’.\\- ]{1,40}\\p{Lu}";
    private static final String REGION = ",\\s*\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?";
    // "Nov 20", "November 20, 2024", "20 листопада", "20 novembre 2024": any language's month word beside a day
    private static final String DAY = ",\\s*(?:\\p{L}{3,12}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\.?\\s+\\p{L}{3,12}\\.?(?:\\s+\\d{4})?)";
    private static final Pattern DATELINE = Pattern.compile(
            "^((" + PLACE + ")(?:" + REGION + ")?)(?:" + DAY + ")?\\s*(?:\\([^)]{1,40}\\))?\\s*[—–-]{1,2}\\s+\\S");
    /**
     * A place in title case ("Kyiv", "New York", "Dnipro, Ukraine") is a dateline only when a wire service or
     * outlet is credited in brackets after it ("Kyiv, Nov 20 (Reuters) -", "Washington (CNN) —"): without the
     * credit, "Apple - shares rose" would be one too.
     */
    private static final String TITLE_PLACE = "\\p{Lu}\\p{Ll}[\\p{L}'’.\\-]*(?: \\p{Lu}[\\p{L}'’.\\-]*){0,3}";
    private static final String CREDIT = "\\((?:Reuters|AP|The Associated Press|Associated Press|AFP|CNN|UPI|Bloomberg"
            + "|dpa|ANI|PTI|IANS|Xinhua|TASS|EFE|ANSA|Kyodo|Yonhap|Ukrinform|Interfax|CNBC|BBC|Sputnik|KCNA|Anadolu"
            + "|AA|APA|Belga|PAP|CTK|MTI|RFE/RL|Thomson Reuters Foundation)\\)";
    private static final Pattern CREDITED_DATELINE = Pattern.compile(
            "^((" + TITLE_PLACE + ")(?:" + REGION + ")?)(?:" + DAY + ")?\\s*" + CREDIT + "\\s*[—–-]{1,2}\\s+\\S");
    /** Upper-case labels that open a story the same way but name no place. */
    private static final Set<String> NOT_PLACES = Set.of("BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE",
            "WATCH", "LIVE", "ANALYSIS", "OPINION", "EDITORIAL", "COMMENT", "REVIEW", "FACTBOX", "EXPLAINER",
            "INSIGHT", "CORRECTED", "CORRECTION", "REFILE", "VIDEO", "PHOTOS", "PODCAST", "SPONSORED", "ADVERTISEMENT",
            "EDITOR'S NOTE", "EDITOR’S NOTE", "FILE", "URGENT", "ALERT", "FLASH", "NOTE");

    /** Where the dateline was found, for the article's provenance. */
    public static final String RULE = "upper-case place before a dash at the start of the lead paragraph";
    /** The rule of a title-case place, which counts only with a credit after it. */
    public static final String CREDITED_RULE = "title-case place with a wire or outlet credited in brackets before a"
            + " dash at the start of the lead paragraph";

    private Datelines() {
    }

    /** The rule that found {@code place} (a value {@link #place} returned), for the article's provenance. */
    public static String rule(String place) {
        String first = place.split("[,\\s]", 2)[0];
        return first.equals(first.toUpperCase(Locale.ROOT)) ? RULE : CREDITED_RULE;
    }

    /** The place of the dateline opening {@code paragraph} ("KYIV", "BEIRUT, Lebanon"), or null. */
    public static String place(String paragraph) {
        if (paragraph == null || paragraph.length() < 6) {
            return null;
        }
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.find()) {
            m = CREDITED_DATELINE.matcher(paragraph);
            return m.find() ? m.group(1).strip() : null;
        }
        if (NOT_PLACES.contains(m.group(2).strip().toUpperCase(Locale.ROOT))) {
            return null;
        }
        return m.group(1).strip();
    }
}
