package dev.gatehouse.terraform.docs;

/** The few markdown shapes the pages share. */
final class Markdown {
  private Markdown() {}

  /** The registry's YAML front matter; the description as a literal block, never re-wrapped. */
  static String frontMatter(String pageTitle, String subcategory, String description) {
    StringBuilder yaml = new StringBuilder("---\n");
    yaml.append("page_title: \"").append(pageTitle.replace("\"", "\\\"")).append("\"\n");
    yaml.append("subcategory: \"").append(subcategory).append("\"\n");
    yaml.append("description: |-\n");
    description.lines().forEach(line -> yaml.append("  ").append(line).append('\n'));
    return yaml.append("---\n\n").toString();
  }

  static String fence(String language, String body) {
    return "```" + language + "\n" + body.strip() + "\n```\n";
  }

  /** A description as a sentence of markdown: trimmed, escaped, ending with a full stop. */
  static String sentence(String text) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.isEmpty() || trimmed.endsWith(".") || trimmed.endsWith("?")) {
      return escape(trimmed);
    }
    return escape(trimmed + ".");
  }

  /**
   * Schema descriptions are plain text: a placeholder such as {@code <scope>} would be taken for an
   * HTML tag and vanish from the rendered page, so angle brackets outside code spans are escaped.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean inCode = false;
    for (char c : text.toCharArray()) {
      if (c == '`') {
        inCode = !inCode;
      }
      if (!inCode && c == '<') {
        out.append("&lt;");
      } else if (!inCode && c == '>') {
        out.append("&gt;");
      } else if (!inCode && c == '*') {
        out.append("\\*");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
