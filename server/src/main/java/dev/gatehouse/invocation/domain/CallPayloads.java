package dev.gatehouse.invocation.domain;

import tools.jackson.databind.JsonNode;

/**
 * What an inference table keeps of one call, as captured on the call path: the request body as the
 * caller sent it (never a header, so never its token nor a provider credential) and the answer as
 * the caller got it (for a stream, the stream assembled into one answer; for a failure, its error
 * body). Only calls on endpoints with {@code ai_gateway.inference_table_config.enabled} carry one.
 *
 * @param request null when the call failed before its body was read
 * @param response null when the call ended without an answer or error body
 * @param responseCut the assembly of a stream stopped growing at the size cap
 */
public record CallPayloads(JsonNode request, JsonNode response, boolean responseCut) {
  /**
   * The default of {@code gatehouse.inference-tables.max-payload-bytes}, which both the capture (to
   * bound a stream's assembly) and the storage (to cap each payload) read.
   */
  public static final String DEFAULT_MAX_BYTES = "65536";
}
