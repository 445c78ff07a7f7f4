package casejourney.portal.config;

import casejourney.api.identity.DemoIdentityProviderGuard;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * This service refuses to start while the identity provider it signs people in with, or the one
 * whose tokens its API accepts, is the demo one and {@value
 * DemoIdentityProviderGuard#ALLOW_SETTING} is not true (docs/adr/0016). A bean factory
 * post-processor, so it runs before any bean is made: nothing has connected anywhere or opened a
 * port when it refuses.
 */
@Configuration(proxyBeanMethods = false)
class IdentityProviderGuardConfig {

  @Bean
  static BeanFactoryPostProcessor demoIdentityProviderGuard(Environment environment) {
    return beanFactory ->
        new DemoIdentityProviderGuard()
            .check(
                environment::getProperty,
                "spring.security.oauth2.client.provider.casejourney.issuer-uri",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri");
  }
}
