package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.scoring.application.port.in.ModelVersionView;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.domain.model.ModelDocument;
import io.leadflow.scoring.domain.model.ModelStatus;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Model versions in scoring_model_version, documents as JSONB. Parsed published and archived versions are cached by
 * id and version (they never change); which versions are published is read from the table on every call, so a publish
 * by any replica takes effect on the next event. On first start the default model (models/default.yaml) is seeded as
 * published version 1.
 */
@Repository
class JdbcScoringModelRepository implements ScoringModelRepository, InitializingBean {

    static final String DEFAULT_MODEL = "models/default.yaml";
    private static final long CATALOGUE_LOCK = 0x5c0_1e_0dL;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Map<String, ScoringModel> frozen = new ConcurrentHashMap<>();

    JdbcScoringModelRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void afterPropertiesSet() {
        Object document;
        try (InputStream in = new ClassPathResource(DEFAULT_MODEL).getInputStream()) {
            document = YAMLMapper.builder().build().readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_MODEL, e);
        }
        ScoringModel model = ModelDocument.parse(document, 1);
        jdbc.sql("""
                insert into scoring_model_version (model_id, version, status, document, created_at, updated_at,
                    published_at)
                select :id, 1, 'PUBLISHED', cast(:document as jsonb), now(), now(), now()
                where not exists (select 1 from scoring_model_version)
                on conflict do nothing""")
                .param("id", model.id())
                .param("document", json.writeValueAsString(document))
                .update();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockCatalogue() {
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param("key", CATALOGUE_LOCK)
                .query()
                .singleRow();
    }

    @Override
    public void insert(String modelId, int version, Object document, Instant at) {
        jdbc.sql("""
                insert into scoring_model_version (model_id, version, status, document, created_at, updated_at)
                values (:id, :version, 'DRAFT', cast(:document as jsonb), :at, :at)""")
                .param("id", modelId)
                .param("version", version)
                .param("document", json.writeValueAsString(document))
                .param("at", LeadRows.timestamp(at))
                .update();
    }

    @Override
    public void replaceDraft(String modelId, int version, Object document, Instant at) {
        jdbc.sql("""
                update scoring_model_version set document = cast(:document as jsonb), updated_at = :at
                where model_id = :id and version = :version and status = 'DRAFT'""")
                .param("id", modelId)
                .param("version", version)
                .param("document", json.writeValueAsString(document))
                .param("at", LeadRows.timestamp(at))
                .update();
    }

    @Override
    public void setStatus(String modelId, int version, ModelStatus status, Instant at, String actor) {
        jdbc.sql("""
                update scoring_model_version set status = :status, updated_at = :at,
                    published_at = case when :status = 'PUBLISHED' then :at else published_at end,
                    published_by = case when :status = 'PUBLISHED' then :actor else published_by end,
                    archived_at = case when :status = 'ARCHIVED' then :at else archived_at end,
                    archived_by = case when :status = 'ARCHIVED' then :actor else archived_by end
                where model_id = :id and version = :version""")
                .param("status", status.name())
                .param("actor", actor, java.sql.Types.VARCHAR)
                .param("at", LeadRows.timestamp(at))
                .param("id", modelId)
                .param("version", version)
                .update();
    }

    @Override
    public Optional<ModelVersionView> find(String modelId, int version) {
        return jdbc.sql(SELECT + " where model_id = :id and version = :version")
                .param("id", modelId)
                .param("version", version)
                .query(this::view)
                .optional();
    }

    @Override
    public List<ModelVersionView> versions(String modelId) {
        return jdbc.sql(SELECT + " where model_id = :id order by version")
                .param("id", modelId)
                .query(this::view)
                .list();
    }

    @Override
    public List<String> modelIds() {
        return jdbc.sql("select distinct model_id from scoring_model_version order by model_id")
                .query(String.class)
                .list();
    }

    @Override
    public List<ScoringModel> published() {
        return jdbc.sql("select model_id, version from scoring_model_version where status = 'PUBLISHED'"
                        + " order by model_id")
                .query((rs, n) -> frozen.computeIfAbsent(
                        rs.getString(1) + "@" + rs.getInt(2),
                        key -> load(
                                        key.substring(0, key.lastIndexOf('@')),
                                        Integer.parseInt(key.substring(key.lastIndexOf('@') + 1)))
                                .orElseThrow()))
                .list();
    }

    @Override
    public Optional<ScoringModel> model(String modelId, int version) {
        ScoringModel cached = frozen.get(modelId + "@" + version);
        return cached != null ? Optional.of(cached) : load(modelId, version);
    }

    private Optional<ScoringModel> load(String modelId, int version) {
        return find(modelId, version).map(view -> ModelDocument.parse(view.document(), version));
    }

    private static final String SELECT = """
            select model_id, version, status, document::text, created_at, published_at, archived_at,
                published_by, archived_by
            from scoring_model_version""";

    private ModelVersionView view(ResultSet rs, int n) throws SQLException {
        return new ModelVersionView(
                rs.getString(1),
                rs.getInt(2),
                ModelStatus.valueOf(rs.getString(3)),
                json.readValue(rs.getString(4), Object.class),
                LeadRows.instant(rs, 5),
                LeadRows.instant(rs, 6),
                LeadRows.instant(rs, 7),
                rs.getString(8),
                rs.getString(9));
    }
}
