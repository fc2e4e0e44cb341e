/**
 * The wire contract of Gatehouse's control plane, kept apart from the server so that clients, tests
 * and tooling can check documents against exactly what the server enforces.
 *
 * <p>The JSON Schemas under {@code dev/gatehouse/schema/v1/} carry only structural rules (types,
 * enums, required fields, patterns, bounds, closed objects). Rules that relate several fields, such
 * as "give a credential either as a secret reference or as plaintext", stay in the server, where
 * they can be explained in a sentence; the schema descriptions mention them so that a reader of the
 * schema alone is not surprised.
 *
 * <p>{@link dev.gatehouse.schema.SchemaValidator} turns schema failures into {@link
 * dev.gatehouse.schema.Violation}s whose paths and messages are stable enough to assert on and to
 * show to API callers.
 */
package dev.gatehouse.schema;
