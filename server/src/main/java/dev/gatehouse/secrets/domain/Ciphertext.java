package dev.gatehouse.secrets.domain;

/**
 * An encrypted value as stored: the id of the master key it was made with, and the base64 of the
 * cipher's output (for AES-GCM: the 96-bit nonce, then the ciphertext and its 128-bit tag).
 */
public record Ciphertext(String masterKeyId, String data) {}
