package dev.gatehouse.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokensTest {

  @Test
  void tokensCarryTheGatehousePrefixAnd256RandomBits() {
    String token = Tokens.generate();

    assertThat(token).startsWith("gat_");
    // 32 bytes in unpadded base64url are 43 characters.
    assertThat(token.substring(Tokens.PREFIX.length())).hasSize(43).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void tokensAreUnique() {
    Set<String> tokens = new HashSet<>();
    IntStream.range(0, 10_000).forEach(i -> tokens.add(Tokens.generate()));

    assertThat(tokens).hasSize(10_000);
  }

  @Test
  void tokenIdsAre32HexCharactersAndUnique() {
    Set<String> ids = new HashSet<>();
    IntStream.range(0, 1_000).forEach(i -> ids.add(Tokens.newTokenId()));

    assertThat(ids).hasSize(1_000).allMatch(id -> id.matches("[0-9a-f]{32}"));
  }

  @Test
  void theHashIs64LowercaseHexCharacters() {
    assertThat(Tokens.hash(Tokens.generate())).matches("[0-9a-f]{64}");
  }

  @Test
  void theHashIsStable() {
    String token = Tokens.generate();

    assertThat(Tokens.hash(token)).isEqualTo(Tokens.hash(token));
  }

  @Test
  void theHashIsSha256OfTheUtf8Token() {
    assertThat(Tokens.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void differentTokensHaveDifferentHashes() {
    assertThat(Tokens.hash("gat_a")).isNotEqualTo(Tokens.hash("gat_b"));
  }

  @Test
  void theHashDoesNotContainTheToken() {
    String token = Tokens.generate();

    assertThat(Tokens.hash(token)).doesNotContain(token.substring(Tokens.PREFIX.length()));
  }
}
