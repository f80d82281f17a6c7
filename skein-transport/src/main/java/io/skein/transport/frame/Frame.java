package io.skein.transport.frame;

/**
 * One decoded frame (its HMAC already checked by whoever produced this value).
 *
 * @param type what the frame is
 * @param channelCode the {@link io.skein.transport.MessageChannel} wire code; 0 on HELLO
 * @param correlationId pairs a reply with its request; 0 on HELLO and ONEWAY
 * @param sequence the sender's sequence number in this direction (HELLO: 0)
 * @param payload the frame's payload, owned by this value
 */
public record Frame(FrameType type, int channelCode, long correlationId, long sequence,
    byte[] payload) {}
