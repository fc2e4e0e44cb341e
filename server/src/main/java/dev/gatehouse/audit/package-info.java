/**
 * The audit trail: every change (and every refused attempt to change) anything in Gatehouse, who
 * did it, when, to what, with which outcome, and a before/after summary with every credential
 * redacted. Append-only for the application.
 */
package dev.gatehouse.audit;
