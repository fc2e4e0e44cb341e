/**
 * {@code gatehouse_group_member}: one membership of a user, service principal or group in a group,
 * mirroring {@code databricks_group_member}.
 */
package dev.gatehouse.terraform.resources.groupmember;
