package org.pavilion.shared.idempotency;

import jakarta.enterprise.context.RequestScoped;

/**
 * The idempotency key this request holds while its resource method runs. Set by the request
 * filter after the key is claimed and cleared before the response is stored, so only the
 * request's business transactions see it.
 */
@RequestScoped
class IdempotencyClaim {

    private String caller;
    private String key;

    void hold(String caller, String key) {
        this.caller = caller;
        this.key = key;
    }

    void release() {
        this.caller = null;
        this.key = null;
    }

    boolean held() {
        return key != null;
    }

    String caller() {
        return caller;
    }

    String key() {
        return key;
    }
}
