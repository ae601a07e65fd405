package io.leadflow.scoring.config;

import io.leadflow.scoring.application.port.in.predictive.CreatePredictiveModelUseCase;
import io.leadflow.scoring.application.port.in.predictive.FindLeadLikelihoodQuery;
import io.leadflow.scoring.application.port.in.predictive.FindPredictiveModelQuery;
import io.leadflow.scoring.application.port.in.predictive.PublishPredictiveModelUseCase;
import io.leadflow.scoring.application.port.in.predictive.TrainPredictiveModelUseCase;
import io.leadflow.scoring.application.port.out.LeadHistories;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.application.port.out.predictive.PredictiveModelRepository;
import io.leadflow.scoring.application.port.out.predictive.PredictiveTrainer;
import io.leadflow.scoring.application.service.PredictiveServices;
import io.leadflow.scoring.application.service.PublishedLikelihoods;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the predictive score's use cases from {@link PredictiveServices}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PredictiveProperties.class)
class PredictiveConfiguration {

    @Bean
    PredictiveServices.Ports predictivePorts(
            PredictiveModelRepository models,
            LeadHistories histories,
            ScoringModelRepository ruleModels,
            PredictiveTrainer trainer,
            Clock clock,
            PredictiveProperties properties) {
        return new PredictiveServices.Ports(
                models,
                histories,
                ruleModels,
                trainer,
                clock,
                properties.toSettings(),
                properties.scheduleQuietPeriod());
    }

    @Bean
    CreatePredictiveModelUseCase createPredictiveModelUseCase(PredictiveServices.Ports ports) {
        return PredictiveServices.createModel(ports);
    }

    @Bean
    TrainPredictiveModelUseCase trainPredictiveModelUseCase(PredictiveServices.Ports ports) {
        return PredictiveServices.trainModel(ports);
    }

    @Bean
    PublishPredictiveModelUseCase publishPredictiveModelUseCase(PredictiveServices.Ports ports) {
        return PredictiveServices.publishModel(ports);
    }

    @Bean
    FindPredictiveModelQuery findPredictiveModelQuery(PredictiveServices.Ports ports) {
        return PredictiveServices.findModels(ports);
    }

    @Bean
    PublishedLikelihoods publishedLikelihoods(PredictiveModelRepository models, PredictiveTrainer trainer) {
        return new PublishedLikelihoods(models, trainer);
    }

    @Bean
    FindLeadLikelihoodQuery findLeadLikelihoodQuery(PredictiveServices.Ports ports, PublishedLikelihoods likelihoods) {
        return PredictiveServices.findLikelihood(ports, likelihoods);
    }
}
