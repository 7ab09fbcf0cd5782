package io.transcheck.job;

import jakarta.jms.ConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Remote partitioning (Spring Batch Integration) over JMS: the manager ({@code transcheck.role=manager})
 * runs prepare and report and sends one request per document to the queue {@value #QUEUE}; workers
 * ({@code transcheck.role=worker}) take requests, check the document and record the outcome in the
 * shared job repository, which the manager polls. Standalone runs use a local thread pool instead
 * (see {@link TranscheckJobConfiguration}).
 */
@Configuration
@EnableIntegration
public class RemotePartitioningConfiguration {
    public static final String QUEUE = "transcheck.partitions";
    public static final String ROLE = "transcheck.role";

    @Configuration
    @ConditionalOnProperty(name = ROLE, havingValue = "manager")
    static class Manager {
        @Bean
        DirectChannel partitionRequests() {
            return new DirectChannel();
        }

        @Bean
        IntegrationFlow partitionRequestsToQueue(ConnectionFactory connectionFactory) {
            return IntegrationFlow.from(partitionRequests())
                    .handle(Jms.outboundAdapter(connectionFactory).destination(QUEUE))
                    .get();
        }

        /** Sends the partitions and waits for the workers' outcomes in the job repository. */
        @Bean
        Step checkStep(JobRepository repo, DocumentPartitioner documentPartitioner, BeanFactory beanFactory, TranscheckProperties props) {
            return new RemotePartitioningManagerStepBuilder("check", repo)
                    .partitioner("checkDocument", documentPartitioner)
                    .outputChannel(partitionRequests())
                    .pollInterval(props.remote().pollMillis())
                    .timeout(props.remote().timeoutMillis())
                    .beanFactory(beanFactory)
                    .build();
        }
    }

    @Configuration
    @ConditionalOnProperty(name = ROLE, havingValue = "worker")
    static class Worker {
        @Bean
        DirectChannel partitionWork() {
            return new DirectChannel();
        }

        @Bean
        IntegrationFlow partitionWorkFromQueue(ConnectionFactory connectionFactory, TranscheckProperties props) {
            return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(connectionFactory)
                            .destination(QUEUE)
                            .configureListenerContainer(c -> c.sessionTransacted(true).concurrentConsumers(props.threads())))
                    .channel(partitionWork())
                    .get();
        }

        /** The same chunk step as a standalone run's, fed by requests from the queue; requests name it "checkDocument". */
        @Bean("checkDocument")
        Step checkDocumentStep(JobRepository repo, PlatformTransactionManager tx, TranscheckProperties props, BeanFactory beanFactory,
                               TranscheckJobConfiguration.DocumentStepParts parts) {
            return TranscheckJobConfiguration.checkDocument(
                    new RemotePartitioningWorkerStepBuilder("checkDocument", repo).inputChannel(partitionWork()).beanFactory(beanFactory),
                    tx, props.chunkSize(), parts);
        }
    }
}
