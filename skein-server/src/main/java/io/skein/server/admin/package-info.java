/**
 * The admin HTTP port ({@code stats_listen}): Prometheus metrics and Dynomite's admin endpoints.
 *
 * <p>Role on the request path: none; operators and monitoring read it, and
 * {@code /set_consistency} changes the levels the next request is planned with, through the
 * {@link io.skein.routing.pool.TopologyHolder}.
 *
 * <p>Entry points: {@link io.skein.server.admin.AdminHttpServer} over an
 * {@link io.skein.server.admin.AdminModel} ({@link io.skein.server.admin.NodeAdminModel} for a
 * node), and {@link io.skein.server.admin.NodeMetrics} for the metric names and the methods
 * the cluster layer feeds.
 *
 * <p>Threading: one admin event loop (its own, or a given NIO group) answers every request;
 * the model and metrics are thread-safe.
 * <p>Dependencies: Netty's HTTP codec, Prometheus metrics 1.x, Jackson, routing's pool and
 * topology, the server's context.
 */
package io.skein.server.admin;
