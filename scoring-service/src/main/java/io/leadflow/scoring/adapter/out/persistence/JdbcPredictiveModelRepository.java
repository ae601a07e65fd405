package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.scoring.application.port.out.predictive.PredictiveModelRepository;
import io.leadflow.scoring.domain.model.ModelStatus;
import io.leadflow.scoring.domain.predictive.Evaluation;
import io.leadflow.scoring.domain.predictive.FeatureSpace;
import io.leadflow.scoring.domain.predictive.PredictiveModel;
import io.leadflow.scoring.domain.predictive.PredictiveVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Predictive models and versions in two tables; columns and evaluation as JSONB, the trees as bytes. */
@Repository
class JdbcPredictiveModelRepository implements PredictiveModelRepository {

    private static final String MODEL = "select id, description, created_at, created_by from predictive_model";
    private static final String VERSION = """
            select model_id, version, status, trained_at, trained_by, features, evaluation, published_at, published_by,
                archived_by
            from predictive_model_version""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Map<String, PredictiveVersion> published = new ConcurrentHashMap<>();

    JdbcPredictiveModelRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public boolean create(PredictiveModel model) {
        return jdbc.sql("""
                        insert into predictive_model (id, description, created_at, created_by)
                        values (:id, :description, :at, :by) on conflict do nothing""")
                        .param("id", model.id())
                        .param("description", model.description(), Types.VARCHAR)
                        .param("at", LeadRows.timestamp(model.createdAt()))
                        .param("by", model.createdBy(), Types.VARCHAR)
                        .update()
                == 1;
    }

    @Override
    public Optional<PredictiveModel> model(String id) {
        return jdbc.sql(MODEL + " where id = :id")
                .param("id", id)
                .query(this::modelRow)
                .optional();
    }

    @Override
    public Optional<PredictiveModel> lock(String id) {
        return jdbc.sql(MODEL + " where id = :id for update")
                .param("id", id)
                .query(this::modelRow)
                .optional();
    }

    @Override
    public List<PredictiveModel> models() {
        return jdbc.sql(MODEL + " order by id").query(this::modelRow).list();
    }

    @Override
    public List<PredictiveVersion> versions(String modelId) {
        return jdbc.sql(VERSION + " where model_id = :id order by version")
                .param("id", modelId)
                .query(this::versionRow)
                .list();
    }

    @Override
    public Optional<PredictiveVersion> version(String modelId, int version) {
        return jdbc.sql(VERSION + " where model_id = :id and version = :version")
                .param("id", modelId)
                .param("version", version)
                .query(this::versionRow)
                .optional();
    }

    @Override
    @Transactional
    public PredictiveVersion add(PredictiveVersion trained, byte[] trees) {
        lock(trained.modelId());
        int number = jdbc.sql("select coalesce(max(version), 0) + 1 from predictive_model_version where model_id = :id")
                .param("id", trained.modelId())
                .query(Integer.class)
                .single();
        jdbc.sql("""
                insert into predictive_model_version (model_id, version, status, trained_at, trained_by, features,
                    evaluation, trees)
                values (:id, :version, :status, :at, :by, cast(:features as jsonb), cast(:evaluation as jsonb),
                    :trees)""")
                .param("id", trained.modelId())
                .param("version", number)
                .param("status", trained.status().name())
                .param("at", LeadRows.timestamp(trained.trainedAt()))
                .param("by", trained.trainedBy(), Types.VARCHAR)
                .param("features", json.writeValueAsString(trained.features()))
                .param("evaluation", json.writeValueAsString(trained.evaluation()))
                .param("trees", trees)
                .update();
        return version(trained.modelId(), number).orElseThrow();
    }

    @Override
    public void update(PredictiveVersion version) {
        jdbc.sql("""
                update predictive_model_version set status = :status, published_at = :publishedAt,
                    published_by = :publishedBy, archived_by = :archivedBy
                where model_id = :id and version = :version""")
                .param("status", version.status().name())
                .param("publishedAt", LeadRows.timestamp(version.publishedAt()))
                .param("publishedBy", version.publishedBy(), Types.VARCHAR)
                .param("archivedBy", version.archivedBy(), Types.VARCHAR)
                .param("id", version.modelId())
                .param("version", version.version())
                .update();
    }

    @Override
    public byte[] trees(String modelId, int version) {
        return jdbc.sql("select trees from predictive_model_version where model_id = :id and version = :version")
                .param("id", modelId)
                .param("version", version)
                .query(byte[].class)
                .single();
    }

    /**
     * The published versions, each read in full once per instance and kept: a published version's row does not change
     * until it is archived (then it is no longer listed), and scoring asks for them with every change of a lead.
     */
    @Override
    public List<PredictiveVersion> published() {
        return jdbc.sql("select model_id, version, published_at from predictive_model_version"
                        + " where status = 'PUBLISHED' order by model_id")
                .query((rs, n) -> {
                    String modelId = rs.getString(1);
                    int version = rs.getInt(2);
                    return published.computeIfAbsent(
                            modelId + "/" + version + "/" + rs.getString(3),
                            key -> version(modelId, version).orElseThrow());
                })
                .list();
    }

    private PredictiveModel modelRow(ResultSet rs, int row) throws SQLException {
        return new PredictiveModel(rs.getString(1), rs.getString(2), LeadRows.instant(rs, 3), rs.getString(4));
    }

    private PredictiveVersion versionRow(ResultSet rs, int row) throws SQLException {
        return new PredictiveVersion(
                rs.getString(1),
                rs.getInt(2),
                ModelStatus.valueOf(rs.getString(3)),
                LeadRows.instant(rs, 4),
                rs.getString(5),
                json.readValue(rs.getString(6), FeatureSpace.class),
                json.readValue(rs.getString(7), Evaluation.class),
                LeadRows.instant(rs, 8),
                rs.getString(9),
                rs.getString(10));
    }
}
