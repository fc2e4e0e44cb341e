/**
 * {@code gatehouse_permissions}: the direct grants on one serving endpoint, mirroring {@code
 * databricks_permissions} with {@code serving_endpoint_id}. The resource owns the whole access
 * control list of the endpoint (a PUT replaces it), except what Terraform must never take away: the
 * applying principal keeps CAN_MANAGE, and admins hold CAN_MANAGE through the inherited {@code
 * admins} row, which is never written.
 *
 * <p>Where it differs from {@code databricks_permissions}, and why:
 *
 * <ul>
 *   <li>Names are compared and stored exactly as given (Gatehouse matches grants that way), so
 *       reading does not lower-case user and service principal names.
 *   <li>Delete puts back only the applying principal's CAN_MANAGE: Gatehouse never has direct
 *       {@code admins} grants to keep.
 *   <li>Reading needs CAN_MANAGE on the endpoint (the server hides who holds what from viewers), so
 *       a plan by a principal without it fails with the server's 403 instead of showing no grants.
 *   <li>Import also takes the bare endpoint id besides {@code /serving-endpoints/<id>}.
 *   <li>Whoever created the endpoint holds a direct CAN_MANAGE; like any grant not in the
 *       configuration, the first apply removes it unless it is the applying principal's.
 * </ul>
 */
package dev.gatehouse.terraform.resources.permissions;
