/**
 * Secrets: scopes, the secrets they hold and their ACLs (the Databricks secrets API), values
 * encrypted at rest with AES-256-GCM under rotatable master keys, and what endpoints need from
 * them: the rule that referencing a secret needs READ on its scope, {@code *_plaintext} credentials
 * moved into a scope Gatehouse manages, a readiness check that every reference resolves, and the
 * {@link dev.gatehouse.secrets.domain.SecretResolver} through which Gatehouse alone reads values.
 * {@code api} holds the resources, {@code domain} the rules, services and ports ({@code
 * SecretRepository}, {@code SecretCipher}, {@code MasterKeys}), {@code infrastructure} JPA, AES-GCM
 * and the key files.
 */
package dev.gatehouse.secrets;
