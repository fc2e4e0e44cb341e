/**
 * The web console's static files: served by the WAR itself (the console at {@code /console/}, its
 * libraries as WebJars at {@code /webjars/}), without a token, since they hold no data; every byte
 * of data comes from the API, which keeps requiring one.
 */
package dev.gatehouse.platform.web;
