package org.triangulate.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authors' bios left at the end of the text: "Karina Cohen is the owner of CR Maids…", "Lauren has written for
 * The Events Calendar blog since 2018." A paragraph among the last few that opens with a byline author's name (the
 * full name, the first name or the surname, or a longer name sharing one of them: "Matt Frankel, CFP, is…" for
 * Matthew Frankel) and a verb that describes a person goes, with the heading before it ("About the author", or the
 * name alone); the paragraphs around it stay. The byline already names the author; the bio is the site's text about
 * them, not the story's. On wcxb-dev the gold leaves such bios out three times in four.
 */
final class AuthorBios {
    /** How many closing paragraphs may hold the bio (a bio, a second bio paragraph, a disclaimer). */
    private static final int TAIL = 4;
    /** A bio is a few sentences; a longer closing paragraph about the author is the story's own. */
    private static final int MAX_CHARS = 700;
    private static final Pattern BIO_VERB = Pattern.compile("(?u)^(?:is|was|has|have|writes|wrote|covers|covered|joined|"
            + "holds|lives|loves|founded|started|began|became|serves|specializes|specialises|brings|works|worked|leads|reports|edits|"
            + "contributes|teaches|enjoys|spent|earned|graduated)\\b");
    private static final Pattern BIO_HEADING = Pattern.compile(
            "(?iu)^(?:about (?:the )?(?:author|writer|contributor)s?|(?:the )?author(?:'s)? bio|meet the author)[:.]?$");

    private AuthorBios() {
    }

    /** One of the byline's authors: the full name, the first name and the surname (one word: all three). */
    record Author(String full, String first, String surname) {
    }

    /** The blocks without the authors' closing bios, or the same list when there is none (or no byline). */
    static List<Block> dropTrailing(List<Block> blocks, String byline) {
        List<Author> authors = authors(byline);
        if (authors.isEmpty() || blocks.size() < 3) return blocks;
        boolean found = false;
        boolean[] bio = new boolean[blocks.size()];
        for (int i = blocks.size() - 1; i >= Math.max(1, blocks.size() - TAIL); i--) {
            if (!isBio(blocks.get(i).text(), authors)) continue;
            bio[i] = found = true;
            // a heading that introduced the bio goes with it: "About the author", or the name alone
            if (i > 1 && heading(blocks.get(i - 1).text().strip(), authors)) bio[i - 1] = true;
        }
        if (!found) return blocks;
        List<Block> out = new ArrayList<>(blocks.size());
        int kept = 0;
        int dropped = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (bio[i]) {
                dropped += blocks.get(i).text().length();
            } else {
                out.add(blocks.get(i));
                kept += blocks.get(i).text().length();
            }
        }
        // a page that is mostly about its author (a profile, an "about me" page) keeps it all: never more bio than text
        return kept >= dropped ? out : blocks;
    }

    private static boolean heading(String line, List<Author> authors) {
        if (BIO_HEADING.matcher(line).matches()) return true;
        for (Author a : authors) {
            if (line.equals(a.full())) return true;
        }
        return false;
    }

    /**
     * The byline's authors ("Jane Doe and John Roe", "Matt Frankel, CFP" is one author with credentials). A name in
     * brackets after the name ("Jean-Luc Aufranc (CNXSoft)") is no surname.
     */
    static List<Author> authors(String byline) {
        if (byline == null) return List.of();
        List<Author> out = new ArrayList<>(2);
        for (String part : byline.split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
            String full = part.strip();
            if (full.length() < 3 || !Character.isUpperCase(full.codePointAt(0))) continue;
            String[] words = full.replaceAll("\\s*\\([^)]*\\)", "").split("\\s+");
            // after the first author only names of two or more words: "CFP" in "Matt Frankel, CFP" is a credential
            if (!out.isEmpty() && words.length < 2) continue;
            out.add(new Author(full, words[0], words[words.length - 1]));
        }
        return out;
    }

    /**
     * After a one-word name (a first name, or a company's: "QCY is already embracing…", "Recharged is built…") only a
     * description of a person: "Irene is an experienced writer", "Lauren has written for…".
     */
    private static final Pattern PERSON_BIO = Pattern.compile("(?u)^(?:(?:is|was) (?:a|an|the)\\b|has (?:been|written|"
            + "worked|covered|spent|over)\\b|(?:writes|wrote|covers|joined|specializes|specialises|lives|loves|holds|serves|earned|started|began|became)\\b)");

    /** What may stand between the name and the verb: a space, or credentials ("Matt Frankel, CFP, is"). */
    private static final Pattern AFTER_NAME = Pattern.compile("(?:,\\s*[A-Z][A-Za-z.]{1,10}){0,3},?\\s+");

    /**
     * The name a bio opens with: capitalised words, initials and a nickname in brackets ("Ludovic (Ludo) Fourrage",
     * "Juliette Carreiro", "A. J. Neal"), up to five of them.
     */
    private static final Pattern OPENING_NAME = Pattern.compile(
            "(?u)^(?:\\p{Lu}[\\p{L}'’.\\-]*|\\(\\p{Lu}[\\p{L}'’.\\-]*\\))(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|\\(\\p{Lu}[\\p{L}'’.\\-]*\\)"
                    + "|de|van|von|der|da|di|du|la|le)){0,4}");
    /** An adverb between the name and the verb ("Angela first became a writer", "Tom also writes"). */
    private static final Pattern ADVERB = Pattern.compile("^(?:first|also|currently|now|previously|recently|originally)\\s+");

    private static boolean isBio(String text, List<Author> authors) {
        if (text.length() > MAX_CHARS) return false;
        Matcher opening = OPENING_NAME.matcher(text);
        if (!opening.lookingAt()) return false;
        String[] words = opening.group().split("\\s+");
        boolean author = false;
        for (Author a : authors) author |= namesAuthor(opening.group(), words, a);
        if (!author) return false;
        // "Matt Frankel, CFP, is a contributing analyst": credentials after the name
        Matcher after = AFTER_NAME.matcher(text).region(opening.end(), text.length());
        if (!after.lookingAt()) return false;
        String rest = text.substring(after.end()).toLowerCase(Locale.ROOT);
        rest = ADVERB.matcher(rest).replaceFirst("");
        return (words.length > 1 ? BIO_VERB : PERSON_BIO).matcher(rest).find();
    }

    /**
     * Whether a bio's opening name is this author: the full name, the first name or the surname alone ("Jean-Luc
     * started CNX Software…", "Frankel is a…"), or a longer name with the same first name or surname ("Ludovic (Ludo)
     * Fourrage" for Ludo Fourrage, "Juliette Carreiro" for Juliette).
     */
    private static boolean namesAuthor(String opening, String[] words, Author a) {
        if (opening.equals(a.full()) || opening.startsWith(a.full() + " ")) return true;
        String last = words[words.length - 1];
        return words[0].equals(a.first()) || last.equals(a.surname()) || words.length == 1 && last.equals(a.first());
    }
}
