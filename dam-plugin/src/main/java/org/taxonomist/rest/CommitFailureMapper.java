package org.taxonomist.rest;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that fails as it commits (a row a job holds too long, a concurrent change caught
 * by its version) arrives as a {@link TransactionalException}. Jersey maps that type with a mapper
 * of its own which rethrows it, and the client got a bare 500 — or, through the error page, a 403.
 * This mapper, preferred for the type, answers as {@link ErrorMapper} does for every other failure.
 */
@Provider
@Priority(1)
public class CommitFailureMapper implements ExceptionMapper<TransactionalException> {

    @Override
    public Response toResponse(TransactionalException failure) {
        return ErrorMapper.response(failure);
    }
}
