package org.triangulate.ingest;

/** The kind of input a document came in, detected from its content (the file extension is only a hint). */
public enum Format {
    /** A plain-text dump of a rendered page (boilerplate lines included). */
    TEXT,
    /** Markdown, optionally with YAML front matter. */
    MARKDOWN,
    /** An HTML page. */
    HTML,
    /** A WARC/ARC container of crawl records (expanded into its HTML responses). */
    WARC,
    /** An RSS or Atom feed (expanded into its items). */
    FEED,
    /** JSON Lines, one document per line, or one JSON object/array of objects (expanded into its documents). */
    JSONL
}
