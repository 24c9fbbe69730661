/**
 * Page metadata helpers shared by the extractors: textual dates and datelines ({@link DateParser}), the outlet table
 * ({@link OutletTable}), time-zone resolution from the outlet or the page's own signals ({@link ZoneResolver}),
 * conversion to UTC ({@link UtcConversion}), and all of them combined with one provenance sentence ({@link TimeResolver}).
 * Nothing here guesses: a missing zone, year or time stays missing.
 */
package org.triangulate.extract.meta;
