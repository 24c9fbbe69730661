package org.triangulate.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The author's bio left at the end of the text: "Karina Cohen is the owner of CR Maids…", "Lauren has written for
 * The Events Calendar blog since 2018." A paragraph among the last few that opens with the byline's name (the full
 * name, or the first name alone) and a verb that describes a person goes, with the bio's heading ("About the
 * author") before it; the paragraphs around it stay. The byline already names the author; the bio is the site's text about them, not the story's.
 * On wcxb-dev the gold leaves such bios out three times in four.
 */
final class AuthorBios {
    /** How many closing paragraphs may hold the bio (a bio, a second bio paragraph, a disclaimer). */
    private static final int TAIL = 4;
    /** A bio is a few sentences; a longer closing paragraph about the author is the story's own. */
    private static final int MAX_CHARS = 700;
    private static final Pattern BIO_VERB = Pattern.compile("(?u)^(?:is|was|has|have|writes|wrote|covers|covered|joined|"
            + "holds|lives|loves|founded|serves|specializes|specialises|brings|works|worked|leads|reports|edits|"
            + "contributes|teaches|enjoys|spent|earned|graduated)\\b");
    private static final Pattern BIO_HEADING = Pattern.compile(
            "(?iu)^(?:about (?:the )?(?:author|writer|contributor)s?|(?:the )?author(?:'s)? bio|meet the author)[:.]?$");

    private AuthorBios() {
    }

    /** The blocks without the author's closing bio, or the same list when there is none (or no byline). */
    static List<Block> dropTrailing(List<Block> blocks, String byline) {
        List<String> names = names(byline);
        if (names.isEmpty() || blocks.size() < 3) return blocks;
        int first = -1;
        boolean[] bio = new boolean[blocks.size()];
        for (int i = blocks.size() - 1; i >= Math.max(1, blocks.size() - TAIL); i--) {
            if (isBio(blocks.get(i).text(), names)) {
                bio[i] = true;
                first = i;
            }
        }
        if (first < 0) return blocks;
        // a heading that introduced the bio goes with it
        if (first > 1 && BIO_HEADING.matcher(blocks.get(first - 1).text().strip()).matches()) bio[first - 1] = true;
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            if (!bio[i]) out.add(blocks.get(i));
        }
        // a page that is mostly about its author (a profile, an "about me" page) keeps it all: never more bio than text
        return out.size() >= blocks.size() - out.size() ? out : blocks;
    }

    /** The byline's first author: the full name and, for a name of two or more words, the first name. */
    static List<String> names(String byline) {
        if (byline == null) return List.of();
        String first = byline.split("\\s*(?:,|;|\\band\\b|&)\\s*")[0].strip();
        String[] words = first.split("\\s+");
        if (first.length() < 3 || !Character.isUpperCase(first.codePointAt(0))) return List.of();
        return words.length >= 2 ? List.of(first, words[0]) : List.of(first);
    }

    /**
     * After a one-word name (a first name, or a company's: "QCY is already embracing…", "Recharged is built…") only a
     * description of a person: "Irene is an experienced writer", "Lauren has written for…".
     */
    private static final Pattern PERSON_BIO = Pattern.compile("(?u)^(?:(?:is|was) (?:a|an|the)\\b|has (?:been|written|"
            + "worked|covered|spent|over)\\b|(?:writes|wrote|covers|joined|specializes|specialises|lives|loves|holds|serves|earned)\\b)");

    /** What may stand between the name and the verb: a space, or credentials ("Matt Frankel, CFP, is"). */
    private static final Pattern AFTER_NAME = Pattern.compile("(?:,\\s*[A-Z][A-Za-z.]{1,10}){0,3},?\\s+");

    private static boolean isBio(String text, List<String> names) {
        if (text.length() > MAX_CHARS) return false;
        for (String name : names) {
            if (!text.startsWith(name)) continue;
            // "Matt Frankel, CFP, is a contributing analyst": credentials after the name
            Matcher after = AFTER_NAME.matcher(text).region(name.length(), text.length());
            if (!after.lookingAt()) continue;
            String rest = text.substring(after.end()).toLowerCase(Locale.ROOT);
            if ((name.indexOf(' ') > 0 ? BIO_VERB : PERSON_BIO).matcher(rest).find()) return true;
        }
        return false;
    }
}
