package io.leadflow.archfixture.violating.kernelusesspring;

import java.math.BigDecimal;
import org.springframework.util.Assert;

/** Pretends to be kernel code and reaches for Spring. */
public record Money(BigDecimal amount) {

    public Money {
        Assert.notNull(amount, "amount");
    }
}
