package org.triangulate.provenance;

/**
 * The origin an article itself names for its story.
 *
 * @param outlet   normalised outlet name ("Reuters", "The New York Times")
 * @param evidence the sentence fragment that names it ("five sources ... told Reuters")
 * @param rule     the rule that matched ("told X", "X reported", "(X) -" wire dateline, ...)
 */
public record CitedOrigin(String outlet, String evidence, String rule) {
}
