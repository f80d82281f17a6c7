package io.skein.routing.dispatch;

/**
 * What the planner needs to know about a request besides its key.
 *
 * @param id the request's id, unique per connection at least; the {@code random} distribution
 *     draws from it
 * @param operation read or write, which selects the consistency level
 */
public record Request(long id, Operation operation) {

  public Request {
    if (operation == null) {
      throw new IllegalArgumentException("request " + id + ": operation is null");
    }
  }

  public static Request read(long id) {
    return new Request(id, Operation.READ);
  }

  public static Request write(long id) {
    return new Request(id, Operation.WRITE);
  }
}
