package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {
    @Test
    void dropsStockLinesAndParagraphsWithoutText() {
        List<String> in = List.of("Advertisement", "Advertising", "Anzeige", "Реклама", "PUBLICITÉ", "The council approved the plan on Monday.", "\u200D", "★★★★★",
                "|", "Share this article", "3", "[CTA_MODULE]", "{{ author_name }}", "%AD_SLOT%", "Loading prices for your region…", "Loading...", "正在加载...", "Загрузка…", "Chargement...", "Table of Contents", "In this article", "Estimated reading time:", "Back to Top", "↑ Scroll to top", "Show Caption", "Table of Contents[Hide][Show]", "back to blog", "Press enter or click to view image in full size", "PDF Version", "Download the PDF", "Printer-friendly version", "Article Content", "Trending now", "Read more about the plan in our explainer, which covers every step.");
        assertThat(BoilerplateFilter.filter(in)).containsExactly("The council approved the plan on Monday.", "3",
                "Read more about the plan in our explainer, which covers every step.");
    }

    @Test
    void metadataLinesAtTheEdgesGoButDatedLinesInsideTheBodyStay() {
        String prose = "The council approved the plan on Monday after a long debate in which members of every party "
                + "spoke, and the mayor said building would start next spring.";
        List<String> in = List.of("By Rick Steves", "Updated: December 9, 2024", "May 2, 2025 • 8 min read", "3 MIN. READ", prose,
                "March 3, 2025", prose, "Last updated on November 24, 2025", "Copyright © 2025 Example News.");
        assertThat(BoilerplateFilter.filter(in)).containsExactly(prose, "March 3, 2025", prose);
    }

    @Test
    void callsToFollowOrSignUpGoAtTheEndOnly() {
        String prose = "The council approved the plan on Monday after a long debate in which members of every party "
                + "spoke, and the mayor said building would start next spring.";
        List<String> in = List.of("Sign up for the council's consultation by Friday.", prose,
                "Join our mailing list! Get a newsletter when an episode is published", "Follow me on Instagram: @maven");
        assertThat(BoilerplateFilter.filter(in)).containsExactly("Sign up for the council's consultation by Friday.", prose);
    }
    @Test
    void affiliateDisclosuresGoButArticlesAboutAffiliateMarketingStay() {
        String prose = "The council approved the plan on Monday after a long debate in which members of every party "
                + "spoke, and the mayor said building would start next spring.";
        List<String> in = List.of("This post may contain affiliate links. Read my full disclosure.", prose,
                "Our editors choose every product. If you buy through our links, we may earn a commission.",
                "As an Amazon Associate, this site earns from qualifying purchases.",
                "Buying through links on our site supports our work.",
                "We may be compensated when you click on a link or when an account is opened with our partners.",
                "Affiliate programs: streamers earn a commission when viewers buy games through affiliate links.",
                "\"We received no compensation,\" the spokesman said.", "\"We are paid in cash,\" the driver said.", prose);
        assertThat(BoilerplateFilter.filter(in)).containsExactly(prose,
                "Affiliate programs: streamers earn a commission when viewers buy games through affiliate links.",
                "\"We received no compensation,\" the spokesman said.", "\"We are paid in cash,\" the driver said.", prose);
    }

    @Test
    void labelsAndBackLinksAfterTheLastProseGo() {
        String prose = "The council approved the plan on Monday after a long debate in which members of every party "
                + "spoke, and the mayor said building would start next spring.";
        List<String> in = List.of(prose, "Tags", "More on the budget:", prose, "Here is the prompt I use:",
                "Tags:", "If you liked this post you might also like:", "Related content:", "\u2191 Back to Top",
                "Return to the Wine 101 page.", "Latest posts by Sarah Beach (see all)", "(Visited 1,902 times, 364 visits today)",
                "Pages: 1 2 3", "Enjoy the post? Pin it for later!", "View author page", "Recent Posts",
                "Tags: Helena, smart thermostat", "About the Author", "Next article");
        // inside the body a label may head what follows; only the tail's labels introduce nothing
        assertThat(BoilerplateFilter.filter(in)).containsExactly(prose, "Tags", "More on the budget:",
                prose, "Here is the prompt I use:");
    }

    @Test
    void shareBarsGoButListsOfNetworksStay() {
        assertThat(BoilerplateFilter.isShareBar("SMS Facebook Twitter Email")).isTrue();
        assertThat(BoilerplateFilter.isShareBar("Share on LinkedIn | Copy link")).isTrue();
        assertThat(BoilerplateFilter.isShareBar("Facebook, Twitter")).isFalse();
        assertThat(BoilerplateFilter.isShareBar("Facebook and Instagram")).isFalse();
        assertThat(BoilerplateFilter.isShareBar("Print this article")).as("no network named").isFalse();
        assertThat(BoilerplateFilter.isShareBar("Facebook")).isFalse();
    }

    @Test
    void relatedLinksGoWhereverTheyStandButBracketedAsidesStay() {
        String prose = "The council approved the plan on Monday after a long debate in which members of every party "
                + "spoke, and the mayor said building would start next spring.";
        List<String> in = List.of(prose, "Related: Tutoring may not significantly improve attendance",
                "RELATED: Workout of the Week: The Hill-Tempo Sandwich", "» Related Reading: A Guide to Car Insurance",
                "You might also like: The Challenges of Sustainable Palm Oil Production",
                "(Related reading: the democratization of data.)", "Article Continues Below", prose,
                "Related: " + "a very long sentence that goes on ".repeat(6));
        assertThat(BoilerplateFilter.filter(in)).containsExactly(prose,
                "(Related reading: the democratization of data.)", prose,
                "Related: " + "a very long sentence that goes on ".repeat(6));
    }

    @Test
    void metaLinesMayNameSomeoneAmongCountsAndDates() {
        assertThat(BoilerplateFilter.isMetaLine("109 Comments | Jill Winger | Last Updated: March 11, 2019")).isTrue();
        assertThat(BoilerplateFilter.isMetaLine("Bridgestone Team | 5 min read")).isTrue();
        assertThat(BoilerplateFilter.isMetaLine("Posted by David at December 16, 2025 11:15 AM")).isTrue();
        assertThat(BoilerplateFilter.isMetaLine("On Behalf of O’Malley Tunstall PLLC | Apr 21, 2017 | Products Liability"))
                .isTrue();
        assertThat(BoilerplateFilter.isMetaLine("Jill Winger | Homestead Press")).as("names only").isFalse();
        assertThat(BoilerplateFilter.isMetaLine("Jill Winger")).isFalse();
        assertThat(BoilerplateFilter.isMetaLine("Prices rose | 5 min read")).as("a sentence part").isFalse();
    }

    @Test
    void tailFurnitureAfterTheLastProseGoes() {
        String prose = "The council approved the plan on Monday after a long debate in which members of every party "
                + "spoke, and the mayor said building would start next spring.";
        assertThat(BoilerplateFilter.filter(List.of(prose, "Comment via: facebook, substack", "PIN FOR LATER",
                "Posted by David at December 16, 2025 11:15 AM"))).containsExactly(prose);
    }

    @Test
    void newsletterSignUpBoxesGoButTextAboutNewslettersStays() {
        String prose = "The council approved the plan on Monday after a long debate in which members of every party "
                + "spoke, and the mayor said building would start next spring.";
        List<String> in = List.of(prose, "Join Our Genius Newsletter",
                "The best of Hindustan Times, delivered to your inbox every morning",
                "Thank you for subscribing to our daily newsletter.", "I respect your privacy. Unsubscribe at any time.",
                "By subscribing to this newsletter, you agree to our terms of service and privacy policy.",
                "By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use and Privacy Policy.",
                "By signing up, you agree to receive recurring automated SMS marketing messages from Mashable Deals at "
                        + "the number provided. Msg and data rates may apply. Up to 2 messages/day. Reply STOP to opt out, "
                        + "HELP for help. Consent is not a condition of purchase. See our Privacy Policy and Terms of Use.",
                "Join 800,000+ subscribers to get regular emails on science.",
                "This article is exclusive to STAT+ subscribers", "Already have an account? Log in",
                "To read the rest of this story subscribe to STAT+.",
                "Want more from NBC Select? Sign up for our newsletter, The Selection, and shop smarter.", prose,
                "Already a subscriber? View your reports here",
                "86.8% of my subscribers are highly engaged.", "I built my newsletter with two things: my voice and a system.");
        assertThat(BoilerplateFilter.filter(in)).containsExactly(prose, prose,
                "Already a subscriber? View your reports here", "86.8% of my subscribers are highly engaged.", "I built my newsletter with two things: my voice and a system.");
    }

    @Test
    void shopButtonsLeftAsLinesGo() {
        String prose = "The council approved the plan on Monday after a long debate in which members of every party "
                + "spoke, and the mayor said building would start next spring.";
        List<String> in = List.of(prose, "Check Price on Amazon", "CHECK PRICE", "Best Prices Today:", "WHERE TO BUY",
                "See Deal", "Buy now from one of our trusted retail partners:", "\u27A1\uFE0F Check current price",
                "Credit: Apple", "Photo credit: Jane Doe / Getty Images", "Photo Credit: www.bitterrootdiy.com", prose,
                "Check the price history before you buy, since many retailers raise prices just before a sale begins.");
        assertThat(BoilerplateFilter.filter(in)).containsExactly(prose, "Photo Credit: www.bitterrootdiy.com", prose,
                "Check the price history before you buy, since many retailers raise prices just before a sale begins.");
    }

    @Test
    void pictureAgencyCreditsLeftAsLinesGo() {
        String prose = "The council approved the plan on Monday after a long debate in which members of every party "
                + "spoke, and the mayor said building would start next spring.";
        List<String> in = List.of(prose, "Getty Images / Holger Leue", "DGLimages via Getty Images",
                "JIM WATSON/AFP/Getty Images", "Image used under license from Shutterstock", "Getty Images / 35007",
                "Shutterstock expands deal with OpenAI", "Reuters", prose);
        assertThat(BoilerplateFilter.filter(in)).containsExactly(prose, "Shutterstock expands deal with OpenAI",
                "Reuters", prose);
    }

    @Test
    void aTemplatesDateBlockBetweenLeadAndBodyGoes() {
        String prose = "The council approved the plan on Monday after a long debate in which members of every party "
                + "spoke, and the mayor said building would start next spring.";
        List<String> in = List.of(prose, "Posted on", "Nov 21, 2018", "Updated at", "Dec 10, 2025", "5 Minutes",
                "Written by", "Eliz - Product marketer", prose, "Reviewed by", "Our editors check every figure twice.",
                prose);
        assertThat(BoilerplateFilter.filter(in)).containsExactly(prose, prose,
                "Our editors check every figure twice.", prose);
    }

    @Test
    void aDateBlockAfterTheDekGoesButATimelinesFirstDateStays() {
        String dek = "Printable wedding planning checklist with month-by-month tasks, budget breakdown and gratuity guide."
                + " Everything you need to stay organized for your wedding.";
        String prose = "The council approved the plan on Monday after a long debate in which members of every party "
                + "spoke, and the mayor said building would start next spring.";
        assertThat(BoilerplateFilter.filter(List.of("Wedding Planning", dek, "Updated October 23, 2025", "8 min read", prose)))
                .containsExactly("Wedding Planning", dek, prose);
        assertThat(BoilerplateFilter.filter(List.of(dek, "7 min readDec 30, 2013", prose)))
                .as("a reading time glued to the date").containsExactly(dek, prose);
        assertThat(BoilerplateFilter.filter(List.of(dek, "March 3, 2025", prose, "March 4, 2025", prose)))
                .containsExactly(dek, "March 3, 2025", prose, "March 4, 2025", prose);
        assertThat(BoilerplateFilter.filter(List.of(dek, "3 MIN. READ", prose))).as("a reading time alone")
                .containsExactly(dek, prose);
        assertThat(BoilerplateFilter.filter(List.of(dek, "5 minutes", prose))).as("a duration is no reading time")
                .containsExactly(dek, "5 minutes", prose);
    }

    @Test
    void callsToFollowUsOnASocialNetworkGoAnywhereButOthersAccountsStay() {
        String prose = "The council approved the plan on Monday after a long debate in which members of every party "
                + "spoke, and the mayor said building would start next spring.";
        assertThat(BoilerplateFilter.filter(List.of(prose, "Follow us on Telegram, Facebook, Instagram, YouTube and X for the"
                + " latest news and updates.", "Join the Facebook group– https://www.facebook.com/TalkingHomeRenovations",
                "Follow me on instagram: @talkinghomerenovations", "Connect with Elizabeth on Instagram",
                "Follow the money: who funds the plan?", prose)))
                .containsExactly(prose, "Connect with Elizabeth on Instagram", "Follow the money: who funds the plan?", prose);
    }
    @Test
    void aClosingCallToFollowInsideASentenceGoesWithTheHeadingBeforeIt() {
        String prose = "The council approved the plan on Monday after a long debate in which members of every party "
                + "spoke, and the mayor said building would start next spring.";
        String mid = "The mayor told reporters he would follow us on Facebook and on every other network once the "
                + "council had voted, a promise his opponents mocked at length during the evening session.";
        List<Block> in = List.of(new Block(prose, "p"), new Block(mid, "p"), new Block(prose, "p"),
                new Block(prose + " It follows us on every page.", "p"), new Block("Social Media", "h2"),
                new Block("Catch up on our in-depth coverage of the council, and follow us on Facebook, Instagram and "
                        + "TikTok to stay up to date.", "p"));
        assertThat(Block.texts(BoilerplateFilter.filterBlocks(in))).containsExactly(prose, mid, prose,
                prose + " It follows us on every page.");
    }

    @Test
    void aTextOfHeadingsKeepsThemWhenNothingWent() {
        List<Block> in = List.of(new Block("Chapter one", "h2"), new Block("Chapter two", "h2"));
        assertThat(BoilerplateFilter.filterBlocks(in)).isEqualTo(in);
    }

    @Test
    void aClosingCopyrightNoticeGoesASourceCreditStays() {
        String prose = "The council approved the plan on Monday after a long debate in which members of every party "
                + "spoke, and the mayor said building would start next spring.";
        String ap = "Copyright 2019 The Associated Press. All rights reserved. This material may not be published, "
                + "broadcast, rewritten or redistributed without permission.";
        String credit = "(Copyright: Parts of this paper are reproduced from the Illinois Online Network. Copyrights are "
                + "owned by the network except where the original creator retains copyright.)";
        assertThat(BoilerplateFilter.filter(List.of(prose, prose, credit, ap))).containsExactly(prose, prose, credit);
    }

    @Test
    void mediaPlayerFallbackNoticesGoButSentencesAboutPlaybackStay() {
        List<String> notices = List.of("Media playback is unsupported on your device", "Your browser does not support "
                + "the video tag.", "Your browser doesn't support HTML5 video.", "This video is not available in your "
                + "country.", "Please enable JavaScript to view this video.", "JavaScript is required to play this "
                + "media.", "Playback is not supported on this browser.");
        String story = "The council approved the plan on Monday after a long debate.";
        List<String> kept = List.of(story, "Slower playback speed", "Playback problems",
                "The app does not support offline playback on older phones, its maker said.",
                "Detox claims are largely unsupported by science.");
        List<String> in = new java.util.ArrayList<>(notices);
        in.addAll(kept);
        assertThat(BoilerplateFilter.filter(in)).containsExactlyElementsOf(kept);
    }

    @Test
    void aClosingNoteOnThePrintEditionGoesUnlessItGivesThePrintHeadline() {
        String story = "The council approved the plan on Monday after a long debate in which members of every party "
                + "spoke, and the mayor said building would start next spring.";
        String print = "A version of this article appears in print on Oct. 15, 2019, Section A, Page 9 of the New York "
                + "edition with the headline: River Bursts Its Banks. Order Reprints | Today’s Paper | Subscribe";
        assertThat(BoilerplateFilter.filter(List.of(story, story, print))).as("it names the print headline")
                .containsExactly(story, story, print);
        assertThat(BoilerplateFilter.filter(List.of(story, story, "This story appeared in the March 2021 issue of "
                + "the magazine."))).containsExactly(story, story);
        assertThat(BoilerplateFilter.filter(List.of(story, story, "Editor’s Note: This article also appeared in the "
                + "May/June 2024 issue of Consumer Reports magazine."))).containsExactly(story, story);
        String correction = "An earlier version of this article misstated the date of the vote.";
        assertThat(BoilerplateFilter.filter(List.of(story, story, correction))).as("a correction is the story's")
                .containsExactly(story, story, correction);
        String issue = "This story appeared in the March 2021 issue of the magazine.";
        assertThat(BoilerplateFilter.filter(List.of(issue, story, story, story, story))).as("only at the end")
                .hasSize(5);
    }

    @Test
    void callsToFollowTheSiteInOtherLanguagesGo() {
        String prose = "Комунальні служби вже розпочали ліквідацію наслідків атаки, мешканцям пошкоджених будинків "
                + "надають будівельні матеріали.";
        List<String> calls = List.of("Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися про головні новини.",
                "Подписывайтесь на нас в соцсетях.", "Folgen Sie uns auf Facebook und Instagram.",
                "Suivez-nous sur X et sur Facebook.");
        for (String call : calls) {
            assertThat(BoilerplateFilter.filter(List.of(prose, prose, call))).as(call).containsExactly(prose, prose);
        }
        String story = "Військові закликали жителів стежити за повідомленнями в Telegram.";
        assertThat(BoilerplateFilter.filter(List.of(prose, prose, story))).as("the story's own sentence").hasSize(3);
    }

    @Test
    void aDateBlockPrintedWithoutSeparatorsGoesAtTheStart() {
        String prose = "The council approved the plan on Monday after a long debate in which members of every party "
                + "spoke, and the mayor said building would start next spring.";
        for (String dates : List.of("August 12, 2021 August 13, 2021", "May 21, 2025April 24, 2025",
                "Posted on December 18, 2025 Posted by John Scalzi", "2/26/2015 7:11 AM PST BY TMZ STAFF")) {
            assertThat(BoilerplateFilter.filter(List.of(dates, prose, prose))).as(dates).containsExactly(prose, prose);
        }
        String dated = "August 12, 2021 was the day the council voted.";
        assertThat(BoilerplateFilter.filter(List.of(dated, prose))).as("a sentence").hasSize(2);
    }
}
