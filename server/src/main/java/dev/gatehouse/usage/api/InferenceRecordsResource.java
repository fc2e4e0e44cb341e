package dev.gatehouse.usage.api;

import dev.gatehouse.access.domain.CallerContext;
import dev.gatehouse.endpoints.domain.EndpointName;
import dev.gatehouse.platform.json.JsonBody;
import dev.gatehouse.usage.domain.CappedPayload;
import dev.gatehouse.usage.domain.InferenceQueries;
import dev.gatehouse.usage.domain.InferenceRecord;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * An endpoint's inference table, newest first, a page at a time. Parameters are taken as text so a
 * malformed one gets a 400 naming it, as on the usage API.
 */
@Path("api/2.0/serving-endpoints/{name}/inference-records")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class InferenceRecordsResource {
  @Inject InferenceQueries inference;
  @Inject CallerContext caller;

  /**
   * One call. The payloads are JSON text, not JSON: a cut one is no longer a document, and a reader
   * gets the same type either way.
   */
  record Record(
      String id,
      long callTime,
      String servedEntityName,
      String principalName,
      String principalKind,
      String clientRequestId,
      boolean stream,
      int status,
      String errorCode,
      String request,
      long requestBytes,
      boolean requestTruncated,
      String response,
      long responseBytes,
      boolean responseTruncated) {
    static Record of(InferenceRecord r) {
      CappedPayload in = r.request();
      CappedPayload out = r.response();
      return new Record(
          r.id(),
          r.callTime(),
          r.servedEntityName(),
          r.principalName(),
          r.principalKind(),
          r.clientRequestId(),
          r.stream(),
          r.status(),
          r.errorCode(),
          in.text(),
          in.bytes(),
          in.truncated(),
          out.text(),
          out.bytes(),
          out.truncated());
    }
  }

  record Page(String endpointName, List<Record> records, String nextPageToken)
      implements JsonBody {}

  @GET
  public Page get(
      @PathParam("name") String name,
      @QueryParam("start_time") String startTime,
      @QueryParam("end_time") String endTime,
      @QueryParam("max_results") String maxResults,
      @QueryParam("page_token") String pageToken) {
    InferenceQueries.Page page =
        inference.page(
            new EndpointName(name), startTime, endTime, maxResults, pageToken, caller.get());
    return new Page(
        page.endpointName(),
        page.records().stream().map(Record::of).toList(),
        page.nextPageToken());
  }
}
