package io.leadflow.handoff;

import io.leadflow.kernel.testing.LocalDatabases;

/** The one IT database of this module, recreated once per test JVM so every IT class (and cached context) shares it. */
final class ItDatabase {

    static final String URL = LocalDatabases.recreate("leadflow_test_handoff");

    private ItDatabase() {}
}
