package org.taxonomist.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.taxonomist.dam.UnknownEntryException;
import org.taxonomist.dam.reference.DuplicateAssetException;
import org.taxonomist.dam.reference.SynonymConflictException;
import org.taxonomist.dam.reference.UploadTooLargeException;
import org.taxonomist.decision.DecisionConflictException;
import org.taxonomist.models.image.ImageTooLargeException;
import org.taxonomist.models.image.UnreadableImageException;
import org.taxonomist.models.image.UnsupportedImageFormatException;

/**
 * Turns every failure into JSON with a status and a message. Domain exceptions may arrive wrapped
 * (by transactions or CDI), so the cause chain is searched for the first one we know.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    /** A row another transaction (a job replacing super-labels, say) holds for longer than the database waits. */
    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][\\w$]*)");

    static final String BUSY = "A job is changing this right now; try again in a moment.";

    @Override
    public Response toResponse(Throwable thrown) {
        return response(thrown);
    }

    static Response response(Throwable thrown) {
        ErrorMessage error = classify(thrown);
        if (error.status() >= 500) {
            LOG.log(Level.SEVERE, "Request failed", thrown);
        }
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }

    /** "No enum constant org.taxonomist.decision.Decision.MAYBE" becomes "No enum constant Decision.MAYBE": no package names. */
    static String withoutJavaNames(String message) {
        return message == null ? "" : QUALIFIED_NAME.matcher(message).replaceAll("$1");
    }

    static ErrorMessage classify(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause()) {
            if (e instanceof UnknownEntryException) {
                return new ErrorMessage(404, e.getMessage());
            }
            if (e instanceof DuplicateAssetException duplicate) {
                return new ErrorMessage(409, e.getMessage(), duplicate.existingAssetId());
            }
            if (e instanceof UploadTooLargeException || e instanceof ImageTooLargeException) {
                return new ErrorMessage(413, e.getMessage());
            }
            if (e instanceof UnsupportedImageFormatException) {
                return new ErrorMessage(415, e.getMessage());
            }
            if (e instanceof UnreadableImageException) {
                return new ErrorMessage(422, e.getMessage());
            }
            if (e instanceof DecisionConflictException || e instanceof SynonymConflictException) {
                return new ErrorMessage(409, e.getMessage());
            }
            if (e instanceof OptimisticLockException) {
                return new ErrorMessage(409, "Someone else changed this at the same time; reload and try again.");
            }
            if (e instanceof PessimisticLockException || e instanceof LockTimeoutException) {
                return new ErrorMessage(409, BUSY);
            }
            if (e instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                // An integrity constraint (SQL state class 23) caught two requests storing the same thing at once.
                return new ErrorMessage(409, "Someone stored the same thing at the same moment; reload and try again.");
            }
            if (e instanceof JsonbException || e instanceof JsonException) {
                return new ErrorMessage(400, "The request body is not the JSON this address takes: " + withoutJavaNames(e.getMessage()));
            }
            if (e instanceof IllegalArgumentException) {
                return new ErrorMessage(400, e.getMessage());
            }
            if (e instanceof WebApplicationException web) {
                int status = web.getResponse().getStatus();
                if (status == 404 && web.getCause() instanceof IllegalArgumentException wrongForm) {
                    // JAX-RS answers a parameter it cannot convert (offset=x) with 404, as if the address were wrong.
                    return new ErrorMessage(400, "A parameter of this request has the wrong form: " + wrongForm.getMessage());
                }
                return new ErrorMessage(status, status == 404 ? "There is nothing at this address." : e.getMessage());
            }
        }
        return new ErrorMessage(500, "The server failed to handle the request; the details are in the server log.");
    }
}
