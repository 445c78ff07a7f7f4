package casejourney.projections.config;

import casejourney.projections.store.MongoViewStore;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Read models, tracking tokens and dead letters all live in the read-side MongoDB database, so a
 * replay or a restore moves them together.
 */
@Configuration(proxyBeanMethods = false)
public class MongoConfig {

  public static final String TOKENS = "projection_tokens";
  public static final String DEAD_LETTERS = "projection_dead_letters";

  @Bean
  MongoDatabase readModelDatabase(MongoClient client, MongoProperties properties) {
    return client.getDatabase(properties.getMongoClientDatabase());
  }

  @Bean
  MongoTemplate axonMongoTemplate(MongoDatabase readModelDatabase) {
    return DefaultMongoTemplate.builder()
        .mongoDatabase(readModelDatabase)
        .trackingTokensCollectionName(TOKENS)
        .deadLetterCollectionName(DEAD_LETTERS)
        .build();
  }

  /** Axon's Spring Boot auto-configuration backs off when a TokenStore bean exists. */
  @Bean
  TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
    return MongoTokenStore.builder()
        .mongoTemplate(axonMongoTemplate)
        .serializer(serializer)
        .claimTimeout(Duration.ofSeconds(10))
        .build();
  }

  @Bean
  MongoViewStore viewStore(MongoDatabase readModelDatabase) {
    return new MongoViewStore(readModelDatabase);
  }
}
