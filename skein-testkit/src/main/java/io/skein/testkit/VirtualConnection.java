package io.skein.testkit;

import io.skein.transport.frame.FrameSession;

/**
 * One in-memory connection, opened by {@code initiator} to {@code responder}: the two ends'
 * {@link FrameSession}s after a real HELLO exchange. Each session is touched only under the lock
 * of the transport that owns that end.
 */
record VirtualConnection(InProcessClusterTransport initiator,
    InProcessClusterTransport responder, FrameSession initiatorSession,
    FrameSession responderSession) {}
