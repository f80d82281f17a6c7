package io.skein.transport.tcp;

import io.skein.core.HostAndPort;

/**
 * Pipeline user event: both HELLOs verified, frames flow from now on.
 *
 * @param peer the peer's advertised address, from its HELLO
 */
public record SessionEstablished(HostAndPort peer) {}
