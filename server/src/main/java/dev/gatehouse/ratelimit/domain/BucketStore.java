package dev.gatehouse.ratelimit.domain;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.util.function.Supplier;

/**
 * Where the buckets live. The local store keeps them in this JVM; a cluster swaps in one backed by
 * Bucket4j's Hazelcast proxy manager, which takes the same key and configuration.
 */
public interface BucketStore {
  /**
   * The bucket under {@code key}, created from {@code configuration} if there is none yet. Keys
   * carry the limit's value, so a bucket's configuration never changes once created.
   */
  Bucket bucket(String key, Supplier<BucketConfiguration> configuration);
}
