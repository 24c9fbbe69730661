package org.triangulate.extract.meta;

import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which zone a page's local date-time is in. Signals, strongest first; the first that decides wins:
 * <ol>
 *   <li>{@code stated}: the text gave a zone or offset next to the time ("11:01 AM EET").</li>
 *   <li>{@code outlet-host}: the page's host is in the outlet table. An outlet whose row has no zone (wires,
 *       multi-region sites) ends the search: its unzoned times are left unresolved.</li>
 *   <li>{@code outlet-name}: the outlet the page names as its own is in the table (same rule).</li>
 *   <li>{@code language}: the page's language (declared, or Ukrainian-only letters in Cyrillic text) is spoken
 *       within one UTC offset region (see {@link #LANGUAGE_ZONES}).</li>
 *   <li>{@code dateline-locale+headline-country}: the dateline is numeric in a pattern that is not the page
 *       language's own (e.g. dotted day-first "20.11.2024" on an English page), that pattern is the CLDR short date
 *       pattern of a locale of the one country the headline names, and that country has a single zone. An English
 *       page printing Ukrainian-style dates about Ukraine is an English edition of a Ukrainian outlet.</li>
 * </ol>
 * Otherwise the zone is unknown and callers must leave the UTC time null.
 */
public final class ZoneResolver {
    /**
     * Languages spoken (as a national language) only within one UTC offset region, with that region's zone.
     * Languages of several offset regions (en, es, fr, pt, ru, ar, ...) are absent on purpose, and so is
     * nl (Suriname, Caribbean); de is in because every country speaking it nationally is on Central European time.
     */
    static final Map<String, String> LANGUAGE_ZONES = Map.ofEntries(
            Map.entry("uk", "Europe/Kyiv"), Map.entry("be", "Europe/Minsk"), Map.entry("pl", "Europe/Warsaw"),
            Map.entry("cs", "Europe/Prague"), Map.entry("sk", "Europe/Bratislava"), Map.entry("hu", "Europe/Budapest"),
            Map.entry("lv", "Europe/Riga"), Map.entry("lt", "Europe/Vilnius"), Map.entry("et", "Europe/Tallinn"),
            Map.entry("fi", "Europe/Helsinki"), Map.entry("bg", "Europe/Sofia"), Map.entry("el", "Europe/Athens"),
            Map.entry("ro", "Europe/Bucharest"), Map.entry("de", "Europe/Berlin"), Map.entry("it", "Europe/Rome"),
            Map.entry("da", "Europe/Copenhagen"), Map.entry("tr", "Europe/Istanbul"),
            Map.entry("ka", "Asia/Tbilisi"), Map.entry("hy", "Asia/Yerevan"), Map.entry("az", "Asia/Baku"),
            Map.entry("he", "Asia/Jerusalem"), Map.entry("th", "Asia/Bangkok"), Map.entry("vi", "Asia/Ho_Chi_Minh"),
            Map.entry("ja", "Asia/Tokyo"), Map.entry("ko", "Asia/Seoul"));

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,4})([./-])(\\d{1,2})\\2(\\d{1,4})");

    private final OutletTable outlets;
    private final CountryGazetteer countries;

    private ZoneResolver(OutletTable outlets, CountryGazetteer countries) {
        this.outlets = outlets;
        this.countries = countries;
    }

    /** A resolver over the bundled outlet and country tables. */
    public static ZoneResolver standard() {
        return new ZoneResolver(OutletTable.standard(), CountryGazetteer.standard());
    }

    /** A resolver over the given outlet table and the bundled country table. */
    public static ZoneResolver with(OutletTable outlets) {
        return new ZoneResolver(outlets, CountryGazetteer.standard());
    }

    public OutletTable outlets() {
        return outlets;
    }

    /** The zone for {@code date} on a page with these signals (see the class comment for the order). */
    public ZoneResolution resolve(DateMatch date, PageSignals page) {
        if (date != null && date.zone() != null) {
            return new ZoneResolution(date.zone(), "stated", "zone stated in text '" + date.zoneText() + "'");
        }
        PageSignals p = page == null ? new PageSignals(null, null, null, null, null) : page;
        Optional<Outlet> byHost = outlets.byHost(p.url());
        if (byHost.isPresent()) {
            return fromOutlet(byHost.get(), "outlet-host", "host " + OutletTable.host(p.url()));
        }
        Optional<Outlet> byName = outlets.byName(p.outletName());
        if (byName.isPresent()) {
            return fromOutlet(byName.get(), "outlet-name", "outlet '" + p.outletName() + "'");
        }
        String language = p.language();
        String languageHow = "declared";
        if (language == null) {
            language = LanguageHints.guess(p.text());
            languageHow = "guessed from " + LanguageHints.how(language);
        }
        if (language != null && LANGUAGE_ZONES.containsKey(language)) {
            return new ZoneResolution(ZoneId.of(LANGUAGE_ZONES.get(language)), "language",
                    "page language " + language + " (" + languageHow + ") is spoken in one zone only");
        }
        ZoneResolution byLocale = fromDatelineLocale(date, p.headline(), language);
        if (byLocale != null) {
            return byLocale;
        }
        return new ZoneResolution(null, "none", "no zone signal: no zone in text, outlet unknown"
                + (language == null ? ", language unknown" : ", language " + language + " spans several zones")
                + ", no single-zone country whose date pattern matches the dateline named in the headline");
    }

    private static ZoneResolution fromOutlet(Outlet o, String signal, String how) {
        if (o.zone() == null) {
            return new ZoneResolution(null, signal, "outlet table: " + o.name() + " (" + how
                    + ") publishes from several zones (" + o.source() + "); an unzoned time stays unresolved");
        }
        return new ZoneResolution(o.zone(), signal, "outlet table: " + o.name() + " (" + how + "; " + o.source() + ")");
    }

    private ZoneResolution fromDatelineLocale(DateMatch date, String headline, String language) {
        if (date == null || !date.rule().startsWith("numeric") || language == null) {
            return null;
        }
        Matcher m = NUMERIC.matcher(date.matched());
        if (!m.find()) {
            return null;
        }
        String signature = (m.group(1).length() == 4 ? "yMd" : date.rule().equals("numeric-mdy") ? "Mdy" : "dMy") + m.group(2);
        List<Locale> own = new ArrayList<>(List.of(Locale.of(language)));
        if (language.equals("en")) {
            own.add(Locale.UK);
        }
        if (own.stream().anyMatch(l -> signature.equals(signature(l)))) {
            return null; // the page's own language writes dates this way: the format says nothing about a country
        }
        Set<Country> named = countries.named(headline);
        if (named.size() != 1) {
            return null;
        }
        Country c = named.iterator().next();
        if (c.zone() == null) {
            return null;
        }
        // Deterministic order: the country's own language first (uk-UA before ru-UA), then by tag.
        List<Locale> locales = new ArrayList<>(List.of(Locale.getAvailableLocales()));
        locales.sort(java.util.Comparator.comparing((Locale l) -> !c.zone().getId().equals(LANGUAGE_ZONES.get(l.getLanguage())))
                .thenComparing(Locale::toLanguageTag));
        for (Locale l : locales) {
            if (l.getCountry().equals(c.code()) && l.getVariant().isEmpty() && l.getScript().isEmpty()
                    && signature.equals(signature(l))) {
                return new ZoneResolution(c.zone(), "dateline-locale+headline-country", "dateline '" + date.matched()
                        + "' uses the " + signature.charAt(0) + signature.charAt(3) + signature.charAt(1)
                        + signature.charAt(3) + signature.charAt(2) + " short date pattern of locale " + l.toLanguageTag()
                        + ", not of the page language " + language + ", and the headline names " + c.code()
                        + " (single zone " + c.zone() + ")");
            }
        }
        return null;
    }

    /** Field order and separator of a locale's short date pattern, e.g. "dMy." for "dd.MM.yy". */
    static String signature(Locale locale) {
        String pattern;
        try {
            pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                    IsoChronology.INSTANCE, locale);
        } catch (RuntimeException e) {
            return "";
        }
        StringBuilder order = new StringBuilder();
        char sep = 0;
        boolean inQuote = false;
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == '\'') {
                inQuote = !inQuote;
            } else if (!inQuote && (ch == 'd' || ch == 'M' || ch == 'y' || ch == 'L')) {
                char f = ch == 'L' ? 'M' : ch;
                if (order.indexOf(String.valueOf(f)) < 0) {
                    order.append(f);
                }
            } else if (!inQuote && sep == 0 && order.length() == 1 && !Character.isLetter(ch)) {
                sep = ch;
            }
        }
        return order.length() == 3 && sep != 0 ? order.toString() + sep : "";
    }
}
