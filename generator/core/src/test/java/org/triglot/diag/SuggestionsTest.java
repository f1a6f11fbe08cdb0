package org.triglot.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  @Test
  void suggestsOnlyPlausibleNames() {
    assertEquals(
        "arms-control",
        Suggestions.nearest("arms-contrl", List.of("arctic", "arms-control")).orElseThrow());
    assertTrue(Suggestions.nearest("economy", List.of("arctic", "arms-control")).isEmpty());
  }
}
