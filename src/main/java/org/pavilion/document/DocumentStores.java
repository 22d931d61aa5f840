package org.pavilion.document;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The configured store for new documents ({@code pavilion.documents.store}: postgres or s3), and the reader of each
 * document from the store it was written to.
 */
@ApplicationScoped
class DocumentStores {

    @Inject
    DocumentContentRepository contents;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "pavilion.documents.store", defaultValue = PostgresDocumentStore.NAME)
    String configured;

    @ConfigProperty(name = "pavilion.documents.s3.endpoint")
    Optional<String> endpoint;

    @ConfigProperty(name = "pavilion.documents.s3.region", defaultValue = "us-east-1")
    String region;

    @ConfigProperty(name = "pavilion.documents.s3.bucket", defaultValue = "pavilion-documents")
    String bucket;

    @ConfigProperty(name = "pavilion.documents.s3.access-key")
    Optional<String> accessKey;

    @ConfigProperty(name = "pavilion.documents.s3.secret-key")
    Optional<String> secretKey;

    @ConfigProperty(name = "pavilion.documents.s3.path-style", defaultValue = "true")
    boolean pathStyle;

    private PostgresDocumentStore postgres;
    private S3DocumentStore s3;
    private S3Client client;

    @PostConstruct
    void start() {
        postgres = new PostgresDocumentStore(contents);
        if (S3DocumentStore.NAME.equals(configured.trim())) {
            var builder = S3Client.builder().region(Region.of(region)).httpClient(UrlConnectionHttpClient.create())
                    .forcePathStyle(pathStyle);
            endpoint.filter(e -> !e.isBlank()).ifPresent(e -> builder.endpointOverride(URI.create(e)));
            if (accessKey.isPresent() && secretKey.isPresent()) {
                builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey.get(), secretKey.get())));
            }
            client = builder.build();
            s3 = new S3DocumentStore(client, bucket, transactions);
        } else if (!PostgresDocumentStore.NAME.equals(configured.trim())) {
            throw new IllegalStateException("pavilion.documents.store must be postgres or s3, not " + configured);
        }
    }

    @PreDestroy
    void stop() {
        if (client != null) {
            client.close();
        }
    }

    /** The store new documents go to. */
    DocumentStore current() {
        return s3 != null ? s3 : postgres;
    }

    InputStream open(UUID id, String storage) throws IOException {
        if (S3DocumentStore.NAME.equals(storage)) {
            if (s3 == null) {
                throw new IllegalStateException("Document " + id + " is in S3, but no S3 store is configured");
            }
            return s3.open(id, storage);
        }
        return postgres.open(id, storage);
    }

    /** Removes the S3 store's objects older than {@code minimumAge} whose id is not a document; 0 without an S3 store. */
    int removeOrphans(Duration minimumAge, Predicate<UUID> isDocument) {
        return s3 == null ? 0 : s3.removeOrphans(minimumAge, isDocument);
    }

    /** Whether the object of a document exists in the S3 store (for tests of the no-orphan rule). */
    boolean inObjectStore(UUID id) {
        return s3 != null && s3.exists(id);
    }
}
