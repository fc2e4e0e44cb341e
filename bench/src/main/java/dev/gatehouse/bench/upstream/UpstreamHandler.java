package dev.gatehouse.bench.upstream;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** Answers each call after the configured latency, or fails it as configured. */
@ChannelHandler.Sharable
final class UpstreamHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  private static final int MAX_CACHED_MODELS = 64;
  private final UpstreamOptions options;
  private final Map<String, Rendered> byModel = new ConcurrentHashMap<>();

  UpstreamHandler(UpstreamOptions options) {
    this.options = options;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    if (request.method() == HttpMethod.GET && request.uri().startsWith("/v1/models")) {
      write(ctx, full(HttpResponseStatus.OK, Route.MODELS), keepAlive);
      return;
    }
    Route route = request.method() == HttpMethod.POST ? Route.of(request.uri()) : null;
    if (route == null) {
      byte[] body = "{\"error\":{\"message\":\"no such route\"}}".getBytes(UTF_8);
      write(ctx, full(HttpResponseStatus.NOT_FOUND, body), keepAlive);
      return;
    }
    String body = request.content().toString(UTF_8);
    double dice = ThreadLocalRandom.current().nextDouble(100);
    if (dice < options.failPct()) {
      later(
          ctx,
          () ->
              write(
                  ctx,
                  full(HttpResponseStatus.INTERNAL_SERVER_ERROR, route.serverError()),
                  keepAlive));
      return;
    }
    if (dice < options.failPct() + options.rateLimitPct()) {
      FullHttpResponse limited = full(HttpResponseStatus.TOO_MANY_REQUESTS, route.rateLimited());
      limited.headers().set(HttpHeaderNames.RETRY_AFTER, "1");
      later(ctx, () -> write(ctx, limited, keepAlive));
      return;
    }
    Rendered rendered = rendered(RequestScan.model(body));
    if (RequestScan.stream(body) && route != Route.EMBEDDINGS) {
      boolean usage = RequestScan.includeUsage(body);
      later(ctx, () -> new StreamWriter(ctx, route, rendered, options, usage, keepAlive).start());
    } else {
      later(ctx, () -> write(ctx, full(HttpResponseStatus.OK, route.answer(rendered)), keepAlive));
    }
  }

  private Rendered rendered(String model) {
    Rendered cached = byModel.get(model);
    if (cached != null) {
      return cached;
    }
    Rendered fresh = new Rendered(model, options);
    if (byModel.size() < MAX_CACHED_MODELS) {
      byModel.putIfAbsent(model, fresh);
    }
    return fresh;
  }

  /** Runs the answer after the fixed latency plus a uniform jitter, on the channel's own loop. */
  private void later(ChannelHandlerContext ctx, Runnable answer) {
    long delay = options.latencyMs() * 1000L;
    if (options.jitterMs() > 0) {
      delay += ThreadLocalRandom.current().nextLong(options.jitterMs() * 1000L + 1);
    }
    if (delay == 0) {
      answer.run();
    } else {
      ctx.executor().schedule(answer, delay, TimeUnit.MICROSECONDS);
    }
  }

  private FullHttpResponse full(HttpResponseStatus status, byte[] body) {
    FullHttpResponse response =
        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
    response
        .headers()
        .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
        .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
        .set("x-upstream-id", options.id());
    return response;
  }

  static void write(ChannelHandlerContext ctx, FullHttpResponse response, boolean keepAlive) {
    if (keepAlive) {
      ctx.writeAndFlush(response);
    } else {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
  }

  /** The head of a streamed answer: SSE, chunked. */
  static HttpResponse streamHead(String upstreamId) {
    HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
    head.headers()
        .set(HttpHeaderNames.CONTENT_TYPE, "text/event-stream; charset=utf-8")
        .set(HttpHeaderNames.CACHE_CONTROL, "no-cache")
        .set("x-upstream-id", upstreamId);
    HttpUtil.setTransferEncodingChunked(head, true);
    return head;
  }

  static DefaultHttpContent chunk(byte[] bytes) {
    return new DefaultHttpContent(Unpooled.wrappedBuffer(bytes));
  }

  static DefaultLastHttpContent last(byte[] bytes) {
    return new DefaultLastHttpContent(Unpooled.wrappedBuffer(bytes));
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }
}
