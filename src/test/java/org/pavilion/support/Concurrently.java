package org.pavilion.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Fires requests at the same instant, one thread each, and answers their status codes in order. */
public final class Concurrently {

    private Concurrently() {
    }

    public static List<Integer> fireAtOnce(List<Callable<Integer>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> request : requests) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> future : futures) {
                codes.add(future.get());
            }
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }

    public static long count(List<Integer> codes, int status) {
        return codes.stream().filter(c -> c == status).count();
    }
}
