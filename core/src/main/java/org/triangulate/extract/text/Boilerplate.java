package org.triangulate.extract.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lexicon of page furniture in English, Ukrainian and Russian. Two kinds of entries: whole-line phrases (the line is
 * nothing but the phrase, e.g. "Subscribe", "Skip to content") and appeal phrases, which mark a line only when it is
 * short or carries two of them, because body text may mention membership or subscriptions in passing.
 */
final class Boilerplate {
    private Boilerplate() {
    }

    /** Lines that start a non-article section: the body never continues past them. */
    private static final Pattern SECTION_END = Pattern.compile("^(?:news feed|more news|more stories|latest news"
            + "|editors?['’]? picks?|related(?: articles| stories| news| posts| content| coverage)?|read (?:more|also|next)"
            + "|most (?:read|popular|viewed)|top stories|trending(?: now)?|recommended(?: for you| stories)?"
            + "|you (?:may|might) also (?:like|be interested in)|more from [\\p{L} .]{2,40}|also read|see also"
            + "|comments?|discussion|читайте також|читайте также|останні новини|последние новости|новини|новости"
            + "|стрічка новин|лента новостей|популярне|популярное|схожі новини|похожие новости|коментарі|комментарии"
            + "|sur le même sujet|à lire aussi|lire aussi|les plus lus|dans la même rubrique|commentaires"
            + "|mehr zum thema|das könnte sie auch interessieren|meistgelesen|weitere artikel|kommentare"
            + "|noticias relacionadas|lo más leído|te puede interesar|comentarios|leggi anche|articoli correlati)$");

    /** Whole lines that are furniture. Matched against the lower-cased line without trailing punctuation. */
    private static final Pattern WHOLE_LINE = Pattern.compile("^(?:skip to (?:main )?content|skip to navigation"
            + "|edit post|edit|menu|search|home|close|back to top|share|share this(?: article| story)?|print|copy link"
            + "|advertisement|advertising|ad|ads|sponsored(?: content)?|promoted|реклама|реклама на сайті"
            + "|subscribe(?: now)?|sign up|sign in|log in|login|register|donate(?: now)?|support us|become a (?:paying )?"
            + "(?:member|patron|subscriber|supporter)|join us|follow us(?: on [\\p{L} ,]+)?|newsletter|get the newsletter"
            + "|enter your email(?: address)?(?: to subscribe)?|your email(?: address)?|email address|e-mail"
            + "|please,? enter (?:a )?(?:correct|valid) email(?: address)?|\\*? ?indicates required(?: field)?"
            + "|successful+y subscribed|thank you for (?:signing up|subscribing)[^\\n]*"
            + "|we['’]ve sent you a confirmation email|listen to (?:this )?(?:article|story)|listen"
            + "|this audio is (?:created|generated) with (?:ai|artificial intelligence)(?: assistance)?"
            + "|\\d+ ?(?:min|mins|minutes?) read|reading time:? ?\\d+ ?min(?:utes?)?|\\d+ хв(?:илин)?(?: читання)?"
            + "|\\d+ мин(?:ут[аы]?)?(?: чтения)?|поділитися|поделиться|підписатися|подписаться|теги|tags|topics"
            + "|all rights reserved|cookie settings|accept(?: all)? cookies|privacy policy|terms of (?:use|service)"
            + "|show us support[^\\n]*|support independent journalism|load more|show more|see more|view all|next|previous"
            + "|reply|reply to this|report|like|report abuse|permalink"
            // French, German, Spanish, Italian account/navigation furniture
            + "|se connecter|s'inscrire|se déconnecter|abonnez-vous[^\\n]{0,40}|recevoir la newsletter|imprimer|partager"
            + "|rechercher|recherche|accueil|anmelden|abmelden|registrieren|suche|startseite|teilen|drucken"
            + "|newsletter abonnieren|iniciar sesión|registrarse|buscar|compartir|suscríbete|inicio|accedi|cerca|condividi"
            + ")$");

