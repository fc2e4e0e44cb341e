package dev.gatehouse.e2e.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The cases that are not a family: wrong types, nulls, huge strings and arrays, unicode edge cases,
 * injection strings, invalid secret references, semantic rules and bad query parameters, each with
 * the status and code the docs give. Bodies are written with {@code '} for {@code "}; an apostrophe
 * in an input is written {@code \\u0027}. {@code <placeholders>} name the seeded fixtures.
 */
final class BadInputSpecials {
  static final String EP = "/api/2.0/serving-endpoints";
  static final String SCIM = "/api/2.0/preview/scim/v2";
  static final String SECRETS = "/api/2.0/secrets";
  private static final String INVALID = "INVALID_PARAMETER_VALUE";
  private static final String MISSING = "RESOURCE_DOES_NOT_EXIST";
  private static final String DENIED = "PERMISSION_DENIED";
  private static final String EXISTS = "RESOURCE_ALREADY_EXISTS";
  private static final String CONFLICT = "RESOURCE_CONFLICT";

  private final UnaryOperator<String> resolve;
  private final List<BadInputCase> cases = new ArrayList<>();

  BadInputSpecials(UnaryOperator<String> resolve) {
    this.resolve = resolve;
  }

  List<BadInputCase> all() {
    endpoints();
    configs();
    tagsAndGateway();
    permissions();
    secrets();
    identities();
    tokens();
    queries();
    invocations();
    return cases;
  }

  private void add(
      String family, String name, String verb, String path, String body, int status, String code) {
    String json = body == null ? null : resolve.apply(body.replace('\'', '"'));
    cases.add(BadInputCase.json(family, name, verb, resolve.apply(path), json, status, code));
  }

  private void add(
      String family,
      String name,
      String verb,
      String path,
      String body,
      Set<Integer> statuses,
      String code) {
    String json = body == null ? null : resolve.apply(body.replace('\'', '"'));
    cases.add(
        BadInputCase.json(family, name, verb, resolve.apply(path), json, 400, code)
            .withStatuses(statuses, code));
  }

  private static String many(String item, int count) {
    return String.join(",", java.util.Collections.nCopies(count, item));
  }

  private static String numbered(String format, int count) {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(format.formatted(i));
    }
    return String.join(",", items);
  }

  // ---------------------------------------------------------------------------------------------

  private void endpoints() {
    String[][] names = {
      {"null name", "null"},
      {"number name", "1"},
      {"array name", "[]"},
      {"object name", "{}"},
      {"boolean name", "true"},
      {"empty name", "''"},
      {"huge name", "'" + "x".repeat(900_000) + "'"},
      {"RTL override", "'\\u202eabc'"},
      {"emoji", "'\\ud83d\\ude00'"},
      {"escaped NUL", "'a\\u0000b'"},
      {"lone high surrogate", "'a\\ud800'"},
      {"lone low surrogate", "'\\udfffa'"},
      {"zero-width space", "'a\\u200bb'"},
      {"CRLF header injection", "'a\\r\\nX-Injected: yes'"},
      {"SQL injection", "'x\\u0027; DROP TABLE endpoints;--'"},
      {"HTML/script", "'<script>alert(1)</script>'"},
      {"format string", "'%s%n%x%p'"},
      {"JNDI lookup", "'${jndi:ldap://x/a}'"},
      {"path traversal", "'../../etc/passwd'"},
      {"databricks- prefix", "'databricks-chat'"},
      {"64 characters", "'" + "a".repeat(64) + "'"}
    };
    for (String[] name : names) {
      add(
          "wrong-value",
          "create: " + name[0],
          "POST",
          EP,
          "{'name': " + name[1] + "}",
          400,
          INVALID);
    }
    add("conflict", "create: name taken", "POST", EP, "{'name': '<endpoint>'}", 409, EXISTS);
    add(
        "wrong-value",
        "create: unknown field",
        "POST",
        EP,
        "{'name': 'bi-n1', 'budget_policy_id': 'b'}",
        400,
        INVALID);
    add(
        "wrong-value",
        "create: description too long",
        "POST",
        EP,
        "{'name': 'bi-n2', 'description': '" + "d".repeat(1001) + "'}",
        400,
        INVALID);
    add(
        "wrong-type",
        "create: description a number",
        "POST",
        EP,
        "{'name': 'bi-n3', 'description': 1}",
        400,
        INVALID);
    add(
        "wrong-type",
        "create: route_optimized a string",
        "POST",
        EP,
        "{'name': 'bi-n4', 'route_optimized': 'yes'}",
        400,
        INVALID);
    add(
        "injection",
        "create: SQL in task",
        "POST",
        EP,
        "{'name': 'bi-n5', 'task': 'llm/v1/chat\\u0027; --'}",
        400,
        INVALID);
    add(
        "null",
        "create: null config",
        "POST",
        EP,
        "{'name': 'bi-n6', 'config': null}",
        400,
        INVALID);
    add("null", "create: null tags", "POST", EP, "{'name': 'bi-n7', 'tags': null}", 400, INVALID);
    add(
        "null",
        "create: null served_entities",
        "POST",
        EP,
        "{'name': 'bi-n8', 'config': {'served_entities': null}}",
        400,
        INVALID);
    add(
        "huge-array",
        "create: 50000 served entities",
        "POST",
        EP,
        "{'name': 'bi-n9', 'config': {'served_entities': [" + many("{}", 50_000) + "]}}",
        400,
        INVALID);
    add(
        "huge-array",
        "create: 60 tags",
        "POST",
        EP,
        "{'name': 'bi-n10', 'tags': [" + numbered("{'key': 'k%d'}", 60) + "]}",
        400,
        INVALID);
    add(
        "deep-nesting",
        "create: 400 nested arrays in tags",
        "POST",
        EP,
        "{'name': 'bi-n11', 'tags': " + "[".repeat(400) + "]".repeat(400) + "}",
        400,
        INVALID);
    add(
        "injection",
        "create: duplicate script tag keys",
        "POST",
        EP,
        "{'name': 'bi-n12', 'tags': [{'key': '<script>'}, {'key': '<script>'}]}",
        400,
        INVALID);
    add(
        "unicode",
        "create: lone surrogate in a tag value",
        "POST",
        EP,
        "{'name': 'bi-n13', 'tags': [{'key': 'k', 'value': '\\ud83d'}]}",
        400,
        INVALID);
    add(
        "huge-number",
        "create: traffic percentage 1e308",
        "POST",
        EP,
        "{'name': 'bi-n14', 'config': {'served_entities': [{'external_model': {'name': 'm', 'provider': 'custom', 'task': 'llm/v1/chat', 'custom_provider_config': {'custom_provider_url': 'http://x', 'bearer_token_auth': {'token_plaintext': 'k'}}}}], 'traffic_config': {'routes': [{'served_entity_name': 'm', 'traffic_percentage': 1e308}]}}}",
        400,
        INVALID);
    add(
        "huge-number",
        "create: gateway calls 1e308",
        "POST",
        EP,
        "{'name': 'bi-n15', 'ai_gateway': {'rate_limits': [{'calls': 1e308, 'renewal_period': 'minute'}]}}",
        400,
        INVALID);
    add(
        "wrong-value",
        "create: palm",
        "POST",
        EP,
        "{'name': 'bi-n16', 'config': {'served_entities': [{'external_model': {'name': 'chat-bison', 'provider': 'palm', 'task': 'llm/v1/chat', 'palm_config': {'palm_api_key_plaintext': 'k'}}}]}}",
        400,
        INVALID);
    add(
        "injection",
        "create: SQL in provider",
        "POST",
        EP,
        "{'name': 'bi-n17', 'config': {'served_entities': [{'external_model': {'name': 'm', 'provider': 'openai\\u0027 OR 1=1', 'task': 'llm/v1/chat'}}]}}",
        400,
        INVALID);
  }

  private static final String CONFIG_PATH = EP + "/<endpoint>/config";

  private static String openAiKey(String reference) {
    return "{'served_entities': [{'external_model': {'name': 'gpt-4o', 'provider': 'openai', 'task': 'llm/v1/chat', 'openai_config': {'openai_api_key': '"
        + reference
        + "'}}}]}";
  }

  private static String custom(String config) {
    return "{'served_entities': [{'external_model': {'name': 'm', 'provider': 'custom', 'task': 'llm/v1/chat', 'custom_provider_config': "
        + config
        + "}}]}";
  }

  private void configs() {
    String[] references = {
      "{{secrets/bi-scope}}",
      "{{secrets/bi-scope/canary/x}}",
      "{{ secrets/bi-scope/canary }}",
      "{{secrets/bi-scope/canary}}x",
      "secrets/bi-scope/canary",
      "{{secrets//canary}}",
      "{{secrets/bi-scope/}}",
      "{{secrets/bi scope/canary}}",
      "{{secrets/bi-scope/" + "k".repeat(129) + "}}",
      "{{secrets/<script>/k}}",
      "{{secrets/a\\u0027;--/k}}",
      "",
      "{{SECRETS/bi-scope/canary}}",
      "{{secrets/bi-scope/canary}}{{secrets/bi-scope/canary}}",
      "$(cat /etc/passwd)"
    };
    for (String reference : references) {
      add(
          "secret-reference",
          "config: " + reference.replace("\\u0027", "'"),
          "PUT",
          CONFIG_PATH,
          openAiKey(reference),
          400,
          INVALID);
    }
    add(
        "secret-reference",
        "config: the reserved scope",
        "PUT",
        CONFIG_PATH,
        openAiKey("{{secrets/gatehouse-managed/k}}"),
        403,
        DENIED);
    add(
        "secret-reference",
        "config: key and plaintext",
        "PUT",
        CONFIG_PATH,
        "{'served_entities': [{'external_model': {'name': 'gpt-4o', 'provider': 'openai', 'task': 'llm/v1/chat', 'openai_config': {'openai_api_key': '{{secrets/bi-scope/canary}}', 'openai_api_key_plaintext': 'k'}}}]}",
        400,
        INVALID);
    add(
        "secret-reference",
        "config: no key",
        "PUT",
        CONFIG_PATH,
        "{'served_entities': [{'external_model': {'name': 'gpt-4o', 'provider': 'openai', 'task': 'llm/v1/chat', 'openai_config': {}}}]}",
        400,
        INVALID);
    add(
        "wrong-value",
        "config: another task",
        "PUT",
        CONFIG_PATH,
        "{'served_entities': [{'external_model': {'name': 'm', 'provider': 'custom', 'task': 'llm/v1/embeddings', 'custom_provider_config': {'custom_provider_url': 'http://x', 'bearer_token_auth': {'token_plaintext': 'k'}}}}]}",
        400,
        INVALID);
    add(
        "wrong-value",
        "config: javascript URL",
        "PUT",
        CONFIG_PATH,
        custom(
            "{'custom_provider_url': 'javascript:alert(1)', 'bearer_token_auth': {'token_plaintext': 'k'}}"),
        400,
        INVALID);
    add(
        "wrong-value",
        "config: file URL",
        "PUT",
        CONFIG_PATH,
        custom(
            "{'custom_provider_url': 'file:///etc/passwd', 'bearer_token_auth': {'token_plaintext': 'k'}}"),
        400,
        INVALID);
    add(
        "wrong-value",
        "config: broken URL",
        "PUT",
        CONFIG_PATH,
        custom(
            "{'custom_provider_url': 'http://[::1', 'bearer_token_auth': {'token_plaintext': 'k'}}"),
        400,
        INVALID);
    add(
        "wrong-value",
        "config: two auths",
        "PUT",
        CONFIG_PATH,
        custom(
            "{'custom_provider_url': 'http://x', 'bearer_token_auth': {'token_plaintext': 'k'}, 'api_key_auth': {'key': 'h', 'value_plaintext': 'v'}}"),
        400,
        INVALID);
    add(
        "wrong-value",
        "config: compute field",
        "PUT",
        CONFIG_PATH,
        "{'served_entities': [{'workload_size': 'Small', 'external_model': {'name': 'm', 'provider': 'custom', 'task': 'llm/v1/chat', 'custom_provider_config': {'custom_provider_url': 'http://x', 'bearer_token_auth': {'token_plaintext': 'k'}}}}]}",
        400,
        INVALID);
    add(
        "wrong-value",
        "config: traffic adds to 90",
        "PUT",
        CONFIG_PATH,
        "{'served_entities': [{'name': 'm', 'external_model': {'name': 'm', 'provider': 'custom', 'task': 'llm/v1/chat', 'custom_provider_config': {'custom_provider_url': 'http://x', 'bearer_token_auth': {'token_plaintext': 'k'}}}}], 'traffic_config': {'routes': [{'served_entity_name': 'm', 'traffic_percentage': 90}]}}",
        400,
        INVALID);
    add(
        "wrong-value",
        "config: entity name with a space",
        "PUT",
        CONFIG_PATH,
        "{'served_entities': [{'name': 'a b', 'external_model': {'name': 'm', 'provider': 'custom', 'task': 'llm/v1/chat', 'custom_provider_config': {'custom_provider_url': 'http://x', 'bearer_token_auth': {'token_plaintext': 'k'}}}}]}",
        400,
        INVALID);
    add(
        "wrong-value",
        "config: served_models",
        "PUT",
        CONFIG_PATH,
        "{'served_models': [{'model_name': 'm', 'model_version': '1', 'workload_size': 'Small'}]}",
        400,
        INVALID);
    add(
        "huge-string",
        "config: unsanctioned 100k model name",
        "PUT",
        CONFIG_PATH,
        openAiKey("{{secrets/bi-scope/canary}}").replace("gpt-4o", "g".repeat(100_000)),
        400,
        INVALID);
    add(
        "wrong-type",
        "config: served_entities an object",
        "PUT",
        CONFIG_PATH,
        "{'served_entities': {}}",
        400,
        INVALID);
    add(
        "null",
        "config: null external model",
        "PUT",
        CONFIG_PATH,
        "{'served_entities': [{'external_model': null}]}",
        400,
        INVALID);
    add("wrong-value", "config: empty", "PUT", CONFIG_PATH, "{}", 400, INVALID);
  }

  private void tagsAndGateway() {
    String tags = EP + "/<endpoint>/tags";
    add(
        "wrong-value",
        "tags: key of 256",
        "PATCH",
        tags,
        "{'add_tags': [{'key': '" + "k".repeat(256) + "'}]}",
        400,
        INVALID);
    add(
        "wrong-value",
        "tags: value of 256",
        "PATCH",
        tags,
        "{'add_tags': [{'key': 'k', 'value': '" + "v".repeat(256) + "'}]}",
        400,
        INVALID);
    add(
        "huge-array",
        "tags: 51 added",
        "PATCH",
        tags,
        "{'add_tags': [" + numbered("{'key': 't%d'}", 51) + "]}",
        400,
        INVALID);
    add(
        "wrong-value",
        "tags: empty key",
        "PATCH",
        tags,
        "{'add_tags': [{'key': ''}]}",
        400,
        INVALID);
    add("null", "tags: null key", "PATCH", tags, "{'add_tags': [{'key': null}]}", 400, INVALID);
    add("null", "tags: null add_tags", "PATCH", tags, "{'add_tags': null}", 400, INVALID);
    add(
        "wrong-type",
        "tags: delete_tags a string",
        "PATCH",
        tags,
        "{'delete_tags': 'x'}",
        400,
        INVALID);
    add(
        "wrong-type",
        "tags: delete_tags numbers",
        "PATCH",
        tags,
        "{'delete_tags': [1]}",
        400,
        INVALID);
    add(
        "unicode",
        "tags: lone surrogate value",
        "PATCH",
        tags,
        "{'add_tags': [{'key': 'k', 'value': 'a\\udc00'}]}",
        400,
        INVALID);
    String[] injections = {
      "x\\u0027; DROP TABLE tags;--",
      "<img src=x onerror=alert(1)>",
      "a\\r\\nX-Injected: yes",
      "%s%s%n",
      "${jndi:ldap://x/a}",
      "\\u202eevil",
      "\\ud83d\\ude00"
    };
    for (String injection : injections) {
      add(
          "injection",
          "tags: duplicate key " + injection,
          "PATCH",
          tags,
          "{'add_tags': [{'key': '" + injection + "'}, {'key': '" + injection + "'}]}",
          400,
          INVALID);
    }
    String gateway = EP + "/<endpoint>/ai-gateway";
    String[][] bad = {
      {"rate_limits a string", "{'rate_limits': 'x'}"},
      {"calls a string", "{'rate_limits': [{'calls': '10', 'renewal_period': 'minute'}]}"},
      {"renewal hour", "{'rate_limits': [{'calls': 10, 'renewal_period': 'hour'}]}"},
      {
        "unknown key",
        "{'rate_limits': [{'calls': 10, 'key': 'everyone', 'renewal_period': 'minute'}]}"
      },
      {
        "principal with endpoint key",
        "{'rate_limits': [{'calls': 10, 'principal': 'a', 'renewal_period': 'minute'}]}"
      },
      {
        "user_group without principal",
        "{'rate_limits': [{'calls': 10, 'key': 'user_group', 'renewal_period': 'minute'}]}"
      },
      {
        "two endpoint limits",
        "{'rate_limits': [{'calls': 1, 'renewal_period': 'minute'}, {'calls': 2, 'renewal_period': 'minute'}]}"
      },
      {"negative tokens", "{'rate_limits': [{'tokens': -1, 'renewal_period': 'minute'}]}"},
      {"tokens 1e308", "{'rate_limits': [{'tokens': 1e308, 'renewal_period': 'minute'}]}"},
      {
        "calls beyond 64 bits",
        "{'rate_limits': [{'calls': 99999999999999999999999, 'renewal_period': 'minute'}]}"
      },
      {"no calls or tokens", "{'rate_limits': [{'renewal_period': 'minute'}]}"},
      {
        "21 limits",
        "{'rate_limits': ["
            + numbered(
                "{'calls': 1, 'key': 'user', 'principal': 'u%d', 'renewal_period': 'minute'}", 21)
            + "]}"
      },
      {"inference table without catalog", "{'inference_table_config': {'enabled': true}}"},
      {"pii LOG", "{'guardrails': {'input': {'pii': {'behavior': 'LOG'}}}}"},
      {"fallback without enabled", "{'fallback_config': {}}"},
      {"enabled a string", "{'usage_tracking_config': {'enabled': 'true'}}"},
      {"null rate limit", "{'rate_limits': [null]}"}
    };
    for (String[] b : bad) {
      add("wrong-value", "ai-gateway: " + b[0], "PUT", gateway, b[1], 400, INVALID);
    }
    String legacy = EP + "/<endpoint>/rate-limits";
    String[][] legacyBad = {
      {"no rate_limits", "{}"},
      {"null rate_limits", "{'rate_limits': null}"},
      {"no calls", "{'rate_limits': [{'renewal_period': 'minute'}]}"},
      {
        "user_group key",
        "{'rate_limits': [{'calls': 1, 'key': 'user_group', 'renewal_period': 'minute'}]}"
      },
      {
        "same key twice",
        "{'rate_limits': [{'calls': 1, 'renewal_period': 'minute'}, {'calls': 2, 'renewal_period': 'minute'}]}"
      },
      {"renewal second", "{'rate_limits': [{'calls': 1, 'renewal_period': 'second'}]}"},
      {"calls 1e308", "{'rate_limits': [{'calls': 1e308, 'renewal_period': 'minute'}]}"},
      {"calls -1e308", "{'rate_limits': [{'calls': -1e308, 'renewal_period': 'minute'}]}"}
    };
    for (String[] b : legacyBad) {
      add("wrong-value", "rate-limits: " + b[0], "PUT", legacy, b[1], 400, INVALID);
    }
  }

  private void permissions() {
    String perms = "/api/2.0/permissions/serving-endpoints/<endpoint_id>";
    String[][] bad = {
      {
        "level CAN_READ",
        "{'access_control_list': [{'user_name': 'a', 'permission_level': 'CAN_READ'}]}"
      },
      {"no principal", "{'access_control_list': [{'permission_level': 'CAN_VIEW'}]}"},
      {
        "two principals",
        "{'access_control_list': [{'user_name': 'a', 'group_name': 'g', 'permission_level': 'CAN_VIEW'}]}"
      },
      {
        "admins group",
        "{'access_control_list': [{'group_name': 'admins', 'permission_level': 'CAN_VIEW'}]}"
      },
      {
        "listed twice",
        "{'access_control_list': [{'user_name': 'a', 'permission_level': 'CAN_VIEW'}, {'user_name': 'a', 'permission_level': 'CAN_QUERY'}]}"
      },
      {
        "empty name", "{'access_control_list': [{'user_name': '', 'permission_level': 'CAN_VIEW'}]}"
      },
      {"list a string", "{'access_control_list': 'x'}"},
      {"null entry", "{'access_control_list': [null]}"},
      {
        "lone surrogate name",
        "{'access_control_list': [{'user_name': '\\ud800', 'permission_level': 'CAN_VIEW'}]}"
      }
    };
    for (String[] b : bad) {
      add("wrong-value", "permissions PUT: " + b[0], "PUT", perms, b[1], 400, INVALID);
      add("wrong-value", "permissions PATCH: " + b[0], "PATCH", perms, b[1], 400, INVALID);
    }
    for (String id : new String[] {"nope", "%3Cscript%3E", "x%27%20OR%201=1", "0", "-1"}) {
      add(
          "bad-id",
          "permissions of " + id,
          "GET",
          "/api/2.0/permissions/serving-endpoints/" + id,
          null,
          404,
          MISSING);
      add(
          "bad-id",
          "permissions PUT of " + id,
          "PUT",
          "/api/2.0/permissions/serving-endpoints/" + id,
          "{}",
          404,
          MISSING);
    }
    add(
        "bad-id",
        "permissions of clusters",
        "GET",
        "/api/2.0/permissions/clusters/x",
        null,
        404,
        "ENDPOINT_NOT_FOUND");
  }

  private void secrets() {
    String create = SECRETS + "/scopes/create";
    String[][] scopes = {
      {"empty", "''"}, {"slash", "'a/b'"}, {"129 characters", "'" + "s".repeat(129) + "'"},
      {"script", "'<script>'"}, {"SQL", "'x\\u0027; DROP TABLE scopes;--'"}, {"NUL", "'a\\u0000'"},
      {"a number", "1"}, {"null", "null"}, {"lone surrogate", "'\\udbff'"}
    };
    for (String[] s : scopes) {
      add(
          "wrong-value",
          "scope create: " + s[0],
          "POST",
          create,
          "{'scope': " + s[1] + "}",
          400,
          INVALID);
      add(
          "wrong-value",
          "secret put: scope " + s[0],
          "POST",
          SECRETS + "/put",
          "{'scope': " + s[1] + ", 'key': 'k', 'string_value': 'v'}",
          400,
          INVALID);
    }
    add("conflict", "scope create: taken", "POST", create, "{'scope': '<scope>'}", 409, EXISTS);
    add(
        "wrong-value",
        "scope create: reserved",
        "POST",
        create,
        "{'scope': 'gatehouse-managed'}",
        Set.of(400, 403, 409),
        null);
    add(
        "wrong-value",
        "scope create: Key Vault",
        "POST",
        create,
        "{'scope': 'bi-s1', 'scope_backend_type': 'AZURE_KEYVAULT'}",
        400,
        INVALID);
    add(
        "wrong-value",
        "scope create: manage principal",
        "POST",
        create,
        "{'scope': 'bi-s2', 'initial_manage_principal': 'bob'}",
        400,
        INVALID);
    add(
        "wrong-value",
        "scope create: key vault block",
        "POST",
        create,
        "{'scope': 'bi-s3', 'backend_azure_keyvault': {}}",
        400,
        INVALID);
    String put = SECRETS + "/put";
    add(
        "huge-string",
        "secret put: value over 128 KiB",
        "POST",
        put,
        "{'scope': '<scope>', 'key': 'big', 'string_value': '" + "v".repeat(131_073) + "'}",
        400,
        INVALID);
    add(
        "wrong-value",
        "secret put: not base64",
        "POST",
        put,
        "{'scope': '<scope>', 'key': 'b', 'bytes_value': '!!!'}",
        400,
        INVALID);
    add(
        "wrong-value",
        "secret put: both values",
        "POST",
        put,
        "{'scope': '<scope>', 'key': 'b', 'string_value': 'a', 'bytes_value': 'YQ=='}",
        400,
        INVALID);
    add(
        "wrong-value",
        "secret put: no value",
        "POST",
        put,
        "{'scope': '<scope>', 'key': 'b'}",
        400,
        INVALID);
    add(
        "wrong-value",
        "secret put: traversal key",
        "POST",
        put,
        "{'scope': '<scope>', 'key': '../etc', 'string_value': 'a'}",
        400,
        INVALID);
    add(
        "wrong-value",
        "secret put: 129-character key",
        "POST",
        put,
        "{'scope': '<scope>', 'key': '" + "k".repeat(129) + "', 'string_value': 'a'}",
        400,
        INVALID);
    add(
        "wrong-type",
        "secret put: value a number",
        "POST",
        put,
        "{'scope': '<scope>', 'key': 'b', 'string_value': 1}",
        400,
        INVALID);
    add(
        "null",
        "secret put: null key",
        "POST",
        put,
        "{'scope': '<scope>', 'key': null, 'string_value': 'a'}",
        400,
        INVALID);
    add(
        "unicode",
        "secret put: lone surrogate value",
        "POST",
        put,
        "{'scope': '<scope>', 'key': 'b', 'string_value': '\\ud800'}",
        400,
        INVALID);
    add(
        "not-found",
        "secret put: unknown scope",
        "POST",
        put,
        "{'scope': 'bi-nope', 'key': 'b', 'string_value': 'a'}",
        404,
        MISSING);
    add(
        "wrong-value",
        "secret put: reserved scope",
        "POST",
        put,
        "{'scope': 'gatehouse-managed', 'key': 'b', 'string_value': 'a'}",
        403,
        DENIED);
    add(
        "not-found",
        "secret delete: unknown key",
        "POST",
        SECRETS + "/delete",
        "{'scope': '<scope>', 'key': 'nope'}",
        404,
        MISSING);
    add(
        "wrong-value",
        "secret delete: empty scope",
        "POST",
        SECRETS + "/delete",
        "{'scope': '', 'key': 'canary'}",
        400,
        INVALID);
    add(
        "not-found",
        "scope delete: unknown",
        "POST",
        SECRETS + "/scopes/delete",
        "{'scope': 'bi-nope'}",
        404,
        MISSING);
    add(
        "wrong-value",
        "scope delete: traversal",
        "POST",
        SECRETS + "/scopes/delete",
        "{'scope': '../<scope>'}",
        400,
        INVALID);
    String acls = SECRETS + "/acls/put";
    add(
        "wrong-value",
        "acl put: OWN",
        "POST",
        acls,
        "{'scope': '<scope>', 'principal': 'x', 'permission': 'OWN'}",
        400,
        INVALID);
    add(
        "wrong-value",
        "acl put: empty principal",
        "POST",
        acls,
        "{'scope': '<scope>', 'principal': '', 'permission': 'READ'}",
        400,
        INVALID);
    add(
        "wrong-type",
        "acl put: principal a number",
        "POST",
        acls,
        "{'scope': '<scope>', 'principal': 1, 'permission': 'READ'}",
        400,
        INVALID);
    add(
        "not-found",
        "acl put: unknown scope",
        "POST",
        acls,
        "{'scope': 'bi-nope', 'principal': 'x', 'permission': 'READ'}",
        404,
        MISSING);
    add(
        "not-found",
        "acl delete: no such ACL",
        "POST",
        SECRETS + "/acls/delete",
        "{'scope': '<scope>', 'principal': 'nobody'}",
        404,
        MISSING);
    add(
        "secret",
        "secret get: the canary",
        "GET",
        SECRETS + "/get?scope=<scope>&key=canary",
        null,
        403,
        DENIED);
    add(
        "secret",
        "secret get: a managed secret",
        "GET",
        SECRETS + "/get?scope=gatehouse-managed&key=x",
        null,
        403,
        DENIED);
  }

  private void identities() {
    String users = SCIM + "/Users";
    String[][] userNames = {
      {"missing", "{}"},
      {"a number", "{'userName': 1}"},
      {"empty", "{'userName': ''}"},
      {"leading space", "{'userName': ' lead'}"},
      {"256 characters", "{'userName': '" + "u".repeat(256) + "'}"},
      {"escaped NUL", "{'userName': 'a\\u0000b'}"},
      {"CRLF", "{'userName': 'a\\r\\nX-Injected: yes'}"},
      {"lone surrogate", "{'userName': '\\ud800'}"},
      {"an array", "{'userName': ['a']}"},
      {"emails a string", "{'userName': 'bi-u1', 'emails': 'x'}"},
      {"emails numbers", "{'userName': 'bi-u2', 'emails': [1]}"},
      {"active maybe", "{'userName': 'bi-u3', 'active': 'maybe'}"},
      {"huge display name", "{'userName': 'bi-u4', 'displayName': '" + "d".repeat(300) + "'}"}
    };
    for (String[] u : userNames) {
      add("wrong-value", "user create: " + u[0], "POST", users, u[1], 400, INVALID);
    }
    add(
        "conflict",
        "user create: taken, other case",
        "POST",
        users,
        "{'userName': 'BI-USER@example.com'}",
        409,
        EXISTS);
    String user = users + "/<user_id>";
    add(
        "wrong-value",
        "user PUT: another userName",
        "PUT",
        user,
        "{'userName': 'someone-else'}",
        400,
        INVALID);
    add(
        "wrong-value",
        "user PUT: active 5",
        "PUT",
        user,
        "{'userName': 'bi-user@example.com', 'active': 5}",
        400,
        INVALID);
    String[][] ops = {
      {"Operations a string", "{'Operations': 'x'}"},
      {"null operation", "{'Operations': [null]}"},
      {"no operations", "{'Operations': []}"},
      {"op explode", "{'Operations': [{'op': 'explode', 'path': 'active', 'value': true}]}"},
      {"unknown path", "{'Operations': [{'op': 'replace', 'path': 'password', 'value': 'x'}]}"},
      {"active maybe", "{'Operations': [{'op': 'replace', 'path': 'active', 'value': 'maybe'}]}"},
      {"value not an object", "{'Operations': [{'op': 'replace', 'value': 'x'}]}"},
      {"null op", "{'Operations': [{'op': null}]}"}
    };
    for (String[] o : ops) {
      add("wrong-value", "user PATCH: " + o[0], "PATCH", user, o[1], 400, INVALID);
    }
    for (String id :
        new String[] {"-1", "99999999999999999999999", "abc", "%3Cscript%3E", "1%27%20OR%201=1"}) {
      for (String kind : new String[] {"Users", "Groups", "ServicePrincipals"}) {
        add("bad-id", kind + " " + id, "GET", SCIM + "/" + kind + "/" + id, null, 404, MISSING);
      }
      add(
          "bad-id",
          "token " + id,
          "GET",
          "/api/2.0/token-management/tokens/" + id,
          null,
          404,
          MISSING);
      add(
          "bad-id",
          "master key " + id,
          "DELETE",
          SECRETS + "/master-keys/" + id,
          null,
          404,
          MISSING);
      add("bad-id", "schema " + id, "GET", "/api/2.0/schemas/" + id, null, 404, MISSING);
    }
    add("bad-id", "delete an unknown user", "DELETE", users + "/999999", null, 404, MISSING);
    String groups = SCIM + "/Groups";
    String[][] groupBodies = {
      {"no displayName", "{}"},
      {"members a string", "{'displayName': 'bi-g1', 'members': 'x'}"},
      {
        "member not an id",
        "{'displayName': 'bi-g2', 'members': [{'value': 'x\\u0027; DROP TABLE groups;--'}]}"
      },
      {"null member", "{'displayName': 'bi-g3', 'members': [{'value': null}]}"},
      {"unknown member", "{'displayName': 'bi-g4', 'members': [{'value': '999999'}]}"},
      {"CRLF name", "{'displayName': 'a\\r\\nX-Injected: yes'}"},
      {
        "script name, bad member",
        "{'displayName': '<script>alert(1)</script>', 'members': [{'value': '%s%n'}]}"
      },
      {
        "50000 unknown members",
        "{'displayName': 'bi-g5', 'members': [" + many("{'value': 'x'}", 50_000) + "]}"
      }
    };
    for (String[] g : groupBodies) {
      add("wrong-value", "group create: " + g[0], "POST", groups, g[1], 400, INVALID);
    }
    add(
        "conflict",
        "group create: taken",
        "POST",
        groups,
        "{'displayName': 'BI-GROUP'}",
        409,
        EXISTS);
    String group = groups + "/<group_id>";
    add(
        "wrong-value",
        "group PATCH: itself as member",
        "PATCH",
        group,
        "{'Operations': [{'op': 'add', 'path': 'members', 'value': [{'value': '<group_id>'}]}]}",
        400,
        INVALID);
    add(
        "wrong-value",
        "group PATCH: broken member filter",
        "PATCH",
        group,
        "{'Operations': [{'op': 'remove', 'path': 'members[value eq \\\"]'}]}",
        400,
        INVALID);
    add(
        "wrong-value",
        "group PATCH: unknown member",
        "PATCH",
        group,
        "{'Operations': [{'op': 'add', 'path': 'members', 'value': [{'value': '999999'}]}]}",
        400,
        INVALID);
    add(
        "conflict",
        "group PATCH: rename to admins",
        "PATCH",
        group,
        "{'Operations': [{'op': 'replace', 'path': 'displayName', 'value': 'admins'}]}",
        Set.of(400, 409),
        null);
    add("conflict", "admins: delete", "DELETE", groups + "/<admins_id>", null, 409, CONFLICT);
    add(
        "conflict",
        "admins: remove every member",
        "PATCH",
        groups + "/<admins_id>",
        "{'Operations': [{'op': 'remove', 'path': 'members'}]}",
        409,
        CONFLICT);
    String sps = SCIM + "/ServicePrincipals";
    add(
        "wrong-type",
        "service principal: applicationId a number",
        "POST",
        sps,
        "{'applicationId': 1}",
        400,
        INVALID);
    add(
        "wrong-value",
        "service principal: empty applicationId",
        "POST",
        sps,
        "{'applicationId': ''}",
        400,
        INVALID);
    add(
        "wrong-value",
        "service principal: NUL display name",
        "POST",
        sps,
        "{'displayName': '\\u0000'}",
        400,
        INVALID);
    add(
        "wrong-value",
        "service principal: active x",
        "POST",
        sps,
        "{'displayName': 'bi-sp2', 'active': 'x'}",
        400,
        INVALID);
    add(
        "conflict",
        "service principal: taken",
        "POST",
        sps,
        "{'applicationId': 'bi-sp'}",
        409,
        EXISTS);
    add(
        "wrong-value",
        "service principal PATCH: op nope",
        "PATCH",
        sps + "/<sp_id>",
        "{'Operations': [{'op': 'nope'}]}",
        400,
        INVALID);
  }

  private void tokens() {
    String create = "/api/2.0/token/create";
    String[][] lifetimes = {
      {"-1", "-1"},
      {"1.5", "1.5"},
      {"a string", "'x'"},
      {"1e308", "1e308"},
      {"-1e308", "-1e308"},
      {"beyond 64 bits", "99999999999999999999999"},
      {"over the maximum", "99999999"},
      {"null", "null"}
    };
    for (String[] l : lifetimes) {
      add(
          "wrong-value",
          "token create: lifetime " + l[0],
          "POST",
          create,
          "{'lifetime_seconds': " + l[1] + "}",
          400,
          INVALID);
    }
    add(
        "wrong-type",
        "token create: comment a number",
        "POST",
        create,
        "{'comment': 1}",
        400,
        INVALID);
    add(
        "not-found",
        "token delete: unknown",
        "POST",
        "/api/2.0/token/delete",
        "{'token_id': 'nope'}",
        404,
        MISSING);
    add(
        "wrong-type",
        "token delete: id a number",
        "POST",
        "/api/2.0/token/delete",
        "{'token_id': 1}",
        400,
        INVALID);
    String obo = "/api/2.0/token-management/on-behalf-of/tokens";
    add(
        "wrong-value",
        "obo: both owners",
        "POST",
        obo,
        "{'application_id': 'bi-sp', 'user_name': 'bi-user@example.com'}",
        400,
        INVALID);
    add("wrong-value", "obo: no owner", "POST", obo, "{}", 400, INVALID);
    add(
        "not-found",
        "obo: unknown service principal",
        "POST",
        obo,
        "{'application_id': 'bi-nope'}",
        404,
        MISSING);
    add(
        "not-found",
        "obo: unknown user",
        "POST",
        obo,
        "{'user_name': 'nope@example.com'}",
        404,
        MISSING);
    add(
        "wrong-value",
        "obo: lifetime over the maximum",
        "POST",
        obo,
        "{'application_id': 'bi-sp', 'lifetime_seconds': 99999999}",
        400,
        INVALID);
    add(
        "not-found",
        "token-management: delete unknown",
        "DELETE",
        "/api/2.0/token-management/tokens/nope",
        null,
        404,
        MISSING);
  }

  private void queries() {
    String usage = EP + "/<endpoint>/usage?";
    for (String q :
        new String[] {
          "start_time=-1",
          "start_time=abc",
          "start_time=1e3",
          "start_time=99999999999999999999",
          "start_time=10&end_time=5",
          "start_time=&end_time=",
          "end_time=%00",
          "group_by=user",
          "group_by=DAY",
          "group_by=%27%3B--",
          "group_by=%3Cscript%3E",
          "start_time=5&end_time=5"
        }) {
      add("query", "usage " + q, "GET", usage + q, null, 400, INVALID);
    }
    String records = EP + "/<endpoint>/inference-records?";
    for (String q :
        new String[] {
          "max_results=0",
          "max_results=101",
          "max_results=-1",
          "max_results=abc",
          "max_results=99999999999999999999",
          "max_results=1.5",
          "page_token=abc",
          "page_token=-1",
          "page_token=%00",
          "page_token=99999999999999999999",
          "page_token=..%2F..%2F",
          "start_time=x",
          "end_time=-3"
        }) {
      add("query", "inference-records " + q, "GET", records + q, null, 400, INVALID);
    }
    for (String q :
        new String[] {
          "max_results=0",
          "max_results=1001",
          "max_results=x",
          "max_results=1e3",
          "max_results=99999999999999999999",
          "page_token=zzz",
          "page_token=-5",
          "start_time=x",
          "end_time=-3",
          "start_time=5&end_time=1"
        }) {
      add("query", "audit-events " + q, "GET", "/api/2.0/audit-events?" + q, null, 400, INVALID);
    }
    for (String q :
        new String[] {
          "task=chat",
          "task=",
          "task=llm%2Fv1%2Fchat%27",
          "provider=nope",
          "provider=%00",
          "provider=%3Cscript%3E"
        }) {
      add(
          "query",
          "external-models " + q,
          "GET",
          "/api/2.0/external-models?" + q,
          null,
          400,
          INVALID);
    }
    for (String route : new String[] {"list", "acls/list"}) {
      add("query", route + " without scope", "GET", SECRETS + "/" + route, null, 400, INVALID);
      add(
          "query",
          route + " empty scope",
          "GET",
          SECRETS + "/" + route + "?scope=",
          null,
          400,
          INVALID);
      add(
          "query",
          route + " traversal scope",
          "GET",
          SECRETS + "/" + route + "?scope=..%2F",
          null,
          400,
          INVALID);
      add(
          "query",
          route + " script scope",
          "GET",
          SECRETS + "/" + route + "?scope=%3Cscript%3E",
          null,
          400,
          INVALID);
      add(
          "query",
          route + " unknown scope",
          "GET",
          SECRETS + "/" + route + "?scope=bi-nope",
          null,
          404,
          MISSING);
    }
    add(
        "query",
        "acl get: unknown principal",
        "GET",
        SECRETS + "/acls/get?scope=<scope>&principal=nobody",
        null,
        404,
        MISSING);
    add(
        "query",
        "acl get: no principal",
        "GET",
        SECRETS + "/acls/get?scope=<scope>",
        null,
        Set.of(400, 404),
        null);
    for (String kind : new String[] {"Users", "Groups", "ServicePrincipals"}) {
      for (String q :
          new String[] {
            "filter=userName%20sw%20%22a%22",
            "filter=%22",
            "filter=displayName%20eq%20",
            "filter=displayName%20eq%20%22a%22%20or%20displayName%20eq%20%22b%22",
            "startIndex=x",
            "count=x",
            "count=99999999999999999999"
          }) {
        add("query", kind + " " + q, "GET", SCIM + "/" + kind + "?" + q, null, 400, INVALID);
      }
    }
    for (String q :
        new String[] {
          "created_by_id=x", "created_by_id=99999999999999999999", "created_by_id=1.5"
        }) {
      add(
          "query",
          "tokens " + q,
          "GET",
          "/api/2.0/token-management/tokens?" + q,
          null,
          400,
          INVALID);
    }
  }

  private void invocations() {
    String chat = "/serving-endpoints/<query_chat>/invocations";
    String completions = "/serving-endpoints/<query_completions>/invocations";
    String embeddings = "/serving-endpoints/<query_embeddings>/invocations";
    String[][] chatBodies = {
      {"messages null", "{'messages': null}"},
      {"messages a string", "{'messages': 'x'}"},
      {"messages empty", "{'messages': []}"},
      {"prompt on chat", "{'prompt': 'x'}"},
      {"input on chat", "{'input': 'x'}"},
      {"stream yes", "{'messages': [{'role': 'user', 'content': 'x'}], 'stream': 'yes'}"},
      {"stream 1", "{'messages': [{'role': 'user', 'content': 'x'}], 'stream': 1}"},
      {
        "extra_params a string",
        "{'messages': [{'role': 'user', 'content': 'x'}], 'extra_params': 'x'}"
      },
      {
        "extra_params a list",
        "{'messages': [{'role': 'user', 'content': 'x'}], 'extra_params': [1]}"
      }
    };
    for (String[] b : chatBodies) {
      add("invocation", "chat: " + b[0], "POST", chat, b[1], 400, INVALID);
      String openAi = b[1].replaceFirst("\\{", "{'model': '<query_chat>', ");
      add(
          "invocation",
          "chat/completions: " + b[0],
          "POST",
          "/serving-endpoints/chat/completions",
          openAi,
          400,
          INVALID);
    }
    String[][] completionBodies = {
      {"prompt null", "{'prompt': null}"},
      {"prompt an object", "{'prompt': {}}"},
      {"messages on completions", "{'messages': [{'role': 'user', 'content': 'x'}]}"},
      {"stream yes", "{'prompt': 'x', 'stream': 'yes'}"}
    };
    for (String[] b : completionBodies) {
      add("invocation", "completions: " + b[0], "POST", completions, b[1], 400, INVALID);
      String openAi = b[1].replaceFirst("\\{", "{'model': '<query_completions>', ");
      add(
          "invocation",
          "openai completions: " + b[0],
          "POST",
          "/serving-endpoints/completions",
          openAi,
          400,
          INVALID);
    }
    String[][] embeddingBodies = {
      {"stream true", "{'input': 'x', 'stream': true}"},
      {"stream true with a list", "{'input': ['a', 'b'], 'stream': true}"},
      {"input null", "{'input': null}"},
      {"input an object", "{'input': {}}"},
      {"messages on embeddings", "{'messages': [{'role': 'user', 'content': 'x'}]}"}
    };
    for (String[] b : embeddingBodies) {
      add("invocation", "embeddings: " + b[0], "POST", embeddings, b[1], 400, INVALID);
      String openAi = b[1].replaceFirst("\\{", "{'model': '<query_embeddings>', ");
      add(
          "invocation",
          "openai embeddings: " + b[0],
          "POST",
          "/serving-endpoints/embeddings",
          openAi,
          400,
          INVALID);
    }
    String[] routes = {"chat/completions", "completions", "embeddings"};
    for (String route : routes) {
      String path = "/serving-endpoints/" + route;
      add("invocation", route + ": no model", "POST", path, "{'input': 'x'}", 400, INVALID);
      add(
          "invocation",
          route + ": null model",
          "POST",
          path,
          "{'model': null, 'input': 'x'}",
          400,
          INVALID);
      add(
          "invocation",
          route + ": number model",
          "POST",
          path,
          "{'model': 1, 'input': 'x'}",
          400,
          INVALID);
      add(
          "invocation",
          route + ": empty model",
          "POST",
          path,
          "{'model': '', 'input': 'x'}",
          400,
          INVALID);
      add(
          "invocation",
          route + ": list model",
          "POST",
          path,
          "{'model': ['<query_chat>'], 'input': 'x'}",
          400,
          INVALID);
      for (String model :
          new String[] {
            "bi-nope",
            "../<query_chat>",
            "<script>",
            "a\\r\\nX-Injected: yes",
            "%s%n",
            "x\\u0027 OR 1=1--",
            "\\ud800"
          }) {
        add(
            "invocation",
            route + ": model " + model,
            "POST",
            path,
            "{'model': '"
                + model
                + "', 'input': 'x', 'prompt': 'x', 'messages': [{'role': 'user', 'content': 'x'}]}",
            Set.of(400, 404),
            null);
      }
    }
    add(
        "invocation",
        "chat route, embeddings endpoint",
        "POST",
        "/serving-endpoints/chat/completions",
        "{'model': '<query_embeddings>', 'messages': [{'role': 'user', 'content': 'x'}]}",
        400,
        INVALID);
    add(
        "invocation",
        "embeddings route, chat endpoint",
        "POST",
        "/serving-endpoints/embeddings",
        "{'model': '<query_chat>', 'input': 'x'}",
        400,
        INVALID);
    add(
        "invocation",
        "unknown endpoint",
        "POST",
        "/serving-endpoints/bi-nope/invocations",
        "{'messages': [{'role': 'user', 'content': 'x'}]}",
        404,
        MISSING);
  }
}
