/**
 * The provider's documentation in the Terraform registry layout ({@code docs/index.md}, {@code
 * docs/resources/*.md}, {@code docs/data-sources/*.md}), generated from the schemas' descriptions
 * and the HCL under {@code examples/}, so that the pages cannot disagree with what the provider
 * serves. {@code DocsGeneratorTest} fails the build when the committed pages drift; {@code mvn -pl
 * terraform-provider compile exec:java@docs} rewrites them.
 */
package dev.gatehouse.terraform.docs;