    /** Appeal phrases; see class comment for when they mark a line. */
    private static final List<Pattern> APPEALS = List.of(
            Pattern.compile("can we count on you"),
            Pattern.compile("\\b(?:chose|choose|decided) to support\\b"),
            Pattern.compile("\\bbecome a (?:paying )?(?:member|patron|subscriber|supporter)\\b"),
            Pattern.compile("\\bpaying (?:members|subscribers|supporters)\\b"),
            Pattern.compile("\\bsupport (?:our|independent|quality) journalism\\b"),
            Pattern.compile("\\b(?:subscribe|sign up) (?:to|for) (?:our|the|this) newsletter\\b"),
            Pattern.compile("\\bthank you for signing up\\b"),
            Pattern.compile("\\b(?:donate|subscribe) (?:now|today)\\b"),
            Pattern.compile("\\ball rights reserved\\b|©|\\bcopyright\\b"),
            Pattern.compile("\\bwe use cookies\\b"),
            // \b is ASCII-only since JDK 19: Cyrillic words are bounded by letter look-arounds instead
            Pattern.compile("(?<![\\p{L}\\p{N}_])(?:підтримайте|поддержите|станьте (?:членом|патроном))(?![\\p{L}\\p{N}_])"));

    /** Any appeal phrase: one pass to reject the common case before counting phrases one by one. */
    private static final Pattern ANY_APPEAL = Pattern.compile(String.join("|", APPEALS.stream().map(Pattern::pattern).toList()));

    /** Whole-line phrases are short; longer lines are not even tried against them. */
    private static final int MAX_WHOLE_LINE_CHARS = 160;

    /** An appeal line of at most this many words is furniture on one phrase; longer lines need two. */
    private static final int SHORT_APPEAL_WORDS = 25;

    private static final Set<String> PAYMENT = Set.of("visa", "mastercard", "americanexpress", "amex", "paypal",
            "applepay", "googlepay", "maestro", "discover", "mir", "jcb", "unionpay", "apple", "google", "pay",
            "american", "express", "card");

    private static final Set<String> NETWORKS = Set.of("facebook", "twitter", "google+", "linkedin", "whatsapp",
            "telegram", "email", "e-mail", "pinterest", "reddit", "vk", "viber", "messenger", "flipboard", "threads",
            "bluesky");
    private static final Set<String> SHARE_WORDS = Set.of("x", "mail", "share", "on", "tweet", "print", "copy", "link",
            "envoyer", "imprimer", "partager", "teilen", "compartir");

    static String key(String line) {
        return line.toLowerCase(Locale.ROOT).strip().replaceAll("[\\s.:!|›»>→·•-]+$", "").replace('’', '\'');
    }

    static boolean sectionEnd(String line) {
        return line.length() <= MAX_WHOLE_LINE_CHARS && SECTION_END.matcher(key(line)).matches();
    }

    /** The reason the line is furniture, or null. */
    static String reason(String line) {
        String k = key(line);
        if (k.length() <= MAX_WHOLE_LINE_CHARS) {
            if (WHOLE_LINE.matcher(k).matches()) {
                return "boilerplate phrase";
            }
            if (isPaymentLogos(k)) {
                return "payment logos";
            }
            if (isSocial(k)) {
                return "share buttons";
            }
        }
        if (!ANY_APPEAL.matcher(k).find()) {
            return k.matches("^(?:ad\\s*)+$") ? "ad marker" : null;
        }
        int hits = 0;
        for (Pattern p : APPEALS) {
            if (p.matcher(k).find()) {
                hits++;
            }
        }
        if (hits >= 2 || hits == 1 && Inline.words(line) <= SHORT_APPEAL_WORDS) {
            return "appeal phrase";
        }
        if (k.matches("^(?:ad\\s*)+$")) {
            return "ad marker";
        }
        return null;
    }

    private static boolean isSocial(String k) {
        String[] tokens = k.split("[\\s,/|:·•]+");
        int named = 0;
        for (String t : tokens) {
            if (t.isEmpty()) {
                continue;
            }
            if (NETWORKS.contains(t)) {
                named++;
            } else if (!SHARE_WORDS.contains(t)) {
                return false;
            }
        }
        return named >= 1; // a line of share words names at least one network
    }

    private static boolean isPaymentLogos(String k) {
        String[] tokens = k.split("[\\s,/|]+");
        if (tokens.length < 2) {
            return false;
        }
        for (String t : tokens) {
            if (!PAYMENT.contains(t)) {
                return false;
            }
        }
        return true;
    }
}
