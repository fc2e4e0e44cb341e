package dev.gatehouse.endpoints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How a {@link Tag} is stored (JPA 3.1 cannot embed records). */
@Embeddable
public class EndpointTag {
  @Column(name = "tag_key")
  private String key;

  @Column(name = "tag_value")
  private String value;

  protected EndpointTag() {}

  EndpointTag(Tag tag) {
    this.key = tag.key();
    this.value = tag.value();
  }

  Tag toTag() {
    return new Tag(key, value);
  }
}
