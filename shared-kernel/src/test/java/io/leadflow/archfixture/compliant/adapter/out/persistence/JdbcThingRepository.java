package io.leadflow.archfixture.compliant.adapter.out.persistence;

import io.leadflow.archfixture.compliant.application.port.out.ThingRepository;
import io.leadflow.archfixture.compliant.domain.Thing;
import io.leadflow.archfixture.compliant.domain.ThingId;
import io.leadflow.kernel.LeadId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Repository;

@Repository
class JdbcThingRepository implements ThingRepository {

    private final DataSource dataSource;

    JdbcThingRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(Thing thing) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert =
                        connection.prepareStatement("insert into thing (id, owner, name, size) values (?, ?, ?, ?)")) {
            insert.setObject(1, thing.id().value());
            insert.setObject(2, thing.owner().value());
            insert.setString(3, thing.name());
            insert.setInt(4, thing.size());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("could not save thing " + thing.id(), e);
        }
    }

    @Override
    public Optional<Thing> findById(ThingId id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select owner, name, size from thing where id = ?")) {
            select.setObject(1, id.value());
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new Thing(
                                id, LeadId.parse(row.getString("owner")), row.getString("name"), row.getInt("size")))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("could not read thing " + id, e);
        }
    }
}
