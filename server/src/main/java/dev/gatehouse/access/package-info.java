/**
 * Who is calling: principals (users and service principals), their API tokens, and the bearer
 * authentication every {@code /api/} route goes through. Groups, permissions and the token API
 * build on the principal model here.
 */
package dev.gatehouse.access;
