package dev.gatehouse.bench.upstream;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import java.util.concurrent.TimeUnit;

/** Writes one streamed answer: the first event at once, then a chunk every chunk delay. */
final class StreamWriter {
  private final ChannelHandlerContext ctx;
  private final boolean anthropic;
  private final Rendered rendered;
  private final UpstreamOptions options;
  private final boolean usage;
  private final boolean keepAlive;
  private int sent;

  StreamWriter(
      ChannelHandlerContext ctx,
      Route route,
      Rendered rendered,
      UpstreamOptions options,
      boolean usage,
      boolean keepAlive) {
    this.ctx = ctx;
    this.anthropic = route.anthropic;
    this.rendered = rendered;
    this.options = options;
    this.usage = usage;
    this.keepAlive = keepAlive;
  }

  void start() {
    ctx.write(UpstreamHandler.streamHead(options.id()));
    ctx.writeAndFlush(
        UpstreamHandler.chunk(anthropic ? rendered.messageFirst : rendered.chatFirst));
    next();
  }

  private void next() {
    if (!ctx.channel().isActive()) {
      return;
    }
    if (sent == options.chunks()) {
      byte[] end =
          anthropic ? rendered.messageEnd : usage ? rendered.chatEndWithUsage : rendered.chatEnd;
      var done = ctx.writeAndFlush(UpstreamHandler.last(end));
      if (!keepAlive) {
        done.addListener(ChannelFutureListener.CLOSE);
      }
      return;
    }
    if (options.chunkDelayMs() > 0) {
      ctx.executor().schedule(this::send, options.chunkDelayMs(), TimeUnit.MILLISECONDS);
    } else {
      send();
    }
  }

  private void send() {
    sent++;
    ctx.writeAndFlush(
        UpstreamHandler.chunk(anthropic ? rendered.messageChunk : rendered.chatChunk));
    next();
  }
}
