package org.triangulate.extract;

/** A document that yields no article, with the reason ("no main text found", "binary content"). */
public class ExtractionException extends Exception {
    public ExtractionException(String reason) {
        super(reason);
    }

    public ExtractionException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
