/** The AI21 Labs (Jamba) adapter: OpenAI's wire format at AI21's chat path. */
package dev.gatehouse.providers.ai21labs;
