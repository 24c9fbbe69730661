package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BylinesTest {

    @Test
    void readsAuthorMarkupAndStripsPrefixAndDate() {
        var doc = Jsoup.parse("<article><h1>Budget talks stall</h1>"
                + "<p class=\"author-by-line-text\"><span>By </span>Scott Pletcher | Updated March 3, 2025</p>"
                + "<p>Body text of the story goes here.</p></article>");
        Bylines.Found f = Bylines.find(doc);
        assertThat(f).isNotNull();
        assertThat(f.name()).isEqualTo("Scott Pletcher");
        assertThat(f.source()).startsWith("markup p.author-by-line-text");
    }

    @Test
    void readsTheNameAfterALabel() {
        var doc = Jsoup.parse("<div><p class=\"k\">Written by</p><p class=\"v\">Edzel Tabing</p></div>");
        Bylines.Found f = Bylines.find(doc);
        assertThat(f).isNotNull();
        assertThat(f.name()).isEqualTo("Edzel Tabing");
    }

    @Test
    void skipsCommentAuthorsAndPageFooters() {
        var doc = Jsoup.parse("<article><p>Story.</p></article><div class=\"comments\">"
                + "<span class=\"author\">Jane Reader</span></div><footer><a rel=\"author\">Site Owner</a></footer>");
        assertThat(Bylines.find(doc)).isNull();
    }

    @Test
    void matchesAuthorClassesAsWordsNotInsideOtherWords() {
        var doc = Jsoup.parse("<article><h1>Hermitian matrix</h1><table><tr><th id=\"Authority_control\">Authority control</th>"
                + "</tr></table><div class=\"styles_dateAndAuthorContainer__JAvHP\"><span>Julian K. Arni</span></div></article>");
        Bylines.Found f = Bylines.find(doc);
        assertThat(f).isNotNull();
        assertThat(f.name()).isEqualTo("Julian K. Arni");
    }

    @Test
    void aLayoutUtilityOrAFlagIsNotASidebarOrAPromo() {
        var doc = Jsoup.parse("<article class=\"node node--promoted\"><div class=\"mb-6 md:[grid-area:sidebar]\">"
                + "<p>Written by</p><p>Edzel Tabing</p></div></article>");
        assertThat(Bylines.find(doc).name()).isEqualTo("Edzel Tabing");
    }

    @Test
    void anAuthorCardWithAvatarAndSocialLinksStillNamesTheAuthor() {
        var doc = Jsoup.parse("<article><h1>Climate change</h1><div class=\"LongFormArticle_socialContainer\">"
                + "<div class=\"blog-meta-avatar\"><img alt=\"\"><span class=\"blog-meta-author\">Nick van Mead</span></div>"
                + "<div class=\"share-buttons\"><a href=\"#\">Share</a></div></div></article>");
        assertThat(Bylines.find(doc).name()).isEqualTo("Nick van Mead");
    }

    @Test
    void commentListsGluedIntoOneWordAreStillComments() {
        var doc = Jsoup.parse("<article><p>Story.</p></article><ul class=\"jcomments-latest\"><li>"
                + "<span class=\"author\">George Oates</span></li></ul>");
        assertThat(Bylines.find(doc)).isNull();
    }

    @Test
    void anAsideWrappingTheWholeArticleIsNotASideBlock() {
        var doc = Jsoup.parse("<aside class=\"announcement-banner\"><main><article><h1>Startup lessons</h1>"
                + "<span class=\"blog-meta-author\">Tim Enwall</span><p>Story.</p></article></main></aside>");
        assertThat(Bylines.find(doc).name()).isEqualTo("Tim Enwall");
    }

    @Test
    void skipsTheAvatarAndRoleOfAnAuthorBlock() {
        var doc = Jsoup.parse("<article><span class=\"avatar author-avatar\"><span class=\"initials\">NB</span></span>"
                + "<div class=\"author-meta\"><span class=\"author-meta--title\">Founder</span> "
                + "<span class=\"subhead author-meta--name\">Nicole Burke</span> <p class=\"author-meta--description\">As "
                + "founder of Rooted Garden, I've consulted with hundreds of new and experienced gardeners.</p></div></article>");
        assertThat(Bylines.find(doc).name()).isEqualTo("Nicole Burke");
    }

    @Test
    void takesTheNameInsideAnAuthorBlockThatSaysMore() {
        var doc = Jsoup.parse("<article><div id=\"content_authors\">by <span class=\"author\"><a href=\"/about/#bio\">"
                + "Daniel Burstein</a>, Senior Director, Content &amp; Marketing, MarketingSherpa and MECLABS Institute</span>"
                + "</div><p>Story.</p></article>");
        Bylines.Found f = Bylines.find(doc);
        assertThat(f.name()).isEqualTo("Daniel Burstein");
        assertThat(f.source()).startsWith("markup div").endsWith(" > a");
    }

    @Test
    void aBlockThatIsJustTheNameBeatsANameInsideALongerOne() {
        var doc = Jsoup.parse("<article><div class=\"story-meta has-byline\">Listen · 3:45 · "
                + "<a href=\"/programs/atc\">All Things Considered</a> · By Sergio Martínez-Beltrán, The Texas Newsroom, "
                + "with reporting from partner stations</div><p class=\"byline__name\">Sergio Martínez-Beltrán</p></article>");
        assertThat(Bylines.find(doc).name()).isEqualTo("Sergio Martínez-Beltrán");
    }

    @Test
    void readsAHeadingLabelAndTheNameUnderIt() {
        var doc = Jsoup.parse("<article><h1>Report</h1><aside class=\"insight-content-card\"><div class=\"content-item\">"
                + "<h3>Published</h3><p><time datetime=\"2024-08-30\">August 30, 2024</time></p></div>"
                + "<div class=\"content-item\"><h3>Author</h3><p> Lisa D. Ellis</p></div></aside><p>Story.</p></article>");
        Bylines.Found f = Bylines.find(doc);
        assertThat(f.name()).isEqualTo("Lisa D. Ellis");
        assertThat(f.source()).isEqualTo("label \"Author\"");
    }

    @Test
    void readsTheNamesOfAListUnderALabel() {
        var doc = Jsoup.parse("<div><h6>Author(s)</h6><ul><li><a href=\"/library/?_author=John\">John A. Alic</a></li>"
                + "<li><a href=\"/library/?_author=David\">David C. Mowery</a></li></ul></div>");
        assertThat(Bylines.find(doc).name()).isEqualTo("John A. Alic, David C. Mowery");
        var inline = Jsoup.parse("<div><span>Written by: <ul class=\"comma-separated-list\"><li><a href=\"/authors/ew/\">"
                + "Emily Walker</a></li><li><a href=\"/authors/cm/\">Casey McDevitt</a></li></ul></span></div>");
        assertThat(Bylines.find(inline).name()).isEqualTo("Emily Walker, Casey McDevitt");
    }

    @Test
    void aLabelAndNameRunningOnInOneLineStopAtTheLineBreak() {
        var doc = Jsoup.parse("<div class=\"callout\"><p><strong>Contributors:</strong> Janet Loughrey <br>"
                + "<strong>Released:</strong> June 17, 2025 by Tor Books</p></div>");
        assertThat(Bylines.find(doc).name()).isEqualTo("Janet Loughrey");
    }

    @Test
    void readsAByLineUnderTheHeadline() {
        var doc = Jsoup.parse("<article><h1>Tips for Selecting DC Motors</h1><p>By <a href=\"/contributor/a_j_neal\">"
                + "A. J. Neal</a></p><p>Body text of the story goes here, long enough to be a paragraph.</p></article>");
        Bylines.Found f = Bylines.find(doc);
        assertThat(f.name()).isEqualTo("A. J. Neal");
        assertThat(f.source()).isEqualTo("text line \"By A. J. Neal\"");
        var colon = Jsoup.parse("<h1>Mini-SGLang</h1><p class=\"text-xl\">by: <!-- -->Ziyi Xu<!-- -->, Dec 17, 2025</p>");
        assertThat(Bylines.find(colon).name()).isEqualTo("Ziyi Xu");
    }

    @Test
    void theByLineUnderTheHeadlineBeatsALabelFurtherDown() {
        var doc = Jsoup.parse("<article><h1 class=\"entry-title\">Book Beat</h1><div class=\"entry-meta\"><p>by "
                + "<a href=\"/blog/amanda/\">Amanda</a> · Dec 20, 2025 at 3:00 am</p></div><ul><li><h4>A Far Better Thing</h4>"
                + "<p><strong>Author:</strong> H.G. Parry <br><strong>Released:</strong> June 17, 2025</p></li></ul></article>");
        assertThat(Bylines.find(doc).name()).isEqualTo("Amanda");
    }

    @Test
    void sentencesStartingWithByAreNoBylines() {
        var doc = Jsoup.parse("<article><h1>Talks</h1><p>By contrast the army grew.</p><p>By 2030, the city will be larger.</p>"
                + "<p>by default</p></article>");
        assertThat(Bylines.find(doc)).isNull();
    }

    @Test
    void theInnerLineOfABylineBlockIsTheByline() {
        var doc = Jsoup.parse("<h1>Mocks</h1><div><div><p>By <!-- -->Preetam Jinka</p><p>Co-founder and Chief Architect</p>"
                + "</div><div>Dec 17, 2025</div></div>");
        assertThat(Bylines.find(doc).name()).isEqualTo("Preetam Jinka");
    }

    @Test
    void menusAreNotBylines() {
        var doc = Jsoup.parse("<ul class=\"menu\"><li class=\"menu-item\"><a href=\"/browse-by-manufacturer/\">By Manufacturer"
                + "</a></li></ul><main class=\"offset-nav\"><h1>Review</h1><p>By Jane Doe</p></main>");
        assertThat(Bylines.find(doc).name()).isEqualTo("Jane Doe");
    }

    @Test
    void waysToBrowseASiteAreNotBylines() {
        var doc = Jsoup.parse("<div class=\"ct-div-block\"><h4>Reviews</h4><a href=\"/projector-categories/\">By Category</a>"
                + "<a href=\"/browse/\">By Manufacturer</a></div>");
        assertThat(Bylines.find(doc)).isNull();
    }

    @Test
    void codeIsNoByline() {
        var doc = Jsoup.parse("<article><h1>SQL</h1><pre><code><span class=\"k\">ORDER</span> <span class=\"k\">BY</span> "
                + "<span class=\"n\">period</span></code></pre></article>");
        assertThat(Bylines.find(doc)).isNull();
    }

    @Test
    void anAuthorBoxPortraitNamesTheAuthorWhenNothingElseDoes() {
        var doc = Jsoup.parse("<article><h1>SEO tips</h1><p>Body text of the story goes here.</p></article>"
                + "<div class=\"blog_author-box\"><img alt=\"Lauren Vetter\" src=\"a.webp\"><div class=\"t\">Lauren Vetter"
                + "</div><p>Lauren Vetter is a growth-focused marketing professional who has written for many sites.</p></div>");
        Bylines.Found f = Bylines.find(doc);
        assertThat(f).isNotNull();
        assertThat(f.name()).isEqualTo("Lauren Vetter");
        assertThat(f.source()).isEqualTo("portrait alt text in div.blog_author-box");
    }

    @Test
    void aPortraitCountsOnlyInAnAuthorBoxAndOnlyWhenItsAltIsAName() {
        String story = "<article><h1>SEO tips</h1><p>Body text of the story goes here.</p></article>";
        assertThat(Bylines.find(Jsoup.parse(story + "<div class=\"hero\"><img alt=\"Lauren Vetter\"></div>"))).isNull();
        assertThat(Bylines.find(Jsoup.parse(story + "<div class=\"author-box\"><img alt=\"Elliot Raba Image\"></div>"))).isNull();
        assertThat(Bylines.find(Jsoup.parse(story + "<div class=\"author-box\"><img alt=\"a laptop on a desk\"></div>"))).isNull();
        assertThat(Bylines.find(Jsoup.parse(story + "<div class=\"comments\"><div class=\"comment-author\">"
                + "<img class=\"avatar\" alt=\"Jane Reader\"></div></div>"))).isNull();
        assertThat(Bylines.personName("Ana de Armas")).isTrue();
        assertThat(Bylines.personName("Team Tiger Data")).isFalse();
    }

    @Test
    void readsACyrillicBylineLine() {
        var doc = Jsoup.parse("<article><h1>Удари по Києву</h1><p>Автор: Ірина Коваленко</p>"
                + "<p>Текст статті про нічну атаку дронів на столицю.</p></article>");
        Bylines.Found f = Bylines.find(doc);
        assertThat(f).isNotNull();
        assertThat(f.name()).isEqualTo("Ірина Коваленко");
    }

    @Test
    void aLayoutWrapperAroundTheMainColumnAndTheSidebarIsNotASideBlock() {
        var doc = Jsoup.parse("<div class=\"content-sidebar-wrap\"><main class=content><article><h1>Sourdough</h1>"
                + "<p>Story.</p><footer class=entry-footer><p class=entry-meta>Posted By: <a class=entry-author-link"
                + " rel=author href=/author/k/><span class=entry-author-name>Kiersten</span></a></p></footer></article>"
                + "</main><aside class=sidebar><p class=author>Sidebar Person</p></aside></div>");
        Bylines.Found f = Bylines.find(doc);
        assertThat(f).isNotNull();
        assertThat(f.name()).isEqualTo("Kiersten");
        var sideOnly = Jsoup.parse("<div class=\"content-sidebar-wrap\"><main><h1>Sourdough</h1><p>Story.</p></main>"
                + "<div class=sidebar><p class=author>Sidebar Person</p></div></div>");
        assertThat(Bylines.find(sideOnly)).as("the side column itself is still foreign").isNull();
    }

    @Test
    void aLabelLeadingTheAuthorBlockIsNotPartOfTheName() {
        var doc = Jsoup.parse("<article><h1>Grant awarded</h1><div class=cs-meta-author><img alt=''>"
                + "<span class=cs-meta-author-by>by</span><a href=/author/ana-ruiz/>Ana Ruiz</a></div><p>Story.</p></article>");
        assertThat(Bylines.find(doc).name()).isEqualTo("Ana Ruiz");
    }

    @Test
    void aBylineBlockHoldingOnlyATopicLinkAndADateNamesNoOne() {
        var doc = Jsoup.parse("<article><div class=blog-post__byline><ul><li><a class=tag href=/blog/tag/personal-finance>"
                + "Personal finance</a></li></ul><span>January 27, 2025</span></div><h1>Tax services</h1><p>Story.</p>"
                + "</article>");
        assertThat(Bylines.find(doc)).isNull();
    }

    @Test
    void theProfileLinkNamesTheAuthorWhenAJobTitleFollowsIt() {
        var doc = Jsoup.parse("<article><h1>Game review</h1><div class=author><a href=/author/ben-silverman>Ben Silverman"
                + "</a> Games Editor</div><p>Story.</p></article>");
        Bylines.Found f = Bylines.find(doc);
        assertThat(f.name()).isEqualTo("Ben Silverman");
        assertThat(f.source()).contains("profile link");
    }

    @Test
    void aJobTitleOrOutletSpanInsideTheBylineIsNotPartOfTheName() {
        var doc = Jsoup.parse("<div class=story-body><h1>River floods</h1><div class=byline><span class=byline__name>"
                + "By Ana Ruiz</span><span class=byline__title>BBC News</span></div><p>Story.</p></div>");
        assertThat(Bylines.find(doc).name()).isEqualTo("Ana Ruiz");
    }

    @Test
    void aPartMarkedAsTheNameStaysEvenWhenItIsAlsoATitle() {
        var doc = Jsoup.parse("<article><h1>Wine basics</h1><div class=byline><h2 class='title card-author-name'>"
                + "Matt Check</h2><div class=card-author-role>Head Winemaker, Co-Founder</div></div><p>Story.</p>"
                + "</article>");
        assertThat(Bylines.find(doc).name()).isEqualTo("Matt Check");
    }

    @Test
    void aDateInsideTheBylineBlockIsNotPartOfTheName() {
        var doc = Jsoup.parse("<article><h1>River floods</h1><div class=author><a href=/author/ana-ruiz>Ana Ruiz</a>"
                + "<span class=publish-date><amp-timeago datetime=2019-10-14T09:12:00+01:00>Monday 14 October 2019 09:12"
                + "</amp-timeago></span></div><p>Story.</p></article>");
        assertThat(Bylines.find(doc).name()).isEqualTo("Ana Ruiz");
    }

    @Test
    void anHCardsFormattedNameIsTheName() {
        var doc = Jsoup.parse("<article><h1>The new Marines?</h1><div class=writerProfile><p class=\"author vcard\">"
                + "<a href=/team/andrea-stone/><b class=fn>Andrea Stone</b></a> <span class=blogtitle>Senior Washington"
                + " Correspondent</span></p></div><p>Story.</p></article>");
        Bylines.Found f = Bylines.find(doc);
        assertThat(f.name()).isEqualTo("Andrea Stone");
        assertThat(f.source()).contains("hCard");
    }

    @Test
    void aLabelsNextBlockCountsOnlyWhenItIsShort() {
        // a sidebar heading "Contributors" over a hidden debug line and a list of links is no byline
        var doc = Jsoup.parse("<div><div><h2>CONTRIBUTORS</h2></div><div><div style=\"display:none\">Current DateTime:"
                + " 08:51:09 23 Sep 2011 LinksList Documentid: 44039410</div><ul>" + "<li><a href=/a>A much longer headline"
                + " about the markets today</a></li>".repeat(4) + "</ul></div></div>");
        assertThat(Bylines.find(doc)).isNull();
    }
}
