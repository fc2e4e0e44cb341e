package dev.gatehouse.bench.load;

import dev.gatehouse.bench.Transports;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.pool.AbstractChannelPoolHandler;
import io.netty.channel.pool.FixedChannelPool;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.net.URI;

/**
 * Keep-alive HTTP/1.1 connections to one URL, at most {@code connections} of them; a call waits in
 * the pool's queue when all are busy, and that wait is part of its latency.
 */
final class HttpPool implements AutoCloseable {
  private final EventLoopGroup group;
  private final FixedChannelPool pool;
  private final URI url;
  private final String path;
  private final String token;

  HttpPool(URI url, int connections, String token, int timeoutS, int threads) {
    this.url = url;
    this.path = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    this.token = token;
    this.group = Transports.group(threads);
    Bootstrap bootstrap =
        new Bootstrap()
            .group(group)
            .channel(Transports.channel())
            .option(ChannelOption.TCP_NODELAY, true)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
            .remoteAddress(url.getHost(), url.getPort());
    FixedChannelPool[] self = new FixedChannelPool[1];
    this.pool =
        new FixedChannelPool(
            bootstrap,
            new AbstractChannelPoolHandler() {
              @Override
              public void channelCreated(Channel ch) {
                ch.pipeline()
                    .addLast(new HttpClientCodec())
                    .addLast(new ClientHandler(self[0], timeoutS));
              }
            },
            connections,
            Integer.MAX_VALUE);
    self[0] = pool;
  }

  void send(Call call, byte[] body) {
    pool.acquire()
        .addListener(
            acquired -> {
              if (!acquired.isSuccess()) {
                call.finish(System.nanoTime(), "connect: " + acquired.cause().getMessage());
                return;
              }
              Channel channel = (Channel) acquired.getNow();
              channel.eventLoop().execute(() -> write(channel, call, body));
            });
  }

  private void write(Channel channel, Call call, byte[] body) {
    ChannelHandlerContext ctx = channel.pipeline().context(ClientHandler.class);
    ClientHandler handler = (ClientHandler) ctx.handler();
    handler.start(ctx, call);
    channel
        .writeAndFlush(request(body))
        .addListener(
            written -> {
              if (!written.isSuccess()) {
                handler.fail(ctx, "write: " + written.cause().getMessage());
              }
            });
  }

  private FullHttpRequest request(byte[] body) {
    FullHttpRequest request =
        new DefaultFullHttpRequest(
            HttpVersion.HTTP_1_1, HttpMethod.POST, path, Unpooled.wrappedBuffer(body));
    request
        .headers()
        .set(HttpHeaderNames.HOST, url.getHost() + ":" + url.getPort())
        .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
        .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
    if (!token.isEmpty()) {
      request.headers().set(HttpHeaderNames.AUTHORIZATION, "Bearer " + token);
    }
    return request;
  }

  @Override
  public void close() {
    pool.close();
    group.shutdownGracefully();
  }
}
