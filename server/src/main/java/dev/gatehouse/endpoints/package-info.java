/**
 * Serving endpoints: named, tagged, owned resources whose configs are versioned and change only
 * through serialized, non-disruptive updates. {@code api} holds the resources and wire records,
 * {@code domain} the rules, the update state machine and the coordinator, {@code infrastructure}
 * the JPA repository.
 */
package dev.gatehouse.endpoints;
