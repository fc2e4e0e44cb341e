/**
 * The provider framework: Terraform's type system and values, schemas, diagnostics, and the rules
 * every resource shares, with no wire format and no HTTP in it.
 *
 * <h2>Values</h2>
 *
 * A {@link dev.gatehouse.terraform.framework.Value} is null, unknown (during plan) or known, and
 * always carries its {@link dev.gatehouse.terraform.framework.Type}. Objects hold every attribute
 * of their block; read them with {@code value.get("name")} or {@code value.getString("name")} and
 * build them with {@code block.newObject().set("name", ...).build()}, which leaves unset attributes
 * null and absent LIST/SET blocks {@code []}: exactly what Terraform sends, so no spurious diffs.
 *
 * <h2>Adding a resource</h2>
 *
 * <ol>
 *   <li>Create {@code resources/<type>/<Type>Resource.java} implementing {@link
 *       dev.gatehouse.terraform.framework.Resource}, its parts in this order: {@code typeName()},
 *       {@code schema()}, {@code validate()} (optional), {@code create}, {@code read}, {@code
 *       update}, {@code delete}, {@code importState}. Keep the schema in a {@code static final
 *       Block}; mark arguments the API cannot change in place {@code forceNew()}, server-filled
 *       ones {@code computed()}, secrets {@code sensitive()} or {@code writeOnly()}.
 *   <li>Talk to Gatehouse only through {@code context.client()} (the typed client package). Let
 *       {@code GatehouseApiException} propagate: it becomes a diagnostic with the server's message.
 *       In {@code read}, return {@code null} when the API says the object is gone.
 *   <li>Return the object as the API reports it. The framework keeps known planned values, fills
 *       the unknown ones from your result and drops write-only values; values the API never returns
 *       (e.g. {@code *_plaintext}) must be copied from the prior state in {@code read}.
 *   <li>Add the instance to the list in {@code dev.gatehouse.terraform.resources.Resources}.
 *   <li>Test it: a {@code *Test} for validation and mapping, and a scenario in {@code
 *       tests/.../TerraformIT} (apply, no-change plan, replace or update, drift, import, destroy).
 * </ol>
 *
 * <p>When the schema follows the API's JSON field for field (as the Databricks resources do),
 * {@link dev.gatehouse.terraform.framework.ApiJson} maps a response to the state and the
 * configuration to a request body; a LIST block with {@code maxItems(1)} stands for one JSON
 * object.
 *
 * <p>Planning is done for you ({@link dev.gatehouse.terraform.framework.Plans}): computed nulls
 * become unknown when anything changes, and a changed force-new attribute or block yields {@code
 * requires_replace}. Override {@code modifyPlan} for what only the resource knows (a {@link
 * dev.gatehouse.terraform.framework.PlanChange} takes extra replacements and unknowns). Resources
 * that wait for the API add {@link dev.gatehouse.terraform.framework.Timeouts#block}.
 */
package dev.gatehouse.terraform.framework;
