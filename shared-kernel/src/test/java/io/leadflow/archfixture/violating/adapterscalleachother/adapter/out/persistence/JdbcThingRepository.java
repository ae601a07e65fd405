package io.leadflow.archfixture.violating.adapterscalleachother.adapter.out.persistence;

public class JdbcThingRepository {

    public int count() {
        return 0;
    }
}
