package org.pavilion.shared.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value our own deserializers refuse, with a message written for the person who
 * sent it (safe to show, unlike Jackson's own messages, which name Java types).
 */
public class InvalidJsonValue extends JsonMappingException {
    public InvalidJsonValue(JsonParser parser, String message) {
        super(parser, message);
    }
}
