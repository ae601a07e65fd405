package io.leadflow.archfixture.violating.domainusesspring.domain;

import org.springframework.util.Assert;

public record Thing(String name) {

    public Thing {
        Assert.hasText(name, "a thing needs a name");
    }
}
