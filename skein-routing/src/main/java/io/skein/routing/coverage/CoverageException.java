package io.skein.routing.coverage;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a topology fails validation; carries every error found, not just the first, so
 * an operator fixes a config in one pass.
 */
public final class CoverageException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<CoverageError> errors;

  public CoverageException(List<CoverageError> errors) {
    super(errors.stream().map(CoverageError::message)
        .collect(Collectors.joining("; ", "topology refused: ", "")));
    this.errors = List.copyOf(errors);
  }

  /** The errors, in rack order. */
  public List<CoverageError> errors() {
    return errors;
  }
}
