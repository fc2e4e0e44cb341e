/**
 * The report of a run directory: the plain-text table, the combined JSON, and issue 7's goals with
 * pass or miss.
 */
package dev.gatehouse.bench.report;
