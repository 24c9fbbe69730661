package org.triangulate.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.triangulate.extract.text.MetaLines;

/**
 * Last stage: drops short stock paragraphs that widgets leave inside article bodies ("Advertisement",
 * "Share this article", "Read more", "Sign up for our newsletter"), affiliate disclosures and paragraphs without a
 * letter or digit.
 */
final class BoilerplateFilter {
    private static final Pattern STOCK = Pattern.compile(
            "(?iu)(advertisement|advertisements|advertising|ad|ads|sponsored( content)?"
                    + "|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|reklama|реклама|advertentie|广告|廣告|広告|광고"
                    + "|((the )?(article|story) )?continues (below|after)( (the )?(advertisement|ad))?|continue reading below"
                    + "|share( this( article| story| post)?)?( on \\w+)?|tweet|print|email|e-mail|copy link|link copied"
                    + "|read more|read next|see also|related( articles| stories| posts)?|continue reading.*"
                    + "|(click|tap) here.{0,40}|sign up.{0,60}newsletter.{0,40}|subscribe.{0,60}"
                    + "|follow us.{0,40}|comments?|\\d+ comments?|leave a (comment|reply)|skip to (main )?content"
                    + "|image:.{0,80}|photo:.{0,80}|getty images|ap photo.{0,40}|reuters/.{0,40}"
                    + "|(table of contents|contents|in this (article|post|guide|story)|on this page)( ?\\[(hide|show|toggle)\\]){0,2}"
                    + "|jump to( section)?|(back|return) to (the )?(blog|home ?page|home|articles|news|all posts|posts|resources)"
                    + "|((view|download|print|get|open)( the| this)?( article| post| story| full)?( as)? )?(pdf|print)( version)?"
                    + "|printer[- ]friendly( version)?|article contents?|trending( now)?"
                    + "|(estimated )?reading time|\\W{0,2} ?(back|scroll|return) to (the )?top( of (the )?page)?|(show|hide) captions?|(press enter or )?(click|tap) to (view|enlarge|expand|zoom)( the)?( image| photo| picture)?( in full size| full screen)?)[.:!]?");
    private static final Pattern META_SEPARATOR = Pattern.compile("\\s[|•·]\\s|\\s+[|•·]\\s+");
    /** A reading time run into the date after it by two spans without a space: "7 min readDec 30, 2013". */
    private static final Pattern GLUED_READ = Pattern.compile("(?i)(\\bmins? read)(?=\\p{Lu})");

    /** The parts of a meta line between its separators (a reading time glued to a date is two parts). */
    private static String[] metaParts(String p) {
        String s = p.strip();
        if (s.contains(" read")) s = GLUED_READ.matcher(s).replaceAll("$1 | ");
        return META_SEPARATOR.split(s);
    }

