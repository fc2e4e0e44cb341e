package dev.gatehouse.endpoints.domain;

import dev.gatehouse.access.domain.PrincipalKind;

/** The kinds of principal a grant can name, each with the request field that names it. */
public enum GranteeType {
  USER("user_name", "user"),
  GROUP("group_name", "group"),
  SERVICE_PRINCIPAL("service_principal_name", "service principal");

  private final String field;
  private final String noun;

  GranteeType(String field, String noun) {
    this.field = field;
    this.noun = noun;
  }

  /** The field of an access control entry that names a principal of this kind. */
  public String field() {
    return field;
  }

  public String noun() {
    return noun;
  }

  public static GranteeType of(PrincipalKind kind) {
    return kind == PrincipalKind.SERVICE_PRINCIPAL ? SERVICE_PRINCIPAL : USER;
  }
}
