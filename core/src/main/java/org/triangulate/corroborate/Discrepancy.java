package org.triangulate.corroborate;

import java.util.List;

/**
 * Sources that state the same thing differently.
 *
 * @param kind        what differs: "comparison", "figure", "quote", "date", "attribution", ...
 * @param subject     what the fact is about ("area held by Russia")
 * @param event       the event id
 * @param values      each version with its articles
 * @param verdict     "conflict" when the versions cannot all be true, "compatible" when they can
 *                    (a fifth vs 18%), "wording" when only the wording differs
 * @param explanation the rule and numbers that decided the verdict
 */
public record Discrepancy(String kind, String subject, String event, List<Variant> values, String verdict,
                          String explanation) {
    public Discrepancy {
        values = List.copyOf(values);
    }
}
