package org.triangulate.extract.meta;

import java.util.List;

/**
 * All dates found in a text, in text order, plus the date-like strings that were rejected and why.
 *
 * @param found    valid dates, ordered by position; overlapping weaker matches are removed
 * @param rejected date-like text that is not a possible date (kept so callers can explain what they skipped)
 */
public record DateScan(List<DateMatch> found, List<InvalidDateException> rejected) {
    public DateScan {
        found = List.copyOf(found);
        rejected = List.copyOf(rejected);
    }

    /** The first date that has a year and a time, else the first with a year, else null. */
    public DateMatch best() {
        for (DateMatch m : found) {
            if (m.hasYear() && m.hasTime()) {
                return m;
            }
        }
        for (DateMatch m : found) {
            if (m.hasYear()) {
                return m;
            }
        }
        return null;
    }
}
