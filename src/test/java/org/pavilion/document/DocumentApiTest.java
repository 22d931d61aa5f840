package org.pavilion.document;

import io.quarkus.test.junit.QuarkusTest;

/** Documents stored in PostgreSQL (the default). */
@QuarkusTest
class DocumentApiTest extends DocumentContract {

    @Override
    String storeName() {
        return "postgres";
    }
}
