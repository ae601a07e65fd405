package io.leadflow.kernel.architecture;

import static java.util.Objects.requireNonNull;

/**
 * The package identifiers of one service's hexagon, derived from its root package, so every rule spells a layer
 * the same way.
 */
record ServiceLayout(String root) {

    static final String KERNEL = "io.leadflow.kernel..";
    static final String SUPPORT = "io.leadflow.support..";
    static final String LEADFLOW = "io.leadflow..";
    static final String JAVA = "java..";
    static final String NULLNESS_ANNOTATIONS = "org.jspecify..";
    static final String LINEAR_REGEX = "com.google.re2j..";

    ServiceLayout {
        requireNonNull(root, "root");
        if (!root.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*")) {
            throw new IllegalArgumentException(
                    "a service root is a plain package name like io.leadflow.scoring, got '" + root + "'");
        }
    }

    String all() {
        return root + "..";
    }

    /** The root package itself, where only the {@code *Application} class lives. */
    String rootOnly() {
        return root;
    }

    String domain() {
        return root + ".domain..";
    }

    String application() {
        return root + ".application..";
    }

    String portIn() {
        return root + ".application.port.in..";
    }

    String applicationService() {
        return root + ".application.service..";
    }

    String adapters() {
        return root + ".adapter..";
    }

    /** Each {@code adapter.<direction>.<technology>} package is one slice. */
    String adapterSlices() {
        return root + ".adapter.(*).(*)..";
    }

    String web() {
        return root + ".adapter.in.web..";
    }

    String scheduling() {
        return root + ".adapter.in.scheduling..";
    }

    String persistence() {
        return root + ".adapter.out.persistence..";
    }

    String config() {
        return root + ".config..";
    }
}
