/**
 * Serving endpoints: named, tagged, owned resources whose configs are versioned and change only
 * through serialized, non-disruptive updates, and the grants that say who may view, query and
 * manage each one. {@code api} holds the resources and wire records, {@code domain} the rules, the
 * update state machine, the coordinator and the access policy, {@code infrastructure} the JPA
 * repositories.
 */
package dev.gatehouse.endpoints;
