package com.carato.http;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a request body, refusing (413) one larger than the configured limit without buffering it all. */
final class BodyReader {

    private final long maxBytes;

    BodyReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    byte[] read(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(declared);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw tooLarge(-1);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("the request body could not be read", e);
        }
    }

    private ProblemException tooLarge(long declared) {
        return new ProblemException(ProblemType.TOO_LARGE, "the request body "
                + (declared > 0 ? "has " + declared + " bytes" : "is larger than the limit")
                + "; this server accepts at most " + maxBytes + " bytes. Split the stones into smaller batches");
    }
}
