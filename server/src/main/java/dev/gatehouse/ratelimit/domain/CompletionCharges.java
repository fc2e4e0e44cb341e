package dev.gatehouse.ratelimit.domain;

import dev.gatehouse.invocation.domain.CallOutcome;
import dev.gatehouse.platform.errors.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Charges a call's real tokens when it ends (a stream: when the relay ends it), and gives the call
 * back when Gatehouse refused it without asking the provider ({@code TEMPORARILY_UNAVAILABLE}: an
 * open breaker or a full bulkhead told the caller to retry, so the retry should not pay twice).
 * Every other admitted call keeps its charge, as Databricks counts the requests its gateway let
 * through; a call no provider answered used 0 tokens, which gives any reservation back.
 */
@ApplicationScoped
public class CompletionCharges {
  void onCallEnded(@Observes CallOutcome outcome) {
    Admission admission = outcome.admission();
    if (admission != null) {
      admission.settle(
          outcome.usage().totalTokens(),
          ErrorCode.TEMPORARILY_UNAVAILABLE.name().equals(outcome.errorCode()));
    }
  }
}
