package org.taxonomist.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.taxonomist.dam.reference.DuplicateAssetException;
import org.taxonomist.failure.Failure;

/** Turns every failure into JSON with its status and message, as {@link Failure} reads it; a fault of the server is logged. */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        return response(thrown);
    }

    static Response response(Throwable thrown) {
        Failure failure = Failure.of(thrown);
        if (!failure.expected()) {
            LOG.log(Level.SEVERE, "Request failed", thrown);
        }
        return Response.status(failure.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(message(thrown, failure))
                .build();
    }

    static ErrorMessage classify(Throwable thrown) {
        return message(thrown, Failure.of(thrown));
    }

    private static ErrorMessage message(Throwable thrown, Failure failure) {
        Long existing = Failure.find(thrown, DuplicateAssetException.class)
                .map(DuplicateAssetException::existingAssetId)
                .orElse(null);
        return new ErrorMessage(failure.status(), failure.message(), existing);
    }
}
