package com.carato.ml.registry;

import com.carato.domain.Message;
import com.carato.domain.MessageCodes;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry's JSON settings: ISO dates, indented manifests, unknown fields tolerated, and
 * engine-text {@link Message}s as {@code {"code": "history.promoted-by", "args": ["anna"]}} (a
 * message whose code this version does not know reads as null).
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule("carato-messages")
                    .addSerializer(Message.class, new MessageWriter())
                    .addDeserializer(Message.class, new MessageReader()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** One-line form for the append-only log. */
    static final ObjectMapper LINE = MAPPER.copy().disable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    private static final class MessageWriter extends JsonSerializer<Message> {
        @Override
        public void serialize(Message m, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartObject();
            out.writeStringField("code", m.code().code());
            out.writeArrayFieldStart("args");
            for (Object a : m.args()) {
                if (a instanceof Message nested) {
                    serialize(nested, out, provider);
                } else if (a instanceof Number n) {
                    out.writeNumber(n.toString());
                } else {
                    out.writeString(String.valueOf(a));
                }
            }
            out.writeEndArray();
            out.writeEndObject();
        }
    }

    private static final class MessageReader extends JsonDeserializer<Message> {
        @Override
        public Message deserialize(JsonParser in, DeserializationContext context) throws IOException {
            return message(in.readValueAsTree());
        }

        private static Message message(JsonNode node) {
            if (node == null || !node.isObject()) {
                return null;
            }
            var code = MessageCodes.find(node.path("code").asText());
            if (code.isEmpty()) {
                return null;
            }
            List<Object> args = new ArrayList<>();
            for (JsonNode a : node.path("args")) {
                Object value = a.isIntegralNumber() ? (Object) a.longValue()
                        : a.isNumber() ? (Object) a.doubleValue()
                        : a.isObject() ? message(a) : a.asText();
                if (value == null) {
                    return null;
                }
                args.add(value);
            }
            return new Message(code.get(), args.toArray());
        }
    }
}
