package org.triangulate.provenance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Normalises news outlet names ("NYT", "the New York Times" → "The New York Times"; "AP" → "Associated Press").
 * A small table of widely cited outlets and news agencies, plus a generic rule: a capitalised phrase ending in a
 * media word ("... Times", "... News", "... Agency") is taken as an outlet under its own name.
 */
public final class Outlets {
    /** Canonical name → aliases (the canonical name itself is always an alias). */
    private static final Map<String, List<String>> TABLE = new LinkedHashMap<>();

    static {
        add("Reuters", "Thomson Reuters");
        add("Associated Press", "The Associated Press", "AP");
        add("Agence France-Presse", "AFP", "Agence France Presse");
        add("The New York Times", "New York Times", "NYT", "NY Times");
        add("The Washington Post", "Washington Post", "WaPo");
        add("The Wall Street Journal", "Wall Street Journal", "WSJ");
        add("Financial Times", "The Financial Times", "FT");
        add("The Guardian", "Guardian");
        add("The Economist", "Economist");
        add("BBC", "BBC News", "the BBC");
        add("CNN");
        add("Bloomberg", "Bloomberg News");
        add("Politico");
        add("Axios");
        add("NBC News");
        add("CBS News");
        add("ABC News");
        add("Fox News");
        add("NPR");
        add("Al Jazeera");
        add("Deutsche Welle", "DW");
        add("Der Spiegel", "Spiegel");
        add("Le Monde");
        add("The Telegraph", "Daily Telegraph");
        add("Sky News");
        add("Interfax");
        add("TASS", "Tass");
        add("RIA Novosti", "RIA");
        add("Kommersant");
        add("Meduza");
        add("Ukrinform");
        add("Ukrainska Pravda");
        add("UNIAN");
        add("The Kyiv Independent", "Kyiv Independent");
        add("Kyiv Post");
        add("Xinhua");
        add("Yonhap");
        add("Kyodo", "Kyodo News");
        add("Anadolu", "Anadolu Agency");
        add("dpa", "DPA");
        add("EFE");
    }

    private static void add(String canonical, String... aliases) {
        List<String> all = new ArrayList<>();
        all.add(canonical);
        all.addAll(List.of(aliases));
        TABLE.put(canonical, List.copyOf(all));
    }

    private static final Map<String, String> BY_ALIAS = new LinkedHashMap<>();

    static {
        TABLE.forEach((canon, aliases) -> aliases.forEach(a -> BY_ALIAS.put(key(a), canon)));
    }

    /** Words that make a capitalised phrase an outlet name without a table entry. */
    private static final String MEDIA_WORDS = "Times|Post|News|Journal|Agency|Press|Telegraph|Herald|Tribune|"
            + "Gazette|Independent|Pravda|Daily|Radio|TV|Television|Broadcasting|Chronicle|Observer|Review|Wire|"
            + "Magazine|Newspaper|Insider|Monitor";

    /**
     * Regex source matching an outlet name in running text: a table alias (longest first, case-sensitive so that
     * "AP" or "FT" do not match ordinary words) or a generic capitalised media phrase.
     */
    static final String NAME_REGEX;

    static {
        String aliases = TABLE.values().stream().flatMap(List::stream)
                .map(a -> a.startsWith("The ") || a.startsWith("the ") ? a.substring(4) : a).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        String generic = "(?:[A-Z][\\w.'’-]*\\s+){0,3}(?:" + MEDIA_WORDS + ")";
        NAME_REGEX = "(?:" + aliases + "|" + generic + ")";
    }

    private static String key(String name) {
        String k = name.strip().replaceAll("\\s+", " ");
        if (k.regionMatches(true, 0, "the ", 0, 4)) {
            k = k.substring(4);
        }
        return k.toLowerCase(Locale.ROOT);
    }

    private Outlets() {
    }

    /**
     * The canonical name of an outlet, or the name itself (trimmed, without a leading "the") when it is not in the
     * table; null for null or blank input.
     */
    public static String normalise(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String canon = BY_ALIAS.get(key(name));
        if (canon != null) {
            return canon;
        }
        String k = name.strip().replaceAll("\\s+", " ");
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        return k;
    }

    /** Whether the name is a known outlet (in the table). */
    public static boolean known(String name) {
        return name != null && BY_ALIAS.containsKey(key(name));
    }
}
