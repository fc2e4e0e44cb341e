/**
 * A typed REST client for Gatehouse's control-plane API (serving endpoints, secrets, permissions,
 * identities). It knows HTTP and Gatehouse's JSON, and nothing of Terraform: resources call it.
 */
package dev.gatehouse.terraform.client;
