/**
 * JMH benchmarks of the routing core: {@code ClusterDispatcher.plan()} on 1-, 3- and 12-node
 * topologies. Run from the shaded jar (see docs/routing.md). Dependencies: skein-routing, JMH.
 */
package io.skein.benchmarks.routing;
