package org.pavilion.shared.web;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import org.pavilion.shared.problem.InvalidJsonValue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * JSON input is taken as typed: a number where a string is expected (or the reverse) is a 400,
 * not silently converted, so {@code "krwPerUnit": 1453.2} is refused like {@code "amount": 1000}.
 * Every string obeys {@link PlainText} and every date {@link BusinessDate}: a date sent as a number
 * (which Jackson would read as days since 1970) or in the year 57412 never reaches the store. A field
 * named twice in one object is refused rather than silently taking the last value.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Applied after Quarkus's own customizers, so these deserializers replace the Java time module's. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean }) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("pavilion-strict-values")
                .addDeserializer(String.class, new PlainTextDeserializer())
                .addDeserializer(LocalDate.class, new BusinessDateDeserializer()));
    }

    /** Jackson's own string reading, then the one text rule. */
    static final class PlainTextDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            var problem = PlainText.problemWith(text);
            if (problem.isPresent()) {
                throw new InvalidJsonValue(parser, problem.get());
            }
            return text;
        }
    }

    /** A business date is a {@code YYYY-MM-DD} string of years 1900 to 2999, nothing else. */
    static final class BusinessDateDeserializer extends StdScalarDeserializer<LocalDate> {
        BusinessDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new InvalidJsonValue(parser, "must be a date string YYYY-MM-DD, not a number or an object");
            }
            return BusinessDate.parse(parser.getText())
                    .orElseThrow(() -> new InvalidJsonValue(parser, BusinessDate.RULE));
        }
    }
}
