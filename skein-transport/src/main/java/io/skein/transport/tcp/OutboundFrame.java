package io.skein.transport.tcp;

import io.skein.transport.frame.FrameType;

/**
 * A frame to write, before it is sealed: {@link SessionHandler} gives it its sequence number and
 * HMAC on the event loop, in write order, so sequence numbers on the wire always increase.
 *
 * @param type REQUEST, REPLY, ERROR_REPLY or ONEWAY
 * @param channelCode the message channel's wire code
 * @param correlationId the request's id (0 for ONEWAY)
 * @param payload the bytes to carry
 */
public record OutboundFrame(FrameType type, int channelCode, long correlationId,
    byte[] payload) {}
