/**
 * The load driver: open-loop runs at a constant arrival rate with latency from each call's intended
 * send time (coordinated omission corrected), closed-loop saturation, streaming and update
 * continuity; HdrHistogram; CPU and RSS of the gateway process from /proc.
 */
package dev.gatehouse.bench.load;
