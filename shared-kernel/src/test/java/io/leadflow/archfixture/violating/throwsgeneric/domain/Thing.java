package io.leadflow.archfixture.violating.throwsgeneric.domain;

public record Thing(String name) {

    public Thing {
        if (name == null) {
            throw new RuntimeException("a thing needs a name");
        }
    }
}
