package nnwb.core.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;

/**
 * The engine's JSON, written and read by Gson. Report builders assemble documents with explicit keys
 * as insertion-ordered {@link Map}s and {@link List}s of numbers, strings, booleans and nulls; this
 * class turns them into Gson trees (enums as lower-case names, non-finite numbers as null, decimals
 * without exponent noise) and back.
 */
public final class Json {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
            .create();

    private Json() {
    }

    /** A new insertion-ordered JSON object. */
    public static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    /** Writes a value as pretty-printed JSON. */
    public static String write(Object value) {
        return GSON.toJson(tree(value));
    }

    /** The Gson tree of a document built from maps, lists and plain values. */
    public static JsonElement tree(Object v) {
        if (v == null) {
            return JsonNull.INSTANCE;
        } else if (v instanceof JsonElement e) {
            return e;
        } else if (v instanceof String s) {
            return new JsonPrimitive(s);
        } else if (v instanceof Boolean b) {
            return new JsonPrimitive(b);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? new JsonPrimitive(plain(BigDecimal.valueOf(d))) : JsonNull.INSTANCE;
        } else if (v instanceof BigDecimal bd) {
            return new JsonPrimitive(plain(bd));
        } else if (v instanceof Number n) {
            return new JsonPrimitive(n);
        } else if (v instanceof Map<?, ?> m) {
            JsonObject o = new JsonObject();
            m.forEach((k, x) -> o.add(String.valueOf(k), tree(x)));
            return o;
        } else if (v instanceof Iterable<?> it) {
            JsonArray a = new JsonArray();
            it.forEach(x -> a.add(tree(x)));
            return a;
        } else if (v instanceof Enum<?> e) {
            return new JsonPrimitive(e.name().toLowerCase(Locale.ROOT));
        }
        return new JsonPrimitive(v.toString());
    }

    /** Integral decimals as integers, others as they are (1.50 becomes 1.5, 2.0 becomes 2). */
    private static Number plain(BigDecimal bd) {
        BigDecimal s = bd.stripTrailingZeros();
        return s.scale() <= 0 ? s.toBigInteger() : new BigDecimal(s.toPlainString());
    }

    /**
     * Parses JSON text strictly into maps, lists, strings, booleans, nulls and numbers (integers as
     * {@link Long} or {@link BigInteger}, others as {@link Double}); throws
     * {@link IllegalArgumentException} with Gson's reason on bad input.
     */
    public static Object parse(String text) {
        try {
            com.google.gson.stream.JsonReader r = new com.google.gson.stream.JsonReader(new java.io.StringReader(text));
            r.setStrictness(Strictness.STRICT);
            JsonElement e = JsonParser.parseReader(r);
            if (r.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                throw new IllegalArgumentException("trailing characters after the JSON value");
            }
            return plainValue(e);
        } catch (JsonParseException | java.io.IOException | IllegalStateException | NumberFormatException e) {
            throw new IllegalArgumentException("bad JSON: not valid JSON" + where(String.valueOf(e.getMessage())), e);
        } catch (StackOverflowError e) {
            throw new IllegalArgumentException("bad JSON: nested too deeply");
        }
    }

    /** " at line L column C" from a Gson message, or nothing: Gson's own wording (and its links) never reach a user. */
    private static String where(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+) column (\\d+)").matcher(message);
        return m.find() ? " at line " + m.group(1) + " column " + m.group(2) : "";
    }

    private static Object plainValue(JsonElement e) {
        if (e.isJsonNull()) {
            return null;
        } else if (e.isJsonObject()) {
            Map<String, Object> m = object();
            e.getAsJsonObject().entrySet().forEach(x -> m.put(x.getKey(), plainValue(x.getValue())));
            return m;
        } else if (e.isJsonArray()) {
            List<Object> l = new ArrayList<>();
            e.getAsJsonArray().forEach(x -> l.add(plainValue(x)));
            return l;
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return p.getAsBoolean();
        } else if (p.isString()) {
            return p.getAsString();
        }
        String n = p.getAsString();
        if (n.indexOf('.') < 0 && n.indexOf('e') < 0 && n.indexOf('E') < 0) {
            BigInteger i = new BigInteger(n);
            return i.bitLength() < 64 ? (Object) i.longValue() : i;
        }
        return p.getAsDouble();
    }
}
