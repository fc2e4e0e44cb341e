package dev.gatehouse.bench.load;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.pool.ChannelPool;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** One pooled connection: carries one call at a time and gives the connection back after it. */
final class ClientHandler extends ChannelInboundHandlerAdapter {
  private final ChannelPool pool;
  private final int timeoutS;
  private Call current;
  private boolean keepAlive;
  private ScheduledFuture<?> timeout;

  ClientHandler(ChannelPool pool, int timeoutS) {
    this.pool = pool;
    this.timeoutS = timeoutS;
  }

  /** Called on the channel's event loop before the request is written. */
  void start(ChannelHandlerContext ctx, Call call) {
    current = call;
    keepAlive = true;
    timeout =
        ctx.executor()
            .schedule(
                () -> {
                  if (current == call) {
                    end(ctx, "timeout after " + timeoutS + " s", false);
                  }
                },
                timeoutS,
                TimeUnit.SECONDS);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    try {
      Call call = current;
      if (call == null) {
        return;
      }
      if (msg instanceof HttpResponse response) {
        call.status = response.status().code();
        keepAlive = HttpUtil.isKeepAlive(response);
      }
      if (msg instanceof HttpContent content) {
        call.content(content.content(), System.nanoTime());
        if (msg instanceof LastHttpContent) {
          end(ctx, null, keepAlive);
        }
      }
    } finally {
      ReferenceCountUtil.release(msg);
    }
  }

  void fail(ChannelHandlerContext ctx, String reason) {
    if (current != null) {
      end(ctx, reason, false);
    }
  }

  private void end(ChannelHandlerContext ctx, String failure, boolean reusable) {
    Call call = current;
    current = null;
    // Cancelled, not left to fire: at 1000 req/s they would pile up for their 30 s.
    timeout.cancel(false);
    if (!reusable) {
      ctx.close();
    }
    pool.release(ctx.channel());
    call.finish(System.nanoTime(), failure);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    fail(ctx, "connection closed");
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    fail(ctx, cause.getClass().getSimpleName() + ": " + cause.getMessage());
    ctx.close();
  }
}
