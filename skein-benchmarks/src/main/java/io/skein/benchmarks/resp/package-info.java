/**
 * JMH benchmarks of the RESP codec: the request decoder on a pipeline of typical commands and
 * the reply encoder's common replies. Not on the request path; run from the shaded
 * {@code skein-benchmarks.jar} (see docs/protocol.md for the command and the latest figures).
 *
 * <p>Threading: JMH's. Dependencies: skein-resp, Netty, JMH.
 */
package io.skein.benchmarks.resp;
