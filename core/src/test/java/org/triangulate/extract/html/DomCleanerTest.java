package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class DomCleanerTest {
    @Test
    void collapsedAccordionPanelsStayButHiddenContentGoes() {
        var doc = Jsoup.parse("<body><div class=guide>"
                + "<a role=button aria-controls=step-2>2. Get quotes</a>"
                + "<div id=step-2 style=\"display:none\"><p>Ask three installers for quotes.</p></div>"
                + "<h3 id=faq-1-h>Is it worth it?</h3>"
                + "<div role=region aria-labelledby=faq-1-h hidden><p>Usually, within ten years.</p></div>"
                + "<div style=\"display: none\"><p>A modal nobody opens.</p></div>"
                + "<nav><button aria-controls=menu>Menu</button></nav><div id=menu hidden><a href=/>Home</a></div>"
                + "</div></body>");
        DomCleaner.clean(doc, true);
        String text = doc.body().text();
        assertThat(text).contains("Ask three installers for quotes.", "Usually, within ten years.")
                .doesNotContain("A modal nobody opens.")
                .as("a menu that a navigation button opens stays hidden").doesNotContain("Home");
    }

    @Test
    void aDropCapSetAsItsOwnBlockRejoinsItsWord() {
        var doc = Jsoup.parse("<body><div class=post><div class=first-letter>D</div><div id=text><p>uring the pandemic,"
                + " schools moved online.</p></div><div class=badge>A</div><div><p>Grade list</p></div></div></body>");
        DomCleaner.clean(doc, true);
        assertThat(doc.select("#text p").text()).isEqualTo("During the pandemic, schools moved online.");
        assertThat(doc.select(".first-letter")).isEmpty();
        assertThat(doc.select(".badge").text()).as("before a capitalised block: a label, left alone").isEqualTo("A");
    }

    @Test
    void aLayoutWordInAModifierClassDoesNotRemoveLongProseButCommentsGoWhatever() {
        String para = "<p>To identify the best accounting software, I applied a consistent rubric across pricing, "
                + "invoicing, reporting and support, and tested every product with the same set of receipts.</p>";
        var doc = Jsoup.parse("<body><div class=\"site-header\"><a href=/>Home</a> <a href=/news>News</a></div>"
                + "<div class=\"accordion-wrap pane-header-alignment-left\">" + para.repeat(20) + "</div>"
                + "<div class=\"comment-list\">" + para.replace("rubric", "thread").repeat(20) + "</div></body>");
        DomCleaner.clean(doc, true);
        String text = doc.body().text();
        assertThat(text).contains("consistent rubric").doesNotContain("News").doesNotContain("consistent thread");
    }

    @Test
    void anFaqQuestionDrawnAsAButtonStaysWithItsAnswer() {
        var doc = Jsoup.parse("<body><div class=faq>"
                + "<div><button>What role does AI play in blockchain?</button><div><p>It audits smart contracts.</p></div></div>"
                + "<div><button>Is this question left without an answer?</button></div>"
                + "<div><button>Is the next one a question too?</button></div>"
                + "<button>Show more</button></div></body>");
        DomCleaner.clean(doc, true);
        String text = doc.body().text();
        assertThat(text).contains("What role does AI play in blockchain?", "It audits smart contracts.")
                .doesNotContain("left without an answer").doesNotContain("Show more");
    }

    @Test
    void aHeadingWhoseUtilityClassNamesALayoutWordStays() {
        var doc = Jsoup.parse("<body><div class=\"site-menu\"><a href=/>Home</a></div><div class=post>"
                + "<h3 class=\"font-bold leading-extra-tight text-2xl\">The Depth of the Team</h3><p>Text <span"
                + " class=\"contextmenu Quotation\">with a styled quote</span>.</p></div></body>");
        DomCleaner.clean(doc, true);
        assertThat(doc.body().text()).contains("The Depth of the Team", "with a styled quote").doesNotContain("Home");
    }

    @Test
    void frameworkHiddenClassesHideUnlessAResponsiveClassShowsTheElement() {
        var doc = Jsoup.parse("<body><div class=article><p>The story, once.</p></div>"
                + "<div class=\"layout__gated w-condition-invisible\"><p>The story, a gated second copy.</p></div>"
                + "<span class=\"d-none\">0</span><span class=hidden>Sort</span>"
                + "<p class=\"hidden md:block\">Shown on wide screens.</p>"
                + "<p class=\"d-none d-lg-block\">Also shown on wide screens.</p>"
                + "<p class=\"md:hidden\">Shown on phones.</p></body>");
        DomCleaner.clean(doc, true);
        assertThat(doc.body().text()).isEqualTo(
                "The story, once. Shown on wide screens. Also shown on wide screens. Shown on phones.");
    }

    @Test
    void aDeclarativeShadowRootIsRenderedButOtherTemplatesAreNot() {
        var doc = Jsoup.parse("<body><story-card><template shadowrootmode=\"open\"><style>p{}</style>"
                + "<h2>Shadow headline</h2><p>Shadow text.</p><slot></slot></template><p>Light text.</p></story-card>"
                + "<template id=row><p>A client-side row template.</p></template></body>");
        DomCleaner.clean(doc, true);
        assertThat(doc.body().text()).isEqualTo("Shadow headline Shadow text. Light text.");
    }

    @Test
    void anIntroOfSeveralParagraphsUnderALayoutWordStaysButADekAloneGoes() {
        String para = "Between the hundreds of paint swatches, endless furniture arrangements and scores of style options, "
                + "a remodel is far from straightforward.";
        var doc = Jsoup.parse("<body><section class=listicle-header><h1>Online design services</h1>"
                + "<p>" + para + " One.</p><p>" + para + " Two.</p><p>" + para + " Three.</p></section>"
                + "<div class=post-header><p>" + para + " The dek.</p></div>"
                + "<div class=site-header><a href=/a>Home</a> <a href=/b>Design</a></div></body>");
        DomCleaner.clean(doc, true);
        assertThat(doc.body().text()).contains("One.", "Two.", "Three.").doesNotContain("The dek.", "Home");
    }

    @Test
    void aPinnedSideColumnGoesUnlessItHoldsLongProse() {
        var doc = Jsoup.parse("<body><div class=\"flex lg:flex-row\"><div class=\"lg:w-[60%]\"><p>The article text.</p></div>"
                + "<div class=\"lg:w-[40%] lg:sticky lg:top-[100px]\"><p>Trending stories in world travel</p>"
                + "<p>The cheapest places to fly in 2026.</p></div></div>"
                + "<div class=\"sticky-notes\"><p>A class that merely contains the word.</p></div></body>");
        DomCleaner.clean(doc, true);
        assertThat(doc.body().text()).isEqualTo("The article text. A class that merely contains the word.");
        assertThat(DomCleaner.isSticky("top-0 sticky")).isTrue();
        assertThat(DomCleaner.isSticky("md:sticky")).isTrue();
        assertThat(DomCleaner.isSticky("unsticky")).isFalse();
    }

    @Test
    void anAsideOfProseAmongTheArticlesParagraphsIsASideNoteButOtherAsidesGo() {
        String para = "<p>Network tends to be relatively easy once randomness and a writable disk are right: most "
                + "traffic can be encrypted and authenticated end to end, so the host only ever sees ciphertext.</p>";
        var doc = Jsoup.parse("<body><aside class=sidebar><p>" + "About the author, who writes about security and"
                + " hardware and has done so for many years at several companies. ".repeat(3) + "</p><p>"
                + "She lives in Berlin with two cats and a large collection of old laptops that still boot. ".repeat(3)
                + "</p></aside><section class=document>" + para + para
                + "<aside class=styles_aside><h3>A note on other devices</h3>" + para.replace("Network", "Disk") + para + para
                + "</aside><aside class=center><p>Don't just sit there! Americans spend a lot of time sitting: at desks, in "
                + "cars, and in front of computers. Break up your sitting time by getting up and moving around, and try "
                + "to take a short walk or stretch every hour, even on the busiest working days.</p></aside>"
                + "<aside class=pull>Most of your network traffic can be encrypted.</aside>"
                + "<aside class=related><p><a href=/a>" + "Another post about trusted hardware, worth reading. ".repeat(3)
                + "</a></p><p><a href=/b>" + "A third post about enclaves and their limits, also worth it. ".repeat(3)
                + "</a></p></aside>" + para + "</section></body>");
        DomCleaner.clean(doc, true);
        String text = doc.body().text();
        assertThat(text).contains("A note on other devices", "Disk tends to be", "Don't just sit there!")
                .as("a pull quote, a list of links and a side column's bio are no side note")
                .doesNotContain("Most of your network traffic can be encrypted.").doesNotContain("Another post")
                .doesNotContain("About the author");
    }

    @Test
    void aTooltipsBubbleIsHiddenButItsWordAndShortLabelsStay() {
        var doc = Jsoup.parse("<body><ul class=\"info-items-with-tooltips\"><li>Online courses with tutors</li></ul>"
                + "<p>Good <span class=Term_component><dfn class=Term_term>rankings</dfn><span class=Term_tooltip__8VNIW>"
                + "Rankings in SEO refers to a website's position in the search engine results page.</span></span> take"
                + " time. Ask about <a class=tooltip216221 href=/t>clinical trials</a>.</p>"
                + "<div class=ToolTipWrapper>Verified: a business.com editor verified this article.</div>"
                + "<span role=tooltip>Google now lets you choose your favourite sources.</span>"
                + "<span class=icon-tooltip-text>Gives back</span></body>");
        DomCleaner.clean(doc, true);
        String text = doc.body().text();
        assertThat(text).contains("Online courses with tutors", "Good rankings take time.", "clinical trials", "Gives back")
                .doesNotContain("position in the search", "editor verified", "favourite sources");
    }

    @Test
    void aModalPopoverOrOverlayGoesUnlessItHoldsThePage() {
        var doc = Jsoup.parse("<body><div class=\"modal fade\"><div class=modal-body><p>Sign in to save this article to"
                + " your reading list and get our daily briefing.</p></div></div><div class=c-popover><p>Share this chart"
                + " with your colleagues by e-mail or link.</p></div><div class=article-modal><article><h1>Title</h1>"
                + "<p>The story that this single-page app shows in a modal route.</p></article></div>"
                + "<div class=\"entry-content has-modal\"><p>Text of a post that has a modal somewhere.</p></div>"
                + "<a class=modal-trigger href=#m>Open the rate table</a><div class=audio-embed-overlay><button "
                + "class=btn-close></button><code>&lt;iframe src=\"https://example.org/player/embed/1\"&gt;</code></div>"
                + "<div class=\"hero overlay\"><h1>The headline over the picture</h1></div></body>");
        DomCleaner.clean(doc, true);
        assertThat(doc.body().text()).contains("The story that this single-page app shows", "Text of a post that has",
                "Open the rate table", "The headline over the picture")
                .doesNotContain("Sign in to save", "Share this chart", "iframe");
    }

    @Test
    void aWebflowFormsAnswersAreHiddenUntilItIsSent() {
        var doc = Jsoup.parse("<body><p>Ask us about rates.</p><div class=\"w-form-done\"><div>Thank you! Your submission"
                + " has been received!</div></div><div class=\"w-form-fail\"><div>Oops! Something went wrong while "
                + "submitting the form.</div></div></body>");
        DomCleaner.clean(doc, true);
        assertThat(doc.body().text()).isEqualTo("Ask us about rates.");
    }

    @Test
    void anEmbeddedPostOfASocialNetworkGoesAQuoteStays() {
        var doc = Jsoup.parse("<body><p>The researcher disagreed in public.</p><blockquote class=\"twitter-tweet\">"
                + "<p>It could take years. https://t.co/x</p>&mdash; A. Person (@aperson) <a href=\"https://x.com/a\">"
                + "October 16, 2024</a></blockquote><blockquote class=instagram-media><a href=#>A post shared by News"
                + "</a></blockquote><blockquote><p>We have never seen water this high.</p></blockquote></body>");
        DomCleaner.clean(doc, true);
        assertThat(doc.body().text()).contains("disagreed in public", "never seen water this high")
                .doesNotContain("It could take years", "@aperson", "A post shared by");
    }
}
