package org.triangulate.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The words of an element's class names and id, for reading what a block is: "postAuthor__name" gives post,
 * author, name; "elementor-author-box" gives elementor, author, box. Matching words, not substrings, keeps
 * "Authority_control" from reading as an author and "node--promoted" as a promotion. Utility classes with
 * a colon or bracket ("md:[grid-area:sidebar]", "lg:max-2xl:mr-[--sidebar-width]") describe layout, not
 * content, and are skipped.
 */
final class ClassWords {
    private ClassWords() {
    }

    static List<String> of(Element e) {
        List<String> out = new ArrayList<>();
        for (String token : (e.className() + " " + e.id()).split("\\s+")) {
            if (token.isEmpty() || token.indexOf(':') >= 0 || token.indexOf('[') >= 0) continue;
            // camelCase and CSS-module names ("dateAndAuthorContainer", "Author_author__4ceOm") split into words
            String spaced = token.replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2");
            for (String w : spaced.split("[^\\p{L}]+")) {
                if (!w.isEmpty()) out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Whether any word is one of {@code words}. */
    static boolean hasAny(Element e, java.util.Set<String> words) {
        for (String w : of(e)) {
            if (words.contains(w)) return true;
        }
        return false;
    }
}
