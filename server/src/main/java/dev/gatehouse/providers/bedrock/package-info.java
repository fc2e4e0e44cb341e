/**
 * Amazon Bedrock Runtime behind Gatehouse's OpenAI-shaped API. {@link
 * dev.gatehouse.providers.bedrock.BedrockAdapter} wires SigV4 signing (from the AWS SDK, never by
 * hand), the Converse request and answer (chat, and completions emulated as one user message),
 * model-native InvokeModel bodies for Titan and Cohere embeddings, Bedrock's error headers, and the
 * binary AWS event stream of {@code converse-stream}, framed by the invocation context.
 */
package dev.gatehouse.providers.bedrock;
