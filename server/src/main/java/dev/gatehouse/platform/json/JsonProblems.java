package dev.gatehouse.platform.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** What a caller is told about a request body that Jackson read badly or could not read. */
public final class JsonProblems {
  /**
   * The parts of Jackson's messages that name its own classes and settings: "(500, from
   * `StreamReadConstraints…`)", "(bound as `tools.jackson…JsonNode`)", "as per
   * `DeserializationFeature…`", "(`JsonToken.START_OBJECT`)".
   */
  private static final Pattern INTERNALS =
      Pattern.compile(
          ",? from `[^`]*`| \\(bound as `[^`]*`\\)|: not allowed as per `[^`]*`|`JsonToken\\.");

  private JsonProblems() {}

  /** The parser's account of the syntax error, without the names of Jackson's classes. */
  public static String syntax(JacksonException e) {
    String message = e.getOriginalMessage();
    return message == null
        ? "unreadable input"
        : INTERNALS.matcher(message).replaceAll("").replace("`", "").trim();
  }

  /**
   * Where the body stops being UTF-8, or empty when it is UTF-8 throughout. Jackson decodes
   * overlong sequences ({@code C0 AF} becomes {@code /}) and encoded surrogates without a word, so
   * a check of the bytes and one of the text could disagree; RFC 8259 asks for UTF-8, and RFC 3629
   * forbids both forms.
   */
  public static Optional<String> notUtf8(byte[] body) {
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    CoderResult result = strict.decode(in, CharBuffer.allocate(body.length), true);
    return result.isError()
        ? Optional.of("byte " + in.position() + " starts no valid UTF-8 sequence")
        : Optional.empty();
  }

  /**
   * The JSON path of the first string value holding an unpaired UTF-16 surrogate, such as {@code
   * "\ud800"}: JSON's syntax admits it, but it is no Unicode text, cannot be written as UTF-8, and
   * would be stored as a name nobody can type. (The parser itself refuses one in a field name.)
   */
  public static Optional<String> unpairedSurrogate(JsonNode node, String path) {
    if (node.isString()) {
      return wellFormed(node.asString()) ? Optional.empty() : Optional.of(path);
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Optional<String> found = unpairedSurrogate(node.get(i), path + "[" + i + "]");
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        Optional<String> found = unpairedSurrogate(field.getValue(), path + "." + field.getKey());
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  static boolean wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
