package org.triangulate.extract.html;

import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Repairs a title candidate's text: entities left escaped (a CMS escaping twice prints "SQL &#x26; AI"), UTF-8
 * read as windows-1252 ("Investorâ€™s"), a leading "Title:" label, runs of whitespace.
 */
final class TitleText {
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern LABEL = Pattern.compile("^(?i)title\\s*:\\s*");

    private TitleText() {
    }

    static String repair(String raw) {
        if (raw == null) return null;
        String t = raw;
        for (int i = 0; i < 2 && ENTITY.matcher(t).find(); i++) {
            t = Parser.unescapeEntities(t, false);
        }
        t = TextNormalizer.collapse(TextNormalizer.unMojibake(t));
        return LABEL.matcher(t).replaceFirst("");
    }
}
