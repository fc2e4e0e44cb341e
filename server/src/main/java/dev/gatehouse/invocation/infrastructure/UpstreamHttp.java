package dev.gatehouse.invocation.infrastructure;

import dev.gatehouse.invocation.domain.UpstreamTimeoutException;
import dev.gatehouse.invocation.domain.UpstreamUnreachableException;
import dev.gatehouse.providers.UpstreamRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one pooled HTTP client every provider call goes through: connections are kept and reused. The
 * read timeout bounds each attempt up to the response headers. It is the client's own timeout, not
 * a fault-tolerance {@code @Timeout}: Payara runs that one as a task on a managed scheduled
 * executor, capturing the thread context for every call, which cost a fifth of the CPU of a proxied
 * call (docs/performance.md). Retry, breaker and bulkhead sit above, and count a timeout as a
 * failure.
 */
@ApplicationScoped
public class UpstreamHttp {
  @Inject
  @ConfigProperty(name = "gatehouse.invocations.connect-timeout-ms", defaultValue = "10000")
  long connectTimeoutMs;

  @Inject
  @ConfigProperty(name = "gatehouse.invocations.read-timeout-ms", defaultValue = "60000")
  long readTimeoutMs;

  private HttpClient client;

  @PostConstruct
  void start() {
    client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofMillis(connectTimeoutMs))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * What went wrong with a connection, in words a caller can use: exception names are server
   * internals and stay out of the client's message.
   */
  static String brokenConnection(IOException e) {
    return e instanceof ConnectException
        ? "was refused"
        : "was closed or reset before the answer was complete";
  }

  /** Sends a request; its body handler decides whether the body is read now or streamed. */
  public <T> HttpResponse<T> send(UpstreamRequest request, HttpResponse.BodyHandler<T> handler) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(request.uri()).timeout(Duration.ofMillis(readTimeoutMs));
    request.headers().forEach(builder::header);
    builder.method(
        request.method(),
        request.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    try {
      return client.send(builder.build(), handler);
    } catch (HttpConnectTimeoutException e) {
      throw new UpstreamUnreachableException(
          "connecting to " + request.uri().getHost() + " timed out");
    } catch (HttpTimeoutException e) {
      throw new UpstreamTimeoutException("no answer within " + readTimeoutMs + " ms");
    } catch (IOException e) {
      throw new UpstreamUnreachableException(
          "connection to " + request.uri().getHost() + " " + brokenConnection(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UpstreamUnreachableException("the call was interrupted");
    }
  }
}
