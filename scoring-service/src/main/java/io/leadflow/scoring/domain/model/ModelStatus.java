package io.leadflow.scoring.domain.model;

/** A model version's life: edited as a draft, published (then never edited), archived when replaced or retired. */
public enum ModelStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
