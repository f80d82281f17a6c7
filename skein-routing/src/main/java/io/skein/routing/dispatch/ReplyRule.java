package io.skein.routing.dispatch;

/**
 * How the client's answer is chosen from replica replies (DESIGN §2, "replies after" and
 * "replies with"). Applied per datacenter with a non-zero {@link DcRequirement#required()}.
 */
public enum ReplyRule {
  /** DC_ONE reads: the single target's reply, whatever it is. */
  FIRST_REPLY,
  /** DC_ONE writes: the first successful reply. */
  FIRST_SUCCESS,
  /** DC_QUORUM writes: once a quorum succeeded, the newest of their replies. */
  QUORUM_SUCCESSES,
  /** DC_QUORUM reads: once a quorum answered, the reply with the newest version. */
  NEWEST_OF_QUORUM,
  /** DC_SAFE_QUORUM, DC_EACH_SAFE_QUORUM: a quorum of identical replies, else an error. */
  IDENTICAL_QUORUM
}
