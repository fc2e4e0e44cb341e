package dev.gatehouse.bench.upstream;

import dev.gatehouse.bench.Transports;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import java.net.InetSocketAddress;

/**
 * The fake provider upstream: a Netty server on loopback with OpenAI's and Anthropic's routes. It
 * prints {@code listening <port>} once bound and runs until killed.
 */
public final class UpstreamMain {
  private UpstreamMain() {}

  public static void main(String[] args) throws InterruptedException {
    UpstreamOptions options = UpstreamOptions.parse(args);
    Channel channel;
    try {
      channel = start(options);
    } catch (IllegalStateException e) {
      System.err.println("fake upstream: " + e.getMessage() + ": " + e.getCause());
      System.exit(1);
      return;
    }
    System.out.printf(
        "fake upstream '%s' listening %d (%s)%n",
        options.id(), ((InetSocketAddress) channel.localAddress()).getPort(), Transports.name());
    System.out.flush();
    channel.closeFuture().sync();
  }

  /**
   * Binds the fake on 127.0.0.1; closing the returned channel stops it and its event loops.
   *
   * @throws IllegalStateException when the port cannot be bound (the event loops are stopped)
   */
  public static Channel start(UpstreamOptions options) {
    EventLoopGroup boss = Transports.group(1);
    EventLoopGroup workers = Transports.group(options.threads());
    UpstreamHandler handler = new UpstreamHandler(options);
    ChannelFuture bound =
        new ServerBootstrap()
            .group(boss, workers)
            .channel(Transports.serverChannel())
            .option(ChannelOption.SO_BACKLOG, 4096)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ch.pipeline()
                        .addLast(new HttpServerCodec())
                        .addLast(new HttpServerKeepAliveHandler())
                        .addLast(new HttpObjectAggregator(1 << 20))
                        .addLast(handler);
                  }
                })
            .bind("127.0.0.1", options.port())
            .awaitUninterruptibly();
    if (!bound.isSuccess()) {
      boss.shutdownGracefully();
      workers.shutdownGracefully();
      throw new IllegalStateException(
          "cannot listen on 127.0.0.1:" + options.port(), bound.cause());
    }
    Channel channel = bound.channel();
    channel
        .closeFuture()
        .addListener(
            f -> {
              boss.shutdownGracefully();
              workers.shutdownGracefully();
            });
    return channel;
  }
}
