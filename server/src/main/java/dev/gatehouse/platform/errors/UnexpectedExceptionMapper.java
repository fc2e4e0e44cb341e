package dev.gatehouse.platform.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line of defence: a bug becomes a 500 with a reference the operator can find in the log,
 * and the client sees no stack trace, class name or SQL.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
    return ErrorBody.response(
        ErrorCode.INTERNAL_ERROR,
        "Internal error (reference " + reference + "); the server log has the details.");
  }
}
