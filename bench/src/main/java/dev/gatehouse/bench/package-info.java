/**
 * The benchmark tools of {@code bench/gateway/run.sh}, in one jar: the fake provider upstream
 * ({@code upstream}), the load driver ({@code load}) and the report ({@code report}), plus the
 * little they share (flags, Netty transports, a JSON field scanner). Test doubles of third-party
 * providers only: nothing here stands in for Gatehouse.
 */
package dev.gatehouse.bench;
