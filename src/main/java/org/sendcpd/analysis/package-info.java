/**
 * The analysis engine: what the framework asks of each person, what they hold, where the gaps are,
 * how they close, and the workforce's capacity, all for one reference date. Plain Java with no
 * container imports: controls load the tables once into a {@link org.sendcpd.analysis.Workforce}
 * and the engine answers from memory, so screens, API, reports and benchmark share one code path.
 */
package org.sendcpd.analysis;
