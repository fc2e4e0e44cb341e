package dev.gatehouse.terraform.framework;

import java.util.EnumSet;
import java.util.Set;

/**
 * One attribute of a block, built fluently with each call returning a copy: {@code
 * Attribute.string("name").required().forceNew().description("...")}. {@code forceNew} is ours, not
 * Terraform's: the planner turns a change of it into {@code requires_replace}.
 */
public final class Attribute implements BlockPart {
  private enum Flag {
    REQUIRED,
    OPTIONAL,
    COMPUTED,
    SENSITIVE,
    WRITE_ONLY,
    FORCE_NEW,
    DEPRECATED
  }

  private final String name;
  private final Type type;
  private final String description;
  private final Set<Flag> flags;

  private Attribute(String name, Type type, String description, Set<Flag> flags) {
    this.name = name;
    this.type = type;
    this.description = description;
    this.flags = flags;
  }

  public static Attribute of(String name, Type type) {
    return new Attribute(name, type, "", EnumSet.noneOf(Flag.class));
  }

  public static Attribute string(String name) {
    return of(name, Type.STRING);
  }

  public static Attribute number(String name) {
    return of(name, Type.NUMBER);
  }

  public static Attribute bool(String name) {
    return of(name, Type.BOOL);
  }

  public Attribute description(String text) {
    return new Attribute(name, type, text, flags);
  }

  public Attribute required() {
    return with(Flag.REQUIRED);
  }

  public Attribute optional() {
    return with(Flag.OPTIONAL);
  }

  /** Set by the provider; with {@link #optional()}: "the configured value, else the server's". */
  public Attribute computed() {
    return with(Flag.COMPUTED);
  }

  public Attribute sensitive() {
    return with(Flag.SENSITIVE);
  }

  /** Never stored in plan or state (Terraform 1.11+): the framework always answers null for it. */
  public Attribute writeOnly() {
    return with(Flag.WRITE_ONLY);
  }

  public Attribute forceNew() {
    return with(Flag.FORCE_NEW);
  }

  public Attribute deprecated() {
    return with(Flag.DEPRECATED);
  }

  private Attribute with(Flag flag) {
    EnumSet<Flag> more = EnumSet.copyOf(flags.isEmpty() ? EnumSet.noneOf(Flag.class) : flags);
    more.add(flag);
    return new Attribute(name, type, description, more);
  }

  @Override
  public String name() {
    return name;
  }

  public Type type() {
    return type;
  }

  public String description() {
    return description;
  }

  public boolean isRequired() {
    return flags.contains(Flag.REQUIRED);
  }

  public boolean isOptional() {
    return flags.contains(Flag.OPTIONAL);
  }

  public boolean isComputed() {
    return flags.contains(Flag.COMPUTED);
  }

  public boolean isSensitive() {
    return flags.contains(Flag.SENSITIVE);
  }

  public boolean isWriteOnly() {
    return flags.contains(Flag.WRITE_ONLY);
  }

  public boolean isForceNew() {
    return flags.contains(Flag.FORCE_NEW);
  }

  public boolean isDeprecated() {
    return flags.contains(Flag.DEPRECATED);
  }
}
