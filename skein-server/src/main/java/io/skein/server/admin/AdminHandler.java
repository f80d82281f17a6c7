package io.skein.server.admin;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;

/**
 * Answers one aggregated HTTP request with {@link AdminEndpoints}. Keeps the connection open
 * when the client asks to; closes it after a malformed request or an internal error.
 * Runs on the admin event loop; stateless, so one instance serves every connection.
 */
@io.netty.channel.ChannelHandler.Sharable
final class AdminHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

  private static final System.Logger LOG = System.getLogger(AdminHandler.class.getName());

  private final AdminEndpoints endpoints;
  private final String nodeName;

  AdminHandler(AdminEndpoints endpoints, String nodeName) {
    this.endpoints = endpoints;
    this.nodeName = nodeName;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    if (request.decoderResult().isFailure()) {
      send(ctx, AdminResponse.text(400, "request: malformed (expected: HTTP/1.1 GET)\n"), false);
      return;
    }
    AdminResponse response;
    try {
      response = endpoints.handle(request.method().name(), request.uri(),
          request.headers().get(HttpHeaderNames.ACCEPT));
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "[" + nodeName + "][admin] " + request.uri()
          + " failed", e);
      send(ctx, AdminResponse.text(500, "internal error: " + e + "\n"), false);
      return;
    }
    send(ctx, response, HttpUtil.isKeepAlive(request));
  }

  private static void send(ChannelHandlerContext ctx, AdminResponse r, boolean keepAlive) {
    FullHttpResponse http = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
        HttpResponseStatus.valueOf(r.status()), Unpooled.wrappedBuffer(r.body()));
    http.headers().set(HttpHeaderNames.CONTENT_TYPE, r.contentType());
    http.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, r.body().length);
    if (keepAlive) {
      http.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
      ctx.writeAndFlush(http);
    } else {
      http.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      ctx.writeAndFlush(http).addListener(ChannelFutureListener.CLOSE);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.log(System.Logger.Level.DEBUG, "[" + nodeName + "][admin] connection error: " + cause);
    ctx.close();
  }
}
