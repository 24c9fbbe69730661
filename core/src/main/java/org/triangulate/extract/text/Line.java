package org.triangulate.extract.text;

/**
 * A classified unit.
 *
 * @param unit   the unit
 * @param kind   its class
 * @param reason the rule that decided the class (for debugging and provenance)
 */
record Line(Unit unit, LineKind kind, String reason) {
    String text() {
        return unit.text();
    }

    Line as(LineKind newKind, String newReason) {
        return new Line(unit, newKind, newReason);
    }
}
