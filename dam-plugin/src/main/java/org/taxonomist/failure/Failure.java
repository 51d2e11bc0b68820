package org.taxonomist.failure;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.taxonomist.models.image.ImageTooLargeException;
import org.taxonomist.models.image.UnreadableImageException;
import org.taxonomist.models.image.UnsupportedImageFormatException;
import org.taxonomist.models.manifest.ManifestException;

/**
 * What went wrong, read once for every surface: the REST answer, the console's message and a bulk
 * decision's outcome word a failure the same way. Exceptions may arrive wrapped (by transactions
 * or CDI), so the cause chain is searched for the first one known. An unknown failure is the
 * server's fault ({@link #expected} false): each surface logs it and says so without details.
 *
 * @param status   the HTTP status REST answers with
 * @param message  a sentence a person can act on
 * @param expected whether it is a known refusal or conflict rather than a fault of the server
 */
public record Failure(int status, String message, boolean expected) {

    static final String CHANGED = "Someone else changed this at the same time; reload to see their change.";
    static final String BUSY = "A job is changing this right now; try again in a moment.";
    static final String SAME_MOMENT = "Someone stored the same thing at the same moment; reload and try again.";
    static final String UNEXPECTED = "The server failed to handle this; the details are in the server log.";

    /** "No enum constant org.taxonomist.decision.Decision.MAYBE" reads "No enum constant Decision.MAYBE": no package names. */
    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][\\w$]*)");

    public static Failure of(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause()) {
            if (e instanceof RefusedRequestException refused) {
                return refusal(refused.status(), e.getMessage());
            }
            if (e instanceof ImageTooLargeException) {
                return refusal(413, e.getMessage());
            }
            if (e instanceof UnsupportedImageFormatException) {
                return refusal(415, e.getMessage());
            }
            if (e instanceof UnreadableImageException) {
                return refusal(422, e.getMessage());
            }
            if (e instanceof ManifestException) {
                return refusal(400, e.getMessage());
            }
            if (e instanceof OptimisticLockException) {
                return refusal(409, CHANGED);
            }
            if (e instanceof PessimisticLockException || e instanceof LockTimeoutException) {
                return refusal(409, BUSY);
            }
            if (e instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                // An integrity constraint (SQL state class 23) caught two requests storing the same thing at once.
                return refusal(409, SAME_MOMENT);
            }
            if (e instanceof JsonbException || e instanceof JsonException) {
                return refusal(
                        400,
                        "The request body is not the JSON this address takes: " + withoutJavaNames(e.getMessage()));
            }
            if (e instanceof WebApplicationException web) {
                int status = web.getResponse().getStatus();
                if (status == 404 && web.getCause() instanceof IllegalArgumentException wrongForm) {
                    // JAX-RS answers a parameter it cannot convert (offset=x) with 404, as if the address were wrong.
                    return refusal(400, "A parameter of this request has the wrong form: " + wrongForm.getMessage());
                }
                return new Failure(
                        status, status == 404 ? "There is nothing at this address." : e.getMessage(), status < 500);
            }
        }
        return new Failure(500, UNEXPECTED, false);
    }

    /** The first exception of the type in the cause chain, if any: for the details a refusal carries. */
    public static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
        for (Throwable e = thrown; e != null; e = e.getCause()) {
            if (type.isInstance(e)) {
                return Optional.of(type.cast(e));
            }
        }
        return Optional.empty();
    }

    private static Failure refusal(int status, String message) {
        return new Failure(status, message, true);
    }

    static String withoutJavaNames(String message) {
        return message == null ? "" : QUALIFIED_NAME.matcher(message).replaceAll("$1");
    }
}
