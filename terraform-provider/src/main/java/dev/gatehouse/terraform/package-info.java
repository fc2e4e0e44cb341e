/**
 * The Gatehouse Terraform provider, layered: {@code protocol} (the wire), {@code framework}
 * (values, schemas, plan rules), {@code client} (Gatehouse's REST API, no Terraform types) and
 * {@code resources/<type>} (one resource per API object). {@link
 * dev.gatehouse.terraform.GatehouseProvider} wires them together.
 */
package dev.gatehouse.terraform;
