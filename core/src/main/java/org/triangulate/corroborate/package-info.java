/**
 * Corroboration: per event, which facts several articles share (and whether those articles are independent or copies
 * of one report), which are stated differently (conflicting, or compatible within rounding and hedges), and which
 * rest on one article only. {@link org.triangulate.corroborate.CorroborateStage#standard()} explains every verdict.
 */
package org.triangulate.corroborate;
