/**
 * The list commands (LPUSH, LPOP, LRANGE, LPOS, LMOVE, LMPOP, ...) and their blocking forms
 * (BLPOP, BRPOP, BLMOVE, BRPOPLPUSH, BLMPOP), over {@link io.skein.engine.lists.RedisList}, a
 * ring-buffer deque with O(1) index access.
 *
 * <p>Entry point: {@link io.skein.engine.lists.ListCommands#register}. Threading: handlers run
 * under the stripe locks of their keys, on the caller's I/O thread or, for a blocked client,
 * on the thread whose write made one of its keys ready. Blocking handlers never wait: with
 * nothing to pop they ask the executor to park the client ({@code CommandContext.block}) and
 * are run again later. Dependencies: the command model and the keyspace.
 */
package io.skein.engine.lists;
