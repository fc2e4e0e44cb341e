package dev.gatehouse.access.domain;

import dev.gatehouse.audit.domain.AuditEvent;
import dev.gatehouse.audit.domain.AuditedChanges;
import dev.gatehouse.platform.errors.PermissionDeniedException;
import dev.gatehouse.platform.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * API tokens: every principal makes, lists and revokes its own; admins make them for service
 * principals and list, read and revoke anyone's. Every change is audited by token id; a value is
 * never recorded.
 */
@ApplicationScoped
public class TokenService {
  private static final String TARGET_TYPE = "token";

  @Inject TokenCommands commands;
  @Inject TokenStore tokens;
  @Inject AuditedChanges audited;

  public IssuedToken create(Caller caller, Long lifetimeSeconds, String comment) {
    return audited.run(
        event(caller, "token.create", caller.userName()),
        () -> commands.issue(caller, lifetimeSeconds, comment),
        issued -> created(caller, issued));
  }

  /** An admin makes a token for a service principal or (Gatehouse extension) a user. */
  public IssuedToken createOnBehalfOf(
      Caller caller, PrincipalKind kind, String name, Long lifetimeSeconds, String comment) {
    return audited.run(
        event(caller, "token.create", name),
        () ->
            asAdmin(caller, () -> commands.issueFor(kind, name, caller, lifetimeSeconds, comment)),
        issued -> created(caller, issued));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ApiToken> listOwn(Caller caller) {
    return tokens.ownedBy(caller.principalId());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ApiToken> listAll(Caller caller, Long createdById, String createdByName) {
    return asAdmin(caller, () -> tokens.all(createdById, createdByName));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ApiToken get(Caller caller, String tokenId) {
    return asAdmin(
        caller,
        () -> tokens.findByTokenId(tokenId).orElseThrow(() -> new TokenNotFoundException(tokenId)));
  }

  public void deleteOwn(Caller caller, String tokenId) {
    audited.run(
        event(caller, "token.delete", tokenId),
        () -> commands.revoke(tokenId, caller.principalId()),
        token -> event(caller, "token.delete", tokenId).withChange(summary(token), null));
  }

  public void delete(Caller caller, String tokenId) {
    audited.run(
        event(caller, "token.delete", tokenId),
        () -> asAdmin(caller, () -> commands.revoke(tokenId, null)),
        token -> event(caller, "token.delete", tokenId).withChange(summary(token), null));
  }

  private static <T> T asAdmin(Caller caller, Supplier<T> action) {
    if (!caller.admin()) {
      throw new PermissionDeniedException(
          "Only members of the admins group may manage other principals' tokens.");
    }
    return action.get();
  }

  private static AuditEvent event(Caller caller, String action, String target) {
    return AuditEvent.success(caller.userName(), action, TARGET_TYPE, target);
  }

  private static AuditEvent created(Caller caller, IssuedToken issued) {
    return event(caller, "token.create", issued.info().tokenId())
        .withChange(null, summary(issued.info()));
  }

  record TokenSummary(
      String tokenId, String owner, String createdBy, Long expiryTime, String comment) {}

  private static JsonNode summary(ApiToken token) {
    return Json.MAPPER.valueToTree(
        new TokenSummary(
            token.tokenId(),
            token.principal().userName(),
            token.createdBy(),
            token.expiresAt(),
            token.comment()));
  }
}
