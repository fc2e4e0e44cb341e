/**
 * One package per Terraform type ({@code resources/<type>/}), each a {@code Resource} written in
 * the order metadata, schema, validate, create, read, update, delete, import, registered in {@link
 * dev.gatehouse.terraform.resources.Resources}. Resources call the typed {@code client}; they hold
 * no HTTP and no protocol code.
 */
package dev.gatehouse.terraform.resources;
