package org.triangulate.extract.text;

/** What a unit of a page is, as far as the main text is concerned. */
enum LineKind {
    /** Body text: a sentence or more. */
    CONTENT,
    /** A heading-like line: the title, a sub-heading, a teaser title. Transparent inside the body. */
    HEADING,
    /** An image, its caption or a photo credit. Never body text. */
    CAPTION,
    /** Author line ("By Naila Huseynova", "by X news desk November 20, 2024 11:01 AM"). Metadata, not body. */
    BYLINE,
    /** A line that is essentially a date ("12:20 20.11.2024"). Metadata, not body. */
    DATELINE,
    /** A bare time stamp ("11:50 PM"): the mark of a news feed. */
    TIMESTAMP,
    /** A related-article teaser: truncated blurb ending in an ellipsis. */
    TEASER,
    /** Page furniture: navigation, appeals, subscribe forms, ads, read-time, audio notes, payment logos. */
    BOILERPLATE,
    /** A heading that starts a non-article section ("News Feed", "MORE NEWS", "Related"): ends the body. */
    SECTION_END,
    /** A code block (Markdown fences): kept inside the body, not scored. */
    CODE
}
