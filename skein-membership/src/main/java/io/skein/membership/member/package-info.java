/**
 * The value types of the member lifecycle: {@link io.skein.membership.member.UniqueAddress},
 * {@link io.skein.membership.member.Member} and {@link io.skein.membership.member.MemberStatus}
 * with its table of allowed transitions.
 *
 * <p>Threading: immutable values. Dependencies: skein-core.
 */
package io.skein.membership.member;
