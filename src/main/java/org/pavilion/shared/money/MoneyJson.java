package org.pavilion.shared.money;

import java.io.IOException;

import org.pavilion.shared.problem.InvalidJsonValue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Money as JSON: {@code {"amount": "12000000", "currency": "KRW"}}, amount always a string. */
final class MoneyJson {

    private MoneyJson() {
    }

    static final class Serializer extends JsonSerializer<Money> {
        @Override
        public void serialize(Money value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("amount", value.amountString());
            gen.writeStringField("currency", value.currency().getCurrencyCode());
            gen.writeEndObject();
        }
    }

    static final class Deserializer extends JsonDeserializer<Money> {
        @Override
        public Money deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw invalid(parser, "must be an object {\"amount\": \"...\", \"currency\": \"...\"}");
            }
            JsonNode node = ctxt.readTree(parser);
            ObjectNode object = (ObjectNode) node;
            var names = object.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!name.equals("amount") && !name.equals("currency")) {
                    throw invalid(parser, "has an unknown field '" + name + "'");
                }
            }
            JsonNode amount = object.get("amount");
            JsonNode currency = object.get("currency");
            if (amount == null || !amount.isTextual()) {
                throw invalid(parser, "amount must be a decimal string such as \"12000000\", not a number or null");
            }
            if (currency == null || !currency.isTextual()) {
                throw invalid(parser, "currency must be an ISO 4217 code such as \"KRW\"");
            }
            try {
                Money money = Money.of(amount.textValue(), currency.textValue());
                if (money.isNegative()) {
                    throw invalid(parser, "amount must not be negative");
                }
                return money;
            } catch (InvalidMoney e) {
                throw invalid(parser, e.getMessage());
            }
        }

        private static InvalidJsonValue invalid(JsonParser parser, String message) {
            return new InvalidJsonValue(parser, message);
        }
    }
}
