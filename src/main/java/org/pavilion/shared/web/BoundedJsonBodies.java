package org.pavilion.shared.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pavilion.shared.problem.ApiProblem;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * The JSON limit for bodies that do not declare their length (chunked): reading stops with a
 * 413 problem at the first byte past the limit. {@link BodyLimits} refuses a declared length
 * before anything is read.
 */
@Provider
public class BoundedJsonBodies implements ReaderInterceptor {

    @Inject
    @ConfigProperty(name = "pavilion.limits.json-body", defaultValue = "1M")
    MemorySize jsonLimit;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            context.setInputStream(new Bounded(context.getInputStream(), jsonLimit.asLongValue()));
        }
        return context.proceed();
    }

    static ApiProblem tooLarge(long limit) {
        return new ApiProblem(413, "payload-too-large", "Payload too large", "A JSON body may be at most " + limit + " bytes.");
    }

    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