    /** "5 min read", "8 minutes", "1,693 views", "12 shares", "109 Comments". */
    private static final Pattern COUNTS = Pattern.compile(
            "(?i)(reading time:?\\s*)?\\d[\\d,.]*\\s*(min|mins|minutes?|views?|shares?|likes?|comments?|responses?|replies)"
                    + "\\.?(\\s+read)?\\.?");
    /**
     * A name alone between separators of a meta line, "Jill Winger" in "109 Comments | Jill Winger | Last Updated:
     * March 11, 2019" or "Bridgestone Team | 5 min read": one to four capitalised words, no digits.
     */
    private static final Pattern NAME_PART = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}");
    /**
     * A link to another story, labelled: "Related: Tutoring may not improve attendance", "See also: …", "You might
     * also like: …". Related links are not the article's text wherever they stand (wcxb-dev: 10 pages up, 1 down).
     * An aside in brackets, "(Related reading: …)", is the writer's and stays.
     */
    private static final Pattern RELATED_LINK = Pattern.compile("(?iu)^[^\\p{L}\\p{N}(]{0,2}(related( (stor(y|ies)|articles?|posts?"
            + "|reading|content|links?))?|see also|you (might|may) also (like|enjoy)|recommended( reading| for you)?)\\s*:\\s*\\S.*");
    /**
     * A newsletter sign-up box's lines: "The best of X, delivered to your inbox every morning", "Thank you for
     * subscribing", "Unsubscribe at any time", "By subscribing you agree to …", "Join 800,000+ subscribers", "Join
     * our newsletter"; and a paywall's. None of these is in a wcxb-dev or readability gold text (our output had 28
     * such lines on 15 pages).
     */
    private static final Pattern NEWSLETTER = Pattern.compile("(?iu)delivered (straight |right |directly )?(to|in|into) your"
            + " inbox|thank(s| you) for subscribing|unsubscribe (at )?any ?time|by (clicking|tapping|subscribing|signing up|submitting)\\b.{0,80}\\b(you )?(agree|confirm|accept|consent)"
            + "|^join [\\d,.]+\\+? (other )?(subscribers|readers)|(get|send)s? (it|them|.{0,40}stories|.{0,30}updates) (in|to) your inbox"
            + "|newsletter.{0,40}(in|to) your inbox|^(join|subscribe to) (our|the|my) .{0,40}newsletter"
            // "Want more from NBC Select? Sign up for our newsletter, The Selection, and shop smarter."
            + "|\\b(sign up|register) for (our|the|my) (free |weekly |daily )?newsletter"
            // a paywall's: "This article is exclusive to STAT+ subscribers", "Already have an account? Log in"
            + "|exclusive (to|for) .{0,30}(subscribers|members)|unlock (this|the full) (article|story|piece)"
            + "|to (read|continue reading) the rest of (this|the) (article|story)|become a (paid )?(subscriber|member)"
            + " .{0,40}(unlock|read|access)|^already have an account\\?");
    /** Words every {@link #NEWSLETTER} match holds (lower case, as {@link TextNormalizer#containsAny} compares). */
    private static final List<String> NEWSLETTER_WORDS = List.of("inbox", "subscrib", "newsletter", "members",
            "unlock", "the rest of", "account?", "agree", "confirm", "accept", "consent");
    /** Sign-up boxes speak in a sentence or two; an SMS consent notice in four or five short ones. */
    private static final int MAX_NEWSLETTER_CHARS = 320;
    /**
     * A shop button or price box label left as a line: "Check Price on Amazon", "CHECK PRICE", "Buy now from one of
     * our trusted retail partners:", "Best Prices Today:", "WHERE TO BUY", "See Deal", "➡️ Check current price"
     * (wcxb-dev: 11 pages up, 1 down).
     */
    private static final Pattern SHOP_LABEL = Pattern.compile("(?iu)[^\\p{L}\\p{N}]{0,3}(check (the )?(latest |current |today.s )?prices?|book now|buy now"
            + "|shop now|view (the )?deals?|see (the )?(deal|price)s?|best prices today|where to buy|get (it|the deal) (now|here|at))"
            + "(?![\\p{L}\\p{N}_]).{0,50}");
    /**
     * An image credit left as a line: "Credit: Apple", "Photo credit: Jane Doe / Getty", "Image credits: NASA". A
     * credit to a web address ("Photo Credit: www.bitterrootdiy.com") names the source of a round-up's item and stays.
     */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?iu)((image|photo|picture|top|header|featured image|cover) )?credits?\\s*:\\s*(?!\\S*\\.[a-z]{2,}\\b)\\S.{0,60}");
    /**
     * A picture agency's credit left as a line: "Getty Images / Holger Leue", "DGLimages via Getty Images",
     * "JIM WATSON/AFP/Getty Images", "Image used under license from Shutterstock". Only names, slashes and "via"
     * around the agency; a sentence or headline about the agency ("Shutterstock expands deal with OpenAI") stays,
     * and so does a news agency's name alone ("Reuters"), which may be the story's source line.
     */
    private static final Pattern AGENCY_CREDIT = Pattern.compile("(?u)(?!(?:AFP|Reuters|EPA)\\.?$)(?:(?i:(?:image|photo|picture)s? used under licen[cs]e)"
            + " from |(?:[\\p{L}\\p{N}.'&-]+ ){0,4}(?:via |/ ?)|[\\p{L}\\p{N}.'&-]+(?: [\\p{L}\\p{N}.'&-]+){0,3}/)?"
            + "(?:Getty Images|Shutterstock|iStock(?:photo)?|Alamy(?: Stock Photo)?|AFP|AP Photo|Reuters|EPA|Unsplash|Pexels)"
            + "(?: ?/ ?[\\p{L}\\p{N}.'&-]+(?: [\\p{L}\\p{N}.'&-]+){0,3})*\\.?");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(©|\\(c\\)|copyright\\b)|all rights reserved");
    /** A call to follow, join or sign up, at the end of the text: the site's, not the article's. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?iu)^(follow (me|us)|join (our|the|me|us)|subscribe"
            + "|sign up|like us on|find us on|connect with (me|us)|don.t forget to (subscribe|follow))\\b");
    /**
     * A call to follow the site or the writer on a social network, anywhere in the text: "Follow us on Telegram,
     * Facebook and X for the latest news", "Follow me on instagram: @maven", "Join the Facebook group", and the same
     * calls in German, French, Spanish, Italian, Ukrainian and Russian ("Підписуйтесь на наш Telegram-канал",
     * "Подписывайтесь на нас в соцсетях"). Naming
     * someone else ("Follow AP on Facebook", "Connect with Elizabeth on Instagram") is left to the tail rules.
     */
    private static final Pattern SOCIAL_CALL = Pattern.compile("(?iu)(?:(?:follow|join|like|find|connect with) (?:me|us)\\b"
            + "|follow on social media\\b|join (?:the|our) (?:facebook|telegram|discord|whatsapp) (?:group|community|channel)\\b"
            + "|folgen sie uns\\b|suivez-nous\\b|síguenos\\b|seguici\\b|підпишіться на (?:нас|наш)|підписуйте?сь на (?:нас|наш)"
            + "|приєднуйтесь до (?:нас|нашого)|стежте за нами|подписывайтесь на (?:нас|наш)|подпишитесь на (?:нас|наш)"
            + "|присоединяйтесь к (?:нам|нашему)|следите за нами)"
            + ".{0,100}?(?<!\\p{L})(?:(?:facebook|instagram|tiktok|twitter|youtube|linkedin|pinterest|threads|telegram|x"
            + "|bluesky|mastodon|discord|whatsapp|viber|social media)\\b|(?:телеграм|фейсбук|ютуб|вайбер|соцмереж|соцсет)).*");

    /**
     * A label or link of the page's furniture after the article's last prose: "Tags:", "Tags: Helena, smart
     * thermostat", "Related content:", "Recent Posts", "About the Author", "If you liked this post you might also
     * like:", "Back to top", "↑ Back to Top", "Return to the Wine 101 page." What it introduced (a list of links, a
     * bio) was removed, so it introduces nothing.
     */
    private static final Pattern TAIL_LABEL = Pattern.compile("(?iu)^\\W{0,2}(related\\b.{0,50}"
            + "|(tags?|tagged( with| in)?|categor(y|ies)|filed under|topics?)(\\s*:\\s*[^.!?]{1,150}?)?"
            + "|recent( posts| articles| stories)?|about (the )?authors?|(previous|next|older|newer) (article|post|story)|(you|we think you) (might|may|will) (also )?(like|enjoy).{0,20}"
            + "|if you (liked|enjoyed) this.{0,50}|see also|more (from|on|about|in) .{0,40}|read next|up next|watch next"
            + "|keep reading|recommended( for you| reading| posts| articles)?|trending( now)?|popular( posts| articles)?"
            + "|latest( posts| articles| news)?( by .{1,60})?|(back|return|go back)( to\\b.{0,60})?"
            + "|\\(?visited [\\d,]+ times?(, [\\d,]+ visits? today)?\\)?|pages?:?( \\d+)+"
            + "|(did you )?(like|enjoy(ed)?) (the|this) (post|article|recipe)\\? (pin|save|share) (it|this).{0,30}"
            + "|(pin|save) (it|this|me) for later!?|pin for later!?|comments? via\\b.{0,40}|pinterest image|view (author|profile)( page)?|(view|see) all posts.{0,40})\\s*[:.!]?$");
    /** The names of a share bar, rendered as a line: "Facebook Twitter Email", "Share on LinkedIn Copy link". */
    private static final java.util.Set<String> SHARE_WORDS = java.util.Set.of("facebook", "twitter", "x", "email",
            "e-mail", "mail", "sms", "linkedin", "pinterest", "whatsapp", "reddit", "telegram", "tumblr", "flipboard",
            "messenger", "threads", "bluesky", "mastodon", "print", "copy", "link", "share", "on", "via", "tweet",
            "pin", "it", "this", "article", "save");
    private static final java.util.Set<String> NETWORKS = java.util.Set.of("facebook", "twitter", "linkedin",
            "pinterest", "whatsapp", "reddit", "telegram", "tumblr", "flipboard", "messenger", "bluesky", "mastodon",
            "sms", "email", "e-mail");
    /** A client-side loading placeholder: "Loading…", "Loading prices for your region...", "正在加载...", "Загрузка…". */
    private static final Pattern LOADING = Pattern.compile("(?iu)(loading|please wait|正在加载|加载中|載入中|読み込み中|"
            + "로딩 ?중|загрузка|завантаження|chargement|wird geladen|cargando|caricamento|carregando|laden)(?![\\p{L}\\p{N}_]).{0,60}(…|\\.\\.\\.|。。。)");
    /**
     * A media player's fallback notice, shown in place of a video or audio clip the browser could not play: "Media
     * playback is unsupported on your device", "Your browser does not support the video tag", "Please enable
     * JavaScript to view this video". It says what the reader's browser lacks, never what the story says.
     */
    private static final Pattern PLAYER_NOTICE = Pattern.compile("(?iu)(?:(media )?playback (is )?(not supported|unsupported)"
            + " (on|by) (your|this) (device|browser)|your (web )?browser (does not|doesn'?t|cannot|can'?t) (support|play)"
            + "( (the|this|html5?|embedded))*( (video|audio|media|iframes?|content))?( (tag|element|file|format))?.{0,80}"
            + "|(this|the) (video|audio|clip|media|content) (is (not|no longer)|isn'?t|cannot be|can'?t be) (available|played"
            + "|displayed|supported).{0,80}|(please )?(enable|turn on|activate) javascript (to|in order to) (view|watch|play"
            + "|see|listen).{0,60}|javascript (is )?(required|disabled|must be enabled) (to|in order to|for) (view|watch|play"
            + "|see|listen).{0,60})[.!]?");
    /** An unfilled template slot alone in a paragraph: "[CTA_MODULE]", "{{ author }}", "%AD_SLOT%". */
    private static final Pattern TEMPLATE_SLOT = Pattern.compile(
            "\\[[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\]|\\{\\{[^{}]{1,60}\\}\\}|%[A-Z][A-Z0-9]*(_[A-Z0-9]+)+%");
    /**
     * An affiliate or compensation disclosure: the site's notice about its links ("This post may contain affiliate
     * links", "we may earn a commission", "we may be compensated when you click on a link", "earns from qualifying
     * purchases"), not the article's text. The writer
     * or site is the one earning, so an article about affiliate marketing ("streamers earn a commission") stays.
     */
    private static final Pattern DISCLOSURE = Pattern.compile("(?iu)"
            + "\\b(we|i)\\b[^.!?]{0,50}\\b(earn|receive|get|make)s?\\b[^.!?]{0,30}\\b(commissions?|compensation"
            + "|kick ?back)\\b"
            + "|\\bearns? us\\b[^.!?]{0,20}\\b(commissions?|compensation)\\b"
            + "|\\b(we|i)\\b[^.!?]{0,20}\\b(be|are|am|get|gets)\\s+(paid|compensated)\\b"
            + "|\\b(this|our|my|the) (post|article|page|site|website|blog|story|guide|review|content)s? (may |might |also |"
            + "sometimes )*(contains?|includes?|uses?|features?) (some )?affiliate links\\b"
            + "|\\b(we|i) (also )?(may |might |sometimes )?use affiliate links\\b|\\baffiliate links are used\\b"
            + "|\\bearns? from qualifying purchases\\b|\\b(buying|purchases made) through (our )?links\\b");
    /** A disclosure is about links and purchases; "we received no compensation", alone, is a quote. */
    private static final Pattern SHOPPING = Pattern.compile("(?iu)\\b(links?|purchases?|buy|affiliates?|partners?)\\b");
    /** Disclosures are a sentence or three; a longer paragraph that mentions commissions is text. */
    private static final int MAX_DISCLOSURE_CHARS = 400;
    /** Past this length a paragraph is prose and ends the edge (about two lines of text). */
    private static final int PROSE_CHARS = 150;
    /** Stock lines are short; longer paragraphs that start alike are real text. */
    private static final int MAX_STOCK_CHARS = 120;

    private BoilerplateFilter() {
    }

    /**
     * A paragraph of only marks (a zero-width joiner left by an editor, "★★★★★", "|", "•") carries no text.
     */
    private static boolean hasLetterOrDigit(String p) {
        for (int i = 0; i < p.length(); ) {
            int cp = p.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    static List<String> filter(List<String> paragraphs) {
        return Block.texts(filterBlocks(Block.plain(paragraphs)));
    }

    /** The blocks whose text is not boilerplate, kinds kept. */
    static List<Block> filterBlocks(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (!isBoilerplate(b.text())) out.add(b);
        }
        boolean[] drop = edgeDrops(Block.texts(out));
        labelledMeta(Block.texts(out), drop);
        closingSignOffs(Block.texts(out), drop);
        List<Block> kept = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            if (!drop[i]) kept.add(out.get(i));
        }
        // a heading left last introduced what went ("Social Media" before its call to follow)
        while (kept.size() > 1 && kept.size() < out.size() && isHeading(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }

    /** A heading block: its kind is the heading's tag name ("h2"). */
    private static boolean isHeading(Block b) {
        return Signals.HEADINGS.contains(b.kind());
    }

    /** A pattern that a whole paragraph of at most {@code maxChars} matches when it is boilerplate. */
    private record WholeLine(Pattern pattern, int maxChars) {
        boolean matches(String p, String trimmed) {
            return p.length() <= maxChars && pattern.matcher(trimmed).matches();
        }
    }

    /** The whole-paragraph rules, the most frequent first. */
    private static final List<WholeLine> WHOLE_LINES = List.of(new WholeLine(STOCK, MAX_STOCK_CHARS),
            new WholeLine(TEMPLATE_SLOT, 64), new WholeLine(LOADING, 80), new WholeLine(RELATED_LINK, 160),
            new WholeLine(SHOP_LABEL, 60), new WholeLine(CREDIT_LINE, 90), new WholeLine(AGENCY_CREDIT, 90),
            new WholeLine(SOCIAL_CALL, 160), new WholeLine(PLAYER_NOTICE, 160));

    private static boolean isBoilerplate(String p) {
        String t = p.trim();
        if (!hasLetterOrDigit(p)) return true;
        for (WholeLine rule : WHOLE_LINES) {
            if (rule.matches(p, t)) return true;
        }
        return p.length() <= MAX_STOCK_CHARS && isShareBar(t)
                || p.length() <= MAX_NEWSLETTER_CHARS && TextNormalizer.containsAny(t, NEWSLETTER_WORDS)
                && NEWSLETTER.matcher(t).find()
                || p.length() <= MAX_DISCLOSURE_CHARS && TextNormalizer.containsAny(t, DISCLOSURE_WORDS)
                && DISCLOSURE.matcher(t).find() && SHOPPING.matcher(t).find();
    }

    /** Words every {@link #DISCLOSURE} match holds: a plain search first, the pattern only on the few that have one. */
    private static final List<String> DISCLOSURE_WORDS = List.of("commission", "compensat", "kickback", "kick back",
            "affiliate", "qualifying purchase", "through links", "through our links");


    /** Lines looked at from each end (on the dev sets the bound changes one page, wikipedia-2, for the better). */
    private static final int MAX_EDGE_LINES = 20;

    /**
     * Marks metadata lines among the short paragraphs before the first and after the last paragraph of prose:
     * bylines, date lines ("Updated: December 9, 2024"), reading times, view counts and, at the end, copyright
     * lines and calls to follow, join or sign up. Inside the body such a line may be text (a dated entry of a
     * timeline) and stays.
     */
    private static boolean[] edgeDrops(List<String> paragraphs) {
        int n = paragraphs.size();
        boolean[] drop = new boolean[n];
        // a page's meta lines come in a handful; a text without prose (link lists, tables) is not read line by line
        int first = 0;
        for (; first < Math.min(n, MAX_EDGE_LINES) && !isProse(paragraphs.get(first)); first++) {
            drop[first] = isMetaLine(paragraphs.get(first));
        }
        dateBlockAfterDek(paragraphs, first, drop);
        for (int i = n - 1; i >= Math.max(0, n - MAX_EDGE_LINES) && !isProse(paragraphs.get(i)); i--) {
            String p = paragraphs.get(i);
            drop[i] |= isMetaLine(p) || p.length() <= MAX_STOCK_CHARS && COPYRIGHT.matcher(p).find()
                    || CALL_TO_ACTION.matcher(p).find() || p.length() <= MAX_STOCK_CHARS && TAIL_LABEL.matcher(p.strip()).matches();
        }
        return drop;
    }

    /** Closing paragraphs looked at for the site's sign-off ({@link #closingSignOffs}). */
    private static final int SIGN_OFF_TAIL = 3;
    /**
     * A publisher's notice opening with its copyright, longer than a stock line: "Copyright 2019 The Associated
     * Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."
     * It names a year or reserves the rights: "(Copyright: Parts of this paper are reproduced from…)" credits a
     * source and stays.
     */
    private static final Pattern COPYRIGHT_NOTICE = Pattern.compile(
            "(?iu)^\\W{0,2}(?:©|\\(c\\)|copyright\\b)(?:.{0,30}\\b(?:19|20)\\d\\d\\b|.*\\ball rights reserved\\b)");
    private static final int MAX_NOTICE_CHARS = 300;
    /**
     * A note on the print edition: "This story appeared in the March 2021 issue of …", "Editor's Note: This article
     * also appeared in the May/June 2024 issue of Consumer Reports magazine". It tells where else the story ran; the
     * story is above. A note that gives the print headline ("A version of this article appears in print on Oct. 15,
     * 2019, Section A, Page 9 of the New York edition with the headline: …") stays: the other headline is a fact
     * about the story that provenance work reads.
     */
    private static final Pattern PRINT_NOTE = Pattern.compile("(?iu)^\\W{0,2}(?:editor.?s note\\s*:\\s*)?(?:an? (?:earlier |shorter "
            + "|longer )?version of this (?:article|story|piece|review|column|essay)|this (?:article|story|piece|review|column"
            + "|essay)) (?:also )?(?:appears|appeared|ran|was published) (?:also )?(?:in print|in (?:the |our )?(?:print"
            + "|\\p{L}+(?:/\\p{L}+)? \\d{4}|\\d{4}) (?:print )?(?:edition|issue|magazine)|in the \\p{L}+(?:/\\p{L}+)? (?:\\d{1,2}, )?\\d{4}"
            + " (?:print )?(?:edition|issue))");
    private static final Pattern PRINT_HEADLINE = Pattern.compile("(?i)\\bwith the headline\\b|\\bheadlined\\b");
    /** A sign-off of a sentence or three; a longer closing paragraph is the story's own. */
    private static final int MAX_SIGN_OFF_TAIL_CHARS = 450;

    /**
     * A closing copyright notice, a note on the print edition, or a closing paragraph that asks the reader to follow the site on a social network within a sentence ("Catch up
     * on our coverage…, and follow us on Facebook, Instagram and TikTok to stay up to date", "*** Follow me on
     * Instagram, YouTube or Facebook for a daily moment of travel inspiration ***"): the site's sign-off. Among the
     * last three paragraphs the gold of wcxb-dev and readability/ never keeps one (five pages of ours did).
     */
    private static void closingSignOffs(List<String> paragraphs, boolean[] drop) {
        int n = paragraphs.size();
        for (int i = n - 1; i >= Math.max(1, n - SIGN_OFF_TAIL); i--) {
            String p = paragraphs.get(i);
            if (p.length() <= MAX_SIGN_OFF_TAIL_CHARS && SOCIAL_CALL.matcher(p).find()
                    || p.length() <= MAX_NOTICE_CHARS && COPYRIGHT_NOTICE.matcher(p).find()
                    || p.length() <= MAX_SIGN_OFF_TAIL_CHARS && PRINT_NOTE.matcher(p).find() && !PRINT_HEADLINE.matcher(p).find()) {
                drop[i] = true;
            }
        }
    }

    /** A date line with its label or a reading time: what a template's date block holds, unlike a timeline's date. */
    private static final Pattern STAMP = Pattern.compile(
            "(?iu)^(updated|published|posted|last updated|modified|originally published)\\b|\\b(min|mins|minutes?)\\.? read\\b");
    /** A reading time alone: "3 MIN. READ", "8 min read", "Reading time: 5 minutes". */
    private static final Pattern READING_TIME = Pattern.compile(
            "(?iu)reading time:?\\s*\\d{1,3}\\s*(min|mins|minutes?)\\.?|\\d{1,3}\\s*(min|mins|minutes?)\\.?\\s+read\\.?");
    /** How early the dek may stand: the first paragraph of prose, after the headline's own lines. */
    private static final int DEK_WITHIN = 3;

    /**
     * The template's date block set after the dek ("Printable checklist with month-by-month tasks…", "Updated
     * October 23, 2025", "8 min read", or "7 min read · Dec 30, 2013" on one line): two or more meta lines or parts
     * of one right after an early first paragraph of prose, one of them a labelled date or a reading time, go. A single date there may head a timeline's first entry and
     * stays.
     */
    private static void dateBlockAfterDek(List<String> paragraphs, int dek, boolean[] drop) {
        if (dek >= DEK_WITHIN || dek >= paragraphs.size()) return;
        int end = dek + 1;
        boolean stamp = false;
        int parts = 0;
        while (end < paragraphs.size() && isMetaLine(paragraphs.get(end))) {
            String[] lineParts = metaParts(paragraphs.get(end));
            for (String part : lineParts) stamp |= STAMP.matcher(part.strip()).find();
            parts += lineParts.length;
            end++;
        }
        // a reading time alone ("3 MIN. READ") heads no timeline's entry either
        boolean readingTime = end == dek + 2 && READING_TIME.matcher(paragraphs.get(dek + 1).strip()).matches();
        if ((parts < 2 || !stamp) && !readingTime) return;
        for (int i = dek + 1; i < end; i++) drop[i] = true;
    }

    /** A meta label left alone in its paragraph, its value in the next: "Posted on" / "Nov 21, 2018", "Written by" / "Eliz". */
    private static final Pattern META_LABEL = Pattern.compile("(?iu)(posted|published|updated|last updated|modified"
            + "|written|reviewed|edited|fact[- ]checked|medically reviewed|originally published|first published)"
            + "( on| at| by)?\\s*:?");
    /** A label's value is a date or a name, perhaps with a role ("Eliz - Product marketer"). */
    private static final int MAX_META_VALUE_CHARS = 120;

    /**
     * Marks, anywhere in the text, a meta label alone in its paragraph and the value after it, and the meta lines
     * (dates, reading times, bylines) right after those: the date block of a template set between the lead and
     * the body ("Posted on", "Nov 21, 2018", "Updated at", "Dec 10, 2025", "5 Minutes").
     */
    private static void labelledMeta(List<String> paragraphs, boolean[] drop) {
        int n = paragraphs.size();
        for (int i = 0; i < n; i++) {
            String p = paragraphs.get(i).strip();
            if (p.length() > 40 || !META_LABEL.matcher(p).matches()) continue;
            drop[i] = true;
            int j = i + 1;
            if (j < n && isMetaValue(paragraphs.get(j).strip())) drop[j++] = true;
            while (j < n && isMetaLine(paragraphs.get(j))) drop[j++] = true;
        }
    }

    private static boolean isMetaValue(String v) {
        if (v.isEmpty() || v.length() > MAX_META_VALUE_CHARS || META_LABEL.matcher(v).matches()) return false;
        if (isMetaLine(v)) return true; // a date, a byline, a count
        char last = v.charAt(v.length() - 1);
        return Character.isUpperCase(v.codePointAt(0)) && ".!?".indexOf(last) < 0;
    }

    /**
     * Two or more share-bar words, one of them a network, nothing else: "SMS Facebook Twitter Email". A list
     * ("Facebook, Instagram and TikTok") has commas or words of its own and stays.
     */
    static boolean isShareBar(String p) {
        if (p.indexOf(',') >= 0) return false;
        String[] words = p.toLowerCase(java.util.Locale.ROOT).split("[\\s|•·/]+");
        int n = 0;
        boolean network = false;
        for (String w : words) {
            if (w.isEmpty()) continue;
            if (!SHARE_WORDS.contains(w)) return false;
            network |= NETWORKS.contains(w);
            n++;
        }
        return n >= 2 && network;
    }

    private static boolean isProse(String p) {
        return p.length() > PROSE_CHARS;
    }

    /**
     * A byline, a date, a reading time or a count, alone or joined by separators ("May 2, 2025 • 8 min read"); a
     * bare name may stand among them when another part is one ("Bridgestone Team | 5 min read").
     */
    static boolean isMetaLine(String p) {
        if (p.length() > MAX_STOCK_CHARS) return false;
        return separatedMeta(p) || datedLine(p);
    }

    /** A year run into the next date by two spans without a space: "July 30, 2019January 18, 2023". */
    private static final Pattern GLUED_DATE = Pattern.compile("(?<=\\b\\d{4})(?=\\p{Lu})");
    /** What may stand around the dates of a date line: separators and labels ("Posted on", "Last updated:"). */
    private static final Pattern DATE_LABELS = Pattern.compile(
            "(?i)[\\s,|•·—–\\-/:()]*(?:(?:posted|published|updated|last updated|modified|originally published|on|at|by)\\b[\\s,|•·—–\\-/:()]*)*");

    /**
     * A template's date block printed without separators: two dates side by side ("August 12, 2021 August 13, 2021",
     * the published and updated spans; "May 21, 2025April 24, 2025"), with labels ("Posted on December 18, 2025") and
     * a byline after them ("… Posted by John Scalzi"). Only dates, labels and a byline: any other word and it is text.
     */
    private static boolean datedLine(String p) {
        String s = GLUED_DATE.matcher(p).replaceAll(" ");
        List<org.triangulate.extract.meta.DateMatch> found = org.triangulate.extract.meta.DateParser.scan(s).found();
        if (found.isEmpty()) return false;
        int from = 0;
        List<String> rest = new ArrayList<>(found.size() + 1);
        for (var d : found) {
            rest.add(s.substring(from, Math.max(from, d.start())));
            from = Math.max(from, d.end());
        }
        rest.add(s.substring(from));
        for (String r : rest) {
            if (DATE_LABELS.matcher(r).matches()) continue;
            // "Posted by John Scalzi" after the date: a byline
            if (MetaLines.byline(r.strip()) == null) return false;
        }
        return true;
    }

    private static boolean separatedMeta(String p) {
        boolean meta = false;
        boolean name = false;
        for (String part : metaParts(p)) {
            String t = part.strip();
            if (t.isEmpty()) continue;
            if (MetaLines.byline(t) != null || MetaLines.dateOnly(t) != null || COUNTS.matcher(t).matches()) {
                meta = true;
            } else if (NAME_PART.matcher(t).matches()) {
                name = true;
            } else {
                return false;
            }
        }
        return meta || !name;
    }
}
